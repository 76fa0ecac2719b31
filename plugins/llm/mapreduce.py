"""Summaries of a group whose facts exceed the token budget: map, then reduce.

A group whose fact lines fit ``chunk_tokens`` is summarized in one call. Otherwise the
lines are cut into consecutive parts that fit (each with the header lines of the documents
its facts come from), and each part is summarized in one call, in the first target
language (map). Each sentence of those partial summaries becomes a line of its own,
``P2.s1 (D3, D4): …``, whose sources are the spans of the grounded facts it cites; a
partial sentence that cites none of its part's facts is left out, as a summary sentence
is. One last call writes the summary in every target language from those lines (reduce),
so every final sentence cites exactly the spans the partial sentences rest on. Partial
sentences that still exceed the budget are condensed again, a few rounds at most.

A part whose call fails leaves the others in place, and the summary says so.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from polybrief.context import Context
from polybrief.errors import StageError
from polybrief.records import SourceRef, Usage

from .ask import Answer, AskFailed, Request, ask
from .facts import PLUGIN
from .runtime import Runtime, reply_cache

if TYPE_CHECKING:
    from .summaries import FactList

MAX_ROUNDS = 3
"""Rounds of map before the reduce call is made whatever the size."""

REDUCE_NOTE = (
    "The facts of this group exceed one call, so parts of them were summarized apart: the "
    "lines P1.s1… below are those partial summaries (in brackets, the documents each rests "
    "on). Write one summary of the whole group from them, each sentence citing the P ids it "
    "rests on."
)
MAP_NOTE = (
    "These are the facts of part {number} of {total} of a larger group of reports; the "
    "other parts are summarized apart. Summarize these facts only."
)

RequestFor = Callable[[list[str], list[str], Runtime, str], Request]


@dataclass(frozen=True, slots=True)
class Item:
    """One line of facts (or of a partial summary) and the documents it is about."""

    line: str
    documents: tuple[str, ...]
    """Prefixes of the documents, ``D1``, ``D3``."""


@dataclass
class Condensed:
    """What the reduce call is given: lines, the sources of their ids, and what it cost."""

    lines: list[str]
    sources: dict[str, SourceRef] | dict[str, list[SourceRef]]
    part: str = ""
    """What the prompt says of these lines (empty when they are the group's own facts)."""
    usage: Usage = field(default_factory=Usage)
    notes: list[str] = field(default_factory=list)
    dry_run_prompt: int = 0
    """In a dry run, tokens the partial summaries would add to the reduce call."""


def budget_tokens(counter: Any, lines: list[str]) -> int:
    return sum(counter.budgeted(line) + 1 for line in lines)


def pack(items: list[Item], headers: dict[str, str], counter: Any, budget: int) -> list[list[str]]:
    """``items`` cut into consecutive parts of at most ``budget`` tokens, the header line of
    a document put before its first item in each part (an item larger than the budget is a
    part of its own)."""
    parts: list[list[str]] = []
    current: list[str] = []
    used = 0

    def lines_for(item: Item) -> list[str]:
        shown = [headers[d] for d in item.documents if d in headers and headers[d] not in current]
        return [*shown, item.line]

    for item in items:
        lines = lines_for(item)
        cost = budget_tokens(counter, lines)
        if current and used + cost > budget:
            parts.append(current)
            current, used = [], 0
            lines = lines_for(item)
            cost = budget_tokens(counter, lines)
        current += lines
        used += cost
    if current:
        parts.append(current)
    return parts


def condense(
    facts: FactList,
    work_lang: str,
    state: Runtime,
    context: Context,
    source: str,
    request_for: RequestFor,
) -> Condensed:
    """The lines for the one call that writes the summary: the facts themselves when they
    fit the budget, else partial summaries of parts of them (map)."""
    counter, budget = state.counter, state.chunk_tokens
    if budget_tokens(counter, facts.lines) <= budget:
        return Condensed(list(facts.lines), facts.sources)
    headers = facts.headers
    items = facts.items()
    sources: dict[str, list[SourceRef]] = {k: [v] for k, v in facts.sources.items()}
    prefix_of = {ref.document: fact_id.split(".")[0] for fact_id, ref in facts.sources.items()}
    result = Condensed([], sources)
    numbered = 0
    for _ in range(MAX_ROUNDS):
        parts = pack(items, headers, counter, budget)
        if len(parts) <= 1:
            break
        answers = _map(parts, work_lang, state, context, request_for)
        failed = [
            f"part {i + 1} of {len(parts)} of the facts failed: {exc}"
            for i, (exc, _) in enumerate(answers)
            if exc is not None
        ]
        for _, answer in answers:
            result.usage.add(answer.usage)
        numbered += len(parts)
        if context.dry_run:  # the partial summaries are unknown: count their expected size
            result.dry_run_prompt += sum(answer.usage.completion_tokens for _, answer in answers)
            items = []
            break
        new_items, dropped = partial_items(
            parts, answers, work_lang, sources, prefix_of, numbered - len(parts)
        )
        if len(failed) == len(parts):
            raise StageError("summarize", PLUGIN, source, "every part failed: " + "; ".join(failed))
        result.notes += failed
        if dropped:
            result.notes.append(
                f"{dropped} partial summary sentence(s) left out: they cite no fact of their part."
            )
        progress = budget_tokens(counter, [i.line for i in new_items]) < budget_tokens(
            counter, [i.line for i in items]
        )
        items = new_items
        if not progress:
            break
    if not numbered:  # the facts fit one part after all
        return Condensed(list(facts.lines), facts.sources)
    result.lines = [*headers.values(), *(item.line for item in items)]
    result.part = REDUCE_NOTE
    result.notes.insert(
        0,
        f"Summarized by parts ({numbered} calls), then as a whole (map-reduce): the facts "
        "of the group exceed chunk_tokens.",
    )
    return result


def partial_items(
    parts: list[list[str]],
    answers: list[tuple[Exception | None, Answer]],
    work_lang: str,
    sources: dict[str, list[SourceRef]],
    prefix_of: dict[str, str],
    numbered: int,
) -> tuple[list[Item], int]:
    """The sentences of the partial summaries as lines, ``P3.s1 (D2, D4): …``, and how
    many were left out for citing no fact listed in their part. ``sources`` gets the
    spans each new line rests on."""
    items: list[Item] = []
    dropped = 0
    for index, (part, (_, answer)) in enumerate(zip(parts, answers, strict=True)):
        if answer.data is None:
            continue
        listed = {line.split(" ", 1)[0] for line in part}
        replies = (answer.data.get("summaries") or {}).get(work_lang) or []
        for number, reply in enumerate(replies, start=1):
            text = " ".join(str(reply.get("text") or "").split())
            refs: list[SourceRef] = []
            for cited in reply.get("facts") or []:
                cited = str(cited).strip()
                for ref in sources.get(cited, []) if cited in listed else []:
                    if ref not in refs:
                        refs.append(ref)
            if not text or not refs:
                dropped += 1
                continue
            sentence_id = f"P{numbered + index + 1}.s{number}"
            documents = tuple(dict.fromkeys(prefix_of[r.document] for r in refs))
            items.append(Item(f"{sentence_id} ({', '.join(documents)}): {text}", documents))
            sources[sentence_id] = refs
    return items, dropped


def _map(
    parts: list[list[str]],
    work_lang: str,
    state: Runtime,
    context: Context,
    request_for: RequestFor,
) -> list[tuple[Exception | None, Answer]]:
    """One call per part, at most ``jobs`` at once; a failure is returned, not raised."""
    cache = reply_cache(context)

    def one(index: int) -> tuple[Exception | None, Answer]:
        note = MAP_NOTE.format(number=index + 1, total=len(parts))
        request = request_for(parts[index], [work_lang], state, note)
        try:
            return None, ask(state, cache, request, context.dry_run)
        except AskFailed as exc:
            return exc, Answer(None, exc.usage)

    workers = max(1, min(int(context.config.get("jobs", 1) or 1), len(parts)))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, range(len(parts))))

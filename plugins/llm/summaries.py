"""Summaries of one document or a group, from their checked facts, in one call for all targets.

The model sees a numbered list of facts (``D2.q1`` is the first quote of the second
document) and each sentence it writes cites the ids it rests on; a sentence's sources are
the documents and spans of those facts. Only grounded facts are listed (unless
``summary_ungrounded``), so a summary cannot rest on text that was not found in a source.
A document without extraction is represented by its leading sentences instead. Facts
that exceed ``chunk_tokens`` are summarized by parts first (:mod:`.mapreduce`).
"""

from __future__ import annotations

from typing import Any

from polybrief.context import Context
from polybrief.errors import StageError
from polybrief.records import Document, Evidence, Extraction, SourceRef, Summary

from .ask import AskFailed, Request, ask
from .facts import PLUGIN, cited_summaries
from .mapreduce import Item, condense
from .prompts import fence_id, language_label
from .replies import reply_schema
from .runtime import Runtime, reply_cache, runtime


class FactList:
    """The facts given to the model: one line each, with an id and where it came from.

    Each document has a header line (``D2: 'title', fr (French), published …``) and its
    fact lines (``D2.q1 quote by …``), which map-reduce cuts into parts (:mod:`.mapreduce`).
    """

    def __init__(self, keep_ungrounded: bool) -> None:
        self.keep_ungrounded = keep_ungrounded
        self.lines: list[str] = []
        self.sources: dict[str, SourceRef] = {}
        self.headers: dict[str, str] = {}
        """The header line of each document, by its prefix (``D2``)."""
        self._owners: list[str | None] = []
        """The prefix of the document each line is about; None for a header."""

    def _append(self, line: str, owner: str | None) -> None:
        self.lines.append(line)
        self._owners.append(owner)

    def add(self, fact_id: str, line: str, document: str, evidence: Evidence | None) -> None:
        if evidence is not None and not evidence.grounded and not self.keep_ungrounded:
            return
        start = evidence.start if evidence is not None else None
        end = evidence.end if evidence is not None else None
        self._append(f"{fact_id} {line}", fact_id.split(".", 1)[0])
        self.sources[fact_id] = SourceRef(document, start, end)

    def items(self) -> list[Item]:
        """The fact lines (headers apart), each with the document it is about."""
        return [
            Item(line, (owner,))
            for line, owner in zip(self.lines, self._owners, strict=True)
            if owner is not None
        ]

    def document(self, number: int, document: Document, extraction: Extraction | None) -> None:
        prefix = f"D{number}"
        published = document.published.date if document.published else "unknown"
        title = (document.title or "untitled").replace("\n", " ")
        lang = language_label(document.lang)
        self.headers[prefix] = f"{prefix}: {title!r}, {lang}, published {published}"
        self._append(self.headers[prefix], None)
        if extraction is None or not extraction.evidences():
            for index, (start, end) in enumerate(document.sentences[:8], start=1):
                evidence = Evidence(document.text[start:end], start, end, True, "exact")
                self.add(f"{prefix}.s{index}", f"sentence: {evidence.text}", document.id, evidence)
            return
        self._facts(prefix, document.id, extraction)

    def _facts(self, prefix: str, doc: str, extraction: Extraction) -> None:
        event = extraction.event
        if event is not None:
            when = event.date.date or event.date.raw if event.date else "date unknown"
            if event.evidence is not None:
                line = f"event: {event.type or 'unknown type'}, {when}: {event.evidence.text}"
                self.add(f"{prefix}.ev", line, doc, event.evidence)
            for n, p in enumerate(event.participants, start=1):
                about = ", ".join(x for x in (p.role, p.country, p.native_name) if x)
                self.add(f"{prefix}.p{n}", f"participant: {p.name} ({about})", doc, p.evidence)
            for n, place in enumerate(event.places, start=1):
                self.add(f"{prefix}.l{n}", f"place: {place.name}", doc, place.evidence)
            if event.topics:
                self._append(f"{prefix} topics: {', '.join(event.topics)}", prefix)
        for n, q in enumerate(extraction.quotes, start=1):
            self.add(
                f"{prefix}.q{n}", f"quote by {q.speaker or 'unknown'}: «{q.text}»", doc, q.evidence
            )
        for n, f in enumerate(extraction.figures, start=1):
            value = " ".join(
                str(x) for x in (f.qualifier, _number(f.value), f.unit, f.counts) if x is not None
            )
            self.add(f"{prefix}.f{n}", f"figure: {f.text!r} = {value}", doc, f.evidence)
        for n, d in enumerate(extraction.dates, start=1):
            self.add(
                f"{prefix}.d{n}", f"date: {d.raw!r} = {d.date or 'unresolved'}", doc, d.evidence
            )


def _number(value: float | None) -> Any:
    return int(value) if value is not None and value == int(value) else value


def summarize_group(
    documents: list[Document],
    extractions: list[Extraction],
    targets: list[str],
    context: Context,
) -> list[Summary]:
    """Summaries of ``documents`` in every target language: one call when their facts fit
    ``chunk_tokens``, else map-reduce (:mod:`.mapreduce`)."""
    state = runtime(context)
    facts = FactList(state.keep_ungrounded)
    by_id = {e.document.id: e for e in extractions}
    for number, document in enumerate(documents, start=1):
        facts.document(number, document, by_id.get(document.id))
    source = documents[0].source if documents else "<none>"
    doc_ids = [d.id for d in documents]
    work_lang = targets[0] if targets else "en"
    condensed = condense(facts, work_lang, state, context, source, summary_request)
    request = summary_request(condensed.lines, targets, state, condensed.part)
    try:
        answer = ask(state, reply_cache(context), request, context.dry_run)
    except AskFailed as exc:
        raise StageError("summarize", PLUGIN, source, str(exc)) from None
    usage = condensed.usage
    usage.add(answer.usage)
    if answer.data is None:
        summaries = cited_summaries({}, {}, doc_ids, targets, False)
        usage.prompt_tokens += condensed.dry_run_prompt
        if usage.cost is not None and state.price is not None:
            usage.cost = state.price.cost(usage.prompt_tokens, usage.completion_tokens)
        condensed.notes.insert(0, "Dry run: nothing was sent to the LLM.")
    else:
        summaries = cited_summaries(
            answer.data.get("summaries") or {},
            condensed.sources,
            doc_ids,
            targets,
            False,
        )
    if summaries:
        summaries[0].usage = usage  # every call for every target: counted once
    for summary in summaries:
        notes = [n for n in (*condensed.notes, summary.note) if n]
        summary.note = " ".join(notes) or None
    return summaries


def summary_request(
    lines: list[str], targets: list[str], state: Runtime, part: str = ""
) -> Request:
    """The call that summarizes the listed facts in ``targets``; ``part`` says, for
    map-reduce, which part of the facts these are, or that they are partial summaries."""
    prompt = state.prompt("summarize")
    listing = "\n".join(lines)
    messages = prompt.messages(
        targets=", ".join(language_label(t) for t in targets),
        part=part,
        fence=fence_id(listing),
        facts=listing,
    )
    return Request(
        purpose="summarize",
        messages=messages,
        schema=reply_schema("llm_summary", targets),
        schema_name="polybrief_summary",
        prompt_version=prompt.version,
        expected_output=60 + 120 * len(targets),
    )

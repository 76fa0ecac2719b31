"""Turn a run's documents into event records: one per event, told once per target language.

After every document of a ``run`` is done, the ``group`` stage says which documents report
the same event; for each group the summarize stage writes the summary (one call for the
whole group, translated by the translate stage when needed), the ``compare`` stage says
what the sources agree on and where they differ, and this module puts it together and
checks it: every summary sentence must cite member documents, every record its schema.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from .errors import PolybriefError, RecordInvalid, StageError, UsageError
from .eventstore import EventInputs
from .merge import unique
from .records import (
    Comparison,
    DateValue,
    Document,
    ErrorRecord,
    EventBrief,
    EventMember,
    EventRecord,
    Extraction,
    Findings,
    Record,
    SourceRef,
    Summary,
    SummarySentence,
    Usage,
)
from .textnorm import fold
from .threads import ordered_map
from .validation import check

if TYPE_CHECKING:
    from .pipeline import Pipeline

RUN = "<run>"
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


def event_id(document_ids: Sequence[str]) -> str:
    """A stable id from the member ids, so the same group gets the same id in every run."""
    joined = "\n".join(sorted(document_ids))
    return "evt_" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def group_documents(pipeline: Pipeline, inputs: EventInputs) -> tuple[list[list[int]], str | None]:
    """Groups of input positions, as the ``group`` stage says, checked; and the plugin."""
    if not len(inputs):
        return [], None
    result, plugin, reasons = pipeline._call(
        "group",
        RUN,
        documents=inputs.documents,
        extractions=inputs.extractions,
        context=pipeline.context,
    )
    if result is None:
        why = "; ".join(reasons) or "no grouping plugin is installed"
        raise StageError("group", None, RUN, f"no plugin could group the documents ({why})")
    seen: set[int] = set()
    groups: list[list[int]] = []
    for ids in result:
        positions = []
        for document_id in ids:
            position = inputs.position(document_id)
            if position is None:
                raise StageError("group", plugin, RUN, f"unknown document id {document_id!r}")
            if position in seen:
                raise StageError("group", plugin, RUN, f"document {document_id!r} in two groups")
            seen.add(position)
            positions.append(position)
        if positions:
            groups.append(sorted(positions))
    groups += [[p] for p in range(len(inputs)) if p not in seen]
    return groups, plugin


def event_records(pipeline: Pipeline, inputs: EventInputs) -> Iterator[Record]:
    """Event records in date order (errors in place of events that failed)."""
    try:
        groups, grouper = group_documents(pipeline, inputs)
    except StageError as exc:
        yield ErrorRecord(RUN, "group", type(exc).__name__, str(exc), plugin=exc.plugin)
        return
    keyed = []
    for positions in groups:
        date = consensus_date([_member_date(inputs.extraction(p)) for p in positions])
        keyed.append(((date.date if date and date.date else "9999", positions[0]), positions))
    keyed.sort(key=lambda item: item[0])
    members = (  # read here, in order: the store is a file that only this thread reads
        ([inputs.document(p) for p in positions], [inputs.extraction(p) for p in positions])
        for _, positions in keyed
    )

    def describe(group: tuple[list[Document], list[Extraction]]) -> Record:
        documents, extractions = group
        try:
            return describe_event(pipeline, documents, extractions, grouper)
        except UsageError:
            raise
        except PolybriefError as exc:
            return ErrorRecord(
                source=", ".join(d.source for d in documents),
                stage=getattr(exc, "stage", "group"),
                error=type(exc).__name__,
                message=str(exc),
                document=documents[0].id,
                plugin=getattr(exc, "plugin", None),
            )

    # Events are described one at a time, unless a plugin that waits on the network (an
    # LLM summarizer) serves them: then ``jobs`` at once, in the same order.
    jobs = pipeline.config["jobs"]
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        yield from ordered_map(pool, describe, members, jobs, lambda: pipeline.waits_on_io)


def _member_date(extraction: Extraction) -> DateValue | None:
    """The date a member gives the event, else its publication date."""
    event = extraction.event
    if event is not None and event.date is not None and event.date.date:
        return event.date
    return extraction.document.published


def consensus_date(dates: Sequence[DateValue | None]) -> DateValue | None:
    """The date most members give, preferring the most precise; ties go to the earliest."""
    counts: Counter[tuple[str, str | None]] = Counter()
    first: dict[tuple[str, str | None], DateValue] = {}
    for value in dates:
        if value is not None and value.date:
            key = (value.date, value.precision)
            counts[key] += 1
            first.setdefault(key, value)
    if not counts:
        return None
    best = max(
        counts,
        key=lambda k: (_PRECISION_RANK.get(k[1] or "", 0), counts[k], [-ord(c) for c in k[0]]),
    )
    return first[best]


def describe_event(
    pipeline: Pipeline,
    documents: list[Document],
    extractions: list[Extraction],
    grouper: str | None,
) -> EventRecord:
    """One event record for the member ``documents``; raises :class:`StageError` on failure."""
    ids = [d.id for d in documents]
    source = documents[0].source
    summaries = pipeline.summarize(documents, extractions)
    comparison, comparer, _ = pipeline._call(
        "compare",
        source,
        documents=documents,
        extractions=extractions,
        targets=list(pipeline.context.targets),
        context=pipeline.context,
    )
    if comparison is None:
        comparison = _plain_comparison(extractions)
    # A member's own summary, reused for an event of one report, was counted with it.
    counted = {id(s.usage) for e in extractions for s in e.summaries if s.usage is not None}
    usage = None
    briefs = []
    for summary in summaries:
        if summary.usage is not None and id(summary.usage) not in counted:
            usage = usage or Usage()
            usage.add(summary.usage)
        briefs.append(_brief(summary, documents, comparison, comparer))
    types = Counter(e.event.type for e in extractions if e.event and e.event.type)
    record = EventRecord(
        id=event_id(ids),
        type=types.most_common(1)[0][0] if types else None,
        date=consensus_date([_member_date(e) for e in extractions]),
        documents=[EventMember(d.id, d.source, d.lang, d.title, d.published) for d in documents],
        participants=comparison.participants,
        places=comparison.places,
        countries=comparison.countries,
        topics=comparison.topics,
        briefs=briefs,
        grouper=grouper,
        usage=usage,
    )
    try:
        check(record.to_dict())
    except RecordInvalid as exc:
        raise StageError("compare", comparer, source, str(exc)) from None
    return record


def _plain_comparison(extractions: list[Extraction]) -> Comparison:
    """Participants and places merged by spelling, for when no ``compare`` plugin answers."""
    events = [e.event for e in extractions if e.event]
    return Comparison(
        participants=unique((p for e in events for p in e.participants), lambda p: fold(p.name)),
        places=unique((p for e in events for p in e.places), lambda p: fold(p.name)),
        countries=unique((p.country for e in events for p in e.participants if p.country), str),
        topics=unique((t for e in events for t in e.topics), fold),
    )


def _brief(
    summary: Summary, documents: list[Document], comparison: Comparison, comparer: str | None
) -> EventBrief:
    sentences, dropped = cited_sentences(summary.sentences, documents)
    notes = [summary.note] if summary.note else []
    if dropped:
        notes.append(f"{dropped} summary sentence(s) left out: they cite no member document.")
    if comparer is None:
        notes.append("No comparison plugin answered: claims and discrepancies are not listed.")
    findings = comparison.findings.get(summary.target, Findings())
    return EventBrief(
        lang=summary.lang,
        target=summary.target,
        headline=summary.headline
        or findings.headline
        or fallback_headline(documents, summary.target),
        summary=sentences,
        claims=findings.claims,
        discrepancies=findings.discrepancies,
        note=" ".join(notes) or None,
        summarizer=summary.summarizer,
        translator=summary.translator,
        topics=findings.topics,
        untranslated=summary.untranslated,
    )


def cited_sentences(
    sentences: list[SummarySentence], documents: list[Document]
) -> tuple[list[SummarySentence], int]:
    """The sentences with their citations of member documents; those citing none are dropped.

    A citation with offsets outside its document keeps the document but loses the offsets.
    """
    lengths = {d.id: len(d.text) for d in documents}
    kept, dropped = [], 0
    for sentence in sentences:
        refs = []
        for ref in sentence.sources:
            if ref.document not in lengths:
                continue
            start, end = ref.start, ref.end
            if start is None or end is None or not 0 <= start <= end <= lengths[ref.document]:
                start = end = None
            refs.append(SourceRef(ref.document, start, end, ref.text))
        if refs and sentence.text.strip():
            kept.append(SummarySentence(sentence.text, refs))
        else:
            dropped += 1
    return kept, dropped


def fallback_headline(documents: list[Document], target: str) -> str:
    """A member's own title, in the target language when one is."""
    titled = [d for d in documents if d.title]
    for document in titled:
        if document.lang == target:
            return document.title  # type: ignore[return-value]
    return titled[0].title if titled else documents[0].source  # type: ignore[return-value]

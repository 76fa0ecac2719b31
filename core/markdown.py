"""Render records as Markdown for people to read."""

from __future__ import annotations

from functools import singledispatch

from .records import (
    DateValue,
    Document,
    DocumentRef,
    ErrorRecord,
    EventRecord,
    Extraction,
    Record,
    RunReport,
    Summary,
)

EVENT_NAMES = {
    "phone_call": "Telephone call",
    "video_call": "Video call",
    "meeting": "Meeting",
    "visit": "Visit",
    "talks": "Talks",
    "message": "Message",
    "statement": "Statement",
    "conference": "Conference",
    "other": "Event",
}


def _date(value: DateValue | None) -> str:
    if value is None:
        return "date unknown"
    return value.date or f"“{value.raw}” (unresolved)"


def _heading(ref: DocumentRef | Document) -> str:
    title = ref.title or ref.source
    facts = " · ".join(
        x for x in (ref.source, ref.lang or "language unknown", _date(ref.published)) if x
    )
    return f"## {title}\n\n*{facts}*\n\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


@singledispatch
def render(record: Record) -> str:
    return f"```json\n{record.to_dict()}\n```\n\n"


@render.register
def _(record: Document) -> str:
    lines = [_heading(record)]
    lines.append(f"- id: `{record.id}`\n- script: {record.script} ({record.direction})\n")
    lines.append(f"- sentences: {len(record.sentences)}, dates found: {len(record.dates)}\n\n")
    lines.append(record.text.strip() + "\n\n")
    return "".join(lines)


@render.register
def _(record: Extraction) -> str:
    out = [_heading(record.document)]
    event = record.event
    if event and (event.type or event.participants):
        kind = EVENT_NAMES.get(event.type or "other", event.type or "Event")
        who = ", ".join(p.name + (f" ({p.role})" if p.role else "") for p in event.participants)
        out.append(f"**{kind}**, {_date(event.date)}" + (f": {who}" if who else "") + "\n\n")
        if event.topics:
            out.append("Topics: " + ", ".join(event.topics) + "\n\n")
    if record.quotes:
        out.append("**Quotes**\n\n")
        for quote in record.quotes:
            speaker = f" — {quote.speaker}" if quote.speaker else ""
            mark = "" if quote.evidence.grounded else " *(not found in the source)*"
            out.append(f"> {quote.text}{speaker}{mark}\n\n")
    if record.figures:
        out.append(
            "**Figures**: "
            + "; ".join(
                f.text + (f" ({f.counts})" if f.counts and f.counts not in f.text else "")
                for f in record.figures
            )
            + "\n\n"
        )
    if record.dates:
        out.append(
            "**Dates**: "
            + "; ".join(f"{d.raw} → {d.date or 'unresolved'}" for d in record.dates)
            + "\n\n"
        )
    if record.partial:
        out.append("*Partial: part of this document could not be processed.*\n\n")
    return "".join(out)


@render.register
def _(record: Summary) -> str:
    label = (
        f"Summary ({record.lang})"
        if record.lang == record.target
        else (f"Summary (asked for {record.target}, in {record.lang})")
    )
    text = " ".join(s.text.strip() for s in record.sentences)
    note = f"\n\n*{record.note}*" if record.note else ""
    return f"**{label}**: {text}{note}\n\n"


@render.register
def _(record: EventRecord) -> str:
    kind = EVENT_NAMES.get(record.type or "other", "Event")
    out = [f"## {kind}, {_date(record.date)}\n\n"]
    for brief in record.briefs:
        out.append(f"### {brief.headline} ({brief.lang})\n\n")
        for number, sentence in enumerate(brief.summary, start=1):
            refs = ", ".join(sorted({r.document for r in sentence.sources}))
            out.append(f"{number}. {sentence.text} [{refs}]\n")
        out.append("\n")
        if brief.discrepancies:
            out.append("| Discrepancy | Values |\n|---|---|\n")
            for item in brief.discrepancies:
                values = "; ".join(f"{v.document}: {v.value}" for v in item.values)
                out.append(f"| {_cell(item.description)} | {_cell(values)} |\n")
            out.append("\n")
        if brief.note:
            out.append(f"*{brief.note}*\n\n")
    out.append(
        "Sources: "
        + ", ".join(
            f"{m.title or m.source} ({m.lang}, {_date(m.published)})" for m in record.documents
        )
        + "\n\n"
    )
    return "".join(out)


@render.register
def _(record: ErrorRecord) -> str:
    where = f"{record.stage}" + (f", plugin {record.plugin}" if record.plugin else "")
    return f"> **Failed**: `{record.source}` ({where}): {record.message}\n\n"


@render.register
def _(record: RunReport) -> str:
    counts = record.documents
    out = [
        "---\n\n",
        f"**Run**: {counts.done} of {counts.total} documents done, {counts.failed} failed",
        f", {counts.skipped} skipped" if counts.skipped else "",
        f", {record.inputs_failed} inputs unreadable" if record.inputs_failed else "",
        f" in {record.seconds:.2f} s.",
    ]
    stages = "; ".join(f"{stage}: {', '.join(names)}" for stage, names in record.stages.items())
    if stages:
        out.append(f" Plugins: {stages}.")
    if record.grounding.total:
        out.append(f" Evidence grounded: {record.grounding.grounded}/{record.grounding.total}.")
    if record.usage.calls or record.usage.cache_hits or record.usage.estimated:
        usage = record.usage
        cost = f", cost {usage.cost:.4f}" if usage.cost is not None else ""
        verb = "estimated" if usage.estimated else "used"
        out.append(
            f" LLM {verb}: {usage.calls} calls, {usage.prompt_tokens}+{usage.completion_tokens}"
            f" tokens, {usage.cache_hits} cache hits{cost}."
        )
    out.append("\n\n")
    for note in record.notes:
        out.append(f"- {note}\n")
    return "".join(out) + ("\n" if record.notes else "")

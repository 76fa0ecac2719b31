"""Render records as Markdown for people to read."""

from __future__ import annotations

from functools import singledispatch

from .records import (
    DateValue,
    Document,
    DocumentRef,
    ErrorRecord,
    EventBrief,
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


BRIEF_LABELS = {
    "en": ("Claims", "Where the sources differ", "Point", "Source", "Says", "Evidence"),
    "fr": ("Faits rapportés", "Où les sources divergent", "Point", "Source", "Dit", "Extrait"),
    "fa": ("ادعاها", "اختلاف منابع", "موضوع", "منبع", "می‌گوید", "شاهد"),
}
"""The headings of an event brief in its reader's language (English for the others)."""


def _brief_labels(lang: str) -> tuple[str, ...]:
    return BRIEF_LABELS.get(lang.split("-")[0].lower(), BRIEF_LABELS["en"])


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
            out.append("Topics: " + "; ".join(event.topics) + "\n\n")
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
    number = {m.id: i for i, m in enumerate(record.documents, start=1)}
    langs = sorted({m.lang or "?" for m in record.documents})
    kind = EVENT_NAMES.get(record.type or "other", "Event")
    headline = record.briefs[0].headline if record.briefs else kind
    sources = f"{len(record.documents)} source{'s' if len(record.documents) > 1 else ''}"
    out = [f"## {headline}\n\n*{kind} · {_date(record.date)} · {sources} ({', '.join(langs)})*\n\n"]
    if record.participants:
        who = []
        for p in record.participants:
            details = ", ".join(x for x in (p.role, p.country) if x)
            native = f" ({p.native_name})" if p.native_name and p.native_name != p.name else ""
            who.append(p.name + native + (f", {details}" if details else ""))
        out.append("Participants: " + "; ".join(who) + "\n\n")
    elif record.countries:
        out.append("Countries: " + ", ".join(record.countries) + "\n\n")
    if record.topics:
        out.append("Topics: " + "; ".join(record.topics) + "\n\n")
    for brief in record.briefs:
        out.append(_event_brief(brief, number, len(record.briefs) > 1))
    out.append("**Sources**\n\n")
    for member in record.documents:
        title = f"{member.title} — " if member.title else ""
        out.append(
            f"{number[member.id]}. {title}`{member.source}` · {member.lang or '?'} · "
            f"{_date(member.published)}\n"
        )
    return "".join(out) + "\n"


def _cite(documents: list[str], number: dict[str, int]) -> str:
    return "".join(f"[{number[d]}]" for d in sorted(set(documents), key=lambda d: number.get(d, 0)))


def _event_brief(brief: EventBrief, number: dict[str, int], several: bool) -> str:
    out = []
    if several:
        asked = f", asked for {brief.target}" if brief.lang != brief.target else ""
        out.append(f"### {brief.headline} ({brief.lang}{asked})\n\n")
    for sentence in brief.summary:
        refs = _cite([r.document for r in sentence.sources if r.document in number], number)
        out.append(f"{sentence.text.strip()} {refs}\n")
    out.append("\n")
    if brief.note:
        out.append(f"*{brief.note}*\n\n")
    claims, differ, *heads = _brief_labels(brief.target)
    if brief.claims:
        out.append(f"**{claims}**\n\n")
        for claim in brief.claims:
            out.append(f"- {_cell(claim.text)} {_cite(claim.documents, number)}\n")
        out.append("\n")
    if brief.discrepancies:
        out.append(f"**{differ}**\n\n| {' | '.join(heads)} |\n")
        out.append("|---|---|---|---|\n")
        for item in brief.discrepancies:
            point = _cell(item.description)
            for value in item.values:
                shown = value.evidence.text.strip() if value.evidence else ""
                evidence = f"“{_cell(shown)}”" if shown and shown != value.value.strip() else ""
                source = f"[{number.get(value.document, '?')}]"
                out.append(f"| {point} | {source} | {_cell(value.value)} | {evidence} |\n")
                point = ""
        out.append("\n")
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

"""Offline extraction and summaries: deterministic rules, no network.

Extraction finds dates (from the parse stage), quotes, figures and the kind of event from
cue phrases. Summaries are extractive: the document's own leading sentences, in its own
language. Both say plainly what an LLM endpoint would add.
"""

from __future__ import annotations

import re

from polybrief import hookimpl
from polybrief.context import Context
from polybrief.records import (
    DateFact,
    Document,
    Event,
    Evidence,
    Extraction,
    Figure,
    Quote,
    SourceRef,
    Summary,
    SummarySentence,
)

EXTRACT_NOTE = (
    "Rule-based extraction: participants, their roles and countries, topics and names across "
    "scripts need an LLM endpoint (set one up, then see `polybrief config`)."
)

_QUOTE = re.compile(r"“([^”]{8,600})”|«\s?([^»]{8,600}?)\s?»|\"([^\"]{8,600})\"")
_NUMBER = re.compile(r"(?<![\w.])[0-9۰-۹٠-٩]+(?:[.,٫٬][0-9۰-۹٠-٩]+)*(?:\s?%)?")
_WORD = re.compile(r"[^\W\d_][\w\u200c'’-]*")
_EVENT_CUES = {
    "phone_call": (
        "phone call",
        "telephone",
        "by phone",
        "phone conversation",
        "téléphon",
        "تماس تلفنی",
        "گفت‌وگوی تلفنی",
        "گفتگوی تلفنی",
        "تلفنی",
    ),
    "video_call": ("video call", "videoconference", "visioconférence", "ویدئوکنفرانس"),
    "visit": ("visit", "visite", "سفر", "بازدید"),
    "meeting": ("met with", "meeting", "rencontre", "s'est entretenu", "دیدار", "ملاقات"),
}
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def _evidence(document: Document, start: int, end: int) -> Evidence:
    return Evidence(document.text[start:end], start, end)


def find_quotes(document: Document) -> list[Quote]:
    quotes = []
    for match in _QUOTE.finditer(document.text):
        group = next(i for i in (1, 2, 3) if match.group(i) is not None)
        start, end = match.span(group)
        quotes.append(Quote(document.text[start:end].strip(), _evidence(document, start, end)))
    return quotes


def _number_value(text: str) -> float | None:
    plain = text.translate(_DIGITS).replace("٬", "").replace("%", "").strip()
    plain = plain.replace("٫", ".")
    if "," in plain and "." not in plain and re.fullmatch(r"\d{1,3}(,\d{3})+", plain):
        plain = plain.replace(",", "")
    plain = plain.replace(",", ".") if plain.count(",") == 1 and "." not in plain else plain
    try:
        return float(plain)
    except ValueError:
        return None


def find_figures(document: Document, skip: list[tuple[int, int]]) -> list[Figure]:
    """Numbers outside dates, with the word that follows as what they count."""
    figures = []
    for match in _NUMBER.finditer(document.text):
        start, end = match.span()
        if any(s <= start < e for s, e in skip):
            continue
        value = _number_value(match.group())
        if value is None or (1900 <= value <= 2100 and "%" not in match.group()):
            continue
        following = _WORD.match(document.text, end + 1) if end < len(document.text) else None
        unit = "percent" if "%" in match.group() else None
        counts = following.group() if following and not unit else None
        stop = following.end() if counts else end
        figures.append(
            Figure(
                text=document.text[start:stop],
                evidence=_evidence(document, start, stop),
                value=value,
                unit=unit,
                counts=counts,
            )
        )
    return figures


def event_type(document: Document) -> tuple[str | None, Evidence | None]:
    """The first event cue phrase in the text, earliest position wins."""
    lowered = document.text.lower()
    best: tuple[int, str, str] | None = None
    for kind, cues in _EVENT_CUES.items():
        for cue in cues:
            position = lowered.find(cue)
            if position != -1 and (best is None or position < best[0]):
                best = (position, kind, cue)
    if best is None:
        return None, None
    position, kind, cue = best
    return kind, _evidence(document, position, position + len(cue))


@hookimpl
def extract(document: Document) -> Extraction:
    dates = [
        DateFact(
            raw=m.raw,
            evidence=_evidence(document, m.start, m.end),
            date=m.date,
            precision=m.precision,
            calendar=m.calendar,
        )
        for m in document.dates
    ]
    quotes = find_quotes(document)
    skip = [(m.start, m.end) for m in document.dates]
    kind, cue = event_type(document)
    return Extraction(
        document=document.ref(),
        extractors=["offline"],
        event=Event(type=kind, date=document.published, evidence=cue),
        quotes=quotes,
        figures=find_figures(document, skip),
        dates=dates,
        notes=[EXTRACT_NOTE],
    )


def _lead(document: Document, count: int) -> list[SummarySentence]:
    sentences = []
    for start, end in document.sentences[:count]:
        ref = SourceRef(document.id, start, end)
        sentences.append(SummarySentence(document.text[start:end], [ref]))
    return sentences


@hookimpl(trylast=True)
def summarize(documents: list[Document], targets: list[str], context: Context) -> list[Summary]:
    """Leading sentences, taken in turn from each document of the group."""
    count = context.config["summary_sentences"]
    leads = [_lead(d, count) for d in documents]
    chosen: list[SummarySentence] = []
    for rank in range(count):
        for lead in leads:
            if rank < len(lead) and len(chosen) < count:
                chosen.append(lead[rank])
    lang = documents[0].lang or "und"
    summaries = []
    for target in targets:
        note = None
        if lang != target:
            note = f"Extractive summary in the source language ({lang})."
        summaries.append(
            Summary(
                documents=[d.id for d in documents],
                lang=lang,
                target=target,
                summarizer="offline",
                method="extractive",
                sentences=chosen,
                note=note,
            )
        )
    return summaries

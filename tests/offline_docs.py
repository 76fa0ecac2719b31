"""Documents built by hand for the offline plugin's tests, independent of the parse stage."""

from __future__ import annotations

import re

from polybrief.plugins.offline.extractor import extract_document
from polybrief.records import DateMention, DateValue, Document, Entity, Extraction, Figure

_SENTENCE = re.compile(r"[^\s].*?(?:[.!?؟](?=\s|$)|$)", re.S)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ending at ., !, ? or ؟ before a space (enough for these texts)."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def make(
    text: str,
    lang: str,
    title: str | None = None,
    published: str | None = None,
    dates: list[tuple[str, str | None]] = (),
) -> Document:
    """A document as a parser would give it; ``dates`` are (raw text, ISO date) pairs."""
    mentions = []
    for raw, iso in dates:
        start = text.index(raw)
        precision = None if iso is None else ("day", "month", "year")[2 - iso.count("-")]
        mentions.append(DateMention(raw, start, start + len(raw), iso, precision))
    return Document.from_text(
        text,
        f"test-{lang}",
        lang=lang,
        script="Arab" if lang == "fa" else "Latn",
        title=title,
        published=DateValue(published, "day", published) if published else None,
        sentences=sentences(text),
        dates=mentions,
    )


def parsed_facts(text: str, title: str = "Title") -> Extraction:
    """The offline extraction of ``text`` as the parse stage reads it under ``title`` and a
    publication date of 2026-04-08 (a Wednesday): with the days it finds in the text."""
    from polybrief import Pipeline

    pipe = Pipeline(extractor=["offline"])
    (document,) = pipe.parse(f"{title}\n\ndate 2026-04-08\n\n{text}")
    return pipe.extract(document)


def facts(document: Document) -> Extraction:
    """The offline plugin's extraction of one document, without the pipeline's checks."""
    return extract_document(document)


def participants(extraction: Extraction) -> list[tuple[str, str | None, str | None]]:
    """(name, role, country) of each participant of the event, in order."""
    return [(p.name, p.role, p.country) for p in extraction.event.participants]


def countries(extraction: Extraction) -> dict[str, Entity]:
    """The country entities by key (ISO code)."""
    return {e.key: e for e in extraction.entities if e.type == "country"}


def figure(extraction: Extraction, text: str) -> Figure:
    """The figure written ``text``."""
    return next(f for f in extraction.figures if f.text == text)


def spellings(extraction: Extraction) -> dict[str, list[str]]:
    """The person entities' spellings by name."""
    return {e.name: e.spellings for e in extraction.entities if e.type == "person"}

"""Documents built by hand for the offline plugin's tests, independent of the parse stage."""

from __future__ import annotations

import re

from polybrief.records import DateMention, DateValue, Document

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

"""Clean text plus what a parser knows → a :class:`~polybrief.Document`, the same way for
every format: NFC, boilerplate out, date marker and title, publication date, language and
script, sentences and the dates mentioned, all offsets into the final text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from polybrief.context import Context
from polybrief.errors import ConfigError, InputError
from polybrief.records import DateValue, Document, document_id

from .boilerplate import strip_boilerplate, strip_byline
from .data import LanguageData, load_language_data
from .dates import (
    Reference,
    as_reference,
    find_dates,
    leading_date,
    leading_dates,
    parse_date,
    take_date_marker,
)
from .langid import identify_language
from .scripts import main_script
from .sentences import split_sentences

TITLE_MAX = 150
"""A first line longer than this is a paragraph, not a title."""
DATELINE_REACH = 40
"""A date starting this close to the start of the first line dates the article."""
PUBLICATION_LINE_MAX = 120
"""A first line at most this long that ends with the date it gives (and a time) is a
publication line, not text (``Le Monde avec AFP, publié le 16 février 2024``), unless a
place in capitals opens it (``CAIRO (AP) — February 3, 2024``: the report's place)."""
_INVISIBLE_START = "\ufeff\u200b\u200e\u200f"
_NOT_A_TITLE_END = (".", ":", ";", ",", "،", "؛")
_DATE_LEFT = " ,-–—|"
"""What may come before the date of a line that is only a date."""
_TIME_LEFT = re.compile(
    r"[\s,،\-–—|:]*(?:(?:at|à|ساعت|-)?\s*[\d۰-۹٠-٩]{1,2}[:٫.h][\d۰-۹٠-٩]{2}\S*\s*"
    r"(?:GMT|UTC|[AaPp]\.?[Mm]\.?)?)?[\s,،\-–—|]*"
)


_MARK_AS_ZWNJ = re.compile(r"(?<=[\u0600-\u06ff])[\u200e\u200f](?=[\u0600-\u06ff])")
"""A direction mark inside a Persian or Arabic word, where some sites put it for a ZWNJ
(``می\u200eکنند``): a ZWNJ, so the word reads as one (``می‌کنند``)."""


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no byte-order mark or stray marks at the start, ZWNJ for a
    direction mark inside a word."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).lstrip(_INVISIBLE_START)
    return _MARK_AS_ZWNJ.sub("\u200c", text) if "\u200e" in text or "\u200f" in text else text


def take_title(text: str, data: LanguageData) -> tuple[str | None, str]:
    """A first short line that is not a date, followed by more text: the title."""
    stripped = text.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    if (
        not first
        or not rest.strip()
        or len(first) > TITLE_MAX
        or (first.endswith(_NOT_A_TITLE_END) and not first.endswith(("...", ". . .")))
        or _is_date_line(first, data)
    ):
        return None, text
    return first, rest


def _is_date_line(line: str, data: LanguageData) -> bool:
    """The whole line is a date, perhaps with a weekday and a time."""
    first = leading_date(line, len(line) - len(line.lstrip(_DATE_LEFT)), data=data)
    return first is not None and bool(_TIME_LEFT.fullmatch(line[first.end :]))


LABEL_MAX = 60
"""A line at most this long with no sentence end, above a date line, labels the article
(``Office of the Spokesperson``) rather than telling it."""


LABEL_LOWER_WORDS = 3
"""A label opens at most this many words with a small letter (``Office of the
Spokesperson``); a line with more tells something (``Kremlin says leaders agreed to keep
in touch``): a subtitle."""
SUBTITLE_MAX = 300
"""A line above the date line longer than this is the article's first paragraph."""


def _is_label(line: str) -> bool:
    line = line.strip()
    lower = sum(word[0].islower() for word in line.split())
    return (
        0 < len(line) <= LABEL_MAX
        and lower <= LABEL_LOWER_WORDS
        and not line.endswith((".", "!", "?", ":", "؟", "»", "”"))
    )


def dateline(text: str, data: LanguageData) -> tuple[DateValue | None, str]:
    """The publication date written at the top of the body, and the text.

    A first line that is only a date (and time), or a short one ending with it (``Le Monde
    avec AFP, publié le 16 février 2024 à 19h30``), is taken out of the text; a date at the
    very start of a first line going on (``سه‌شنبه ۱۹ فروردین ۱۴۰۴ - …``) stays in it. Only a date
    with its own year counts: nothing is guessed here.
    """
    stripped = text.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    if _is_date_line(first.strip(), data):
        value = parse_date(first.strip(), data=data)
        if value and value.date:
            return value, rest
    for mention in leading_dates(first[:200], DATELINE_REACH, data=data):
        if mention.date and mention.precision in ("day", "month"):
            value = DateValue(mention.date, mention.precision, mention.raw, mention.calendar)
            ends = _TIME_LEFT.fullmatch(first.rstrip(), mention.end)
            opening = first.split(maxsplit=1)[0] if first.strip() else ""
            place = opening.isupper() and sum(c.isalpha() for c in opening) > 1
            if ends and not place and len(first) <= PUBLICATION_LINE_MAX and rest.strip():
                return value, rest  # "Le Monde avec AFP, publié le 16 février 2024 à 19h30"
            return value, text  # "CAIRO (AP) — February 3, 2024": the dateline's place stays
    return None, text


def _take_date_line(
    body: str, data: LanguageData, metadata: dict[str, Any]
) -> tuple[DateValue | None, str]:
    """The date of a line that only dates the article, at the top of ``body`` or under a
    label or a subtitle, and the body without it; the lines taken out go to ``metadata``
    (``dateline``, and a label as ``byline``), a subtitle stays text."""
    first, _, rest = body.lstrip("\n").partition("\n")
    second, _, after = rest.lstrip("\n").partition("\n")
    if rest.strip() and _is_date_line(first.strip(), data):
        found = parse_date(first.strip(), data=data)
        if found and found.date:
            metadata.setdefault("dateline", first.strip())
            return found, rest  # a line that only dates the article is not its text
    elif after.strip() and len(first) <= SUBTITLE_MAX and _is_date_line(second.strip(), data):
        found = parse_date(second.strip(), data=data)
        if found and found.date:
            metadata.setdefault("dateline", second.strip())
            if _is_label(first):  # "Office of the Spokesperson" above the date line
                metadata.setdefault("byline", first.strip())
                return found, after
            return found, f"{first}\n\n{after.lstrip()}"  # a subtitle is text
    return None, body


def build_document(
    text: str,
    source: str,
    *,
    title: str | None = None,
    published: DateValue | None = None,
    lang: str | None = None,
    metadata: dict[str, Any] | None = None,
    reference: object = None,
    data: LanguageData | None = None,
) -> Document:
    """A checked-ready :class:`Document` from body text and what the format told.

    ``title``, ``published`` and ``lang`` given by the format (HTML metadata, JSON fields)
    win over what is found in the text. ``reference`` (the ``reference_date`` setting)
    resolves year-less dates when the document has no date of its own.
    """
    data = data or load_language_data()
    metadata = dict(metadata or {})
    marker, body = take_date_marker(normalize_text(text).lstrip("\n"))
    cleaned = strip_boilerplate(body, data)
    body = cleaned.text
    labelled = cleaned.metadata.pop("title", None)  # "Title: …", "عنوان: …"
    for key, value in cleaned.metadata.items():
        metadata.setdefault(key, value)
    if cleaned.removed:
        metadata["boilerplate_removed"] = len(cleaned.removed)
    if title is None:
        title, body = (" ".join(labelled.split()), body) if labelled else take_title(body, data)
        if marker is None:
            marker, body = take_date_marker(body.lstrip("\n"))
    else:
        title = " ".join(normalize_text(title).split()) or None
        first, _, rest = body.lstrip("\n").partition("\n")
        if title and first.strip() == title and rest.strip():
            body = rest
    found, body = _take_date_line(body, data, metadata)
    published = published or found
    byline = strip_byline(body, data)
    if byline.removed:
        body = byline.text
        metadata.setdefault("author", byline.metadata["author"])
        metadata["boilerplate_removed"] = metadata.get("boilerplate_removed", 0) + 1
    published = published or marker
    if published is None and metadata.get("time"):
        published = parse_date(str(metadata["time"]), data=data)
    if published is None or published.date is None:
        found, rest = dateline(body, data)
        if rest is not body:  # a line taken out of the text is kept as metadata
            metadata.setdefault("dateline", body.lstrip("\n").partition("\n")[0].strip())
        body, published = rest, found or published
    body = body.strip()
    if not body:
        raise InputError(source, "holds no text")
    if lang is None:
        lang, confidence = identify_language(f"{title}\n{body}" if title else body, data=data)
    else:
        confidence = None
    script, direction = main_script(body)
    anchor = published if published and published.date else reference
    metadata.setdefault("normalization", "NFC")
    return Document(
        id=document_id(body),
        source=source,
        text=body,
        lang=lang,
        lang_confidence=confidence,
        script=script,
        direction=direction,
        title=title,
        published=published,
        sentences=split_sentences(body, data),
        dates=find_dates(body, anchor, lang=lang, data=data),
        metadata=metadata,
    )


def parse_options(context: Context | None) -> tuple[LanguageData, Reference | None]:
    """The language data and reference date a run's settings ask for."""
    if context is None:
        return load_language_data(), None
    folders = tuple(str(f) for f in context.config.get("language_data") or ())
    raw = context.config.get("reference_date")
    reference = as_reference(raw)
    if raw and reference is None:
        raise ConfigError(f"setting 'reference_date' expects an ISO date, got {raw!r}")
    return load_language_data(folders), reference

"""Parser for plain text and Markdown: the fallback parser for anything that is text.

It decodes, normalises to NFC, takes a leading ``date YYYY-MM[-DD]`` marker as the
publication date, a first short line (or Markdown heading) as the title, and identifies
the language and script.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache

from polybrief import hookimpl
from polybrief.errors import InputError
from polybrief.inputs import Source
from polybrief.records import DateValue, Document, document_id

MARKDOWN_SUFFIXES = {"md", "markdown"}
DECLINED_SUFFIXES = {"html", "htm", "xhtml", "jsonl", "ndjson", "json", "pdf", "png", "jpg", "gif"}

_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?![\d-])[ \t]*")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_SENTENCE_END = re.compile(r"[.!?؟…]+[\"'”»)\]]*(?=\s)|\n\s*\n")


@hookimpl(trylast=True)
def parse(source: Source) -> list[Document] | None:
    if source.suffix in DECLINED_SUFFIXES:
        return None
    text = decode(source)
    markdown = source.suffix in MARKDOWN_SUFFIXES
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    published, text = take_date_marker(text)
    title, text = take_title(text, markdown)
    if published is None and title is not None:
        published, text = take_date_marker(text)  # a marker may follow the title line
    if markdown:
        text = strip_markdown(text)
    text = text.strip()
    if not text:
        raise InputError(source.name, "holds no text")
    lang, confidence = identify_language(title + "\n" + text if title else text)
    script, direction = main_script(text)
    return [
        Document(
            id=document_id(text),
            source=source.name,
            text=text,
            lang=lang,
            lang_confidence=confidence,
            script=script,
            direction=direction,
            title=title,
            published=published,
            sentences=split_sentences(text),
            metadata={
                "format": "markdown" if markdown else "text",
                "encoding": "utf-8",
                "normalization": "NFC",
            },
        )
    ]


def decode(source: Source) -> str:
    data = source.data
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source.name, "looks binary (NUL bytes), not text")
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec).lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(source.name, f"is not valid UTF-8 (byte {exc.start})") from None


def take_date_marker(text: str) -> tuple[DateValue | None, str]:
    """A leading ``date 2024-06-01`` marker, at the precision it gives, and the rest."""
    match = _DATE_MARKER.match(text)
    if not match:
        return None, text
    year, month, day = match.groups()
    iso = "-".join(part for part in (year, month, day) if part)
    precision = "day" if day else "month" if month else "year"
    return DateValue(iso, precision, match.group(0).strip()), text[match.end() :]


def take_title(text: str, markdown: bool) -> tuple[str | None, str]:
    """The first Markdown heading, or a first short line followed by more text."""
    lines = text.lstrip("\n").split("\n", 1)
    first = lines[0].strip()
    rest = lines[1] if len(lines) > 1 else ""
    if markdown:
        heading = _MD_HEADING.match(first)
        if heading:
            return heading.group(1).strip(), rest
    if first and rest.strip() and len(first) <= 150 and not first.endswith((".", ":", ";", ",")):
        return first, rest
    return None, text


def strip_markdown(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        heading = _MD_HEADING.match(line)
        line = heading.group(1) if heading else line
        line = re.sub(r"^\s*(?:[-*+]\s+|>\s?)", "", line)
        lines.append(_MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line)))
    return "\n".join(lines)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: after ., !, ?, ؟ or … followed by space, and at paragraph breaks."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        _add_span(text, start, end, spans)
        start = end
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_SCRIPTS = {
    "LATIN": ("Latn", "ltr"),
    "ARABIC": ("Arab", "rtl"),
    "HEBREW": ("Hebr", "rtl"),
    "CYRILLIC": ("Cyrl", "ltr"),
    "GREEK": ("Grek", "ltr"),
    "CJK": ("Hani", "ltr"),
    "HIRAGANA": ("Jpan", "ltr"),
    "KATAKANA": ("Jpan", "ltr"),
    "HANGUL": ("Hang", "ltr"),
    "DEVANAGARI": ("Deva", "ltr"),
}


def main_script(text: str) -> tuple[str | None, str | None]:
    """The ISO 15924 code and direction of the script most letters are in."""
    counts: dict[str, int] = {}
    for char in text[:5000]:
        if char.isalpha():
            word = unicodedata.name(char, "").split(" ", 1)[0]
            counts[word] = counts.get(word, 0) + 1
    for word, _ in sorted(counts.items(), key=lambda kv: -kv[1]):
        if word in _SCRIPTS:
            return _SCRIPTS[word]
    return None, None


_detector_lock = threading.Lock()


@cache
def _detector():  # noqa: ANN202 - a lingua detector, imported lazily
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def identify_language(text: str) -> tuple[str | None, float | None]:
    """BCP-47 tag and confidence of the main language of ``text``."""
    sample = text[:2000]
    with _detector_lock:
        detector = _detector()
    values = detector.compute_language_confidence_values(sample)
    if not values or values[0].value <= 0:
        return None, None
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), round(best.value, 3)

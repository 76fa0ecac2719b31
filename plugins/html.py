"""Parser for HTML pages: the article's main text and metadata through trafilatura, without
navigation, comments, forms or ads.

Chosen for ``.html``/``.htm``/``.xhtml`` files and for any input that starts like an HTML
document. trafilatura drops invisible characters, ZWNJ included, which would change Persian
words (``گفت‌وگو`` → ``گفتوگو``), so ZWNJ and ZWJ are swapped for placeholders before
extraction and restored after. The publication date is the page's own (meta tags,
``<time>``, an element whose class names a date, Solar Hijri included), never the day the
file was read.
"""

from __future__ import annotations

import re
from typing import Any

from polybrief import hookimpl
from polybrief.context import Context
from polybrief.errors import InputError
from polybrief.inputs import Source
from polybrief.records import DateValue, Document

from .parsing.data import LanguageData
from .parsing.dates import parse_date
from .parsing.document import build_document, parse_options
from .parsing.encoding import decode
from .text import chosen

HTML_SUFFIXES = {"html", "htm", "xhtml"}
_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_DATE_HINT = re.compile(r"date|time|publish|posted|tarikh|zaman", re.I)
_PLACEHOLDERS = {"\u200c": "\u2bd1", "\u200d": "\u2bd2"}
_RESTORE = {ord(v): k for k, v in _PLACEHOLDERS.items()}


def looks_like_html(data: bytes) -> bool:
    """The input starts like an HTML document (after a BOM, blanks and comments)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    return bool(_SNIFF.match(head))


@hookimpl
def parse(source: Source, context: Context) -> list[Document] | None:
    if not (
        source.suffix in HTML_SUFFIXES or looks_like_html(source.data) or chosen(context, "html")
    ):
        return None
    declared = _CHARSET.search(source.data[:4096])
    charset = declared.group(1).decode("ascii", "replace") if declared else None
    page, encoding = decode(source.data, source.name, charset)
    data, reference = parse_options(context)
    extracted = extract(page, source.name)
    published = _page_date(extracted, data)
    metadata: dict[str, Any] = {"format": "html", "encoding": encoding}
    for ours, theirs in (("url", "url"), ("author", "author"), ("site", "sitename")):
        if extracted.get(theirs):
            metadata[ours] = extracted[theirs]
    if extracted.get("declared_lang"):
        metadata["declared_lang"] = extracted["declared_lang"]
    document = build_document(
        extracted["text"],
        source.name,
        title=extracted.get("title") or None,
        published=published,
        reference=reference,
        data=data,
        metadata=metadata,
    )
    return [document]


def extract(page: str, name: str) -> dict[str, Any]:
    """The main text and metadata of an HTML page, ZWNJ kept; raises :class:`InputError`."""
    import lxml.html
    import trafilatura
    from lxml.etree import ParserError

    protected = page
    for char, placeholder in _PLACEHOLDERS.items():
        protected = protected.replace(char, placeholder)
    try:
        tree = lxml.html.document_fromstring(protected)
    except (ParserError, ValueError) as exc:
        raise InputError(name, f"is not readable HTML ({exc})") from None
    dates = _date_candidates(tree)
    declared_lang = tree.get("lang")
    result = None
    for recall in (False, True):
        result = trafilatura.bare_extraction(
            lxml.html.document_fromstring(protected),
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=recall,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        if result is not None and (result.text or "").strip():
            break
    if result is None or not (result.text or "").strip():
        raise InputError(name, "no article text found in this HTML page")
    values = {
        key: getattr(result, key, None) for key in ("text", "title", "author", "sitename", "url")
    }
    values = {k: v.translate(_RESTORE) if isinstance(v, str) else v for k, v in values.items()}
    values["date"] = getattr(result, "date", None)
    values["page_dates"] = tuple([d.translate(_RESTORE) for d in group] for group in dates)
    values["declared_lang"] = declared_lang
    return values


def _date_candidates(tree: Any) -> tuple[list[str], list[str]]:
    """Date strings the page marks as such (``<time>``, elements whose class, id or itemprop
    names a date): those inside ``<article>`` or ``<main>`` first, then the rest of the page
    (where a header may show today's date rather than the article's)."""
    inside: list[str] = []
    outside: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if element.tag == "time":
            found = [element.get("datetime") or "", element.text_content()]
        else:
            names = " ".join(element.get(a) or "" for a in ("class", "id", "itemprop"))
            if not (names and _DATE_HINT.search(names)):
                continue
            text = element.get("content") or element.text_content()
            found = [text] if text and len(text) <= 120 else []
        within = any(a.tag in ("article", "main") for a in element.iterancestors())
        (inside if within else outside).extend(" ".join(f.split()) for f in found if f.strip())
    return inside, outside


def _page_date(extracted: dict[str, Any], data: LanguageData) -> DateValue | None:
    """The page's own publication date: one the article marks (which keeps a Solar Hijri
    date and its raw text), else the one trafilatura reads from the page's metadata, else
    one marked elsewhere on the page."""
    inside, outside = extracted["page_dates"]
    for candidate in inside:
        value = parse_date(candidate, data=data)
        if value and value.date:
            return value
    if extracted.get("date"):
        value = parse_date(str(extracted["date"]), data=data)
        if value and value.date:
            return value
    for candidate in outside:
        value = parse_date(candidate, data=data)
        if value and value.date:
            return value
    return None

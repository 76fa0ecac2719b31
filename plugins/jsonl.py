"""Parser for JSON Lines: one article per line, as news dumps and crawlers write them.

Fields read when present: ``text`` or ``body`` (the article, required), ``title``, ``date``
or ``published``, ``url``, ``lang`` and ``id``. Each record becomes a document whose source
is ``file.jsonl#N`` (the Nth record). A broken record (bad JSON, no text) becomes an error
record of its own and the other records go on.
"""

from __future__ import annotations

import json
from typing import Any

from polybrief import hookimpl
from polybrief.context import Context
from polybrief.errors import InputError
from polybrief.inputs import Source
from polybrief.records import DateValue, Document
from polybrief.validation import is_language_tag

from .parsing.dates import parse_date
from .parsing.document import build_document, parse_options
from .parsing.encoding import decode
from .text import chosen

JSONL_SUFFIXES = {"jsonl", "ndjson"}
TEXT_FIELDS = ("text", "body")
DATE_FIELDS = ("date", "published")


def looks_like_jsonl(data: bytes) -> bool:
    """The first line is a JSON object with a text or body field."""
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and any(isinstance(record.get(f), str) for f in TEXT_FIELDS)


@hookimpl
def parse(source: Source, context: Context) -> list[Document | InputError] | None:
    if not (
        source.suffix in JSONL_SUFFIXES
        or looks_like_jsonl(source.data[:65536])
        or chosen(context, "jsonl")
    ):
        return None
    text, encoding = decode(source.data, source.name)
    data, reference = parse_options(context)
    results: list[Document | InputError] = []
    number = source.first_record - 1
    for line in text.split("\n"):
        if not line.strip():
            continue
        number += 1
        name = f"{source.name}#{number}"
        try:
            record = _load(line, name)
            results.append(_document(record, name, encoding, data, reference))
        except InputError as exc:
            results.append(exc)
    if not results:
        raise InputError(source.name, "holds no JSON Lines records")
    return results


def _load(line: str, name: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise InputError(name, f"is not valid JSON ({exc})") from None
    if not isinstance(record, dict):
        raise InputError(name, f"is a JSON {type(record).__name__}, not an object")
    return record


def _field(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _document(
    record: dict[str, Any], name: str, encoding: str, data: Any, reference: Any
) -> Document:
    body = _field(record, TEXT_FIELDS)
    if body is None:
        raise InputError(name, "has no 'text' or 'body' field with text")
    published = None
    raw_date = _field(record, DATE_FIELDS)
    if raw_date:
        published = parse_date(raw_date, data=data) or DateValue(None, None, raw_date.strip())
    lang = _field(record, ("lang",))
    metadata: dict[str, Any] = {"format": "jsonl", "encoding": encoding}
    if _field(record, ("url",)):
        metadata["url"] = record["url"]
    if record.get("id") is not None:
        metadata["record_id"] = str(record["id"])
    if lang and not is_language_tag(lang.strip()):
        metadata["declared_lang"] = lang
        lang = None
    return build_document(
        body,
        name,
        title=_field(record, ("title",)),
        published=published,
        lang=lang.strip() if lang else None,
        reference=reference,
        data=data,
        metadata=metadata,
    )

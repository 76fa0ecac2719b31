"""Replies written in advance, each chosen by the document a request carries.

The fake server's own replies are made from the schema with text cut from the document:
valid, but not what a model would say. To measure what a program does with good answers
(grouping on canonical names, say), write the answers once and let the fake pick them::

    replies = PreparedReplies()
    replies.add(reply, marker="Kari Nordvik held a telephone")  # a phrase of the document
    replies.add(other, document=text)                            # or the whole text, by hash
    with FakeOpenAI(replies=replies) as server:
        ...

A request's document is the text between its fence lines (``<document id="…">`` …
``</document id="…">``) in the last user message, or that whole message when there is
no fence. An entry answers a request when

- its ``marker`` occurs in that text, compared in the folded form of
  :func:`polybrief.textnorm.fold` (case, whitespace, ZWNJ, Arabic/Persian letter variants
  and digits do not matter), or its ``sha256`` is :func:`document_key` of the text after
  the fence's ``key: value`` header; and
- the reply has the same top-level keys as the schema of the request: a prepared
  extraction never answers the summary request of a group whose facts quote the marker.

The first entry that answers wins. The reply is fitted to the request's schema: keys the
schema does not list are dropped (summaries in languages not asked for) and required
keys it lacks get an empty value (``[]``, ``null``…). Entries load from JSON Lines, one
object per line: ``{"name": …, "marker": … or "sha256": …, "reply": {…}}``.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .schema_fill import fenced_data, source_text


def document_key(text: str) -> str:
    """The ``sha256`` of an entry for a document (or chunk) whose text is ``text``."""
    from polybrief.textnorm import fold

    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PreparedReply:
    reply: dict[str, Any]
    marker: str | None = None
    """A phrase of the document, compared folded."""
    sha256: str | None = None
    """:func:`document_key` of the document's text."""
    name: str | None = None
    """What the entry is for, in :attr:`PreparedReplies.used`."""


class PreparedReplies:
    """A set of prepared replies for :class:`~polybrief.testing.fake_openai.FakeOpenAI`."""

    def __init__(self, entries: Iterable[PreparedReply] = ()) -> None:
        self.entries: list[PreparedReply] = []
        self._folded: list[str | None] = []
        self.used: Counter[str] = Counter()
        """How many requests each entry answered, by name (or marker, or hash)."""
        self.missed: list[str] = []
        """The start of each request's document that no entry answered."""
        self._lock = threading.Lock()
        for entry in entries:
            self._append(entry)

    def add(
        self,
        reply: dict[str, Any],
        *,
        marker: str | None = None,
        document: str | None = None,
        name: str | None = None,
    ) -> None:
        """Answer requests about the document holding ``marker`` (or whose text is
        ``document``) with ``reply``."""
        if (marker is None) == (document is None):
            raise ValueError("give either a marker or the document's text")
        key = document_key(document) if document is not None else None
        self._append(PreparedReply(reply, marker, key, name))

    def _append(self, entry: PreparedReply) -> None:
        from polybrief.textnorm import fold

        if not isinstance(entry.reply, dict):
            raise ValueError(f"prepared reply {entry.name or ''}: the reply must be an object")
        if not (entry.marker or entry.sha256):
            raise ValueError(f"prepared reply {entry.name or ''}: needs a marker or a sha256")
        folded = fold(entry.marker) if entry.marker else None
        if folded == "":
            raise ValueError(f"prepared reply {entry.name or ''}: the marker folds to nothing")
        self.entries.append(entry)
        self._folded.append(folded)

    @classmethod
    def load(cls, path: str | Path) -> PreparedReplies:
        """Entries from a JSON Lines file; a broken line is a ``ValueError`` naming it."""
        entries = []
        file = Path(path)
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                entries.append(
                    PreparedReply(
                        reply=item["reply"],
                        marker=item.get("marker"),
                        sha256=item.get("sha256"),
                        name=item.get("name"),
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{file}:{number}: not a prepared reply ({exc})") from None
        return cls(entries)

    def find(self, messages: list[dict[str, Any]], schema: dict[str, Any]) -> Any | None:
        """The prepared reply to a request, fitted to its ``schema``; None if there is none."""
        from polybrief.textnorm import fold

        wanted = set((schema.get("properties") or {}).keys())
        data = fenced_data(messages)
        folded = fold(data)
        key: str | None = None
        for entry, marker in zip(self.entries, self._folded, strict=True):
            if set(entry.reply) != wanted:
                continue
            if marker is not None:
                found = marker in folded
            else:
                key = key or document_key(source_text(messages))
                found = entry.sha256 == key
            if found:
                with self._lock:
                    self.used[entry.name or entry.marker or entry.sha256 or "?"] += 1
                return fit(copy.deepcopy(entry.reply), schema, schema)
        with self._lock:
            self.missed.append(" ".join(data.split())[:80])
        return None


def fit(value: Any, schema: dict[str, Any], root: dict[str, Any]) -> Any:
    """``value`` trimmed and completed to the shape of ``schema``: keys the schema does not
    allow are dropped, required keys that are missing get an empty value."""
    schema = _resolve(schema, root)
    if "anyOf" in schema:
        for option in schema["anyOf"]:
            if _type_fits(value, _resolve(option, root)):
                return fit(value, option, root)
        return value
    if isinstance(value, dict) and _allows(schema, "object"):
        properties = schema.get("properties") or {}
        if schema.get("additionalProperties") is False:
            value = {k: v for k, v in value.items() if k in properties}
        for name in schema.get("required") or []:
            if name not in value:
                value[name] = empty(properties.get(name) or {}, root)
        return {k: fit(v, properties[k], root) if k in properties else v for k, v in value.items()}
    if isinstance(value, list) and _allows(schema, "array"):
        items = schema.get("items") or {}
        return [fit(item, items, root) for item in value]
    return value


def empty(schema: dict[str, Any], root: dict[str, Any]) -> Any:
    """The emptiest value ``schema`` accepts: null if allowed, else [], {}, "", 0, false."""
    schema = _resolve(schema, root)
    if "const" in schema:
        return schema["const"]
    if "anyOf" in schema:
        return empty(schema["anyOf"][0], root)
    if "enum" in schema:
        return None if None in schema["enum"] else schema["enum"][0]
    if _allows(schema, "null"):
        return None
    if _allows(schema, "array"):
        return []
    if _allows(schema, "object"):
        return fit({}, schema, root)
    if _allows(schema, "string"):
        return ""
    if _allows(schema, "number") or _allows(schema, "integer"):
        return 0
    if _allows(schema, "boolean"):
        return False
    return None


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = root
        for part in str(schema["$ref"]).lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _allows(schema: dict[str, Any], kind: str) -> bool:
    types = schema.get("type")
    if types is None:
        return kind == "object" and "properties" in schema
    return kind in types if isinstance(types, list) else kind == types


def _type_fits(value: Any, schema: dict[str, Any]) -> bool:
    kinds = {
        dict: "object",
        list: "array",
        str: "string",
        bool: "boolean",
        type(None): "null",
        int: "integer",
        float: "number",
    }
    kind = kinds.get(type(value), "object")
    return _allows(schema, kind) or (kind == "integer" and _allows(schema, "number"))

"""Make a JSON value that a JSON Schema accepts, with text taken from a source document.

This stands in for a model in tests: strings are verbatim snippets of the source (so they
can be found in it), ids are numbered per list (``q1`` in ``quotes``), lists of ids cite
the ids made so far or the ids listed in the source (``D1.q2 …`` lines), and everything is
deterministic. It understands the subset of JSON Schema that strict structured outputs use:
``type`` (lists for null), ``properties``, ``items``, ``enum``, ``const``, ``anyOf``,
``$ref`` to ``#/$defs/…``.
"""

from __future__ import annotations

import re
from typing import Any

_SENTENCE = re.compile(r"[^.!?؟…\n]+[.!?؟…]?")
_NUMBERED = re.compile(r"^([A-Z]\d+\.[a-z]+\d*)\b", re.MULTILINE)
_FENCED = re.compile(r"<(\w+) id=\"(\w+)\">\n(.*)\n</\1 id=\"\2\">", re.DOTALL)
_HEADER_LINE = re.compile(r"^[a-z_]+: ")
_PREFIXES = {
    "participants": "p",
    "places": "l",
    "quotes": "q",
    "figures": "f",
    "entities": "e",
    "dates": "d",
}
_CITES = {"facts", "sources", "cites", "fact_ids"}


def fenced_data(messages: list[dict[str, Any]]) -> str:
    """The fenced data (with its header) of the last user message that has a fence (a
    re-ask comes after the question), else the last user message."""
    users = [str(m.get("content") or "") for m in messages if m.get("role") == "user"]
    for content in reversed(users):
        match = _FENCED.search(content)
        if match:
            return match.group(3)
    return users[-1] if users else ""


def source_text(messages: list[dict[str, Any]]) -> str:
    """The fenced data without its header (see :func:`fenced_data`)."""
    return _without_header(fenced_data(messages))


def _without_header(data: str) -> str:
    """The text after a leading ``key: value`` header and its blank line, if there is one."""
    head, blank, body = data.partition("\n\n")
    if blank and all(_HEADER_LINE.match(line) for line in head.split("\n")):
        return body
    return data


class Filler:
    """Fills one schema from one source text."""

    def __init__(self, source: str, root: dict[str, Any]) -> None:
        self.source = source
        self.root = root
        self.sentences = [s.strip() for s in _SENTENCE.findall(source) if len(s.strip()) > 3]
        self.words = [w for w in re.findall(r"\w[\w\u200c'-]*", source) if len(w) > 2]
        self.listed_ids = _NUMBERED.findall(source)
        self.made_ids: list[str] = []
        self.counters: dict[str, int] = {}
        self.turn = 0

    def value(self, schema: dict[str, Any], path: tuple[str, ...] = ()) -> Any:
        if "$ref" in schema:
            return self.value(self._resolve(schema["$ref"]), path)
        if "const" in schema:
            return schema["const"]
        if "anyOf" in schema:
            options = [s for s in schema["anyOf"] if s.get("type") != "null"] or schema["anyOf"]
            return self.value(options[0], path)
        if "enum" in schema:
            return next((v for v in schema["enum"] if v is not None), None)
        kind = schema.get("type", "object")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object":
            return {
                name: self.value(sub, (*path, name))
                for name, sub in schema.get("properties", {}).items()
            }
        if kind == "array":
            return self._array(schema.get("items", {}), path)
        if kind == "string":
            return self._string(path)
        if kind in ("number", "integer"):
            self.turn += 1
            return 1000 * self.turn
        if kind == "boolean":
            return True
        return None

    def _resolve(self, ref: str) -> dict[str, Any]:
        node: Any = self.root
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        return node

    def _array(self, items: dict[str, Any], path: tuple[str, ...]) -> list[Any]:
        name = path[-1] if path else ""
        if name in _CITES:
            pool = self.made_ids or self.listed_ids
            return pool[:2]
        if name == "lines":
            return [f"[translated] {line}" for line in self.source.split("\n")]
        return [self.value(items, (*path, "[]")) for _ in range(2)]

    def _string(self, path: tuple[str, ...]) -> str:
        name = path[-1] if path else ""
        parent = path[-2] if len(path) >= 2 else ""
        owner = path[-3] if len(path) >= 3 else ""
        if name == "id" and owner in _PREFIXES:
            prefix = _PREFIXES[owner]
            self.counters[prefix] = self.counters.get(prefix, 0) + 1
            made = f"{prefix}{self.counters[prefix]}"
            self.made_ids.append(made)
            return made
        if name in ("iso", "date"):
            return "2025-03-12"
        if name in ("country", "key", "lang"):
            return "NO" if name != "lang" else "en"
        words = ("name", "speaker", "role", "unit", "counts", "qualifier")
        if name in words or parent in ("topics", "spellings"):
            return self._word()
        if "summaries" in path:
            self.turn += 1
            return f"Summary sentence {self.turn}."
        return self._snippet()

    def _snippet(self) -> str:
        if not self.sentences:
            return self.source.strip()[:80] or "text"
        sentence = self.sentences[self.turn % len(self.sentences)]
        self.turn += 1
        return " ".join(sentence.split(" ")[:12])

    def _word(self) -> str:
        if not self.words:
            return "word"
        word = self.words[self.turn % len(self.words)]
        self.turn += 1
        return word


def fill(schema: dict[str, Any], source: str) -> Any:
    """A value valid against ``schema`` whose strings come from ``source``."""
    return Filler(source, schema).value(schema)

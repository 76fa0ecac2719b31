"""Writers that put records on a stream: JSON Lines, JSON or Markdown.

Every record is checked against its schema before it is written, and the values of secret
settings are scrubbed from the text, so neither an invalid record nor an API key gets out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from .records import Record
from .validation import check

FORMATS = ("jsonl", "json", "md")
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".md": "md"}


def _scrub(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "****")
    return text


class Writer:
    """Base writer: validates, serialises, scrubs, writes."""

    def __init__(self, stream: TextIO, secrets: Iterable[str] = (), lang: str = "en") -> None:
        self.stream = stream
        self.secrets = [s for s in secrets if s]
        self.lang = lang
        """The reader's language, for writers that write words of their own (Markdown)."""

    def payload(self, record: Record) -> dict:
        return check(record.to_dict())

    def emit(self, text: str) -> None:
        self.stream.write(_scrub(text, self.secrets))
        self.stream.flush()

    def write(self, record: Record) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


class JsonlWriter(Writer):
    """One record per line, written as soon as it is ready."""

    def write(self, record: Record) -> None:
        self.emit(json.dumps(self.payload(record), ensure_ascii=False) + "\n")


class JsonWriter(Writer):
    """One JSON array of all records, written at the end."""

    def __init__(self, stream: TextIO, secrets: Iterable[str] = (), lang: str = "en") -> None:
        super().__init__(stream, secrets, lang)
        self.items: list[dict] = []

    def write(self, record: Record) -> None:
        self.items.append(self.payload(record))

    def close(self) -> None:
        self.emit(json.dumps(self.items, ensure_ascii=False, indent=2) + "\n")


class MarkdownWriter(Writer):
    """A readable report, one section per document, written as each is ready; then the
    events, under a heading of their own."""

    events_started = False

    def write(self, record: Record) -> None:
        from .markdown import render, words

        self.payload(record)
        if record.kind == "event" and not self.events_started:
            self.events_started = True
            self.emit(f"# {words(self.lang)['events']}\n\n")
        self.emit(render(record, self.lang))


WRITERS: dict[str, type[Writer]] = {"jsonl": JsonlWriter, "json": JsonWriter, "md": MarkdownWriter}

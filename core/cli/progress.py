"""A progress bar of finished documents, on standard error, only when a person watches it.

It shows when standard error is a terminal and the records go elsewhere (a file or a
pipe); otherwise nothing is drawn, so logs and redirected output stay clean. tqdm is
imported only when the bar is drawn.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer


def wanted(output: Path | None) -> bool:
    """Draw a bar: standard error is a terminal and records do not go to that terminal."""
    to_terminal = output is None or str(output) == "-"
    try:
        return sys.stderr.isatty() and not (to_terminal and sys.stdout.isatty())
    except (AttributeError, ValueError):  # replaced or closed streams
        return False


def _document_of(record: Any) -> str | None:
    kind = record.kind
    if kind == "document":
        return record.id
    if kind == "extraction":
        return record.document.id
    if kind == "summary":
        return ",".join(record.documents)
    if kind == "error":
        return record.document or record.source
    return None


class Progress:
    """Counts documents as their records are written; a no-op when not wanted."""

    def __init__(self, enabled: bool) -> None:
        self._bar: Any = None
        self._seen: set[str] = set()
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(unit="doc", desc="polybrief", file=sys.stderr, leave=False)

    def update(self, record: Any) -> None:
        if self._bar is None:
            return
        key = _document_of(record)
        if key is not None and key not in self._seen:
            self._seen.add(key)
            self._bar.update(1)

    def message(self, text: str) -> None:
        """Print a line on standard error without breaking the bar."""
        if self._bar is None:
            typer.echo(text, err=True)
        else:
            self._bar.write(text, file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

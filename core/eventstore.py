"""Keep a run's documents and extractions until every document is done, on disk.

Grouping needs all documents of a run at once, but a run may hold tens of thousands of
them. They are pickled to an unnamed temporary file as each one finishes; memory holds only
an index (and the few documents still in flight), and the group and compare stages read
them back one at a time.
"""

from __future__ import annotations

import dataclasses
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from .records import Document, ErrorRecord, Extraction, Record, Summary


class EventInputs:
    """The documents of a run that were extracted, with their extractions, in input order."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="polybrief-events-")  # noqa: SIM115 - closed by close()
        self._index: list[tuple[int, int, int]] = []  # document offset, extraction offset, end
        self._ids: dict[str, int] = {}
        self._pending: dict[str, Document] = {}

    # -- filling, from the thread that consumes the run's records --------------------------

    def hold(self, document: Document) -> None:
        """Remember a parsed document until its extraction arrives (or its failure)."""
        if document.id not in self._ids and document.id not in self._pending:
            self._pending[document.id] = document  # a repeated text is one report, kept once

    def take(self, records: Iterable[Record]) -> None:
        """Store the document of each extraction among ``records``; forget failed ones.

        The document's own summaries among ``records`` are kept with its extraction, so an
        event reported by this document alone is not summarized a second time.
        """
        records = list(records)
        for record in records:
            if isinstance(record, Extraction):
                document = self._pending.pop(record.document.id, None)
                if document is not None:
                    own = [
                        r
                        for r in records
                        if isinstance(r, Summary) and r.documents == [document.id]
                    ]
                    self._store(document, dataclasses.replace(record, summaries=own))
            elif isinstance(record, ErrorRecord) and record.document:
                self._pending.pop(record.document, None)

    def _store(self, document: Document, extraction: Extraction) -> None:
        self._file.seek(0, 2)
        start = self._file.tell()
        self._file.write(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
        middle = self._file.tell()
        self._file.write(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
        self._ids[document.id] = len(self._index)
        self._index.append((start, middle, self._file.tell()))

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._index)

    def ids(self) -> list[str]:
        return list(self._ids)

    def position(self, document_id: str) -> int | None:
        """The input position of a stored document, or None if it is not stored."""
        return self._ids.get(document_id)

    def _load(self, position: int, part: int) -> Any:
        start, middle, end = self._index[position]
        begin, stop = (start, middle) if part == 0 else (middle, end)
        self._file.seek(begin)
        return pickle.loads(self._file.read(stop - begin))

    def document(self, position: int) -> Document:
        return self._load(position, 0)

    def extraction(self, position: int) -> Extraction:
        return self._load(position, 1)

    @property
    def documents(self) -> Sequence[Document]:
        return _Lazy(self, 0)

    @property
    def extractions(self) -> Sequence[Extraction]:
        return _Lazy(self, 1)

    def close(self) -> None:
        self._file.close()
        self._pending.clear()


class _Lazy(Sequence):
    """A read-only sequence that loads each item from the store when it is asked for."""

    def __init__(self, store: EventInputs, part: int) -> None:
        self._store = store
        self._part = part

    def __len__(self) -> int:
        return len(self._store)

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._store._load(index, self._part)

    def __iter__(self) -> Iterator[Any]:
        for position in range(len(self)):
            yield self._store._load(position, self._part)

"""Combine extractions of the same document: from several extractors, or from chunks.

Facts are de-duplicated on their folded text, so the same quote found twice (or spelled
with other quote marks) is kept once; the first value of a field wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from .records import DocumentRef, Event, Extraction, Usage
from .textnorm import fold

T = TypeVar("T")


def unique(items: Iterable[T], key: Callable[[T], object]) -> list[T]:
    """Items in order, without those whose key was already seen."""
    seen: set[object] = set()
    kept = []
    for item in items:
        marker = key(item)
        if marker not in seen:
            seen.add(marker)
            kept.append(item)
    return kept


def merge_events(events: list[Event]) -> Event | None:
    if not events:
        return None
    first = events[0]
    return Event(
        type=next((e.type for e in events if e.type), None),
        date=next((e.date for e in events if e.date), None),
        participants=unique(
            (p for e in events for p in e.participants), lambda p: fold(p.native_name or p.name)
        ),
        places=unique((p for e in events for p in e.places), lambda p: fold(p.name)),
        topics=unique((t for e in events for t in e.topics), fold),
        evidence=first.evidence or next((e.evidence for e in events if e.evidence), None),
    )


def merge_extractions(parts: list[Extraction], document: DocumentRef) -> Extraction:
    """One extraction holding the facts of all ``parts``, without duplicates."""
    if len(parts) == 1:
        return parts[0]
    usage = None
    for part in parts:
        if part.usage is not None:
            usage = usage or Usage()
            usage.add(part.usage)
    return Extraction(
        document=document,
        extractors=unique((n for p in parts for n in p.extractors), str),
        event=merge_events([p.event for p in parts if p.event]),
        quotes=unique((q for p in parts for q in p.quotes), lambda q: fold(q.text)),
        figures=unique(
            (f for p in parts for f in p.figures), lambda f: (fold(f.text), fold(f.evidence.text))
        ),
        entities=unique((e for p in parts for e in p.entities), lambda e: (e.type, fold(e.name))),
        dates=unique(
            (d for p in parts for d in p.dates), lambda d: (d.date, fold(d.evidence.text))
        ),
        partial=any(p.partial for p in parts),
        summaries=[s for p in parts for s in p.summaries],
        usage=usage,
        notes=unique((n for p in parts for n in p.notes), str),
    )

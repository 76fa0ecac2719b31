"""Turn an extraction reply into polybrief records, with evidence located in the document.

The model gives verbatim text, never offsets. Each piece of evidence is looked up in the
chunk it came from (exactly, then in the folded form of :mod:`polybrief.grounding`) and
its offsets are made relative to the whole document; the pipeline checks them again.
Summary sentences cite fact ids: a sentence keeps, as its sources, the spans of the cited
facts that were found, and is left out when none was (unless ``summary_ungrounded``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from polybrief.grounding import Locator
from polybrief.records import (
    DateFact,
    DateValue,
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Figure,
    Participant,
    Place,
    Quote,
    SourceRef,
    Summary,
    SummarySentence,
)

from .chunking import Chunk

PLUGIN = "openai"
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def _text(value: Any) -> str | None:
    """A stripped string, or None for null or blank."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _country(value: Any) -> str | None:
    code = (_text(value) or "").upper()
    return code if _COUNTRY.match(code) else None


def _date(iso: Any, precision: Any) -> tuple[str | None, str | None]:
    iso = _text(iso)
    if iso is None or not _ISO_DATE.match(iso):
        return None, None
    implied = {4: "year", 7: "month", 10: "day"}[len(iso)]
    return iso, implied if precision != implied else precision


class Grounder:
    """Locates evidence of one chunk and reports offsets in the whole document."""

    def __init__(self, chunk: Chunk) -> None:
        self.chunk = chunk
        self.locator = Locator(chunk.text)

    def evidence(self, text: str) -> Evidence:
        found = self.locator.locate(text)
        if found is None:
            return Evidence(text)
        start, end, match = found
        offset = self.chunk.start
        return Evidence(text, start + offset, end + offset, True, match)  # type: ignore[arg-type]


class FactBuilder:
    """Builds the records of one reply, remembering each fact's evidence by its id."""

    def __init__(self, document: Document, chunk: Chunk) -> None:
        self.document = document
        self.grounder = Grounder(chunk)
        self.by_id: dict[str, Evidence] = {}

    def _evidence(self, fact_id: Any, text: Any) -> Evidence | None:
        text = _text(text)
        if text is None:
            return None
        evidence = self.grounder.evidence(text)
        if isinstance(fact_id, str) and fact_id.strip():
            self.by_id.setdefault(fact_id.strip(), evidence)
        return evidence

    def extraction(self, data: dict[str, Any]) -> Extraction:
        return Extraction(
            document=self.document.ref(),
            extractors=[PLUGIN],
            event=self.event(data.get("event") or {}),
            quotes=self._many(data.get("quotes"), self.quote),
            figures=self._many(data.get("figures"), self.figure),
            entities=self._many(data.get("entities"), self.entity),
            dates=self._many(data.get("dates"), self.date),
        )

    @staticmethod
    def _many(items: Any, build: Any) -> list[Any]:
        built = (build(item) for item in items or [] if isinstance(item, dict))
        return [fact for fact in built if fact is not None]

    def event(self, data: dict[str, Any]) -> Event:
        date = data.get("date") or {}
        iso, precision = _date(date.get("iso"), date.get("precision"))
        raw = _text(date.get("text")) or iso
        return Event(
            type=data.get("type"),
            date=DateValue(iso, precision, raw, date.get("calendar") or "gregorian")
            if raw
            else None,
            participants=self._many(data.get("participants"), self.participant),
            places=self._many(data.get("places"), self.place),
            topics=[t for t in (_text(t) for t in data.get("topics") or []) if t],
            evidence=self._evidence("ev", data.get("evidence")),
        )

    def participant(self, item: dict[str, Any]) -> Participant | None:
        name = _text(item.get("name")) or _text(item.get("native_name"))
        evidence = self._evidence(item.get("id"), item.get("evidence") or item.get("native_name"))
        if name is None or evidence is None:
            return None
        return Participant(
            name=name,
            evidence=evidence,
            native_name=_text(item.get("native_name")),
            role=_text(item.get("role")),
            country=_country(item.get("country")),
            gender=item.get("gender") if item.get("gender") in ("f", "m") else None,
        )

    def place(self, item: dict[str, Any]) -> Place | None:
        name = _text(item.get("name"))
        evidence = self._evidence(item.get("id"), item.get("evidence"))
        if name is None or evidence is None:
            return None
        return Place(name, evidence, _country(item.get("country")))

    def quote(self, item: dict[str, Any]) -> Quote | None:
        text = _text(item.get("text"))
        evidence = self._evidence(item.get("id"), text)
        if text is None or evidence is None:
            return None
        return Quote(text, evidence, _text(item.get("speaker")))

    def figure(self, item: dict[str, Any]) -> Figure | None:
        text = _text(item.get("text"))
        evidence = self._evidence(item.get("id"), text)
        if text is None or evidence is None:
            return None
        value = item.get("value")
        return Figure(
            text=text,
            evidence=evidence,
            value=float(value) if isinstance(value, int | float) else None,
            unit=_text(item.get("unit")),
            counts=_text(item.get("counts")),
            qualifier=_text(item.get("qualifier")),
        )

    def entity(self, item: dict[str, Any]) -> Entity | None:
        name = _text(item.get("name")) or _text(item.get("text"))
        written = _text(item.get("text")) or name
        evidence = self._evidence(item.get("id"), written)
        if name is None or evidence is None:
            return None
        spellings: list[str] = []
        for form in [written, name, *(item.get("spellings") or [])]:
            form = _text(form)
            if form and form not in spellings:
                spellings.append(form)
        kind = item.get("type") or "other"
        key = _country(item.get("key")) if kind == "country" else _text(item.get("key"))
        return Entity(name, kind, evidence, spellings, key)

    def date(self, item: dict[str, Any]) -> DateFact | None:
        raw = _text(item.get("text"))
        evidence = self._evidence(item.get("id"), raw)
        if raw is None or evidence is None:
            return None
        iso, precision = _date(item.get("iso"), item.get("precision"))
        return DateFact(raw, evidence, iso, precision, item.get("calendar") or "gregorian")


def cited_summaries(
    replies: dict[str, Any],
    sources: Mapping[str, SourceRef | list[SourceRef]],
    documents: list[str],
    targets: list[str],
    keep_ungrounded: bool,
) -> list[Summary]:
    """Summaries whose sentences cite the facts in ``sources`` (found facts only, by id; a
    partial summary's sentence stands for several spans).

    A sentence that cites no found fact is left out, and the summary says how many were,
    unless ``keep_ungrounded``: then it cites the documents without a span.
    """
    summaries = []
    for target in targets:
        sentences: list[SummarySentence] = []
        dropped = 0
        for item in replies.get(target) or []:
            text = _text(item.get("text")) if isinstance(item, dict) else None
            if text is None:
                continue
            refs: list[SourceRef] = []
            for fact_id in item.get("facts") or []:
                found = sources.get(str(fact_id).strip())
                for ref in [found] if isinstance(found, SourceRef) else found or []:
                    if ref not in refs:
                        refs.append(ref)
            if not refs:
                if not keep_ungrounded:
                    dropped += 1
                    continue
                refs = [SourceRef(doc) for doc in documents]
            sentences.append(SummarySentence(text, refs))
        note = None
        if dropped:
            note = (
                f"{dropped} sentence{'s' if dropped > 1 else ''} left out: "
                "the facts cited were not found in the source."
            )
        summaries.append(
            Summary(
                documents=list(documents),
                lang=target,
                target=target,
                summarizer=PLUGIN,
                method="abstractive",
                sentences=sentences,
                note=note,
            )
        )
    return summaries


def grounded_sources(by_id: dict[str, Evidence], document: str) -> dict[str, SourceRef]:
    """Source references of the facts whose evidence was found, by fact id."""
    return {
        fact_id: SourceRef(document, evidence.start, evidence.end)
        for fact_id, evidence in by_id.items()
        if evidence.grounded
    }

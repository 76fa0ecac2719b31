"""The records polybrief reads and writes.

Plain dataclasses, so that plugins build them without ceremony; each top-level record has
a ``kind`` and a JSON Schema of the same name in ``polybrief.schemas``. ``to_dict`` gives
the JSON form that is validated and written; ``from_dict`` reads it back.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

Precision = Literal["day", "month", "year"]


def document_id(text: str) -> str:
    """A stable id derived from the content, so the same article gets the same id anywhere."""
    return "doc_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class DateValue:
    """A calendar date with the precision it was given in; never padded with a made-up day."""

    date: str | None
    """ISO 8601 at its precision: ``2024-06-01``, ``2024-06`` or ``2024``; None if unresolved."""
    precision: Precision | None
    raw: str
    """The text it came from, as written."""
    calendar: str = "gregorian"
    """The calendar of the raw text: ``gregorian``, ``persian`` (Solar Hijri) or ``islamic``."""


@dataclass(slots=True)
class DateMention:
    """A date written in a document's text, with its offsets, for the extract stage."""

    raw: str
    start: int
    end: int
    date: str | None = None
    precision: Precision | None = None
    calendar: str = "gregorian"


@dataclass(slots=True)
class Evidence:
    """The source text a fact rests on; offsets are found by polybrief, not trusted from plugins."""

    text: str
    start: int | None = None
    end: int | None = None
    grounded: bool = False
    match: Literal["exact", "normalized"] | None = None


@dataclass(slots=True)
class Participant:
    """Someone taking part in the event."""

    name: str
    """In Latin script when known (an LLM gives the usual English form), else as written."""
    evidence: Evidence
    native_name: str | None = None
    """As written in the document's own script, e.g. ``باقری``."""
    role: str | None = None
    country: str | None = None
    """ISO 3166-1 alpha-2 code when known."""
    gender: str | None = None
    """``f`` or ``m`` where the text makes it clear (``la ministre``, ``spokeswoman``; an
    LLM may also go by the name), so a role is named in the form of languages that mark it
    (``la Première ministre``)."""


@dataclass(slots=True)
class Place:
    name: str
    evidence: Evidence
    country: str | None = None


@dataclass(slots=True)
class Quote:
    text: str
    evidence: Evidence
    speaker: str | None = None


@dataclass(slots=True)
class Figure:
    text: str
    """The figure as written, e.g. ``more than 20,000`` or ``۲۰ هزار``."""
    evidence: Evidence
    value: float | None = None
    unit: str | None = None
    counts: str | None = None
    """What the figure counts, e.g. ``people evacuated``."""
    qualifier: str | None = None
    """``more than``, ``about``, ``at least``… as a normalised English word, when present."""


@dataclass(slots=True)
class Entity:
    """A named thing, with the forms it is written in across languages and scripts."""

    name: str
    """The canonical form: English for an LLM extractor, as written for a rule-based one."""
    type: str
    """``person``, ``organization``, ``country``, ``place`` or ``other``."""
    evidence: Evidence
    spellings: list[str] = field(default_factory=list)
    """Every form seen, e.g. ``["Bagheri", "باقری"]``."""
    key: str | None = None
    """An identifier that is the same in every language: ISO 3166-1 alpha-2 for countries."""


@dataclass(slots=True)
class DateFact:
    raw: str
    evidence: Evidence
    date: str | None = None
    precision: Precision | None = None
    calendar: str = "gregorian"


EVENT_TYPES = (
    "phone_call",
    "video_call",
    "meeting",
    "visit",
    "talks",
    "message",
    "statement",
    "conference",
    "other",
)


@dataclass(slots=True)
class Event:
    """What happened: the main event a document reports."""

    type: str | None = None
    """One of :data:`EVENT_TYPES`; ``phone_call`` covers any discussion by telephone."""
    date: DateValue | None = None
    participants: list[Participant] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass(slots=True)
class Usage:
    """What the LLM calls behind a record cost; zero for offline plugins."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasks: int = 0
    cache_hits: int = 0
    cost: float | None = None
    estimated: bool = False
    """True for a dry run: the figures are a forecast, nothing was called."""
    details: dict[str, Any] = field(default_factory=dict)
    """Plugin-specific facts worth reporting: model, prompt version, token encoding."""

    def add(self, other: Usage) -> None:
        self.calls += other.calls
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.reasks += other.reasks
        self.cache_hits += other.cache_hits
        if other.cost is not None:
            self.cost = (self.cost or 0.0) + other.cost
        self.estimated = self.estimated or other.estimated
        for key, value in other.details.items():
            self.details.setdefault(key, value)


@dataclass(slots=True)
class SourceRef:
    """A pointer from a summary sentence to the document (and span) it rests on."""

    document: str
    start: int | None = None
    end: int | None = None
    text: str | None = None
    """The cited span as written, when the reader should see it (claims); else None."""


@dataclass(slots=True)
class SummarySentence:
    text: str
    sources: list[SourceRef] = field(default_factory=list)


class Record:
    """Mixin for top-level records: a ``kind`` and JSON conversion."""

    __slots__ = ()
    kind: ClassVar[str]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **_encode_fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]):  # noqa: ANN206 - returns cls
        data = {k: v for k, v in data.items() if k != "kind"}
        return _decode(cls, data)


@dataclass(slots=True)
class DocumentRef:
    """The identifying part of a document, repeated in records derived from it."""

    id: str
    source: str
    lang: str | None = None
    title: str | None = None
    published: DateValue | None = None


@dataclass(slots=True)
class Document(Record):
    """A parsed document: clean text plus what is known about it."""

    kind: ClassVar[str] = "document"
    id: str
    source: str
    text: str
    lang: str | None = None
    """BCP-47 tag of the main language."""
    lang_confidence: float | None = None
    script: str | None = None
    """ISO 15924 code of the main script: ``Latn``, ``Arab``…"""
    direction: Literal["ltr", "rtl"] | None = None
    title: str | None = None
    published: DateValue | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    """Sentence boundaries as ``(start, end)`` character offsets into ``text``."""
    dates: list[DateMention] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, source: str, **fields: Any) -> Document:
        return cls(id=document_id(text), source=source, text=text, **fields)

    def ref(self) -> DocumentRef:
        return DocumentRef(self.id, self.source, self.lang, self.title, self.published)

    def sentence_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.sentences]


@dataclass(slots=True)
class Grounding:
    total: int = 0
    grounded: int = 0

    @property
    def rate(self) -> float | None:
        return round(self.grounded / self.total, 4) if self.total else None


@dataclass(slots=True)
class Translation:
    """What a translator may return instead of a plain string: the text and its cost."""

    text: str
    usage: Usage | None = None


@dataclass(slots=True)
class Summary(Record):
    """A summary of one document or a group, in one language, each sentence attributed."""

    kind: ClassVar[str] = "summary"
    documents: list[str]
    lang: str
    """The language the text is in."""
    target: str
    """The language that was asked for; differs from ``lang`` when no translation was possible."""
    summarizer: str
    method: Literal["extractive", "abstractive"]
    sentences: list[SummarySentence] = field(default_factory=list)
    translator: str | None = None
    note: str | None = None
    usage: Usage | None = None
    headline: str | None = None
    """A one-line title, when the summarizer writes one (an event's headline); else None."""
    untranslated: str | None = None
    """Why the text is not in ``target``: what the translators said, when none could
    translate it; None when it was translated or needed no translation."""

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(slots=True)
class Extraction(Record):
    """The facts extracted from one document, each with its evidence."""

    kind: ClassVar[str] = "extraction"
    document: DocumentRef
    extractors: list[str] = field(default_factory=list)
    event: Event | None = None
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    partial: bool = False
    """True when part of the document could not be processed (a failed chunk)."""
    grounding: Grounding = field(default_factory=Grounding)
    summaries: list[Summary] = field(default_factory=list)
    """Summaries produced in the same pass (one LLM call for facts and summaries)."""
    usage: Usage | None = None
    notes: list[str] = field(default_factory=list)

    def evidences(self) -> list[Evidence]:
        """Every evidence object of every fact, in a stable order."""
        found: list[Evidence] = []
        if self.event:
            if self.event.evidence:
                found.append(self.event.evidence)
            found += [p.evidence for p in self.event.participants]
            found += [p.evidence for p in self.event.places]
        for facts in (self.quotes, self.figures, self.entities, self.dates):
            found += [f.evidence for f in facts]
        return found


@dataclass(slots=True)
class EventMember:
    id: str
    source: str
    lang: str | None = None
    title: str | None = None
    published: DateValue | None = None


ClaimType = Literal["event", "participant", "place", "figure", "quote", "other"]


@dataclass(slots=True)
class Claim:
    """One fact of an event, the member documents that report it and where they say it."""

    text: str
    documents: list[str]
    evidence: list[SourceRef] = field(default_factory=list)
    """Per supporting document the grounded span it rests on, with its text."""
    type: ClaimType = "other"
    lang: str | None = None
    """The language ``text`` is in: quotes and figures stay as a source wrote them."""


@dataclass(slots=True)
class DiscrepancyValue:
    """What one source says (or that it says nothing) on a point where sources differ."""

    document: str
    value: str
    evidence: Evidence | None = None


@dataclass(slots=True)
class Discrepancy:
    """A point on which the member documents disagree, with every source's value."""

    type: Literal["missing", "figure", "quote", "date", "other"]
    description: str
    values: list[DiscrepancyValue] = field(default_factory=list)


@dataclass(slots=True)
class Findings:
    """What the sources of one event agree on (claims) and where they differ, in one language."""

    claims: list[Claim] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    headline: str | None = None
    """A headline built from the facts, used when the summarizer writes none."""
    topics: list[str] = field(default_factory=list)
    """What the event was about, as the members in this language word it (none when no
    member is in it)."""


@dataclass(slots=True)
class Comparison:
    """What the reports of one event say together: the result of the ``compare`` hook."""

    participants: list[Participant] = field(default_factory=list)
    """Merged across members and scripts (``Bagheri`` = ``باقری``)."""
    places: list[Place] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    findings: dict[str, Findings] = field(default_factory=dict)
    """Claims and discrepancies per target language."""


@dataclass(slots=True)
class EventBrief:
    """An event told in one target language."""

    lang: str
    target: str
    headline: str
    summary: list[SummarySentence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    note: str | None = None
    summarizer: str | None = None
    translator: str | None = None
    topics: list[str] = field(default_factory=list)
    """What the event was about, as the members in the target language word it."""
    untranslated: str | None = None
    """Why the brief is not in ``target``, as for :attr:`Summary.untranslated`."""


@dataclass(slots=True)
class EventRecord(Record):
    """Reports of the same event, across documents and languages, told once."""

    kind: ClassVar[str] = "event"
    id: str
    type: str | None
    date: DateValue | None
    documents: list[EventMember]
    participants: list[Participant] = field(default_factory=list)
    """Merged across members; each evidence is from the first member that names them."""
    places: list[Place] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    """ISO 3166-1 alpha-2 codes of the countries taking part, as the members give them."""
    topics: list[str] = field(default_factory=list)
    briefs: list[EventBrief] = field(default_factory=list)
    grouper: str | None = None
    """The plugin that grouped the members."""
    usage: Usage | None = None


@dataclass(slots=True)
class ErrorRecord(Record):
    """A document or input that failed, and why; written in place of its result."""

    kind: ClassVar[str] = "error"
    source: str
    stage: str
    error: str
    message: str
    document: str | None = None
    plugin: str | None = None


@dataclass(slots=True)
class DocumentCounts:
    total: int = 0
    done: int = 0
    failed: int = 0
    partial: int = 0
    skipped: int = 0


@dataclass(slots=True)
class RunReport(Record):
    """What a run did: counts, the plugins used per stage, usage and grounding."""

    kind: ClassVar[str] = "run_report"
    version: str
    command: str
    started: str
    finished: str
    seconds: float
    targets: list[str] = field(default_factory=list)
    stages: dict[str, list[str]] = field(default_factory=dict)
    documents: DocumentCounts = field(default_factory=DocumentCounts)
    inputs_failed: int = 0
    usage: Usage = field(default_factory=Usage)
    grounding: Grounding = field(default_factory=Grounding)
    dry_run: bool = False
    notes: list[str] = field(default_factory=list)
    events: int = 0
    """Event records written (``run`` groups the documents that report the same event)."""


RECORD_TYPES: dict[str, type[Record]] = {
    cls.kind: cls for cls in (Document, Extraction, Summary, EventRecord, ErrorRecord, RunReport)
}


def record_from_dict(data: dict[str, Any]) -> Record:
    """Read back any record written by polybrief, dispatching on its ``kind``."""
    try:
        cls = RECORD_TYPES[data["kind"]]
    except (KeyError, TypeError):
        raise ValueError(f"not a polybrief record: kind {data.get('kind')!r}") from None
    return cls.from_dict(data)


# -- JSON conversion -----------------------------------------------------------------------


_PLAIN = frozenset({str, int, float, bool, type(None)})
"""Types written as they are: most values, so they are recognised first."""
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
"""The field names of each dataclass met, in order (``dataclasses.fields`` is slow)."""


def _encode_fields(value: Any) -> dict[str, Any]:
    cls = type(value)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    out = {}
    for name in names:  # plain values (most) are kept without a call to _encode
        field_value = getattr(value, name)
        out[name] = field_value if type(field_value) in _PLAIN else _encode(field_value)
    if isinstance(value, Grounding):
        out["rate"] = value.rate
    return out


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is list or kind is tuple:  # sentence offsets are tuples: spare the tests below
        return [v if type(v) in _PLAIN else _encode(v) for v in value]
    if isinstance(value, Record):  # a record inside another (summaries in an extraction)
        return value.to_dict()
    if kind in _FIELD_NAMES or (dataclasses.is_dataclass(value) and not isinstance(value, type)):
        return _encode_fields(value)
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: v if type(v) in _PLAIN else _encode(v) for k, v in value.items()}
    return value


# -- pickling --------------------------------------------------------------------------------


def _reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
    """Pickle a record as its class and field values, rebuilt by one ``__init__`` call.

    Records cross process boundaries (worker processes send them back) and are stored on
    disk for the events stage; the ``__setstate__`` that ``slots=True`` dataclasses get
    looks the fields up again for every object, which made reading a record back cost six
    times more than this.
    """
    cls = type(self)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return cls, tuple(getattr(self, name) for name in names)


for _cls in list(globals().values()):
    if isinstance(_cls, type) and dataclasses.is_dataclass(_cls) and _cls.__module__ == __name__:
        _cls.__reduce__ = _reduce  # type: ignore[method-assign]
del _cls


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(options[0], value) if len(options) == 1 else value
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp) if f.init}
        return tp(**{k: _decode(hints[k], v) for k, v in value.items() if k in names})
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_decode(item, v) for v in value]
    if origin is tuple:
        return tuple(value)
    if origin is dict:
        _, item = typing.get_args(tp)
        return {k: _decode(item, v) for k, v in value.items()}
    return value

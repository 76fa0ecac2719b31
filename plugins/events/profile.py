"""What grouping needs to know of one report, in a few hundred bytes.

A profile is built once per document from its extraction (participants, countries, event
type, date, topics, figures, quotes) and its title and lead; the document itself is then
let go. Where the extraction says nothing of participants or countries, names and countries
are looked for in the title and lead instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from polybrief.merge import unique
from polybrief.records import Document, Extraction
from polybrief.textnorm import fold

from .countries import countries_in, country_words
from .figures import quantities
from .names import PersonKey, name_runs, person_key, text_keys

LEAD_SENTENCES = 3


@dataclass(slots=True)
class Profile:
    position: int
    id: str
    lang: str | None
    days: tuple[int, ...]
    """Day numbers the report dates the event to: the event date first, then the others.
    A date known only to the month gives every day of that month."""
    type: str | None
    persons: tuple[PersonKey, ...]
    """Name keys of each participant the extraction gives."""
    names: tuple[PersonKey, ...]
    """Name keys of the full names a Latin-script lead writes (``Claire Delmas``): who the
    report is about when the extraction does not say."""
    mentions: frozenset[str]
    """Name keys of capitalised words (any word in Arabic script) in the title and lead."""
    countries: frozenset[str]
    topics: frozenset[str]
    figures: frozenset[tuple[str | None, float]]
    quotes: frozenset[str]
    imprecise: bool = False
    """The report dates the event only to the month: it may join a report of any day of it,
    but only on a participant both name."""


def _day(value: str | None) -> int | None:
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value).toordinal()
    except ValueError:
        return None


def _month_days(value: str) -> list[int]:
    """Every day of the month ``YYYY-MM``."""
    try:
        first = dt.date.fromisoformat(value + "-01")
    except ValueError:
        return []
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return list(range(first.toordinal(), following.toordinal()))


def event_days(document: Document, extraction: Extraction) -> tuple[tuple[int, ...], bool]:
    """The event date (else the publication date) at day precision, the publication date,
    then the dates written in the sentence that names the event; empty when nothing gives a
    day. When only a month is known (``date 2024-06``, or an event ``last week``), every day
    of it (up to the day of publication), and True for an imprecise date."""
    days: list[int] = []
    event = extraction.event
    known = event.date if event and event.date and event.date.date else document.published
    if event and event.date and event.date.date and event.date.precision == "month":
        # "met last week": a day of that month, up to the day of publication
        published = document.published
        until = _day(published.date) if published and published.precision == "day" else None
        month = [d for d in _month_days(event.date.date) if until is None or d <= until]
        if month:
            return tuple(month), True
    for value in (known, document.published):  # a report may be days after its event
        if value is not None and value.date and value.precision == "day":
            days.append(_day(value.date) or 0)
    cue = event.evidence if event else None
    if cue is not None and cue.grounded and cue.start is not None:
        for start, end in document.sentences:
            if start <= cue.start < end:
                days += [
                    _day(d.date) or 0
                    for d in extraction.dates
                    if d.precision == "day"
                    and d.evidence.start is not None
                    and start <= d.evidence.start < end
                ]
                break
    days = [d for d in days if d]
    if not days and known is not None and known.date and known.precision == "month":
        return tuple(_month_days(known.date)), True
    return tuple(dict.fromkeys(days)), False


def lead_text(document: Document) -> str:
    spans = document.sentences[:LEAD_SENTENCES]
    lead = document.text[: spans[-1][1]] if spans else document.text[:600]
    return f"{document.title or ''}\n{lead}"


def build_profile(position: int, document: Document, extraction: Extraction) -> Profile:
    event = extraction.event
    participants = event.participants if event else []
    persons = [person_key(p.name, p.native_name) for p in participants]
    persons += [
        person_key(e.name, *e.spellings)
        for e in extraction.entities
        if e.type == "person"
        and not any(person_key(e.name).same_surname(p) for p in persons)
        and _in_lead(e.evidence.start, document)
    ]
    countries = {p.country.upper() for p in participants if p.country}
    countries |= {
        e.key.upper()
        for e in extraction.entities
        if e.type == "country" and e.key and _in_lead(e.evidence.start, document)
    }
    lead = lead_text(document)
    if not countries:
        countries = set(countries_in(lead, document.lang))
    arabic = (document.script or "") == "Arab"
    days, imprecise = event_days(document, extraction)
    return Profile(
        position=position,
        id=document.id,
        lang=document.lang,
        days=days,
        imprecise=imprecise,
        type=event.type if event else None,
        persons=tuple(p for p in persons if p.keys),
        names=() if arabic else _lead_names(lead, document.lang),
        mentions=frozenset(text_keys(lead, capitalised_only=not arabic)),
        countries=frozenset(countries),
        topics=frozenset(fold(t) for t in (event.topics if event else [])),
        figures=frozenset(q.measure for _, q in quantities(document, extraction)),
        quotes=frozenset(fold(q.text)[:40] for q in extraction.quotes if len(q.text) >= 20),
    )


def _lead_names(lead: str, lang: str | None) -> tuple[PersonKey, ...]:
    runs = name_runs(lead, country_words(lang or "en"))
    return tuple(unique((k for k in map(person_key, runs) if k.keys), lambda k: k.keys))


def _in_lead(start: int | None, document: Document) -> bool:
    """Whether an offset is in the lead, where reports name the parties of an event."""
    if start is None:
        return False
    spans = document.sentences[:LEAD_SENTENCES]
    return start < (spans[-1][1] if spans else 600)

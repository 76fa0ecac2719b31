"""Places: a dateline (``OSLO –``, ``KABUL, Sept 1 (AP) -`` at the start of a report) and
capital cities; an event's places are those a locative word marks."""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from functools import cache

from .analysis import Analysis
from .countries import capitals_in
from .scan import PhraseTable, accented_key, joined

_DATELINE_AT = re.compile(
    r"\W*(?P<place>[^\W\d_][^\W\d_ \-]*(?: [^\W\d_]+){0,2})"
    r"(?:,(?P<date>[^\n(),–—-]{1,30}))?"  # the date: "KABUL, Sept 1 (AP) -"
    r"(?:\s*\([^\n()]{1,30}\))?"  # the agency: "WASHINGTON (Reuters) -"
    r"\s*(?:--|[–—-])\s"
)
_DATELINE = re.compile(
    r"\A(?:[^\n\d]{0,30}\d[^\n]{0,30}\n\s*)?"  # a date line before it: "Published 2024-07-09"
    + _DATELINE_AT.pattern
)
_SUBTITLE = re.compile(r"[^\n]{1,300}\n\s*\n")
"""A short first paragraph, a subtitle, before the one a dateline opens."""
_lock = threading.Lock()


@dataclass
class FoundPlace:
    name: str
    start: int
    end: int
    country: str | None


@cache
def _capital_table(lang: str) -> PhraseTable[str]:
    return PhraseTable(
        (name, code) for code, names in sorted(capitals_in(lang).items()) for name in names
    )


def find_places(analysis: Analysis) -> list[FoundPlace]:
    with _lock:
        table = _capital_table(analysis.lexicon.lang)
    found: list[FoundPlace] = []
    text = analysis.text
    for match in analysis.find(table):
        surface = text[match.start : match.end]
        if surface[:1].lower() != surface[:1].upper() and not surface[:1].isupper():
            continue
        if _inside_a_name(analysis, match.first, match.last):
            continue  # "Morgan Stanley", "Stanley Cup": a capital's name inside another
        found.append(FoundPlace(surface, match.start, match.end, match.value))
    dateline = _dateline(text)
    if dateline:
        start, end = dateline.span("place")
        if not any(p.start == start for p in found):
            country = table.get(dateline.group("place"))
            found.insert(0, FoundPlace(dateline.group("place"), start, end, country))
    return found


def _dateline(text: str) -> re.Match[str] | None:
    """``KABUL, Sept 1 (AP) -``, ``WASHINGTON (Reuters) -``: a place in capitals; or
    ``Alger, le 23 janvier 2023 -``: a capitalised place with a date, in numbers; at the
    start of the text or of the paragraph after a subtitle."""
    dateline = _DATELINE.match(text)
    if dateline is None:
        subtitle = _SUBTITLE.match(text)
        dateline = _DATELINE_AT.match(text, subtitle.end()) if subtitle else None
    if dateline is None:
        return None
    place, date = dateline.group("place"), dateline.group("date") or ""
    if place.isupper() or (place[:1].isupper() and any(c.isdigit() for c in date)):
        return dateline
    return None


def dateline_end(text: str) -> int:
    """Where the dateline opening a report ends (``KABUL, Sept 1 (AP) - ``), or 0: the date
    in it is the report's, not the event's."""
    dateline = _dateline(text)
    return dateline.end() if dateline else 0


def _inside_a_name(analysis: Analysis, first: int, last: int) -> bool:
    """Whether capitalised words run on either side of words ``first``–``last`` in a script
    with capitals, the word before not opening its sentence."""
    if not analysis.lexicon.latin_capitals:
        return False
    tokens = analysis.tokens
    before, after = first - 1, last + 1
    if (
        before >= 0
        and tokens[before].text[:1].isupper()
        and joined(analysis.text, tokens[before], tokens[first])
        and analysis.sentence_span(tokens[before].start)[0] != tokens[before].start
        and before not in analysis.country_at
    ):
        return True
    return (
        after < len(tokens)
        and tokens[after].text[:1].isupper()
        and joined(analysis.text, tokens[last], tokens[after])
        and after not in analysis.country_at
    )


def where_it_happened(
    analysis: Analysis, places: list[FoundPlace], remote: bool = False
) -> list[FoundPlace]:
    """The places an event happened at: the dateline's, and capitals right after a word of
    the language's ``place_markers`` (``talks in Ankara``, ``arrivé à Ankara``, ``در تهران``);
    not a capital standing for its government (``Ankara opposed any escalation``). A
    language without such words keeps every place. Of an event held at a distance (a call,
    ``remote``), only the dateline's: a capital the report names is that of another event
    (``à une semaine du sommet de l'Otan à Washington``, ``visits … to Doha``)."""
    dated = dateline_end(analysis.text)
    if remote:
        return [place for place in places if place.start < dated]
    markers = analysis.lexicon.place_markers
    if not markers:
        return places
    tokens, starts = analysis.tokens, analysis.token_starts
    kept = []
    for place in places:
        before = bisect.bisect_left(starts, place.start) - 1
        if place.start < dated or (before >= 0 and accented_key(tokens[before].text) in markers):
            kept.append(place)
    return kept

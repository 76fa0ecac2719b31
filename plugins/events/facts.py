"""The facts of a report as language-independent keys, sentence by sentence.

Keys let sentences and claims of reports in different languages be compared: a participant
is ``p:`` plus a name key, a country ``c:`` plus its code, a figure ``f:`` plus its unit
and value, a name mentioned in a sentence ``n:`` plus its key, a quote ``q:`` plus its
speaker's name key (a quote translated is still the speaker's), and the event itself
``e:`` plus its kind. Keys of one report are found once and shared by the summary and the
comparison.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from polybrief.records import Document, Extraction, Figure, Quote
from polybrief.textnorm import normalize_digits

from .countries import countries_in, country_mentions, country_words, plain
from .figures import Quantity, quantities
from .names import _NOT_NAMES, _WORD, _is_arabic, name_keys, word_skeleton


@dataclass(slots=True)
class ReportFacts:
    """One member report with the keys of each of its sentences."""

    document: Document
    extraction: Extraction
    sentence_keys: list[set[str]] = field(default_factory=list)
    figures: list[tuple[Figure, Quantity]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)

    @property
    def keys(self) -> set[str]:
        return set().union(*self.sentence_keys) if self.sentence_keys else set()

    def sentence_of(self, offset: int | None) -> int | None:
        if offset is None:
            return None
        sentences = self.document.sentences
        if len(self.sentence_starts) != len(sentences):
            self.sentence_starts = [start for start, _ in sentences]
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < sentences[index][1]:
            return index
        return None


def _latin_names(text: str, lang: str | None) -> set[str]:
    """Keys of capitalised words that do not begin a sentence: likely names."""
    keys = set()
    words = list(_WORD.finditer(text))
    for index, match in enumerate(words):
        word = match.group()
        if index == 0 or not word[0].isupper() or _is_arabic(word[0]):
            continue
        if word.lower() in _NOT_NAMES or plain(word) in country_words(lang or "en"):
            continue
        skeleton = word_skeleton(word)
        if len(skeleton) >= 3:
            keys.add("n:" + skeleton)
    return keys


def report_facts(documents: list[Document], extractions: list[Extraction]) -> list[ReportFacts]:
    """Keys for each sentence of each member; names in Arabic script are matched against the
    names the Latin-script members capitalise."""
    reports = []
    for document, extraction in zip(documents, extractions, strict=True):
        report = ReportFacts(document, extraction)
        report.figures = quantities(document, extraction)
        report.quotes = [q for q in extraction.quotes if q.evidence.grounded]
        countries = _countries_by_sentence(report, country_mentions(document.text, document.lang))
        for index, (start, end) in enumerate(document.sentences):
            text = document.text[start:end]
            keys = {"c:" + c for c in countries.get(index, ())}
            if (document.script or "Latn") != "Arab":
                keys |= _latin_names(text, document.lang)
            report.sentence_keys.append(keys)
        _add_fact_keys(report)
        reports.append(report)
    latin_names = {k for r in reports for k in r.keys if k.startswith("n:")}
    for report in reports:
        if (report.document.script or "") == "Arab":
            for index, (start, end) in enumerate(report.document.sentences):
                text = report.document.text[start:end]
                report.sentence_keys[index] |= names_in_arabic_script(text, latin_names)
    return reports


def names_in_arabic_script(text: str, latin_names: set[str]) -> set[str]:
    """Those of ``latin_names`` (``n:`` keys of capitalised Latin words) that a text in
    Arabic script writes; a surname may be written joined to the rest of the name
    (امیرکبیری)."""
    skeletons = {word_skeleton(w) for w in _WORD.findall(text)}
    return {n for n in latin_names if any(s.endswith(n[2:]) for s in skeletons)}


def anchors(text: str, lang: str | None) -> set[str]:
    """What a short text (a quote) names that reads the same in any language: countries
    (``c:``), numbers written in digits (``f:``), and capitalised names in Latin script
    (``n:``)."""
    found = {"c:" + code for code in countries_in(text, lang)}
    found |= {"f:" + n.replace(",", ".") for n in _NUMBER.findall(normalize_digits(text))}
    if not any(_is_arabic(c) for c in text):
        found |= _latin_names(text, lang)
    return found


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _countries_by_sentence(report: ReportFacts, mentions: list) -> dict[int, list[str]]:
    """The codes of the countries mentioned in each sentence, by sentence index."""
    found: dict[int, list[str]] = {}
    for at, code in mentions:
        index = report.sentence_of(at)
        if index is not None:
            found.setdefault(index, []).append(code)
    return found


def _add_fact_keys(report: ReportFacts) -> None:
    extraction = report.extraction

    def add(offset: int | None, key: str) -> None:
        index = report.sentence_of(offset)
        if index is not None:
            report.sentence_keys[index].add(key)

    event = extraction.event
    if event is not None:
        if event.evidence is not None and event.type:
            add(event.evidence.start, "e:" + event.type)
        for person in event.participants:
            keys = name_keys(person.name) | (
                name_keys(person.native_name) if person.native_name else frozenset()
            )
            for key in keys:
                add(person.evidence.start, "p:" + key)
            if person.country:
                add(person.evidence.start, "c:" + person.country.upper())
    for entity in extraction.entities:
        if entity.type == "country" and entity.key:
            add(entity.evidence.start, "c:" + entity.key.upper())
    for figure, amount in report.figures:
        add(figure.evidence.start, f"f:{amount.key}")
    for quote in extraction.quotes:
        if quote.speaker:  # who is quoted, in any script: a translated quote is the same
            for key in name_keys(quote.speaker):
                add(quote.evidence.start, "q:" + key)
    for date in extraction.dates:
        if date.date and date.precision == "day":
            add(date.evidence.start, "d:" + date.date)

"""Figures as comparable quantities: ``$120 million``, ``120 millions de dollars`` and
``۱۲۰ میلیون دلار`` are all 120,000,000 USD.

The extractor's ``value``, ``unit`` and ``counts`` are used when it gives a value. A figure
without one is read here: the number from the figure's own text (Persian and Arabic digits,
the separators of each language), the scale word and the unit from the words around it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from polybrief.records import Document, Extraction, Figure

from .countries import plain

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬", "01234567890123456789.,")
_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*(?:[ \u00a0\u202f]\d{3}(?!\d))*")
_WORDS = re.compile(r"[^\W\d_]+|[$€£¥%٪]")

_SCALES = {
    "thousand": 1e3, "thousands": 1e3, "mille": 1e3, "milliers": 1e3, "هزار": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "میلیون": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "milliard": 1e9, "milliards": 1e9,
    "میلیارد": 1e9, "trillion": 1e12, "trillions": 1e12, "تریلیون": 1e12, "هزارمیلیارد": 1e12,
}  # fmt: skip
_FRENCH_SCALES = {"billion": 1e12, "billions": 1e12}
_UNITS = {
    "$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD", "دلار": "USD",
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "یورو": "EUR",
    "£": "GBP", "pound": "GBP", "pounds": "GBP", "livres": "GBP", "پوند": "GBP",
    "¥": "JPY", "yen": "JPY", "yens": "JPY", "ین": "JPY",
    "rial": "IRR", "rials": "IRR", "ریال": "IRR", "toman": "IRT", "tomans": "IRT",
    "تومان": "IRT", "دلاری": "USD", "یورویی": "EUR", "ریالی": "IRR", "تومانی": "IRT",
    "%": "percent", "٪": "percent", "percent": "percent",
    "pourcent": "percent", "درصد": "percent", "درصدی": "percent",
}  # fmt: skip
_CURRENCY = re.compile(r"[A-Z]{3}")
"""An ISO 4217 code: the unit of a sum of money."""
_LINKS = {"de", "d", "of", "per", "pour", "cent"}
_PERCENT_PAIRS = {("per", "cent"), ("pour", "cent")}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure's value with its scale applied, its unit, and the word it counts."""

    value: float
    unit: str | None
    """An ISO 4217 code, ``percent``, or None for a count of things."""
    counts: str | None
    measured: str | None = None
    """For a sum of money or a percentage, the English key of what it measures
    (``trade``, ``deficit``, ``inflation``), when what it counts says: figures of two such
    keys are of different things."""

    @property
    def key(self) -> tuple[str | None, float]:
        return self.unit, float(f"{self.value:.6g}")

    @property
    def measure(self) -> tuple[str | None, float]:
        """What is measured and how much, in one unit for all the units of a length of
        time: ``two hours`` and ``120 minutes`` are one measure, ``90 minutes`` another."""
        factor = MINUTES.get(self.unit or "")
        if factor is None:
            return self.key
        return DURATION, float(f"{self.value * factor:.6g}")


DURATION = "duration"
MINUTES = {"seconds": 1 / 60, "minutes": 1.0, "hours": 60.0, "days": 1440.0, "weeks": 10080.0}
"""Units of a length of time, in minutes (months and years have no fixed length)."""


def parse_number(text: str, lang: str | None) -> float | None:
    """The first number written in ``text``, read with the separators of ``lang``."""
    match = _NUMBER.search(text.translate(_DIGITS))
    if not match:
        return None
    raw = re.sub(r"[ \u00a0\u202f]", "", match.group())
    french = (lang or "").startswith("fr")
    if "/" in raw:  # Persian writes 9/5 for 9.5
        raw = raw.replace("/", ".") if raw.count("/") == 1 else raw.split("/")[0]
    if "," in raw and "." in raw:
        thousands, decimal = (".", ",") if raw.rfind(",") > raw.rfind(".") else (",", ".")
        raw = raw.replace(thousands, "").replace(decimal, ".")
    elif "," in raw:
        groups = raw.split(",")
        grouped = len(groups) > 2 or len(groups[-1]) == 3
        raw = raw.replace(",", "") if grouped and not (french and len(groups) == 2) else raw
        raw = raw.replace(",", ".")
    elif raw.count(".") > 1 or (french and re.fullmatch(r"\d{1,3}\.\d{3}", raw)):
        raw = raw.replace(".", "")
    try:
        return float(raw)
    except ValueError:
        return None


@lru_cache(maxsize=64)
def month_names(lang: str) -> frozenset[str]:
    """Month names of ``lang`` and English, folded, to tell ``12 March`` from a figure."""
    from babel import Locale, UnknownLocaleError

    names: set[str] = set()
    for code in {lang.split("-")[0], "en"}:
        try:
            locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names.update(plain(n).rstrip(".") for n in locale.months[context][width].values())
    names.update(("esfand", "farvardin", "اسفند", "فروردین", "اردیبهشت", "خرداد", "تیر"))
    names.update(("مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن"))
    return frozenset(names)


_YEAR = re.compile(r"\s*[0-9۰-۹٠-٩]{4}\s*")


def _year_like(figure: Figure) -> bool:
    """Whether a figure may be a year: four digits alone, counting nothing, unqualified
    (not ``nearly 2,000 Palestinian prisoners``, ``environ 2 000``)."""
    return not figure.counts and not figure.qualifier and bool(_YEAR.fullmatch(figure.text))


def _unit_code(unit: str | None) -> str | None:
    """An extractor's unit as a code: ``US dollars`` and ``$`` both give ``USD``."""
    if not unit:
        return None
    words = [plain(w) for w in _WORDS.findall(unit)]
    codes = {_UNITS[w] for w in words if w in _UNITS}
    return codes.pop() if len(codes) == 1 else unit


def _after_month(figure: Figure, document: Document) -> bool:
    """Whether the figure follows a month name: ``22 اسفند ۱۴۰۳``, ``March 12, 2025``."""
    start = figure.evidence.start
    if start is None or not figure.evidence.grounded:
        return False
    previous = _WORDS.findall(document.text[max(0, start - 20) : start])
    return bool(previous) and plain(previous[-1]) in month_names(document.lang or "en")


def quantity(figure: Figure, document: Document) -> Quantity | None:
    """The comparable quantity of ``figure``, or None for a date, a year or no number."""
    if figure.value is not None:
        unit = _unit_code(figure.unit)
        value = float(figure.value)
        if _after_month(figure, document) or (
            unit is None and value.is_integer() and 1900 <= value <= 2100 and _year_like(figure)
        ):
            return None
        return Quantity(value, unit, figure.counts, _measured(unit, figure.counts, document.lang))
    lang = document.lang
    value = parse_number(figure.text, lang)
    if value is None:
        return None
    start, end = figure.evidence.start, figure.evidence.end
    if start is not None and end is not None and figure.evidence.grounded:
        before = document.text[max(0, start - 2) : start]
        after = document.text[start : min(len(document.text), end + 40)]
    else:
        before, after = "", figure.text
    number = _NUMBER.search(after.translate(_DIGITS))
    tail = after[number.end() :] if number else after
    words = [plain(w) for w in _WORDS.findall(tail)[:5]]
    if _after_month(figure, document):
        return None
    unit = _UNITS.get(before.strip()[-1:]) if before.strip() else None
    scale = 1.0
    counts = None
    scales = {**_SCALES, **(_FRENCH_SCALES if (lang or "").startswith("fr") else {})}
    for index, word in enumerate(words):
        if index == 0 and word in month_names(lang or "en"):
            return None
        if word in scales and scale == 1.0 and counts is None:
            scale = scales[word]
        elif word in _UNITS and unit is None:
            unit = _UNITS[word]
        elif tuple(words[index : index + 2]) in _PERCENT_PAIRS:
            unit = "percent"
        elif word in _LINKS:
            continue
        elif counts is None and unit is None and index <= 1:
            counts = word
            break
        else:
            break
    if scale == 1.0 and unit is None and value.is_integer() and 1900 <= value <= 2100:
        return None  # a year
    if (lang or "").startswith("fa") and scale == 1.0 and unit is None and 1300 <= value < 1500:
        return None  # a Solar Hijri year
    given = figure.counts if figure.counts and plain(figure.counts) not in scales else None
    return Quantity(value * scale, unit, given or counts, _measured(unit, given, lang))


def _measured(unit: str | None, counts: str | None, lang: str | None) -> str | None:
    """The key of what a sum of money or a percentage measures, from what it counts, as
    the offline plugin's data of ``lang`` or of English names it (``déficit commercial``:
    deficit); None for other figures, or when its words name no one key."""
    if not counts or not unit or not (_CURRENCY.fullmatch(unit) or unit == "percent"):
        return None
    keys = _measure_keys(lang or "en")
    words = [plain(w) for w in _WORDS.findall(counts)]
    whole = keys.get(" ".join(words))
    if whole:
        return whole
    found = {keys[w] for w in words if w in keys}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=64)
def measure_name(key: str, lang: str) -> str:
    """What a sum measures, in the reader's language: the English key itself, or the first
    phrase the offline plugin's data of ``lang`` gives for it (``trade``: ``échanges``,
    ``تجارت``), else the key."""
    from polybrief.plugins.offline.lexicon import base_language, read_data

    base = base_language(lang)
    if base == "en":
        return key  # "votes", not the data's first phrase "the vote"
    data = (read_data(base) if base.isalpha() else None) or {}
    return next((p for p, k in data.get("measures", {}).items() if k == key), key)


@lru_cache(maxsize=16)
def _measure_keys(lang: str) -> dict[str, str]:
    """Phrase of what a sum measures, folded → its key, from the offline plugin's data of
    ``lang`` and of English (an extractor may write it in English)."""
    from polybrief.plugins.offline.lexicon import base_language, read_data

    found: dict[str, str] = {}
    for code in dict.fromkeys(("en", base_language(lang))):
        data = (read_data(code) if code.isalpha() else None) or {}
        for phrase, key in data.get("measures", {}).items():
            found[" ".join(plain(w) for w in _WORDS.findall(phrase))] = key
    return found


def quantities(document: Document, extraction: Extraction) -> list[tuple[Figure, Quantity]]:
    """The figures of a document that are quantities, outside its dates."""
    spans = sorted(
        (d.evidence.start, d.evidence.end)
        for d in extraction.dates
        if d.evidence.start is not None and d.evidence.end is not None
    )
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end so far
    found = []
    for figure in extraction.figures:
        start = figure.evidence.start
        at = bisect.bisect_right(starts, start) if start is not None else 0
        if at and start < reach[at - 1]:
            continue  # inside a date
        amount = quantity(figure, document)
        if amount is not None:
            found.append((figure, amount))
    return found


def names_its_unit(text: str, reader: str | None = None) -> bool:
    """Whether a figure's own text says its unit (``$120 million``, ``120 millions d'euros``)
    so that ``reader`` (a language) reads it: by a symbol, or by a word in the script the
    reader's language is written in (``۳۰ میلیارد دلار`` says nothing to an English reader)."""
    return any(
        plain(w) in _UNITS
        and (reader is None or not w.isalpha() or _arabic(w) == _arabic_reader(reader))
        for w in _WORDS.findall(text)
    )


def _arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


@lru_cache(maxsize=16)
def _arabic_reader(lang: str) -> bool:
    """Whether ``lang`` is written in Arabic script, as the name CLDR gives it in itself is."""
    from babel import Locale, UnknownLocaleError

    try:
        return _arabic(Locale.parse(lang.split("-")[0]).display_name or "")
    except (UnknownLocaleError, ValueError):
        return False


def writes_unit(text: str, unit: str, lang: str | None) -> bool:
    """Whether a figure's own text writes ``unit`` in words its language's offline data
    gives for it (``plus de trois ans``: years, ``2 800 kilomètres``: km), so that a claim
    need not add ``(years)``."""
    written = f" {' '.join(plain(w) for w in _WORDS.findall(text))} "
    return any(f" {phrase} " in written for phrase in _unit_words(lang or "").get(unit, ()))


@lru_cache(maxsize=16)
def _unit_words(lang: str) -> dict[str, tuple[str, ...]]:
    """Unit code → the phrases the offline plugin's data of ``lang`` reads as that unit."""
    from polybrief.plugins.offline.lexicon import base_language, read_data

    base = base_language(lang)
    data = (read_data(base) if base.isalpha() else None) or {}
    found: dict[str, list[str]] = {}
    for phrase, code in data.get("units", {}).items():
        found.setdefault(code, []).append(" ".join(plain(w) for w in _WORDS.findall(phrase)))
    return {code: tuple(p for p in phrases if p) for code, phrases in found.items()}

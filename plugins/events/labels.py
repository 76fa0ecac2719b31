"""The few words event records need in the reader's language: kinds of event, the phrases
of discrepancies, people's roles. English, French and Persian; other languages get English.
Dates and country names come from CLDR through :mod:`babel`, in any language. Roles are
named by the ``role_names`` table of the offline plugin's language data."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from polybrief.markdown import EVENT_NAMES, words
from polybrief.records import DateValue


def _kinds(lang: str) -> dict[str, str]:
    """The kinds of event as the Markdown report names them in ``lang``."""
    said = words(lang)
    return {kind: said[kind] for kind in EVENT_NAMES}


LABELS: dict[str, dict[str, str]] = {
    "en": {
        **EVENT_NAMES,  # the English names the Markdown report uses too
        "and": "and",
        "colon": ": ",
        "comma": ", ",
        "figure_differs": "The sources give different figures{what}",
        "quote_differs": "The sources word a quote differently",
        "missing_figure": "Only some sources give this figure{what}",
        "missing_quote": "Only some sources give this quote",
        "date_differs": "The sources date the event differently",
        "medium_differs": "The sources say the talks were held differently",
        "not_reported": "not reported",
        "quote": "“{words}”",  # as readers of the language quote
    },
    "fr": {
        **_kinds("fr"),
        "and": "et",
        "colon": " : ",
        "comma": ", ",
        "figure_differs": "Les sources donnent des chiffres différents{what}",
        "quote_differs": "Les sources ne citent pas les mêmes mots",
        "missing_figure": "Seules certaines sources donnent ce chiffre{what}",
        "missing_quote": "Seules certaines sources rapportent cette citation",
        "date_differs": "Les sources ne datent pas l'événement de la même façon",
        "medium_differs": "Les sources ne disent pas de la même façon comment l'échange a eu lieu",
        "not_reported": "non mentionné",
        "quote": "« {words} »",  # as readers of the language quote
    },
    "fa": {
        **_kinds("fa"),
        "and": "و",
        "colon": ": ",
        "comma": "، ",
        "figure_differs": "منابع ارقام متفاوتی می‌دهند{what}",
        "quote_differs": "منابع یک نقل‌قول را با کلمات متفاوت آورده‌اند",
        "missing_figure": "تنها برخی منابع این رقم را آورده‌اند{what}",
        "missing_quote": "تنها برخی منابع این نقل‌قول را آورده‌اند",
        "date_differs": "منابع تاریخ متفاوتی برای رویداد می‌دهند",
        "medium_differs": "منابع شیوه برگزاری این گفت‌وگو را متفاوت گزارش کرده‌اند",
        "not_reported": "گزارش نشده",
        "quote": "«{words}»",  # as readers of the language quote
    },
}


UNIT_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        "years": "ans",
        "year": "an",
        "months": "mois",
        "month": "mois",
        "weeks": "semaines",
        "week": "semaine",
        "days": "jours",
        "day": "jour",
        "hours": "heures",
        "hour": "heure",
        "minutes": "minutes",
        "seconds": "secondes",
        "barrels": "barils",
        "barrel": "baril",
        "tonne": "tonne",
        "magnitude": "magnitude",
        "percentage points": "points de pourcentage",
    },
    "fa": {
        "years": "سال",
        "year": "سال",
        "months": "ماه",
        "month": "ماه",
        "weeks": "هفته",
        "week": "هفته",
        "days": "روز",
        "day": "روز",
        "hours": "ساعت",
        "hour": "ساعت",
        "minutes": "دقیقه",
        "seconds": "ثانیه",
        "barrels": "بشکه",
        "barrel": "بشکه",
        "tonne": "تن",
        "magnitude": "ریشتر",
        "percentage points": "واحد درصد",
    },
}
"""Units that extractors name by English words (``years``, ``barrels/day``), in the
reader's language; codes and symbols (``USD``, ``km``, ``m³``) read the same in any."""


def unit_name(unit: str, lang: str) -> str:
    """A unit as extractors give it, in the reader's language: each part of a rate
    (``barrels/day`` → ``بشکه/روز``) the table names, the others as given."""
    names = UNIT_NAMES.get(lang.split("-")[0].lower(), {})
    return "/".join(names.get(part, part) for part in unit.split("/"))


def label(key: str, lang: str, **values: str) -> str:
    table = LABELS.get(lang.split("-")[0], LABELS["en"])
    return table.get(key, LABELS["en"].get(key, key)).format(**values)


def role_name(role: str, lang: str, gender: str | None = None) -> str:
    """A role as extractors give it, in English (``acting foreign minister``, ``prime
    minister and foreign minister``), in the reader's language where its data names every
    part of it, in the feminine form for a woman (``gender`` ``f``) where the language has
    one (``Première ministre``); else as given."""
    names = _role_names(lang.split("-")[0].lower())
    if not names:
        return role
    parts = [_one_role(part.strip(), names) for part in role.lower().split(" and ")]
    if not all(parts):
        return role
    named = names.get("and", " and ").join(parts)
    feminine = names.get("feminine") if gender == "f" else None
    if not feminine:
        return named
    return _feminine_words(lang.split("-")[0].lower()).sub(lambda m: feminine[m.group()], named)


@cache
def _feminine_words(lang: str) -> re.Pattern[str]:
    """The words and phrases of the language's ``feminine`` table, longest first, each a
    whole word or part of a hyphenated one (``vice-président``); a phrase that maps to
    itself keeps a word as it is (``rédactrice en chef``, not ``en cheffe``)."""
    table = (_role_names(lang) or {}).get("feminine", {})
    phrases = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, phrases)) + r")(?![^\W\d_])")


def _one_role(role: str, names: dict[str, Any]) -> str | None:
    roles, modifiers = names.get("roles", {}), names.get("modifiers", {})
    if role in roles:
        return roles[role]
    words = role.split(" ")
    for n in (2, 1):  # "first deputy prime minister", "former defence minister"
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if head in modifiers and rest in roles:
            return modifiers[head].format(roles[rest])
    return None


@cache
def _role_names(lang: str) -> dict[str, Any] | None:
    """The language data's ``role_names``, its roles looked up in lower case as roles are
    (``MP``, ``president of the European Commission``)."""
    from polybrief.plugins.offline.lexicon import read_data

    data = read_data(lang) if lang.isalpha() else None
    names = (data or {}).get("role_names")
    if not names:
        return None
    return {**names, "roles": {k.lower(): v for k, v in names.get("roles", {}).items()}}


_BODY_SPEAKER = re.compile(r"(?P<body>[^()]+?)(?: \((?P<country>[^()]+)\))?")
"""A body speaking as the offline extractor names it: ``foreign ministry (Iran)``."""


def speaker_name(speaker: str, lang: str) -> str:
    """A body that speaks, as extractors name it in English (``foreign ministry (Iran)``,
    ``government (Russia)``), in the reader's language where its data names the body
    (``role_names`` ``bodies``: ``وزارت امور خارجه (ایران)``); any other speaker as given."""
    from .countries import country_name

    base = lang.split("-")[0].lower()
    bodies = (_role_names(base) or {}).get("bodies", {})
    found = _BODY_SPEAKER.fullmatch(speaker)
    if not found or found.group("body") not in bodies:
        return speaker
    name = bodies[found.group("body")]
    country = found.group("country")
    if not country:
        return name
    code = _english_country_codes().get(country)
    return f"{name} ({country_name(code, base) if code else country})"


@cache
def _english_country_codes() -> dict[str, str]:
    """Country code by its English CLDR name, to read back ``foreign ministry (Iran)``."""
    from babel import Locale

    return {name: code for code, name in Locale("en").territories.items() if code.isalpha()}


def script_of(lang: str) -> str | None:
    """The script readers of ``lang`` write in (``Latn``, ``Arab``), from CLDR's likely
    subtags; None for a language CLDR does not know."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(lang.replace("-", "_").split("_")[0].lower())
    parts = likely.split("_") if likely else []
    return parts[1] if len(parts) > 1 else None


def format_date(value: DateValue | None, lang: str) -> str | None:
    """A date written the way readers of ``lang`` write it (CLDR), at its precision, in the
    digits of the language (``۵``); a day in Persian in the Solar Hijri calendar Persian
    readers use (``۱۴ آبان ۱۴۰۴``)."""
    if value is None or not value.date:
        return None
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date as cldr_date
    from babel.dates import format_skeleton

    locale = lang.replace("-", "_")
    try:
        if value.precision == "day":
            day = dt.date.fromisoformat(value.date)
            if lang.split("-")[0].lower() == "fa":
                written = _solar_hijri(day)
            else:
                written = cldr_date(day, "long", locale=locale)
        elif value.precision == "month":
            day = dt.date.fromisoformat(value.date + "-01")
            written = format_skeleton("yMMMM", day, locale=locale)
        else:
            written = value.date
        digits = _DIGITS.get(Locale.parse(locale).default_numbering_system)
    except (ValueError, LookupError, UnknownLocaleError):
        return value.date
    return written.translate(digits) if digits else written


_DIGITS = {
    "arabext": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
    "arab": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
}
"""Digits of the numbering systems CLDR gives Persian and Arabic."""


def _solar_hijri(day: dt.date) -> str:
    import jdatetime

    from polybrief.plugins.parsing.calendars import from_gregorian

    year, month, number = from_gregorian("persian", day)
    return f"{number} {jdatetime.date.j_months_fa[month - 1]} {year}"

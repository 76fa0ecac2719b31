"""Countries and their adjectives in a text, keyed by ISO 3166-1 alpha-2.

Names come from CLDR through babel, for any language babel knows; ``data/countries.json``
adds what CLDR lacks (adjectives such as ``Norwegian``/``norvégienne``/``نروژی``, common
and official names; see ``tools/make_country_data.py`` for its sources), and each language
file adds a few usual short forms (``US``, ``آمریکا``).
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from functools import cache

from .lexicon import Lexicon, lexicon, read_data
from .scan import WORD, Match, PhraseTable, Token, key

NAME, ADJECTIVE = "name", "adjective"
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"}


@dataclass(frozen=True, slots=True)
class CountryForm:
    code: str
    kind: str
    """``name`` or ``adjective``."""


@dataclass(slots=True)
class CountryMention:
    code: str
    kind: str
    start: int
    end: int
    first: int
    last: int
    text: str


@cache
def _generated() -> dict:
    return read_data("countries") or {"names": {}, "adjectives": {}, "capitals": {}}


@cache
def _territories(lang: str) -> dict[str, str]:
    """CLDR territory names in ``lang``; empty if babel lacks the locale."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # pragma: no cover - babel is a dependency
        return {}
    try:
        return dict(Locale.parse(lang).territories)
    except (UnknownLocaleError, ValueError):
        return {}


@cache
def cldr_names(lang: str) -> dict[str, str]:
    """CLDR country names in ``lang`` (ISO codes only, no unions such as the EU: the
    language data's aliases say where those are named)."""
    return {
        code: name
        for code, name in _territories(lang).items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


_lock = threading.Lock()


def country_table(lexicon: Lexicon) -> PhraseTable[CountryForm]:
    with _lock:
        return _table(lexicon)


def _forms(lexicon: Lexicon) -> list[tuple[str, CountryForm]]:
    """Every country name and adjective of the lexicon's language, with what it stands for."""
    lang = lexicon.lang
    generated = _generated()
    skip = lexicon.country_skip
    forms = [(p, CountryForm(c, NAME)) for c, ps in lexicon.country_aliases.items() for p in ps]
    forms += [
        (p, CountryForm(c, ADJECTIVE)) for c, ps in lexicon.country_adjectives.items() for p in ps
    ]
    forms += [(name, CountryForm(c, NAME)) for c, name in sorted(cldr_names(lang).items())]
    for code, names in sorted(generated["names"].get(lang, {}).items()):
        forms += [(name, CountryForm(code, NAME)) for name in names]
    for code, adjectives in sorted(generated["adjectives"].get(lang, {}).items()):
        forms += [(adjective, CountryForm(code, ADJECTIVE)) for adjective in adjectives]
    return [(p, f) for p, f in forms if " ".join(key(w) for w in p.split()) not in skip]


@cache
def _table(lexicon: Lexicon) -> PhraseTable[CountryForm]:
    table: PhraseTable[CountryForm] = PhraseTable(suffixes=lexicon.strip_suffixes)
    for phrase, form in _forms(lexicon):
        table.add(phrase, form)
    return table


@cache
def country_words(lexicon: Lexicon) -> frozenset[str]:
    """Word keys of every country name and adjective of the lexicon's language."""
    return frozenset(key(w) for phrase, _ in _forms(lexicon) for w in WORD.findall(phrase))


def country_name(code: str, lang: str) -> str:
    """The usual name of a country, or of a union the language data names as one (the
    EU), in ``lang`` (CLDR), falling back to English, then the code."""
    return _territories(lang).get(code) or _territories("en").get(code) or code


def _cased_properly(text: str, form: CountryForm, lexicon: Lexicon) -> bool:
    """In scripts with case, a country name starts with a capital; so does an adjective,
    unless the language writes them in lower case (French ``norvégien``)."""
    first = text[0]
    if first.lower() == first.upper():
        return True
    if form.kind == ADJECTIVE and lexicon.adjectives_lowercase:
        return True
    return first.isupper()


def find_countries(
    text: str,
    tokens: list[Token],
    lexicon: Lexicon,
    positions: dict[str, list[int]] | None = None,
) -> list[CountryMention]:
    """Every country name or adjective in ``tokens``, in order."""
    table = country_table(lexicon)
    mentions = _initialisms(text, tokens, table) if lexicon.latin_capitals else []
    for match in table.find_all(text, tokens, positions):
        found: Match[CountryForm] = match
        surface = text[found.start : found.end]
        if not _cased_properly(surface, found.value, lexicon):
            continue
        if lexicon.noun_bound_countries and not _qualifies(text, tokens, found, lexicon):
            continue
        mentions.append(
            CountryMention(
                found.value.code,
                found.value.kind,
                found.start,
                found.end,
                found.first,
                found.last,
                surface,
            )
        )
    if len(mentions) > 1:
        mentions.sort(key=lambda m: m.start)
    return mentions


def _qualifies(text: str, tokens: list[Token], found: Match[CountryForm], lexicon: Lexicon) -> bool:
    """Whether a form that is also a common word stands here as a country's adjective:
    right after a word it qualifies, with no light verb or listed word after it."""
    objects = lexicon.noun_bound_countries.get(tokens[found.first].key)
    if objects is None or found.first != found.last:
        return True
    if found.first == 0:
        return False
    before = tokens[found.first - 1]
    if before.key in lexicon.stopwords or text[before.end : found.start].strip("\u200c "):
        return False  # "پیش از ترک تهران", "تهران را ترک کرد", "… ، ترک"
    after = tokens[found.last + 1].key if found.last + 1 < len(tokens) else ""
    return after not in lexicon.light_verbs and after not in objects


_INITIALISM = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.){1,3}(?!\w)")
"""``U.S.``, ``U.K.``, ``U.A.E.``: letters and dots, which phrase tables (word by word,
with only spaces between) do not see as one name. It opens with a capital, the look behind
coming after it, so the engine scans for capitals alone."""


def _initialisms(
    text: str, tokens: list[Token], table: PhraseTable[CountryForm]
) -> list[CountryMention]:
    found = []
    starts = None
    for match in _INITIALISM.finditer(text):
        form = table.get(match.group().replace(".", ""))
        if form is None:
            continue
        if starts is None:
            starts = [t.start for t in tokens]
        first = bisect.bisect_left(starts, match.start())
        last = bisect.bisect_left(starts, match.end()) - 1
        if first <= last:
            found.append(
                CountryMention(
                    form.code, form.kind, match.start(), match.end(), first, last, match.group()
                )
            )
    return found


def capitals() -> dict[str, list[str]]:
    """Capital cities by country code, in English (from ``data/countries.json``)."""
    return _generated()["capitals"]


@cache
def capitals_in(lang: str) -> dict[str, list[str]]:
    """Capital cities by country code for texts in ``lang``: the English names, those the
    language data's ``capital_names`` adds (``Washington``, ``Pékin``, ``آنکارا``), and as
    CLDR writes them in ``lang`` (``Téhéran``, ``تهران``, ``Le Caire``) where the capital
    is a time zone's exemplar city; not one that is also a common word of the language or
    another country's name."""
    found = {code: list(names) for code, names in capitals().items()}
    data = read_data(lang) if lang.isalpha() else None
    for code, names in sorted((data or {}).get("capital_names", {}).items()):
        found.setdefault(code, []).extend(n for n in names if n not in found[code])
    if lang == "en":
        return found
    try:
        from babel import Locale, UnknownLocaleError
        from babel.core import get_global
    except ImportError:  # pragma: no cover - babel is a dependency
        return found
    try:
        written_in = Locale.parse(lang).time_zones
    except (UnknownLocaleError, ValueError):
        return found
    english, words = Locale("en").time_zones, lexicon(lang)
    for zone, code in sorted(get_global("zone_territories").items()):
        names = found.get(code)
        city = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if not names or key(city) not in {key(name) for name in names}:
            continue  # not the capital's zone ("America/New_York"), or no capital known
        written = written_in.get(zone, {}).get("city")
        if written and written not in names and not _common_word(written, words):
            other = country_table(words).get(written)
            if other is None or other.code == code:  # Persian عمان, Amman, is Oman too
                names.append(written)
    return found


def _common_word(name: str, words: Lexicon) -> bool:
    """Whether a city's name is also a common word of the language: Persian ``دوشنبه``,
    Dushanbe, is Monday."""
    folded = key(name)
    return folded in words.name_stops or folded in words.stopwords or folded in words.months


@cache
def capital_codes(lang: str) -> dict[str, str]:
    """Country code by the key of a one-word capital as texts in ``lang`` write it
    (``tehran`` → ``IR``; ``Washington`` from the language data), for a capital standing
    for its country: ``Tehran's foreign ministry spokesman``."""
    found: dict[str, str | None] = {}
    for code, names in capitals_in(lang).items():
        for name in names:
            words = WORD.findall(name)
            if len(words) == 1 and words[0] == name:
                word = key(name)
                found[word] = code if found.get(word, code) == code else None
    return {word: code for word, code in found.items() if code}

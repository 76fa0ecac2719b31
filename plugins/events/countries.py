"""Country names in any language, from the Unicode CLDR data that :mod:`babel` ships.

Used two ways: to name a country in the reader's language (headlines), and, only when an
extraction gives no country at all, to find the countries a report names in its title and
lead. CLDR has names, not adjectives, so adjectives are recognised by a name's stem and a
few regular endings (``Chile`` → ``Chilean``, ``Norvège`` → ``norvégienne``,
``ایران`` → ``ایرانی``); irregular ones (``French``, ``Norwegian``) are missed.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

from polybrief.textnorm import fold

_LETTERS = re.compile(r"[^\W\d_]+")  # l'Allemagne → l, Allemagne

_ENDINGS = {
    "en": ("", "n", "an", "ian", "ese", "ish", "i"),
    "fr": ("", "n", "en", "enne", "ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise"),
    "fa": ("", "ی", "ای"),
}
_PLURAL = {"en": ("s",), "fr": ("s",), "fa": ("ها",)}
_SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "XK"}
# Common names CLDR gives only as variants, and adjectives that are not a name plus an ending.
_IRREGULAR = {
    "en": {
        "TR": "Turkey Turkish", "FR": "French", "NO": "Norwegian", "MX": "Mexican",
        "GB": "Britain British", "US": "America American", "NL": "Dutch Holland",
        "CH": "Swiss", "ES": "Spanish", "SE": "Swedish", "DK": "Danish", "FI": "Finnish",
        "PL": "Polish", "GR": "Greek", "SA": "Saudi", "AE": "Emirati", "AF": "Afghan",
        "PH": "Filipino", "PT": "Portuguese", "TH": "Thai", "VN": "Vietnamese",
    },
    "fr": {
        "DE": "allemand allemande allemands allemandes", "TR": "turc turque turcs turques",
        "MX": "mexicain mexicaine mexicains mexicaines", "GR": "grec grecque grecs grecques",
        "US": "américain américaine américains américaines", "GB": "britannique britanniques",
        "CH": "suisse suisses", "SA": "saoudien saoudienne", "ES": "espagnol espagnole",
    },
    "fa": {"US": "آمریکا امریکا آمریکایی امریکایی", "GB": "انگلیس بریتانیا انگلیسی"},
}  # fmt: skip
_lock = threading.Lock()


@lru_cache(maxsize=64)
def territory_names(lang: str) -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → country name in ``lang``; empty for an unknown language."""
    from babel import Locale, UnknownLocaleError

    try:
        with _lock:
            territories = Locale.parse(lang.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return {}
    return {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _SKIP
    }


@lru_cache(maxsize=65536)
def plain(word: str) -> str:
    """A word folded and without accents, for matching names written with or without them."""
    decomposed = unicodedata.normalize("NFKD", fold(word))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def country_name(code: str, lang: str) -> str:
    """The country's name in ``lang``, else in English, else the code."""
    return territory_names(lang).get(code) or territory_names("en").get(code) or code


@lru_cache(maxsize=64)
def _starts(lang: str) -> frozenset[str]:
    """First words of the lexicon's entries, to skip every other word at once."""
    return frozenset(key[0] for key in _lexicon(lang)[0])


@lru_cache(maxsize=64)
def _lexicon(lang: str) -> tuple[dict[tuple[str, ...], str], int]:
    """Folded word sequences (names and regular adjectives) → code, and the longest length."""
    base = lang.split("-")[0]
    lexicon: dict[tuple[str, ...], str] = {}
    for code, name in territory_names(base).items():
        words = tuple(plain(w) for w in _LETTERS.findall(name))
        if not words:
            continue
        lexicon.setdefault(words, code)
        *head, last = words
        stems = {last}
        if len(last) >= 4 and last[-1] in "aeyی":
            stems.add(last[:-1])
        for stem in stems:
            for ending in _ENDINGS.get(base, ("",)):
                for plural in ("", *_PLURAL.get(base, ())):
                    form = stem + plain(ending) + plain(plural)
                    if len(form) >= 4 or form == last:
                        lexicon.setdefault((*head, form), code)
    for code, forms in _IRREGULAR.get(base, {}).items():
        for form in forms.split():
            lexicon.setdefault((plain(form),), code)
    longest = max((len(k) for k in lexicon), default=1)
    return lexicon, longest


def countries_in(text: str, lang: str | None) -> list[str]:
    """Codes of the countries named in ``text`` (in ``lang`` or English), in order of mention."""
    words = [plain(w) for w in _LETTERS.findall(text)]
    found: list[str] = []
    for language in dict.fromkeys([lang.split("-")[0] if lang else "en", "en"]):
        lexicon, longest = _lexicon(language)
        starts = _starts(language)
        i = 0
        while i < len(words):
            if words[i] not in starts:
                i += 1
                continue
            for size in range(min(longest, len(words) - i), 0, -1):
                code = lexicon.get(tuple(words[i : i + size]))
                if code:
                    if code not in found:
                        found.append(code)
                    i += size
                    break
            else:
                i += 1
    return found


@lru_cache(maxsize=64)
def country_words(lang: str) -> frozenset[str]:
    """Lower-case words of country names and adjectives in ``lang`` and English."""
    words = set()
    for language in {lang.split("-")[0], "en"}:
        for key in _lexicon(language)[0]:
            words.update(key)
    return frozenset(words)

"""Countries for the events plugin: names in the reader's language and, only when an
extraction gives no country at all, the countries a report names in its title and lead.

Both come from the offline plugin's country data (CLDR names through babel, plus the
adjectives CLDR lacks), so the two plugins recognise the same countries.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from polybrief.plugins.offline.countries import country_name as _country_name
from polybrief.plugins.offline.countries import country_words as _country_words
from polybrief.plugins.offline.countries import find_countries
from polybrief.plugins.offline.lexicon import base_language, lexicon
from polybrief.plugins.offline.scan import tokenize, words_of
from polybrief.textnorm import fold


def _languages(lang: str | None) -> list[str]:
    """The report's language, then English (names in news are often written the English way)."""
    return list(dict.fromkeys([base_language(lang) if lang else "en", "en"]))


@lru_cache(maxsize=32)
def _capital_names(lang: str) -> dict[str, frozenset[str]]:
    from polybrief.plugins.offline.countries import capitals_in

    return {code: frozenset(map(fold, names)) for code, names in capitals_in(lang).items()}


def is_capital(name: str, code: str, lang: str | None) -> bool:
    """Whether ``name`` is the capital of ``code`` as a report in ``lang`` (or English)
    writes it: ``Moscou`` and ``مسکو`` are Moscow."""
    return any(fold(name) in _capital_names(lang_).get(code, ()) for lang_ in _languages(lang))


def country_name(code: str, lang: str) -> str:
    """The country's name in ``lang``, else in English, else the code."""
    return _country_name(code, lang)


def countries_in(text: str, lang: str | None) -> list[str]:
    """Codes of the countries named in ``text`` (in ``lang`` or English), in order of mention."""
    return list(dict.fromkeys(code for _, code in country_mentions(text, lang, tokenize(text))))


def country_mentions(
    text: str, lang: str | None, tokens: list | None = None
) -> list[tuple[int, str]]:
    """``(offset, code)`` of every country named in ``text``, reading its words once (a whole
    document's words are kept for the extractor and summarizer that read it too)."""
    tokens = list(words_of(text)) if tokens is None else tokens
    found = [
        (mention.start, mention.code)
        for language in _languages(lang)
        for mention in find_countries(text, tokens, lexicon(language))
    ]
    return sorted(found)


@lru_cache(maxsize=64)
def country_words(lang: str) -> frozenset[str]:
    """Word keys of country names and adjectives in ``lang`` and English."""
    return frozenset().union(*(_country_words(lexicon(x)) for x in _languages(lang)))


@lru_cache(maxsize=65536)
def plain(word: str) -> str:
    """A word folded and without accents, for matching names written with or without them."""
    decomposed = unicodedata.normalize("NFKD", fold(word))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")

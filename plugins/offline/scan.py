"""Words of a text with their offsets, and phrase tables matched word by word.

Every rule of the offline plugin looks at words, not characters: a word's *key* forgives
case, accents, Arabic diacritics, ZWNJ and Arabic against Persian letter forms, so that
``États-Unis`` = ``Etats-Unis`` and ``امريكا`` = ``آمریکا``. Apostrophes split words
(``Norway's`` → ``Norway`` ``s``, ``l'Indonésie`` → ``l`` ``Indonésie``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Set
from functools import lru_cache
from itertools import accumulate
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")

_LETTERS = r"(?:[^\W\d_]++|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]++)++"
WORD = re.compile(rf"{_LETTERS}(?:[\u200c\-]{_LETTERS})*+")
"""A word: letters (with Arabic marks), joined by ZWNJ or hyphens. The quantifiers are
possessive: nothing after a run of letters could match a letter, so the words found are
the same, and the engine never backtracks to look. Letters and marks are taken a run at a
time, not a character at a time."""
_SPLIT = re.compile(f"({WORD.pattern})")
_ARABIC_TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "\u200c": "", "ـ": ""})
_JOINING_GAP = re.compile(r"[\s\u200c'’‘\-–]*")
QUOTE_MARK = re.compile(r"[«»“”\"]")
"""A quote mark of the three languages' news."""
_LIST_GAP = re.compile(r"[\s\u200c'’‘\-–]*[,،]?[\s\u200c]*")


_KEYS_KEPT = 200_000


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).translate(_ARABIC_TO_PERSIAN)


class _Keys(dict):
    """Word → key, folded once per distinct word: a dict whose lookups of known words stay
    in C (``map(keys.__getitem__, words)``), unlike an ``lru_cache``. It stops growing at
    ``_KEYS_KEPT`` words, so a long run's memory stays bounded."""

    def __missing__(self, word: str) -> str:
        found = _fold(word)
        if len(self) < _KEYS_KEPT:
            self[word] = found
        return found


_KEYS = _Keys()


@lru_cache(maxsize=4096)
def accented_key(word: str) -> str:
    """A word's matching form with its accents kept: case, Arabic against Persian letter
    forms and ZWNJ folded, but French ``à`` (at) is not ``a`` (has), as their keys are."""
    return unicodedata.normalize("NFC", word.casefold()).translate(_ARABIC_TO_PERSIAN)


def key(word: str) -> str:
    """The matching form of one word: case, accents, diacritics and letter variants folded."""
    return _KEYS[word]


class Token(NamedTuple):
    text: str
    start: int
    end: int
    key: str


_new_token = functools.partial(tuple.__new__, Token)
"""``Token(...)`` without the Python-level ``__new__`` of a named tuple: tokenizing is the
hottest loop of the plugin, and this halves the cost of making each token."""


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]`` with offsets into ``text``."""
    if start or end is not None:
        start = max(0, start)  # as a pattern's pos and endpos are read
        text = text[start : len(text) if end is None else max(0, end)]
    # Split in C into gap, word, gap, word, …, gap; the running sums of their lengths are
    # the offsets (part i starts at bounds[i]). Every step is a C loop: no match object and
    # no Python code per word, the hottest loop of the plugin.
    parts = _SPLIT.split(text)
    words = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=start))
    keys = map(_KEYS.__getitem__, words)
    return list(map(_new_token, zip(words, bounds[1:-1:2], bounds[2::2], keys, strict=True)))


@lru_cache(maxsize=64)
def words_of(text: str) -> tuple[Token, ...]:
    """The words of a whole document, kept for the few documents last read, so that the
    extractor and the summarizer of one document tokenize it once."""
    return tuple(tokenize(text))


def word_positions(tokens: list[Token]) -> dict[str, list[int]]:
    """Word key → indexes of the words with that key."""
    found: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        found.setdefault(token.key, []).append(i)
    return found


def phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(key(m.group()) for m in WORD.finditer(phrase))


def joined(text: str, left: Token, right: Token, commas: bool = False) -> bool:
    """Whether two words are neighbours in one phrase (only spaces or apostrophes between,
    and with ``commas`` one comma too)."""
    gap = (_LIST_GAP if commas else _JOINING_GAP).match(text, left.end, right.start)
    return gap is not None and gap.end() == right.start


class Match(NamedTuple, Generic[T]):
    """A phrase found in a token list: a tuple, made by the thousand, cheaply."""

    first: int
    """Index of the first word of the match in the token list."""
    last: int
    """Index of the last word (inclusive)."""
    start: int
    end: int
    value: T


_new_match = functools.partial(tuple.__new__, Match)


class _Node:
    """One step of a :class:`PhraseTable` trie: the phrases that go on with more words."""

    __slots__ = ("next", "value", "stems")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.value: object = None
        """The value of the phrase that ends here, if one does."""
        self.stems: list[tuple[str, object]] = []
        """Prefix phrases ending one word further: ``(start of that word, value)``."""


class PhraseTable(Generic[T]):
    """Phrases → values, found in a token list, longest match first.

    A phrase ending in ``*`` matches any word that starts with its last word. Phrases are
    kept in a trie of word keys, so a match is looked for only as far as some phrase goes on.
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, T]] = (),
        suffixes: Iterable[str] = (),
        commas: bool = False,
    ) -> None:
        self.commas = commas
        """Whether a phrase may run across commas (``Minister of Economy, Trade and…``)."""
        self._exact: dict[tuple[str, ...], T] = {}
        self._root = _Node()
        self._suffixes = tuple(key(s) for s in suffixes)
        self._firsts: set[str] = set()
        """First words of all phrases: most words start none, and are passed over at once."""
        self._starts: dict[str, bool] = {}
        self._seen: set[str] = set()
        self._starters: set[str] = set()
        """Words looked at by :meth:`starting_words`, and those of them that may start a
        phrase through a prefix or a suffix."""
        self._stems: list[str] = []
        """Words of one-word prefix phrases (``telephone*``)."""
        self.longest = 0
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: T) -> None:
        """Add a phrase; the first value given for a phrase stays."""
        prefix = phrase.rstrip().endswith("*")
        words = phrase_keys(phrase.rstrip("* "))
        if not words:
            return
        self.longest = max(self.longest, len(words))
        if prefix and len(words) == 1:
            self._stems.append(words[0])
        else:
            self._firsts.add(words[0])
        node = self._root
        for word in words[:-1]:
            node = node.next.setdefault(word, _Node())
        if prefix:
            node.stems.append((words[-1], value))
        elif words not in self._exact:
            self._exact[words] = value
            node.next.setdefault(words[-1], _Node()).value = value

    def __contains__(self, phrase: str) -> bool:
        return phrase_keys(phrase) in self._exact

    def get(self, phrase: str) -> T | None:
        return self._exact.get(phrase_keys(phrase))

    def match_at(self, text: str, tokens: list[Token], i: int) -> Match[T] | None:
        """The longest phrase starting at word ``i``, or None."""
        if not self.may_start(tokens[i].key):
            return None
        return self._match_from(text, tokens, i)

    def _match_from(self, text: str, tokens: list[Token], i: int) -> Match[T] | None:
        """:meth:`match_at` once word ``i`` is known to be able to start a phrase."""
        node = self._root
        found: tuple[int, object] | None = None
        n = i
        while True:
            word = tokens[n].key
            following = node.next.get(word)
            value = following.value if following is not None else None
            if value is None and n == i and self._suffixes:
                value = self._strip_suffix(word)
            if value is None and node.stems:
                value = next((v for stem, v in node.stems if word.startswith(stem)), None)
            if value is not None:
                found = (n, value)
            n += 1
            if (
                following is None
                or not (following.next or following.stems)  # no phrase goes on: no need to look
                or n >= len(tokens)
                or not joined(text, tokens[n - 1], tokens[n], self.commas)
            ):
                break
            node = following
        if found is None:
            return None
        last, value = found
        return _new_match((i, last, tokens[i].start, tokens[last].end, value))

    def may_start(self, word: str) -> bool:
        """Whether a phrase may start with this word (a quick test before matching)."""
        if word in self._firsts:
            return True
        if not self._stems and not self._suffixes:
            return False
        known = self._starts.get(word)
        if known is None:
            if len(self._starts) > 200_000:
                self._starts.clear()
            known = self._starts[word] = any(word.startswith(s) for s in self._stems) or (
                bool(self._suffixes) and self._stripped(word)
            )
        return known

    def _starts_a_stem(self, word: str) -> bool:
        """Whether a word starts a one-word prefix phrase (``telephone*``)."""
        return bool(self._stems) and any(word.startswith(stem) for stem in self._stems)

    def _stripped(self, word: str) -> bool:
        return any(
            word.endswith(suffix) and word[: -len(suffix)] in self._firsts
            for suffix in self._suffixes
        )

    def _strip_suffix(self, word: str) -> T | None:
        for suffix in self._suffixes:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                value = self._exact.get((word[: -len(suffix)],))
                if value is not None:
                    return value
        return None

    def starting_words(self, words: Set[str]) -> set[str]:
        """Those of ``words`` (word keys) that may start a phrase."""
        starting = set(words & self._firsts)  # a set intersection, done in C
        if self._stems or self._suffixes:
            # words seen before are sorted by set operations in C; only new ones in Python
            unseen = words - self._seen
            if len(self._seen) > 200_000:
                self._seen, self._starters = set(), set()
            self._seen |= unseen
            self._starters.update(w for w in unseen if self.may_start(w))
            starting |= words & self._starters
        return starting

    def find_all(
        self, text: str, tokens: list[Token], positions: dict[str, list[int]] | None = None
    ) -> Iterator[Match[T]]:
        """Every non-overlapping match, left to right, longest first at each word.

        ``positions`` (word key → indexes, see :func:`positions`) spares looking at every
        word of a long text when few can start a phrase.
        """
        if positions is None:
            positions = word_positions(tokens)
        starts = sorted(
            i for word in self.starting_words(positions.keys()) for i in positions[word]
        )
        after, last = 0, len(tokens) - 1
        firsts = None if self._suffixes else self._root.next
        for i in starts:
            if i < after:
                continue
            if firsts is not None:  # a common first word ("در", "a") whose next word goes
                word = tokens[i].key  # on no phrase: no call to look further
                node = firsts.get(word)
                if (
                    node is not None
                    and node.value is None
                    and not node.stems
                    and (i == last or tokens[i + 1].key not in node.next)
                    and not self._starts_a_stem(word)
                ):
                    continue
            found = self._match_from(text, tokens, i)
            if found is not None:
                yield found
                after = found.last + 1


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Lines as sentences, for documents that come without sentence offsets."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]

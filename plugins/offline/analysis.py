"""One document read once for every rule: its words, sentences and country mentions."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from polybrief.records import Document

from .countries import ADJECTIVE, NAME, CountryMention, find_countries
from .lexicon import Lexicon, lexicon
from .scan import Match, PhraseTable, Token, joined, paragraph_spans, word_positions, words_of

if TYPE_CHECKING:
    from .titles import Title

T = TypeVar("T")
_START = operator.itemgetter(1)
"""A word's start offset (:class:`Token` ``.start``), read in C."""
_CLAUSE_END = re.compile(r"[,;:،؛]")
SOURCE_PHRASE_WORDS = 15
"""Words a phrase naming the source may hold before its comma."""


def recall_spans(
    text: str, markers: Iterable[Match], sentence_end: Callable[[int], int]
) -> list[tuple[int, int]]:
    """From each recall marker to the end of its clause (see :attr:`Analysis.recalled`)."""
    spans = []
    for marker in markers:
        end = sentence_end(marker.start)
        clause = _CLAUSE_END.search(text, marker.end, end)
        spans.append((marker.end, clause.start() if clause else end))
    return spans


@dataclass
class Analysis:
    text: str
    lexicon: Lexicon
    sentences: list[tuple[int, int]]
    tokens: list[Token]
    countries: list[CountryMention]
    country_at: dict[int, CountryMention] = field(default_factory=dict)
    """The country mention covering a word, by word index."""
    positions: dict[str, list[int]] = field(default_factory=dict)
    """Word indexes by word key, for phrase tables to look only where they may match."""
    _sentence_starts: list[int] = field(default_factory=list)
    token_starts: list[int] = field(default_factory=list)
    """The start offset of each word, for finding words by offset."""
    _masked: _Masked | None | bool = False
    """The text without its country adjectives, once made (False: not yet)."""
    date_starts: dict[int, int] = field(default_factory=dict)
    """The end of each date the parse stage found, by its start offset."""
    agency: str = ""
    """The agency the parse stage read from a ``Source:`` line, if any."""
    bare_titles: list[Title] = field(default_factory=list)
    """Titles that name no one (``the president said``), set by the people finder for the
    quote finder, in text order: a quote's speaker may be the one person holding such a
    title."""

    @classmethod
    def of(cls, document: Document) -> Analysis:
        text = document.text
        lex = lexicon(document.lang)
        tokens = list(words_of(text))
        sentences = list(document.sentences) or paragraph_spans(text)
        positions = word_positions(tokens)
        countries = find_countries(text, tokens, lex, positions)
        analysis = cls(text, lex, sentences, tokens, countries, positions=positions)
        analysis.agency = str(document.metadata.get("agency") or "")
        for mention in analysis.countries:
            for i in range(mention.first, mention.last + 1):
                analysis.country_at[i] = mention
        analysis._sentence_starts = [s for s, _ in sentences]
        analysis.token_starts = list(map(_START, tokens))
        analysis.date_starts = {m.start: m.end for m in document.dates}
        return analysis

    @functools.cached_property
    def home(self) -> str | None:
        """The country a report is written from, when its language data has one and the
        text or the agency the parse stage read says so (Persian ``کشورمان``, our country,
        or an Iranian agency's name)."""
        home, markers = self.lexicon.home_country, self.lexicon.home_markers
        if home is None:
            return None
        if next(iter(self.find(markers)), None) is not None:
            return home
        agency = self.agency
        return home if next(markers.find_all(agency, list(words_of(agency))), None) else None

    def past_source_phrase(self, words: range) -> range:
        """``words`` without a phrase naming the report's source they open with, up to its
        comma (``According to the ministry,``, ``به گزارش خبرگزاری مهر به نقل از …،``): the
        subject comes after it."""
        openers = self.lexicon.source_openers
        if not words or openers.match_at(self.text, self.tokens, words[0]) is None:
            return words
        for i in words[: SOURCE_PHRASE_WORDS + 1]:
            if i + 1 in words and any(c in self.gap(i, i + 1) for c in ",،"):
                return range(i + 1, words.stop)
        return words

    def country_named_after_link(self, last: int) -> CountryMention | None:
        """A country's name (not its adjective) right after one linking word that follows
        word ``last``, an article between them aside, the words joined: ``of Iran``, ``to
        Israel``, ``of the French Republic``. The caller says which linking words count."""
        link = last + 1
        at = link + 1
        if (
            at < len(self.tokens)
            and at not in self.country_at
            and self.tokens[at].key in self.lexicon.stopwords
        ):
            at += 1  # "of the United States"
        if at >= len(self.tokens):
            return None
        mention = self.country_at.get(at)
        if (
            mention is None
            or mention.first != at
            or mention.kind != NAME
            or not all(
                joined(self.text, self.tokens[i], self.tokens[i + 1]) for i in range(last, at)
            )
        ):
            return None
        return mention

    def past_a_date(self, i: int) -> int:
        """The first word from word ``i`` on that is not in a date the parse stage found
        there (``a reçu lundi Volodymyr Zelensky``: the name)."""
        end = self.date_starts.get(self.tokens[i].start) if i < len(self.tokens) else None
        if end is None:
            return i
        return bisect.bisect_left(self.token_starts, end)

    def two_given_names_at(self, i: int) -> bool:
        """Whether word ``i`` is a common given name and the next one another (``امیر سعید
        ایروانی``): a name opens there, even with a word a title is made of (``امیر``, emir)."""
        given, tokens = self.lexicon.given_names, self.tokens
        return (
            i + 1 < len(tokens)
            and tokens[i].key in given
            and tokens[i + 1].key in given
            and joined(self.text, tokens[i], tokens[i + 1])
        )

    def object_after(self, verb: int) -> int:
        """Where the object of the verb ending at word ``verb`` starts: past a day the parse
        stage found and a word of meeting with or of the addressee (``a téléphoné mardi à
        Donald Trump``, ``a échangé avec …``)."""
        i = self.past_a_date(verb + 1)
        if i < len(self.tokens):
            word = self.tokens[i].key
            if word in self.lexicon.partner_markers or word in self.lexicon.addressee_markers:
                return i + 1
        return i

    @functools.cached_property
    def recalled(self) -> list[tuple[int, int]]:
        """Spans that speak of another event than the report's: from a recall marker
        (``days after``, ``ahead of``, ``à la veille``, ``روز پس از``) to the end of its
        clause. ``…, days after U.S. President Donald Trump said…`` names no participant;
        ``ahead of a NATO summit`` names no event of the report."""
        markers = self.find(self.lexicon.recall_markers)
        return recall_spans(self.text, markers, lambda offset: self.sentence_span(offset)[1])

    def recalled_at(self, offset: int) -> bool:
        """Whether ``offset`` is in a span that speaks of another event."""
        return any(start <= offset < end for start, end in self.recalled)

    def countries_in(self, first: int, last: int) -> list[str]:
        """The countries mentioned in words ``first`` to ``last``, in order, once each."""
        codes: list[str] = []
        for i in range(first, last + 1):
            mention = self.country_at.get(i)
            if mention and mention.code not in codes:
                codes.append(mention.code)
        return codes

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the one before it, between sentences)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentence_span(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return 0, len(self.text)
        return self.sentences[self.sentence_of(offset)]

    def gap(self, left: int, right: int) -> str:
        """The text between word ``left`` and word ``right``."""
        return self.text[self.tokens[left].end : self.tokens[right].start]

    def tokens_between(self, start: int, end: int) -> range:
        """Indexes of the words inside ``[start, end)``."""
        first = bisect.bisect_left(self.token_starts, start)
        return range(first, bisect.bisect_left(self.token_starts, end))

    def find(self, table: PhraseTable[T]) -> Iterator[Match[T]]:
        """Every match of a phrase table in the text."""
        return table.find_all(self.text, self.tokens, self.positions)

    def find_across_adjectives(self, table: PhraseTable[T]) -> Iterator[tuple[int, int, Match[T]]]:
        """Every match of a phrase table with the country adjectives inside it skipped
        (``ministre norvégienne des Affaires étrangères`` is ``ministre des affaires
        étrangères``), as ``(first, last, match)``: ``first`` and ``last`` index the words
        of the text, the match's offsets are the text's."""
        view = self._without_adjectives()
        if view is None:
            for match in self.find(table):
                yield match.first, match.last, match
            return
        positions = self._positions_without(view.dropped, table)
        for match in table.find_all(view.text, view.tokens, positions):
            yield view.kept[match.first], view.kept[match.last], match

    def _without_adjectives(self) -> _Masked | None:
        """The text with its country adjectives blanked out and their words dropped, made
        once per document; None when it has none."""
        if self._masked is False:
            adjectives = [m for m in self.countries if m.kind == ADJECTIVE]
            self._masked = None
            if adjectives:
                dropped = {i for m in adjectives for i in range(m.first, m.last + 1)}
                kept = [i for i in range(len(self.tokens)) if i not in dropped]
                self._masked = _Masked(
                    _blanked(self.text, [(m.start, m.end) for m in adjectives]),
                    [self.tokens[i] for i in kept],
                    kept,
                    dropped,
                )
        return self._masked

    def _positions_without(self, dropped: set[int], table: PhraseTable) -> dict[str, list[int]]:
        """Word positions once the ``dropped`` words are taken out of the word list, for the
        words that may start a phrase of ``table`` (the only ones it looks up)."""
        order = sorted(dropped)
        positions = {}
        for word in table.starting_words(self.positions.keys()):
            shifted = [
                i - bisect.bisect_left(order, i) for i in self.positions[word] if i not in dropped
            ]
            if shifted:
                positions[word] = shifted
        return positions


@dataclass
class _Masked:
    text: str
    tokens: list[Token]
    kept: list[int]
    """Index in the text's words of each word kept."""
    dropped: set[int]


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` (in order, apart) replaced by spaces."""
    pieces, done = [], 0
    for start, end in spans:
        pieces += [text[done:start], " " * (end - start)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)

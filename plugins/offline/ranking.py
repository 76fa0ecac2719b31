"""Sentence scores that do not depend on the language: centroid, title and position.

Sentences become tf-isf vectors of their content words (stop words come from the language
data when there is some; the weighting itself is the same for every language). A sentence
scores by its closeness to the centroid of all sentences (in a group: of all reports, so
what several reports say counts most), by its closeness to its document's title and by
how early it comes and how much it says; very short sentences (captions, bylines) and
very long ones score less.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections import Counter, defaultdict
from dataclasses import dataclass, field

# Weights chosen on the XL-Sum development articles (tests/bench/bench_summaries.py); a
# PageRank graph score was tried too and added nothing there, so it is not computed. News
# puts what matters first, so position weighs as much as the rest together over the first
# few sentences: with less, the summaries trailed the lead sentences on French and Persian.
CENTROID_WEIGHT = 0.2
POSITION_WEIGHT = 0.5
TITLE_WEIGHT = 0.3
LENGTH_WEIGHT = 0.2
LEAD = 5
"""Position counts over the first sentences only, falling from 1 to 0 at this one."""
SHORT_SENTENCE = 6
"""Sentences with fewer content words than this are scored down (captions, bylines)."""
LONG_SENTENCE = 40
_TF_KEPT = 64
_TF = [0.0] + [1 + math.log(c) for c in range(1, _TF_KEPT)]
"""The term-frequency factor ``1 + log(count)`` of the usual small counts, worked out once."""
_ZEROS = itertools.repeat(0.0)


@dataclass
class Candidate:
    document: int
    position: int
    """Index of the sentence in its document."""
    start: int
    end: int
    text: str
    terms: dict[str, float] = field(default_factory=dict)
    """Normalised tf-isf weights."""
    words: int = 0
    score: float = 0.0


class Weights:
    """tf-isf weighting learnt from the sentences being ranked."""

    def __init__(self, counts: list[dict[str, int]]) -> None:
        # Each sentence's terms once: the sentences each term is in, counted in one C loop.
        self.df: Counter[str] = Counter(itertools.chain.from_iterable(counts))
        self.n = len(counts)
        top = self.n + 1
        # Most terms share a few sentence counts (1, 2, 3…): one log per count, not per term.
        by_count = {d: math.log(top / (d + 0.5)) + 1 for d in set(self.df.values())}
        self._isf = dict(zip(self.df, map(by_count.__getitem__, self.df.values()), strict=True))

    def isf(self, term: str) -> float:
        """The inverse sentence frequency of a term (of a term in no sentence too)."""
        return math.log((self.n + 1) / (self.df.get(term, 0) + 0.5)) + 1

    def vector(self, terms: dict[str, int]) -> dict[str, float]:
        """The unit tf-isf vector of term counts."""
        isf = self._isf
        vector = {
            t: (_TF[c] if c < _TF_KEPT else 1 + math.log(c)) * (isf[t] if t in isf else self.isf(t))
            for t, c in terms.items()
        }
        values = vector.values()
        norm = math.sqrt(sum(map(operator.mul, values, values))) or 1.0
        return {t: vector[t] / norm for t in sorted(vector)}  # sorting strings, not pairs


def weigh(candidates: list[Candidate], counts: list[dict[str, int]]) -> Weights:
    """Set each candidate's unit tf-isf vector from its term counts."""
    weights = Weights(counts)
    for candidate, terms in zip(candidates, counts, strict=True):
        candidate.terms = weights.vector(terms)
    return weights


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # The products of sum(v * b.get(t, 0.0) for t, v in a.items()), in that order, in C.
    return sum(map(operator.mul, a.values(), map(b.get, a, _ZEROS)))


def centroid_scores(candidates: list[Candidate]) -> list[float]:
    centroid: dict[str, float] = defaultdict(float)
    for candidate in candidates:
        for term, value in candidate.terms.items():
            centroid[term] += value
    values = centroid.values()
    norm = math.sqrt(sum(map(operator.mul, values, values))) or 1.0
    unit = {t: v / norm for t, v in centroid.items()}
    return [cosine(c.terms, unit) for c in candidates]


def position_score(position: int) -> float:
    return max(0.0, 1.0 - position / LEAD)


def length_score(words: int) -> float:
    """Longer sentences carry more content: 0.5 at 15 content words, towards 1 beyond."""
    return words / (words + 15)


def score(candidates: list[Candidate], titles: dict[int, dict[str, float]] | None = None) -> None:
    """Set ``score`` on every candidate; ``titles`` are the documents' title vectors."""
    if not candidates:
        return
    titles = titles or {}
    central = centroid_scores(candidates)
    for candidate, c in zip(candidates, central, strict=True):
        title = titles.get(candidate.document)
        value = (
            CENTROID_WEIGHT * c
            + POSITION_WEIGHT * position_score(candidate.position)
            + LENGTH_WEIGHT * length_score(candidate.words)
            + (TITLE_WEIGHT * cosine(candidate.terms, title) if title else 0.0)
        )
        if candidate.words < SHORT_SENTENCE:
            value *= candidate.words / SHORT_SENTENCE
        elif candidate.words > LONG_SENTENCE:
            value *= LONG_SENTENCE / candidate.words
        candidate.score = round(value, 9)

"""Sentence scores that do not depend on the language: centroid, graph and position.

Sentences become tf-isf vectors of their content words (stop words come from the language
data when there is some; the weighting itself is the same for every language). A sentence
scores by its closeness to the centroid of all sentences, by its rank in the similarity
graph (TextRank: PageRank over cosine similarities) and by how early it comes.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

CENTROID_WEIGHT = 0.45
GRAPH_WEIGHT = 0.35
POSITION_WEIGHT = 0.20
SHORT_SENTENCE = 6
"""Sentences with fewer content words than this are scored down (captions, bylines)."""
LONG_SENTENCE = 60
DAMPING = 0.85
ITERATIONS = 40


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


def weigh(candidates: list[Candidate], counts: list[dict[str, int]]) -> None:
    """Set each candidate's unit tf-isf vector from its term counts."""
    df: dict[str, int] = defaultdict(int)
    for terms in counts:
        for term in terms:
            df[term] += 1
    n = len(candidates)
    for candidate, terms in zip(candidates, counts, strict=True):
        vector = {
            t: (1 + math.log(c)) * (math.log((n + 1) / (df[t] + 0.5)) + 1) for t, c in terms.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        candidate.terms = {t: v / norm for t, v in sorted(vector.items())}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def centroid_scores(candidates: list[Candidate]) -> list[float]:
    centroid: dict[str, float] = defaultdict(float)
    for candidate in candidates:
        for term, value in candidate.terms.items():
            centroid[term] += value
    norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    unit = {t: v / norm for t, v in centroid.items()}
    return [cosine(c.terms, unit) for c in candidates]


def graph_scores(candidates: list[Candidate]) -> list[float]:
    """PageRank over the cosine-similarity graph, pairs found through shared terms."""
    n = len(candidates)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, candidate in enumerate(candidates):
        for term in candidate.terms:
            postings[term].append(i)
    weights: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]
    for term in sorted(postings):
        members = postings[term]
        for x in range(len(members)):
            i = members[x]
            wi = candidates[i].terms[term]
            for y in range(x + 1, len(members)):
                j = members[y]
                product = wi * candidates[j].terms[term]
                weights[i][j] += product
                weights[j][i] += product
    totals = [sum(w.values()) for w in weights]
    rank = [1.0 / n] * n if n else []
    for _ in range(ITERATIONS):
        new = [(1 - DAMPING) / n] * n
        for i in range(n):
            if totals[i] == 0:
                continue
            share = DAMPING * rank[i] / totals[i]
            for j, w in weights[i].items():
                new[j] += share * w
        rank = new
    top = max(rank, default=0.0) or 1.0
    return [r / top for r in rank]


def position_score(position: int) -> float:
    return 1.0 / math.sqrt(1 + position)


def score(candidates: list[Candidate]) -> None:
    """Set ``score`` on every candidate."""
    if not candidates:
        return
    central = centroid_scores(candidates)
    graph = graph_scores(candidates)
    for candidate, c, g in zip(candidates, central, graph, strict=True):
        value = (
            CENTROID_WEIGHT * c
            + GRAPH_WEIGHT * g
            + POSITION_WEIGHT * position_score(candidate.position)
        )
        if candidate.words < SHORT_SENTENCE:
            value *= candidate.words / SHORT_SENTENCE
        elif candidate.words > LONG_SENTENCE:
            value *= LONG_SENTENCE / candidate.words
        candidate.score = round(value, 9)

"""The kind of event a document reports, from cue phrases.

Every cue found in the title and the text votes for its type with the type's weight
(a telephone call outranks a meeting it mentions), and earlier sentences count more: the
lead of a news report says what happened, later sentences recall other events.
"""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import Analysis
from .scan import tokenize

TITLE_BONUS = 2.0


@dataclass
class FoundEvent:
    type: str
    start: int | None
    end: int | None
    score: float


def find_event(analysis: Analysis, title: str | None) -> FoundEvent | None:
    lex = analysis.lexicon
    scores: dict[str, float] = {}
    first_hit: dict[str, tuple[int, int]] = {}
    if title:
        for match in lex.events.find_all(title, tokenize(title)):
            weight = lex.event_weights.get(match.value, 1.0)
            scores[match.value] = scores.get(match.value, 0.0) + TITLE_BONUS * weight
    for match in analysis.find(lex.events):
        weight = lex.event_weights.get(match.value, 1.0)
        position = analysis.sentence_of(match.start)
        scores[match.value] = scores.get(match.value, 0.0) + weight / (1 + position)
        first_hit.setdefault(match.value, (match.start, match.end))
    if not scores:
        return None
    kind = max(scores, key=lambda k: (scores[k], lex.event_weights.get(k, 1.0), k))
    start, end = first_hit.get(kind, (None, None))
    return FoundEvent(kind, start, end, round(scores[kind], 3))

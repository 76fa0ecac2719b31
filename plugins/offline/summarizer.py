"""Extractive summaries of one document or a group of reports of the same event.

Sentences are ranked by :mod:`ranking` and picked best first, skipping any that repeats a
sentence already picked, until the length in sentences (and characters, if set) is
reached; the summary lists them in document order. A summary keeps one language: it is
drawn from the documents in the target language when the group has some, otherwise from
the documents of the group's main language, and in a group every such document gives
sentences in turn. The pipeline then asks a translator for the target language.
"""

from __future__ import annotations

import bisect
import operator
from collections import Counter
from collections.abc import Sequence

from polybrief.records import Document, SourceRef, Summary, SummarySentence

from . import ranking
from .lexicon import base_language, lexicon
from .ranking import Candidate
from .scan import Token, paragraph_spans, tokenize, words_of

PLUGIN = "offline"
_START = operator.itemgetter(1)
"""A word's start offset (:class:`Token` ``.start``), read in C."""
_KEY = operator.itemgetter(3)
"""A word's key (:class:`Token` ``.key``), read in C."""
REDUNDANT = 0.5
"""Cosine similarity above which a sentence repeats one already picked."""


def candidates_of(documents: list[Document]) -> list[Candidate]:
    found: list[Candidate] = []
    counts: list[dict[str, int]] = []
    title_counts: dict[int, dict[str, int]] = {}
    for d, document in enumerate(documents):
        stop = lexicon(document.lang).stopwords
        if document.title:
            title_counts[d] = _terms(tokenize(document.title), stop)
        spans = list(document.sentences) or paragraph_spans(document.text)
        words = words_of(document.text)
        starts = list(map(_START, words))
        content = [k if k not in stop and len(k) > 1 else None for k in map(_KEY, words)]
        for position, (start, end) in enumerate(spans):
            inside = content[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            terms = Counter(filter(None, inside))  # the content words, counted in C
            if not terms:
                continue
            text = " ".join(document.text[start:end].split())  # white space runs as one space
            found.append(Candidate(d, position, start, end, text, words=sum(terms.values())))
            counts.append(terms)
    weights = ranking.weigh(found, counts)
    titles = {d: weights.vector(terms) for d, terms in title_counts.items() if terms}
    ranking.score(found, titles)
    return found


def _terms(words: Sequence[Token], stop: frozenset[str]) -> Counter[str]:
    return Counter(w.key for w in words if w.key not in stop and len(w.key) > 1)


def select(candidates: list[Candidate], documents: int, count: int, chars: int) -> list[Candidate]:
    """The best sentences, in turn from each document, without repeats, within the length."""
    queues = [
        sorted(
            (c for c in candidates if c.document == d),
            key=lambda c: (-c.score, c.position),
        )
        for d in range(documents)
    ]
    order = sorted(range(documents), key=lambda d: (-(queues[d][0].score if queues[d] else 0), d))
    chosen: list[Candidate] = []
    used = 0
    while len(chosen) < count and any(queues):
        progressed = False
        for d in order:
            if len(chosen) >= count:
                break
            while queues[d]:
                candidate = queues[d].pop(0)
                if any(ranking.cosine(candidate.terms, c.terms) > REDUNDANT for c in chosen):
                    continue
                length = len(candidate.text) + (1 if chosen else 0)
                if chars and chosen and used + length > chars:
                    continue
                chosen.append(candidate)
                used += length
                progressed = True
                break
        if not progressed:
            break
    return sorted(chosen, key=lambda c: (c.document, c.position))


def pool_for(documents: list[Document], target: str) -> list[Document]:
    """The documents a summary in ``target`` is drawn from: one language only."""
    wanted = base_language(target)
    same = [d for d in documents if base_language(d.lang) == wanted]
    if same:
        return same
    languages = Counter(base_language(d.lang) for d in documents)
    first_seen = {
        lang: i for i, lang in reversed(list(enumerate(base_language(d.lang) for d in documents)))
    }
    main = min(languages, key=lambda lang: (-languages[lang], first_seen[lang]))
    return [d for d in documents if base_language(d.lang) == main]


def summarize_documents(
    documents: list[Document], targets: list[str], sentences: int = 3, chars: int = 0
) -> list[Summary]:
    """One summary per target language of ``documents`` taken as a group."""
    summaries = []
    chosen_by_pool: dict[tuple[str, ...], tuple[list[Document], list[Candidate]]] = {}
    for target in targets:
        pool = pool_for(documents, target)
        key = tuple(d.id for d in pool)
        if key not in chosen_by_pool:
            picked = select(candidates_of(pool), len(pool), max(1, sentences), max(0, chars))
            chosen_by_pool[key] = (pool, picked)
        pool, picked = chosen_by_pool[key]
        lang = pool[0].lang or "und"
        summaries.append(
            Summary(
                documents=[d.id for d in documents],
                lang=lang,
                target=target,
                summarizer=PLUGIN,
                method="extractive",
                sentences=[
                    SummarySentence(c.text, [SourceRef(pool[c.document].id, c.start, c.end)])
                    for c in picked
                ],
                note=_note(documents, pool, lang),
            )
        )
    return summaries


def _note(documents: list[Document], pool: list[Document], lang: str) -> str | None:
    """What the reader could not tell from the record: that some documents gave nothing.
    (A summary not in its target says so by its ``lang``, and translated it would not be.)"""
    if len(pool) < len(documents):
        return (
            f"Sentences taken from the {len(pool)} of {len(documents)} documents in {lang}, "
            "so that the summary keeps one language."
        )
    return None

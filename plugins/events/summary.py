"""An extractive summary of a group of reports, without repeating what is already said.

Sentences are taken from the members written in the target language when there are any
(so no translation is needed), else from the language most members are written in, and the
summary says so. A sentence scores by its facts, each weighted by how many members report
it, plus a bonus for the lead; sentences are picked greedily, each only if it adds a fact
not yet said or words not yet used, so the same news told by five outlets is said once.
Each sentence cites the member it comes from, and every other member that states all of
its facts in one sentence of its own.
"""

from __future__ import annotations

from collections import Counter

from polybrief.records import SourceRef, Summary, SummarySentence
from polybrief.textnorm import fold

from .facts import ReportFacts

SUMMARIZER = "events"
_MIN_CHARS = 30
_MAX_CHARS = 500
_SIMILAR = 0.5


def _words(text: str) -> set[str]:
    return {fold(w) for w in text.split() if len(w) > 3}


def summary_language(reports: list[ReportFacts], target: str) -> str:
    """The target language when a member is in it, else the language most members use."""
    langs = [r.document.lang or "und" for r in reports]
    if target in langs:
        return target
    counts = Counter(langs)
    return max(counts, key=lambda lang: (counts[lang], -langs.index(lang)))


def _candidates(reports: list[ReportFacts], lang: str) -> list[tuple[float, int, int]]:
    support = Counter(key for r in reports for key in r.keys)
    scored = []
    for r_index, report in enumerate(reports):
        if (report.document.lang or "und") != lang:
            continue
        for s_index, (start, end) in enumerate(report.document.sentences):
            length = end - start
            if length < _MIN_CHARS or length > _MAX_CHARS:
                continue
            keys = report.sentence_keys[s_index]
            score = sum(support[k] for k in keys) + 2.0 / (s_index + 1)
            scored.append((score, r_index, s_index))
    scored.sort(key=lambda item: (-item[0], item[2], item[1]))
    return scored


def _supporters(reports: list[ReportFacts], origin: int, keys: set[str]) -> list[SourceRef]:
    """Other members that state every fact of a sentence within one sentence of theirs."""
    refs: list[SourceRef] = []
    keys = {k for k in keys if not k.startswith("e:")}  # the kind of event is a guess
    if len(keys) < 2:
        return refs
    for index, report in enumerate(reports):
        if index == origin:
            continue
        for s_index, theirs in enumerate(report.sentence_keys):
            if keys <= theirs:
                start, end = report.document.sentences[s_index]
                refs.append(SourceRef(report.document.id, start, end))
                break
    return refs


def extractive_summary(reports: list[ReportFacts], target: str, count: int) -> Summary:
    lang = summary_language(reports, target)
    said: set[str] = set()
    used_words: list[set[str]] = []
    chosen: list[tuple[int, int, SummarySentence]] = []
    for _, r_index, s_index in _candidates(reports, lang):
        if len(chosen) >= count:
            break
        report = reports[r_index]
        start, end = report.document.sentences[s_index]
        text = report.document.text[start:end]
        keys = report.sentence_keys[s_index]
        words = _words(text)
        new_fact = any(not k.startswith("e:") for k in keys - said)
        similar = any(
            len(words & seen) / max(1, len(words | seen)) > _SIMILAR for seen in used_words
        )
        if similar or (not new_fact and keys):
            continue
        said |= keys
        used_words.append(words)
        sources = [SourceRef(report.document.id, start, end)]
        sources += _supporters(reports, r_index, keys)
        chosen.append((s_index, r_index, SummarySentence(text, sources)))
    if chosen:
        lead = chosen[0][1]
        chosen.sort(key=lambda item: (item[1] != lead, item[0], item[1]))
    note = None
    if lang != target:
        note = f"No member is in {target}: the sentences are from the members in {lang}."
    return Summary(
        documents=[r.document.id for r in reports],
        lang=lang,
        target=target,
        summarizer=SUMMARIZER,
        method="extractive",
        sentences=[sentence for _, _, sentence in chosen],
        note=note,
    )

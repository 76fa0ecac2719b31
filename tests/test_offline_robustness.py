"""The offline rules on text they were not written for: word soup made from the example
articles (shuffled, cut anywhere, titles and quote marks left dangling) never raises, and
every record it gives is schema-valid with evidence that is the text at its offsets."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from polybrief import Pipeline
from polybrief.errors import InputError
from polybrief.plugins.offline.extractor import extract_document
from polybrief.plugins.offline.summarizer import summarize_documents

from conftest import assert_valid

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SOUPS = 150
"""Texts per language: a few seconds in all."""


def _words(lang: str) -> list[str]:
    text = " ".join(p.read_text("utf-8") for p in sorted(EXAMPLES.glob(f"{lang}_*")))
    return re.findall(r"\w+(?:[\u200c'’-]\w+)*|[^\w\s]", text)


def soups(lang: str, seed: int) -> list[str]:
    """Runs of the examples' words and marks, some shuffled, cut at any word."""
    words, rng = _words(lang), random.Random(seed)
    found = []
    for _ in range(SOUPS):
        size = rng.randint(0, 90)
        start = rng.randint(0, max(0, len(words) - size))
        run = words[start : start + size]
        if rng.random() < 0.5:
            rng.shuffle(run)
        text = " ".join(run)
        if rng.random() < 0.5:
            text = re.sub(r" ([.,:;!?،؛؟»”])", r"\1", text)
        found.append(text)
    return found


def _evidence(record: dict) -> list[dict]:
    """Every evidence object inside a record, however deep."""
    found = []
    if isinstance(record, dict):
        if {"text", "start", "end"} <= record.keys() and "grounded" in record:
            found.append(record)
        for value in record.values():
            found += _evidence(value)
    elif isinstance(record, list):
        for value in record:
            found += _evidence(value)
    return found


@pytest.mark.parametrize("lang", ["en", "fr", "fa"])
def test_word_soup_gives_valid_grounded_records(lang):
    pipe = Pipeline(extractor=["offline"], summarizer=["offline"])
    records, checked = [], 0
    for n, text in enumerate(soups(lang, seed=len(lang) + ord(lang[0]))):
        if not re.search(r"[^\W\d_]", text):
            continue  # no letters: an input error, tested elsewhere
        source = f"Title {n}\n\ndate 2025-03-12\n\n{text}"
        try:
            documents = pipe.parse(source)
        except InputError:
            continue  # all of it taken for a byline or boilerplate: a clean input error
        for document in documents:
            extraction = pipe.extract(document)
            summaries = pipe.summarize([document], [extraction])
            for record in (extraction, *summaries):
                as_dict = record.to_dict()
                records.append(as_dict)
                for evidence in _evidence(as_dict):
                    assert document.text[evidence["start"] : evidence["end"]] == evidence["text"]
                    checked += 1
    assert_valid(records)
    assert checked > SOUPS  # the soups give facts to check, not only empty records


@pytest.mark.parametrize("lang", ["en", "fr", "fa"])
def test_word_soup_straight_to_the_rules_never_raises(lang):
    """Without the parse stage's cleaning: sentences as the plain splitter finds them."""
    from offline_docs import make

    for text in soups(lang, seed=7):
        document = make(text, lang)
        extraction = extract_document(document)
        summarize_documents([document], [lang, "en"])
        assert all(f.evidence.text in text for f in extraction.figures)

"""Long documents: split on sentences within the budget, one call per chunk, merged."""

from __future__ import annotations

import re

import pytest
from llm_support import completion, extraction_reply, llm_pipeline, user_message

from polybrief.plugins.llm.chunking import split_document
from polybrief.records import Document
from polybrief.testing.fake_openai import FakeOpenAI
from polybrief.tokens import counter_for

from conftest import assert_valid

REFRAIN = "The minister said: «we stand together on the oceans»."


def long_text(sentences: int = 120) -> str:
    lines = []
    for n in range(1, sentences + 1):
        lines.append(f"Report {n}: the port of Bergen counted {n * 10} vessels on day {n}.")
        if n % 15 == 0:
            lines.append(REFRAIN)
    return " ".join(lines)


def chunk_reply(body):
    """Quote the refrain, and the first figure of the chunk; fail on the marked chunk."""
    if "polybrief_extraction" not in str(body.get("response_format")):
        return None  # the summary call: the fake's own reply
    text = user_message(body)
    if "Report 61:" in text:
        return completion(body, "this is not JSON")
    first = re.search(r"Report (\d+): the port of Bergen counted (\d+) vessels", text)
    figure = f"{first.group(2)} vessels"
    return completion(
        body,
        extraction_reply(
            quotes=[{"id": "q1", "text": "we stand together on the oceans", "speaker": "Minister"}],
            figures=[
                {
                    "id": "f1",
                    "text": figure,
                    "value": float(first.group(2)),
                    "unit": None,
                    "counts": "vessels",
                    "qualifier": None,
                }
            ],
        ),
    )


@pytest.fixture
def fake():
    with FakeOpenAI(responder=chunk_reply) as server:
        yield server


def test_split_keeps_sentences_whole_and_covers_the_text():
    text = long_text()
    document = Document.from_text(text, "long.txt")
    counter = counter_for("fake-model")
    chunks = split_document(document, counter, 300)
    assert len(chunks) > 3
    assert all(counter.budgeted(c.text) <= 300 for c in chunks)
    assert all(text[c.start : c.end] == c.text for c in chunks)
    assert all(c.text.endswith(".") for c in chunks)  # ends on a sentence boundary
    covered = "".join(c.text for c in chunks).replace(" ", "")
    assert covered == text.replace(" ", "")


def test_one_chunk_when_the_document_fits():
    document = Document.from_text("A short text. Two sentences.", "short.txt")
    assert len(split_document(document, counter_for("fake-model"), 300)) == 1


def test_a_sentence_longer_than_the_budget_is_cut_between_words():
    words = " ".join(f"word{n}" for n in range(600))
    document = Document.from_text(words, "run-on.txt")
    counter = counter_for("fake-model")
    chunks = split_document(document, counter, 200)
    assert len(chunks) >= 3
    assert all(counter.budgeted(c.text) <= 200 for c in chunks)
    assert " ".join(c.text.strip() for c in chunks).split() == words.split()


def test_long_document_merges_chunks_with_whole_document_offsets(fake):
    text = long_text()
    result = llm_pipeline(fake, chunk_tokens=300, reasks=1).run([text])
    assert_valid([r.to_dict() for r in result.records])
    (extraction,) = result.extractions
    chunk_calls = [r for r in fake.requests if "polybrief_extraction" in str(r)]
    assert len(chunk_calls) > 3
    # the refrain is quoted by every chunk and kept once
    assert [q.text for q in extraction.quotes] == ["we stand together on the oceans"]
    # one figure per chunk that worked, each located where that chunk is in the document
    starts = [f.evidence.start for f in extraction.figures]
    assert len(starts) >= 3 and starts == sorted(starts) and starts[-1] > len(text) // 2
    for figure in extraction.figures:
        assert figure.evidence.grounded
        assert text[figure.evidence.start : figure.evidence.end] == figure.text
    # the failed chunk leaves the others in place and the document says it is partial
    assert extraction.partial and result.report.documents.partial == 1
    assert any("failed: no valid reply after 1 re-ask" in n for n in extraction.notes)
    assert extraction.usage.reasks >= 1
    # summaries of a chunked document come from the merged facts, in one more call
    summary_calls = [r for r in fake.requests if "polybrief_summary" in str(r)]
    assert len(summary_calls) == 1
    assert result.summaries[0].summarizer == "openai"


def test_a_document_whose_every_chunk_fails_is_an_error(fake):
    fake.responder = lambda body: completion(body, "not JSON either")
    result = llm_pipeline(fake, chunk_tokens=300, reasks=0).run([long_text(40)])
    (error,) = result.errors
    assert "every part failed" in error.message and "part 1 of" in error.message

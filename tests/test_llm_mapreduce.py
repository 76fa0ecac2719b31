"""A group whose facts exceed the budget is summarized by parts, then as a whole; every
sentence still cites only grounded facts of member documents."""

from __future__ import annotations

import re

import pytest
from llm_support import ENGLISH, FRENCH, PERSIAN, completion, llm_pipeline

from polybrief.plugins.llm.mapreduce import budget_tokens
from polybrief.testing.fake_openai import FakeOpenAI
from polybrief.tokens import counter_for

from conftest import assert_valid

BUDGET = 400
_FENCED = re.compile(r'<facts id="(\w+)">\n(.*)\n</facts id="\1">', re.DOTALL)
_ID = re.compile(r"^([A-Z]\d+\.[a-z]+\d*) ", re.MULTILINE)


def listing(request: dict) -> str:
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    return _FENCED.search(user).group(2)


def is_summary(request: dict) -> bool:
    return "polybrief_summary" in str(request.get("response_format"))


def citing_summarizer(request: dict):
    """Summaries that cite the listed ids two by two, plus two sentences that cite what
    is not listed: an ungrounded quote of the first document and an unknown id."""
    if not is_summary(request):
        return None  # extraction: the fake's own reply (quotes invented: not grounded)
    ids = _ID.findall(listing(request))
    sentences = [
        {"text": f"Sentence on {' and '.join(pair)}.", "facts": list(pair)}
        for pair in zip(ids[::2], ids[1::2] + ids[-1:], strict=False)
    ]
    sentences += [
        {"text": "The minister said what no source says.", "facts": ["D1.q1"]},
        {"text": "Nothing supports this.", "facts": ["X9.z1"]},
    ]
    schema = request["response_format"]["json_schema"]["schema"]
    targets = schema["properties"]["summaries"]["required"]
    return completion(request, {"summaries": {t: sentences for t in targets}})


@pytest.fixture
def group():
    """A fake that summarizes by citing, a pipeline, and three documents with facts."""
    with FakeOpenAI(default="invented_quotes", responder=citing_summarizer) as fake:
        pipe = llm_pipeline(fake, chunk_tokens=BUDGET, to=["en", "fr"])
        documents = pipe.parse([ENGLISH, PERSIAN, FRENCH])
        extractions = [pipe.extract(d) for d in documents]
        yield fake, pipe, documents, extractions


def grounded_spans(extractions) -> set[tuple[str, int, int]]:
    return {
        (x.document.id, e.start, e.end) for x in extractions for e in x.evidences() if e.grounded
    }


def test_over_the_budget_the_facts_are_summarized_by_parts_then_as_a_whole(group):
    fake, pipe, documents, extractions = group
    before = fake.calls
    summaries = pipe.summarize(documents, extractions, targets=["en", "fr"])
    requests = fake.requests[before:]
    assert all(is_summary(r) for r in requests)
    *maps, reduce = requests
    assert len(maps) >= 2
    assert summaries[0].usage.calls == len(requests) and summaries[1].usage is None
    assert_valid([s.to_dict() for s in summaries])

    counter = counter_for("fake-model")
    whole = llm_pipeline(fake, to=["en"])  # the default budget: the same facts in one call
    whole.summarize(documents, extractions, targets=["en"])
    all_ids = set(_ID.findall(listing(fake.requests[-1])))
    mapped: set[str] = set()
    for request in maps:
        lines = listing(request).split("\n")
        assert budget_tokens(counter, lines) <= BUDGET
        assert "quote by" not in listing(request)  # invented quotes are never listed
        mapped |= {i for i in _ID.findall(listing(request)) if i.startswith("D")}
    assert mapped == all_ids  # no fact left out (later rounds condense the P lines)
    reduced = listing(reduce)
    assert re.search(r"^P\d+\.s1 \(D", reduced, re.MULTILINE)
    assert not re.search(r"^D\d\.", reduced, re.MULTILINE)  # no fact itself: summaries of them

    ids = {d.id for d in documents}
    spans = grounded_spans(extractions)
    for summary in summaries:
        assert summary.sentences
        assert (
            "map-reduce" in summary.note and "partial summary sentence(s) left out" in summary.note
        )
        for sentence in summary.sentences:
            assert "no source says" not in sentence.text and "Nothing supports" not in sentence.text
            assert sentence.sources and {r.document for r in sentence.sources} <= ids
            assert {(r.document, r.start, r.end) for r in sentence.sources} <= spans


def test_a_group_within_the_budget_is_one_call(group):
    fake, pipe, documents, extractions = group
    before = fake.calls
    (summary,) = llm_pipeline(fake).summarize(documents, extractions, targets=["en"])
    assert fake.calls == before + 1 and summary.usage.calls == 1
    assert "map-reduce" not in (summary.note or "")


def test_a_part_that_fails_leaves_the_others(group):
    fake, _, documents, extractions = group
    fake.responder = None  # the fake's own summaries, which cite the first listed facts
    pipe = llm_pipeline(fake, chunk_tokens=BUDGET, jobs=1, cache=False)
    before = fake.calls
    fake.queue("refusal")  # the first part
    (summary,) = pipe.summarize(documents, extractions, targets=["en"])
    assert "part 1 of" in summary.note and "the model refused" in summary.note
    assert summary.sentences and summary.usage.calls == fake.calls - before
    assert "P1.s" not in listing(fake.requests[-1])


def test_a_rerun_of_map_reduce_costs_no_call(group):
    fake, pipe, documents, extractions = group
    first = pipe.summarize(documents, extractions, targets=["en"])
    calls = fake.calls
    again = llm_pipeline(fake, chunk_tokens=BUDGET, to=["en", "fr"])
    second = again.summarize(documents, extractions, targets=["en"])
    assert fake.calls == calls
    assert [s.sentences for s in second] == [s.sentences for s in first]
    assert second[0].usage.calls == 0 and second[0].usage.cache_hits > 2  # maps and reduce


def test_a_dry_run_counts_every_part_without_calling(group):
    fake, pipe, documents, extractions = group
    pipe.context = pipe.context.replace(dry_run=True)
    before = fake.calls
    (summary,) = pipe.summarize(documents, extractions, targets=["en"])
    assert fake.calls == before
    assert summary.usage.estimated and summary.usage.calls >= 3
    assert summary.note.startswith("Dry run")

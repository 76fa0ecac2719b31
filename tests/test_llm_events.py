"""``polybrief run`` with the LLM: event records whose briefs the LLM writes, one call per
event of several reports, none for an event of one report, none on a rerun."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from llm_support import PERSIAN, llm_pipeline

from polybrief.testing.fake_openai import FakeOpenAI
from polybrief.testing.prepared import PreparedReplies

from conftest import FIXTURES, assert_valid, jsonl

EVENTS = FIXTURES / "events"
REPORTS = EVENTS / "reports"
GOLD = json.loads((EVENTS / "gold.json").read_text("utf-8"))["events"]
CALL = GOLD["iran-france-call-2025-02-10"]
VISIT = GOLD["egypt-turkey-visit-2025-03-04"]
ALONE = "35_en.txt"


@pytest.fixture
def fake(monkeypatch):
    """The fake server answering each gold report as a competent model would."""
    with FakeOpenAI(replies=PreparedReplies.load(EVENTS / "llm_replies.jsonl")) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        yield server


def purposes(fake: FakeOpenAI) -> Counter[str]:
    names = {"polybrief_extraction": "extract", "polybrief_summary": "summarize"}
    return Counter(
        names.get(r["response_format"]["json_schema"]["name"], "other") for r in fake.requests
    )


def run(cli, out: Path, *files: Path, extra: tuple[str, ...] = ()) -> list[dict]:
    result = cli("run", *files, "--to", "en,fr", "--model", "fake-model", "-o", out, *extra)
    assert result.exit_code == 0, result.output
    return jsonl(out.read_text("utf-8"))


def test_run_writes_events_briefed_by_the_llm_with_one_call_per_event(fake, cli, tmp_path):
    files = [REPORTS / name for name in [*CALL, *VISIT, ALONE]]
    records = run(cli, tmp_path / "run.jsonl", *files)
    assert_valid(records)
    events = [r for r in records if r["kind"] == "event"]
    members = sorted(sorted(Path(m["source"]).name for m in e["documents"]) for e in events)
    assert members == sorted([sorted(CALL), sorted(VISIT), [ALONE]])
    # one extraction call per report, one summary call per event of several reports
    assert purposes(fake) == {"extract": len(files), "summarize": 2}
    report = records[-1]
    assert report["kind"] == "run_report" and report["usage"]["calls"] == fake.calls
    assert report["stages"]["extract"] == ["openai"] and report["events"] == 3

    summaries = {(r["documents"][0], r["target"]): r for r in records if r["kind"] == "summary"}
    for event in events:
        ids = {m["id"] for m in event["documents"]}
        assert [b["target"] for b in event["briefs"]] == ["en", "fr"]
        for brief in event["briefs"]:
            assert brief["summarizer"] == "openai" and brief["lang"] == brief["target"]
            assert brief["summary"] and brief["headline"]
            for sentence in brief["summary"]:
                assert {s["document"] for s in sentence["sources"]} <= ids
        if len(ids) == 1:  # the document's own summary, written by its extraction call
            (document,) = ids
            english = next(b for b in event["briefs"] if b["target"] == "en")
            assert english["summary"] == [
                {**s, "sources": [dict(r, text=None) for r in s["sources"]]}
                for s in summaries[document, "en"]["sentences"]
            ]
            assert "usage" not in event or not event["usage"]
        else:
            assert event["usage"]["calls"] == 1


def test_a_rerun_costs_no_call_and_gives_the_same_events(fake, cli, tmp_path):
    files = [REPORTS / name for name in [*VISIT, ALONE]]
    first = run(cli, tmp_path / "first.jsonl", *files)
    calls = fake.calls
    assert calls == len(files) + 1
    second = run(cli, tmp_path / "second.jsonl", *files)
    assert fake.calls == calls
    assert second[-1]["usage"]["calls"] == 0
    assert second[-1]["usage"]["cache_hits"] == calls

    def briefs(records: list[dict]) -> list:
        return [(r["id"], r["briefs"]) for r in records if r["kind"] == "event"]

    assert briefs(second) == briefs(first)


def test_an_event_of_one_long_report_reuses_its_summary(fake, cli, tmp_path):
    """A report too long for one call is extracted by parts and summarized by more calls;
    its event reuses that summary, and the run counts each call once."""
    records = run(cli, tmp_path / "long.jsonl", PERSIAN, extra=("--set", "chunk_tokens=200"))
    assert_valid(records)
    (event,) = [r for r in records if r["kind"] == "event"]
    (extraction,) = [r for r in records if r["kind"] == "extraction"]
    english = next(r for r in records if r["kind"] == "summary" and r["target"] == "en")
    parts = int(next(n for n in extraction["notes"] if "parts of at most" in n).split()[4])
    assert purposes(fake)["extract"] == parts > 1
    assert english["usage"]["calls"] == purposes(fake)["summarize"]
    assert not event.get("usage")
    assert records[-1]["usage"]["calls"] == fake.calls
    brief = next(b for b in event["briefs"] if b["target"] == "en")
    assert brief["summarizer"] == "openai"
    assert [s["text"] for s in brief["summary"]] == [s["text"] for s in english["sentences"]]


def test_the_llm_extractor_groups_the_gold_corpus_as_the_gold_says(fake):
    reports = sorted(REPORTS.glob("*.txt"))
    result = llm_pipeline(fake, events=True, jobs=4).run(reports)
    assert not result.errors
    found = sorted(sorted(Path(m.source).name for m in e.documents) for e in result.events)
    assert found == sorted(sorted(members) for members in GOLD.values())
    several = sum(len(members) > 1 for members in GOLD.values())
    assert purposes(fake) == {"extract": len(reports), "summarize": several}


def test_events_are_summarized_concurrently_when_the_summarizer_waits(fake):
    fake.delay = 0.4  # each reply takes this long: one at a time, summaries arrive this far apart
    reports = sorted(REPORTS.glob("*.txt"))
    result = llm_pipeline(fake, events=True, jobs=4).run(reports)
    assert not result.errors
    summary_times = sorted(
        t
        for t, r in zip(fake.times, fake.requests, strict=True)
        if r["response_format"]["json_schema"]["name"] == "polybrief_summary"
    )
    gaps = [b - a for a, b in zip(summary_times, summary_times[1:], strict=False)]
    assert len(summary_times) > 4 and min(gaps) < 0.2  # several were in flight at once
    dates = [e.date.date for e in result.events if e.date]
    assert dates == sorted(dates)  # and the events still come in date order

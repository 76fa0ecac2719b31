"""The fake server answers with replies prepared per document, fitted to each request."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from llm_support import ENGLISH, PERSIAN, extraction_reply, llm_pipeline

from polybrief.testing.fake_openai import FakeOpenAI
from polybrief.testing.prepared import PreparedReplies, document_key, empty, fit

from conftest import FIXTURES, ROOT, assert_valid

EVENTS = FIXTURES / "events"
CALL = "Norway's Foreign Minister Kari Nordvik"


def nordvik_reply() -> dict:
    return extraction_reply(
        event={
            "type": "phone_call",
            "participants": [
                {
                    "id": "p1",
                    "name": "Kari Nordvik",
                    "native_name": "Kari Nordvik",
                    "role": "foreign minister",
                    "country": "NO",
                    "gender": "f",
                    "evidence": CALL,
                }
            ],
        },
        summaries={
            "en": [{"text": "Kari Nordvik took part in a call.", "facts": ["p1"]}],
            "de": [{"text": "Kari Nordvik telefonierte.", "facts": ["p1"]}],
        },
    )


def test_a_reply_prepared_for_a_phrase_answers_that_document_only():
    replies = PreparedReplies()
    replies.add(nordvik_reply(), marker="norway's foreign   minister kari nordvik", name="call")
    with FakeOpenAI(replies=replies) as fake:
        result = llm_pipeline(fake, to=["en", "fr"]).run([ENGLISH, PERSIAN])
    assert_valid([r.to_dict() for r in result.records])
    english, persian = result.extractions
    (participant,) = english.event.participants
    assert (participant.name, participant.country, participant.evidence.grounded) == (
        "Kari Nordvik",
        "NO",
        True,
    )
    assert persian.event.participants[0].name != "Kari Nordvik"  # the fake's own reply
    assert replies.used == {"call": 1} and len(replies.missed) == 1
    by_target = {s.target: s for s in result.summaries if s.documents == [english.document.id]}
    assert [s.text for s in by_target["en"].sentences] == ["Kari Nordvik took part in a call."]
    assert by_target["fr"].sentences == []  # asked for, not prepared: empty, still valid


def test_a_prepared_extraction_never_answers_a_summary_request():
    replies = PreparedReplies()
    replies.add(nordvik_reply(), marker="Kari Nordvik")
    with FakeOpenAI(replies=replies) as fake:
        pipe = llm_pipeline(fake)
        documents = pipe.parse([ENGLISH, PERSIAN])
        extractions = [pipe.extract(d) for d in documents]
        assert replies.used and not replies.missed[1:]
        pipe.summarize(documents, extractions, targets=["en"])
        listing = fake.requests[-1]["messages"][1]["content"]
    assert "participant: Kari Nordvik" in listing  # the group's facts hold the marker…
    assert sum(replies.used.values()) == 1  # …but the summary schema asks for other keys


def test_a_reply_prepared_for_a_whole_text_is_found_by_its_hash():
    replies = PreparedReplies()
    with FakeOpenAI(replies=replies) as fake:
        pipe = llm_pipeline(fake)
        (document,) = pipe.parse([ENGLISH])
        replies.add(nordvik_reply(), document=document.text)
        extraction = pipe.extract(document)
    assert extraction.event.participants[0].name == "Kari Nordvik"
    assert replies.entries[0].sha256 == document_key(" ".join(document.text.split()))


def test_prepared_replies_survive_a_reask():
    replies = PreparedReplies()
    replies.add(nordvik_reply(), marker=CALL)
    with FakeOpenAI(replies=replies) as fake:
        fake.queue("invalid_json")
        extraction = llm_pipeline(fake).extract(llm_pipeline(fake).parse([ENGLISH])[0])
        assert fake.calls == 2
    assert extraction.event.participants[0].name == "Kari Nordvik"


def test_replies_load_from_json_lines_and_broken_lines_are_named(tmp_path):
    good = tmp_path / "replies.jsonl"
    good.write_text(json.dumps({"marker": CALL, "reply": {"lines": []}}) + "\n\n", "utf-8")
    assert len(PreparedReplies.load(good).entries) == 1
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"marker": "x", "reply": {}}\n{"marker": "y"}\n', "utf-8")
    with pytest.raises(ValueError, match=r"broken\.jsonl:2: not a prepared reply"):
        PreparedReplies.load(broken)
    with pytest.raises(ValueError, match="marker or the document"):
        PreparedReplies().add({}, marker="a", document="b")


def test_fit_trims_and_completes_to_the_schema():
    schema = {
        "type": "object",
        "additionalProperties": False,
        "required": ["a", "b", "c"],
        "properties": {
            "a": {"type": ["string", "null"]},
            "b": {"type": "array", "items": {"$ref": "#/$defs/item"}},
            "c": {"type": "object", "additionalProperties": False, "properties": {}},
        },
        "$defs": {
            "item": {
                "type": "object",
                "additionalProperties": False,
                "required": ["x"],
                "properties": {"x": {"type": "integer"}},
            }
        },
    }
    value = {"b": [{"x": 1, "y": 2}, {}], "c": {"fr": []}, "z": True}
    assert fit(value, schema, schema) == {"b": [{"x": 1}, {"x": 0}], "c": {}, "a": None}
    assert empty({"type": "string", "enum": ["day", "month"]}, schema) == "day"


def test_the_gold_replies_are_built_from_the_table_and_the_reports():
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_event_replies.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_every_gold_report_gets_its_prepared_reply_grounded():
    replies = PreparedReplies.load(EVENTS / "llm_replies.jsonl")
    reports = sorted((EVENTS / "reports").glob("*.txt"))
    with FakeOpenAI(replies=replies) as fake:
        pipe = llm_pipeline(fake, jobs=4)
        extractions = [pipe.extract(d) for d in pipe.parse(reports)]
    assert sorted(replies.used) == [r.name for r in reports]
    assert set(replies.used.values()) == {1} and not replies.missed
    evidence = [e for x in extractions for e in x.evidences()]
    assert evidence and all(e.grounded for e in evidence)
    persian = next(x for x in extractions if x.document.source.endswith("03_fa.txt"))
    names = {(p.name, p.native_name, p.country) for p in persian.event.participants}
    assert names == {
        ("Dariush Amir-Kabiri", "داریوش امیرکبیری", "IR"),
        ("Claire Delmas", "کلر دلماس", "FR"),
    }

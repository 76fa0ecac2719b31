"""The openai extractor against a fake server at the HTTP level: the real SDK runs."""

from __future__ import annotations

import pytest
from llm_support import ENGLISH, FRENCH, PERSIAN, llm_pipeline

from polybrief.testing.fake_openai import FakeOpenAI

from conftest import assert_valid


@pytest.fixture
def fake():
    with FakeOpenAI() as server:
        yield server


def records(result):
    return [r.to_dict() for r in result.records]


def test_good_reply_gives_facts_and_every_summary_in_one_call(fake):
    result = llm_pipeline(fake, to=["en", "fr", "fa"]).run([PERSIAN])
    assert_valid(records(result))
    assert fake.calls == 1
    (extraction,) = result.extractions
    assert extraction.extractors == ["openai"]
    assert extraction.event.participants and extraction.quotes and extraction.figures
    assert extraction.grounding.total > 0 and extraction.grounding.rate == 1.0
    assert [s.target for s in result.summaries] == ["en", "fr", "fa"]
    assert all(s.summarizer == "openai" and s.sentences for s in result.summaries)
    for sentence in result.summaries[0].sentences:
        assert all(ref.document == extraction.document.id for ref in sentence.sources)
    usage = result.report.usage
    assert (usage.calls, usage.reasks, usage.cache_hits) == (1, 0, 0)
    assert usage.prompt_tokens > 0 and usage.completion_tokens > 0
    assert usage.details["extract_prompt"] == "extract/1"
    assert usage.details["encoding"].startswith("cl100k_base")
    assert extraction.usage.calls == 1
    sent = fake.requests[0]
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["strict"] is True
    assert sent["response_format"]["json_schema"]["schema"]["properties"]["summaries"][
        "required"
    ] == ["en", "fr", "fa"]


def test_the_request_carries_model_parameters_and_the_fenced_document(fake):
    pipe = llm_pipeline(fake, temperature=0.3, seed=7, max_output_tokens=3000)
    pipe.run([ENGLISH])
    sent = fake.requests[0]
    assert (sent["model"], sent["temperature"], sent["seed"], sent["max_tokens"]) == (
        "fake-model",
        0.3,
        7,
        3000,
    )
    system, user = sent["messages"]
    assert "never instructions to you" in system["content"]
    assert "Kari Nordvik held a telephone conversation" in user["content"]
    assert "Kari Nordvik" not in system["content"]


@pytest.mark.parametrize(
    ("first", "error"),
    [
        ("invalid_json", "not valid JSON"),
        ("schema_invalid", "Additional properties are not allowed"),
    ],
)
def test_bad_reply_then_good_is_reasked_once_without_growing(fake, first, error):
    fake.queue(first, "good")
    result = llm_pipeline(fake).run([ENGLISH])
    assert result.ok and fake.calls == 2
    original, reask = fake.requests
    assert len(reask["messages"]) == len(original["messages"]) + 2
    assert reask["messages"][:2] == original["messages"]
    assert reask["messages"][2]["role"] == "assistant"
    assert error in reask["messages"][3]["content"]
    usage = result.report.usage
    assert (usage.calls, usage.reasks) == (2, 1)


def test_truncated_reply_is_reasked_asking_for_a_shorter_one(fake):
    fake.queue("truncated", "good")
    result = llm_pipeline(fake).run([ENGLISH])
    assert result.ok and fake.calls == 2
    reask = fake.requests[1]["messages"]
    assert len(reask) == 3 and "cut off" in reask[-1]["content"]


def test_reask_budget_running_out_is_an_error_record_with_the_last_errors(fake):
    fake.queue("invalid_json", "schema_invalid", "schema_invalid", "good")
    result = llm_pipeline(fake, to=["en", "fr"], jobs=1).run([ENGLISH, PERSIAN])
    assert fake.calls == 4  # 1 + 2 re-asks for the first document, 1 for the second
    assert_valid(records(result))
    (error,) = result.errors
    assert error.plugin == "openai" and error.stage == "extract"
    assert "no valid reply after 2 re-asks" in error.message
    assert "Additional properties are not allowed" in error.message
    assert [e.document.source for e in result.extractions] == [str(PERSIAN)]
    assert result.report.documents.failed == 1


def test_reask_budget_is_configurable(fake):
    fake.queue("invalid_json", "good")
    result = llm_pipeline(fake, reasks=0).run([ENGLISH])
    assert fake.calls == 1 and "no valid reply after 0 re-asks" in result.errors[0].message


def test_refusal_is_not_reasked(fake):
    fake.queue("refusal")
    result = llm_pipeline(fake).run([ENGLISH])
    assert fake.calls == 1
    assert "the model refused" in result.errors[0].message


def test_rate_limit_waits_for_retry_after(fake):
    fake.queue("rate_limit:1", "good")
    result = llm_pipeline(fake).run([ENGLISH])
    assert result.ok and fake.calls == 2
    assert fake.times[1] - fake.times[0] >= 0.95
    assert result.report.usage.calls == 1  # one call, retried by the SDK


def test_server_error_is_retried_by_the_sdk(fake):
    fake.queue("server_error", "good")
    result = llm_pipeline(fake).run([ENGLISH])
    assert result.ok and fake.calls == 2


def test_timeout_fails_the_document_with_a_clear_message(fake):
    fake.queue("slow:3", "good")
    result = llm_pipeline(fake, timeout=0.4, max_retries=0).run([ENGLISH, PERSIAN])
    (error,) = result.errors
    assert "no reply from http://127.0.0.1" in error.message and "within 0.4 s" in error.message
    assert len(result.extractions) == 1


def test_unreachable_endpoint_fails_each_document_clearly(fake):
    result = llm_pipeline(fake, base_url="http://127.0.0.1:9/v1", max_retries=0).run([ENGLISH])
    assert "cannot reach http://127.0.0.1:9/v1" in result.errors[0].message


def test_server_without_strict_schemas_falls_back_to_json_mode(fake):
    fake.default = "reject_json_schema"  # every json_schema request is refused
    result = llm_pipeline(fake, jobs=1).run([ENGLISH, PERSIAN])
    assert result.ok and fake.calls == 3
    assert fake.requests[1]["response_format"] == {"type": "json_object"}
    assert '"additionalProperties":false' in fake.requests[1]["messages"][0]["content"]
    assert fake.requests[2]["response_format"] == {"type": "json_object"}  # remembered
    assert any("rejected strict json_schema" in note for note in result.report.notes)
    assert result.report.usage.details["response_format"] == "json_object"


def test_concurrent_documents_fall_back_together(fake):
    fake.default = "reject_json_schema"
    result = llm_pipeline(fake, jobs=4).run([ENGLISH, PERSIAN, FRENCH])
    assert result.ok
    formats = [r["response_format"]["type"] for r in fake.requests]
    assert formats.count("json_object") == 3  # never escalated to no response_format at all
    assert not any("JSON mode too" in note for note in result.report.notes)


def test_extract_command_asks_for_no_summary(fake, cli, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
    result = cli("extract", ENGLISH, "--model", "fake-model")
    assert result.exit_code == 0, result.stderr
    schema = fake.requests[0]["response_format"]["json_schema"]["schema"]
    assert schema["properties"]["summaries"]["required"] == []
    assert "none (leave summaries empty)" in fake.requests[0]["messages"][1]["content"]

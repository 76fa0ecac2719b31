"""The reply schemas suit OpenAI strict mode; the fake answers in whatever schema it gets."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from polybrief.plugins.llm.replies import reply_errors, reply_schema, strict_problems
from polybrief.testing.fake_openai import FakeOpenAI
from polybrief.testing.schema_fill import fill
from polybrief.validation import load_schema

REPLIES = ("llm_extraction", "llm_summary", "llm_translation")


@pytest.mark.parametrize("name", REPLIES)
def test_reply_schemas_are_valid_for_strict_structured_outputs(name):
    for targets in ([], ["en"], ["en", "fr", "fa"]):
        schema = reply_schema(name, targets)
        assert strict_problems(schema) == []
        assert not any(key.startswith("$") for key in schema)
    for shape in load_schema(name).get("$defs", {}).values():
        assert strict_problems(shape) == []


def test_summaries_are_required_for_exactly_the_targets():
    schema = reply_schema("llm_extraction", ["en", "fa"])
    summaries = schema["properties"]["summaries"]
    assert summaries["required"] == ["en", "fa"] and list(summaries["properties"]) == ["en", "fa"]
    assert load_schema("llm_extraction")["$defs"] == load_schema("llm_summary")["$defs"]


def test_strict_checker_finds_what_openai_would_reject():
    loose = {
        "type": "object",
        "properties": {"a": {"type": "string", "minLength": 1}, "b": {"type": "integer"}},
        "required": ["a"],
    }
    problems = strict_problems(loose)
    assert any("additionalProperties" in p for p in problems)
    assert any("every property must be required" in p for p in problems)
    assert any("'minLength'" in p for p in problems)


@pytest.mark.parametrize("name", REPLIES)
def test_filled_replies_validate(name):
    schema = reply_schema(name, ["en", "fr"])
    source = "Norway and Indonesia spoke by phone. The minister said: «we stand together»."
    assert reply_errors(fill(schema, source), schema) == []


def _post(url: str, body: dict, key: str | None = None) -> tuple[int, dict, dict]:
    request = urllib.request.Request(
        url + "/chat/completions",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {key or 'x'}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read())


def test_fake_behaviours_in_order_then_the_default():
    schema = reply_schema("llm_translation")
    body = {
        "model": "m",
        "messages": [{"role": "user", "content": '<text id="ab">\nOne.\nTwo.\n</text id="ab">'}],
        "response_format": {"type": "json_schema", "json_schema": {"schema": schema}},
    }
    with FakeOpenAI(api_key="k") as fake:
        fake.queue("rate_limit:3", "server_error", "refusal", "truncated")
        status, headers, _ = _post(fake.url, body, "k")
        assert (status, headers["Retry-After"]) == (429, "3")
        assert _post(fake.url, body, "k")[0] == 500
        refusal = _post(fake.url, body, "k")[2]["choices"][0]["message"]
        assert refusal["content"] is None and refusal["refusal"]
        truncated = _post(fake.url, body, "k")[2]["choices"][0]
        assert truncated["finish_reason"] == "length"
        good = _post(fake.url, body, "k")[2]
        content = json.loads(good["choices"][0]["message"]["content"])
        assert content == {"lines": ["[translated] One.", "[translated] Two."]}
        assert good["usage"]["prompt_tokens"] > 0
        assert _post(fake.url, body, "wrong")[0] == 401
        assert fake.calls == 6
        with pytest.raises(ValueError, match="unknown behaviour"):
            fake.queue("explode")

"""Helpers for the tests of the openai plugin: a pipeline pointed at the fake server, and a
responder that answers with a hand-written reply."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from polybrief import Pipeline
from polybrief.testing.fake_openai import Answer, FakeOpenAI

from conftest import EXAMPLES

ENGLISH = EXAMPLES / "en_norway_indonesia_call.txt"
PERSIAN = EXAMPLES / "fa_norway_indonesia.txt"
FRENCH = EXAMPLES / "fr_norvege_indonesie.md"


def llm_pipeline(fake: FakeOpenAI, **settings: Any) -> Pipeline:
    """A pipeline whose openai plugin talks to ``fake``; settings override the defaults."""
    defaults = {
        "base_url": fake.url,
        "model": "fake-model",
        "to": ["en"],
        "timeout": 10.0,
        "max_retries": 2,
        "events": False,  # per-document behaviour; event summaries are tested on their own
    }
    return Pipeline(**{**defaults, **settings})


def completion(body: dict[str, Any], data: Any, finish: str = "stop") -> Answer:
    """A chat completion answering ``body`` with ``data`` as its JSON content."""
    content = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    choice = {
        "index": 0,
        "message": {"role": "assistant", "content": content},
        "finish_reason": finish,
    }
    return Answer(
        {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 0,
            "model": body.get("model", "fake-model"),
            "choices": [choice],
            "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
        }
    )


def replying(make: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], Answer]:
    """A responder for :class:`FakeOpenAI` that answers every request with ``make(body)``."""
    return lambda body: completion(body, make(body))


def user_message(body: dict[str, Any]) -> str:
    return next(m["content"] for m in body["messages"] if m["role"] == "user")


def extraction_reply(**facts: Any) -> dict[str, Any]:
    """A complete extraction reply with empty facts, filled in by ``facts``."""
    reply: dict[str, Any] = {
        "event": {
            "type": None,
            "evidence": None,
            "date": {"text": None, "iso": None, "precision": None, "calendar": "gregorian"},
            "participants": [],
            "places": [],
            "topics": [],
        },
        "quotes": [],
        "figures": [],
        "entities": [],
        "dates": [],
        "summaries": {},
    }
    event = facts.pop("event", {})
    reply["event"].update(event)
    reply.update(facts)
    return reply

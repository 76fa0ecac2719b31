"""Ask for a reply in a schema: cache first, then the endpoint, re-asking on bad replies.

A reply that is not JSON, fails its schema, fails a further check, or was cut off at the
token limit is asked again, within the ``reasks`` budget. A re-ask sends the original
messages, the last bad reply and one short message listing its errors: nothing older, so
the conversation never grows past one exchange. A refusal is not re-asked. Only a valid
reply is stored in the cache; a dry run counts tokens and prices them without calling.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from polybrief.records import Usage

from .endpoint import EndpointError, Reply
from .replies import reply_errors
from .runtime import Runtime

Check = Callable[[dict[str, Any]], list[str]]

REASK = (
    "Your reply above is not valid:\n{errors}\n"
    "Reply again with the complete JSON object only, following the schema exactly."
)
REASK_TRUNCATED = (
    "Your previous reply was cut off at the length limit before the JSON object was "
    "complete. Reply again with the complete JSON object, shorter: fewer entities and dates, "
    "evidence of a few words, two sentences per summary."
)


@dataclass
class Request:
    """One structured question: messages, the reply schema, and any further check."""

    purpose: str
    """``extract``, ``summarize`` or ``translate``: names the prompt in the report."""
    messages: list[dict[str, str]]
    schema: dict[str, Any]
    schema_name: str
    prompt_version: str
    check: Check | None = None
    expected_output: int = 0
    """Completion tokens a dry run assumes."""


@dataclass
class Answer:
    data: dict[str, Any] | None
    """The valid reply; None in a dry run."""
    usage: Usage


@dataclass
class AskFailed(Exception):  # noqa: N818 - reads as what happened
    """No valid reply within the budget, or a refusal; usage says what it cost anyway."""

    reason: str
    usage: Usage = field(default_factory=Usage)

    def __str__(self) -> str:
        return self.reason


def ask(runtime: Runtime, cache: Any, request: Request, dry_run: bool = False) -> Answer:
    """A valid reply to ``request``; raises :class:`AskFailed` when none could be had."""
    from polybrief.cache import cache_key

    usage = _usage(runtime, request)
    key = cache_key(
        model=runtime.model,
        messages=request.messages,
        schema=request.schema,
        parameters=runtime.parameters(),
    )
    stored = cache.get(key)
    if stored is not None:
        data = _parse(stored.get("content"), request)[0]
        if data is not None:
            usage.cache_hits = 1
            usage.cost = 0.0 if runtime.price else None
            return Answer(data, usage)
    if dry_run:
        return Answer(None, _estimate(runtime, request, usage))
    endpoint = runtime.endpoint
    messages = request.messages
    errors: list[str] = []
    for attempt in range(runtime.reasks + 1):
        try:
            reply = endpoint.complete(messages, request.schema, request.schema_name)
        except EndpointError as exc:
            raise AskFailed(str(exc), _finish(runtime, usage)) from None
        usage.calls += 1
        usage.reasks += attempt > 0
        usage.prompt_tokens += _tokens(reply.prompt_tokens, runtime, messages)
        usage.completion_tokens += _tokens(reply.completion_tokens, runtime, reply.content)
        if reply.refusal:
            raise AskFailed(f"the model refused: {reply.refusal}", _finish(runtime, usage))
        data, errors = _judge(reply, request)
        if data is not None:
            cache.put(key, {"content": reply.content, "model": runtime.model})
            return Answer(data, _finish(runtime, usage))
        messages = _reask(request.messages, reply, errors)
    budget = f"{runtime.reasks} re-ask{'s' if runtime.reasks != 1 else ''}"
    raise AskFailed(
        f"no valid reply after {budget}; last errors: " + "; ".join(errors),
        _finish(runtime, usage),
    )


def _judge(reply: Reply, request: Request) -> tuple[dict[str, Any] | None, list[str]]:
    if reply.finish_reason == "length":
        return None, ["the reply was cut off at the token limit (finish_reason length)"]
    if not reply.content:
        return None, ["the reply was empty"]
    return _parse(reply.content, request)


def _parse(content: Any, request: Request) -> tuple[dict[str, Any] | None, list[str]]:
    if not isinstance(content, str):
        return None, ["the reply was empty"]
    try:
        data = json.loads(_unfence(content))
    except json.JSONDecodeError as exc:
        return None, [f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"]
    errors = reply_errors(data, request.schema)
    if not errors and request.check is not None:
        errors = request.check(data)
    return (None, errors) if errors else (data, [])


def _unfence(content: str) -> str:
    """JSON mode replies sometimes come wrapped in a Markdown code fence."""
    text = content.strip()
    if text.startswith("```") and text.endswith("```"):
        text = text[3:-3]
        text = text[4:] if text.startswith("json") else text
    return text


def _reask(original: list[dict[str, str]], reply: Reply, errors: list[str]) -> list[dict[str, str]]:
    """The original messages, the last bad reply and its errors: never anything older."""
    if reply.finish_reason == "length" or not reply.content:
        return [*original, {"role": "user", "content": REASK_TRUNCATED}]
    listed = "\n".join(f"- {error}" for error in errors)
    return [
        *original,
        {"role": "assistant", "content": reply.content},
        {"role": "user", "content": REASK.format(errors=listed)},
    ]


def _tokens(reported: int | None, runtime: Runtime, text: Any) -> int:
    """The server's count when it gives one, else ours."""
    if reported is not None:
        return reported
    if isinstance(text, list):
        return runtime.counter.count_messages(text)
    return runtime.counter.count(text or "")


def _usage(runtime: Runtime, request: Request) -> Usage:
    details = {
        "model": runtime.model,
        f"{request.purpose}_prompt": request.prompt_version,
        "encoding": runtime.counter.label,
    }
    return Usage(details=details)


def _finish(runtime: Runtime, usage: Usage) -> Usage:
    if runtime.price is not None:
        usage.cost = runtime.price.cost(usage.prompt_tokens, usage.completion_tokens)
    usage.details.setdefault("response_format", runtime.endpoint.mode)
    return usage


def _estimate(runtime: Runtime, request: Request, usage: Usage) -> Usage:
    """A dry run's forecast: the prompt counted, the completion guessed from its size."""
    usage.calls = 1
    usage.estimated = True
    usage.prompt_tokens = runtime.counter.count_messages(request.messages)
    usage.completion_tokens = min(runtime.max_output_tokens, request.expected_output)
    if runtime.price is not None:
        usage.cost = runtime.price.cost(usage.prompt_tokens, usage.completion_tokens)
    return usage

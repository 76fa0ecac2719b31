"""A fake OpenAI-compatible server on 127.0.0.1, for tests, benchmarks and plugin authors.

It speaks ``POST /v1/chat/completions`` (and ``GET /v1/models``) over real HTTP, so the
``openai`` SDK's own request building, retries and parsing run for real. A good reply is
made from the JSON Schema the request carries (``response_format`` of type
``json_schema``, or in JSON mode the schema found in the system message), with strings
taken verbatim from the fenced document (see :mod:`polybrief.testing.schema_fill`), or
with a reply written in advance for the document the request carries (``replies``, see
:mod:`polybrief.testing.prepared`): what a competent model would say.

It can also answer badly, on demand, request by request::

    with FakeOpenAI(delay=0.2) as server:          # every reply takes 0.2 s
        server.queue("invalid_json", "good")       # the next two requests, in order
        ...  # point base_url at server.url
        assert server.calls == 2

Behaviours: ``good``; ``invalid_json``; ``schema_invalid`` (valid JSON, wrong shape);
``truncated`` (half a reply, ``finish_reason`` ``length``); ``refusal``;
``invented_quotes`` (quotes that are not in the document); ``rate_limit[:SECONDS]`` (429
with ``Retry-After``); ``server_error`` (500); ``slow[:SECONDS]`` (a good reply, late);
``reject_json_schema`` (400 for strict structured output; JSON mode works);
``unauthorized`` (401 whose message repeats the key it was sent, as careless servers do).

Run it on its own: ``python -m polybrief.testing.fake_openai --port 8000 --delay 0.2``
(``--replies FILE.jsonl`` answers with prepared replies).
"""

from __future__ import annotations

import argparse
import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .prepared import PreparedReplies
from .schema_fill import fill, source_text

INVENTED = "Ce passage n'a jamais été écrit dans l'article, numéro {n}."
BEHAVIOURS = (
    "good",
    "invalid_json",
    "schema_invalid",
    "truncated",
    "refusal",
    "invented_quotes",
    "rate_limit",
    "server_error",
    "slow",
    "reject_json_schema",
    "unauthorized",
)

Responder = Callable[[dict[str, Any]], "Answer | None"]


class Answer:
    """What the fake sends back for one request: status, headers, JSON body, delay."""

    def __init__(
        self,
        body: dict[str, Any],
        status: int = 200,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        self.body = body
        self.status = status
        self.headers = headers or {}
        self.delay = delay


class FakeOpenAI:
    """An OpenAI-compatible chat completions server on 127.0.0.1 (port 0: any free port)."""

    def __init__(
        self,
        *,
        delay: float = 0.0,
        default: str = "good",
        api_key: str | None = None,
        port: int = 0,
        responder: Responder | None = None,
        replies: PreparedReplies | None = None,
    ) -> None:
        self.delay = delay
        self.default = default
        self.api_key = api_key
        self.responder = responder
        self.replies = replies
        """Replies prepared per document; requests they do not answer get a made-up one."""
        self.requests: list[dict[str, Any]] = []
        """Bodies of the chat completion requests received, in arrival order."""
        self.times: list[float] = []
        """When each of them arrived (``time.monotonic()``)."""
        self._script: deque[str] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- life cycle -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The base URL to give the SDK (``base_url``), ending in ``/v1``."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAI:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- scripting ---------------------------------------------------------------------------

    def queue(self, *behaviours: str) -> None:
        """Answer the next requests with these behaviours, in order, then the default."""
        for behaviour in behaviours:
            if behaviour.split(":")[0] not in BEHAVIOURS:
                raise ValueError(f"unknown behaviour {behaviour!r}; known: {BEHAVIOURS}")
        with self._lock:
            self._script.extend(behaviours)

    @property
    def calls(self) -> int:
        """Chat completion requests received (every HTTP request, retries included)."""
        with self._lock:
            return len(self.requests)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.times.clear()
            self._script.clear()

    # -- answering ---------------------------------------------------------------------------

    def answer(self, body: dict[str, Any], authorization: str | None) -> Answer:
        with self._lock:
            self.requests.append(body)
            self.times.append(time.monotonic())
            behaviour = self._script.popleft() if self._script else self.default
        if self.api_key is not None and authorization != f"Bearer {self.api_key}":
            return _error(401, "invalid API key", "invalid_api_key")
        if self.responder is not None:
            custom = self.responder(body)
            if custom is not None:
                return custom
        name, _, argument = behaviour.partition(":")
        if name == "unauthorized":
            shown = (authorization or "").removeprefix("Bearer ")
            return _error(401, f"Incorrect API key provided: {shown}", "invalid_api_key")
        if name == "rate_limit":
            answer = _error(429, "Rate limit reached, retry later", "rate_limit_exceeded")
            answer.headers["Retry-After"] = argument or "1"
            return answer
        if name == "server_error":
            return _error(500, "The server had an error while processing your request")
        format_type = (body.get("response_format") or {}).get("type")
        if name == "reject_json_schema" and format_type == "json_schema":
            return _error(
                400,
                "response_format of type json_schema is not supported by this server",
                param="response_format",
            )
        delay = self.delay + (float(argument or 5) if name == "slow" else 0.0)
        return Answer(self._completion(body, name), delay=delay)

    def _completion(self, body: dict[str, Any], behaviour: str) -> dict[str, Any]:
        messages = body.get("messages") or []
        finish, refusal = "stop", None
        content: str | None = json.dumps(self._data(body, behaviour), ensure_ascii=False)
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        if behaviour == "invalid_json":
            content = content[: max(1, len(content) // 2)]
        elif behaviour == "truncated" or (limit and _count(content) > limit):
            content = content[: max(1, len(content) // 2)]
            finish = "length"
        elif behaviour == "refusal":
            content, refusal = None, "I'm sorry, I can't help with that request."
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake-model"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": refusal},
                    "finish_reason": finish,
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": _count_messages(messages),
                "completion_tokens": _count(content or refusal or ""),
                "total_tokens": 0,
            },
        }

    def _data(self, body: dict[str, Any], behaviour: str) -> Any:
        messages = body.get("messages") or []
        schema = _schema_of(body)
        data = None
        if schema and self.replies is not None:
            data = self.replies.find(messages, schema)
        if data is None:
            data = fill(schema, source_text(messages)) if schema else {}
        if behaviour == "schema_invalid" and isinstance(data, dict):
            if data:
                data.pop(next(iter(data)))
            data["unexpected"] = "not in the schema"
        if behaviour == "invented_quotes":
            for number, quote in enumerate(_quotes(data), start=1):
                quote["text"] = INVENTED.format(n=number)
        return data


def _schema_of(body: dict[str, Any]) -> dict[str, Any] | None:
    response_format = body.get("response_format") or {}
    if response_format.get("type") == "json_schema":
        return response_format.get("json_schema", {}).get("schema")
    for message in body.get("messages") or []:
        if message.get("role") != "system":
            continue
        for line in reversed(str(message.get("content") or "").splitlines()):
            if line.startswith("{") and '"properties"' in line:
                try:
                    return json.loads(line)
                except json.JSONDecodeError:
                    continue
    return None


def _quotes(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        quotes = data.get("quotes")
        if isinstance(quotes, list):
            return [q for q in quotes if isinstance(q, dict) and "text" in q]
    return []


def _error(status: int, message: str, code: str | None = None, param: str | None = None) -> Answer:
    error = {"message": message, "type": "invalid_request_error", "param": param, "code": code}
    return Answer({"error": error}, status=status)


def _count(text: str) -> int:
    from polybrief.tokens import counter_for

    return counter_for("fake-model").count(text)


def _count_messages(messages: list[dict[str, Any]]) -> int:
    from polybrief.tokens import counter_for

    return counter_for("fake-model").count_messages(messages)


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out at once: no 40 ms stalls

        def log_message(self, *_args: Any) -> None:  # quiet: tests read their own output
            pass

        def _send(self, answer: Answer) -> None:
            if answer.delay:
                time.sleep(answer.delay)
            data = json.dumps(answer.body, ensure_ascii=False).encode("utf-8")
            try:
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout): nothing to answer

        def do_GET(self) -> None:  # noqa: N802 - the http.server naming
            if self.path.rstrip("/").endswith("/models"):
                model = {"id": "fake-model", "object": "model", "owned_by": "polybrief"}
                self._send(Answer({"object": "list", "data": [model]}))
            else:
                self._send(_error(404, f"no route {self.path}"))

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(_error(404, f"no route {self.path}"))
                return
            try:
                body = json.loads(raw)
            except json.JSONDecodeError:
                self._send(_error(400, "the request body is not JSON"))
                return
            try:
                answer = fake.answer(body, self.headers.get("Authorization"))
            except Exception as exc:  # a broken responder: say so instead of hanging up
                answer = _error(500, f"fake server failed: {type(exc).__name__}: {exc}")
            self._send(answer)

    return Handler


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="A fake OpenAI-compatible server.")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds per reply")
    parser.add_argument("--behaviour", default="good", choices=BEHAVIOURS)
    parser.add_argument("--api-key", default=None, help="the only key accepted")
    parser.add_argument(
        "--replies", default=None, help="JSON Lines of replies prepared per document"
    )
    options = parser.parse_args(argv)
    server = FakeOpenAI(
        delay=options.delay,
        default=options.behaviour,
        api_key=options.api_key,
        port=options.port,
        replies=PreparedReplies.load(options.replies) if options.replies else None,
    )
    print(f"fake OpenAI-compatible server at {server.url} (Ctrl-C stops it)", flush=True)
    try:
        server._server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server._server.server_close()


if __name__ == "__main__":
    main()

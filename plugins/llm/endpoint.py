"""The provider: one OpenAI-compatible endpoint spoken to through the ``openai`` SDK.

OpenAI itself, Azure, or a local server (Ollama, vLLM, llama.cpp) through ``base_url``.
The SDK retries 429, 5xx and timeouts itself, with exponential backoff that honours
``Retry-After``; nothing here retries on top of it. What it adds is adapting to servers that
reject a parameter: strict ``json_schema`` output falls back to JSON mode (the schema then
goes into the prompt), and an unsupported ``temperature``, ``seed`` or token-limit name is
dropped or renamed, once per run, with a note saying so.

``openai`` is imported on the first call, never at start-up.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from polybrief.errors import ConfigError

from .replies import schema_text

JSON_MODE_NOTE = (
    "\n\nYour reply must be one JSON object valid against this JSON Schema "
    "(every property present; null where unknown):\n"
)


class EndpointError(Exception):
    """A call failed after the SDK's own retries; the message is safe to show."""


@dataclass(slots=True)
class Reply:
    """What came back from one call."""

    content: str | None
    refusal: str | None
    finish_reason: str | None
    prompt_tokens: int | None
    completion_tokens: int | None


@dataclass
class EndpointOptions:
    model: str
    base_url: str | None
    api_key: str | None
    timeout: float
    max_retries: int
    temperature: float | None
    seed: int | None
    max_output_tokens: int
    response_format: str = "auto"


@dataclass
class _Adaptations:
    """Parameters this endpoint turned out not to accept, learned during the run."""

    json_mode: bool = False
    dropped: set[str] = field(default_factory=set)
    token_limit_name: str | None = None
    notes: list[str] = field(default_factory=list)
    generation: int = 0
    """Counts adaptations, so a request built before the latest one is sent again."""


class Endpoint:
    """Sends chat completions with a reply schema; thread-safe, one per pipeline."""

    def __init__(self, options: EndpointOptions) -> None:
        self.options = options
        self._client: Any = None
        self._lock = threading.Lock()
        self._adapted = _Adaptations(json_mode=options.response_format == "json_object")
        # OpenAI's newer models take max_completion_tokens; most local servers max_tokens.
        self._adapted.token_limit_name = (
            "max_tokens" if options.base_url else "max_completion_tokens"
        )

    @property
    def notes(self) -> list[str]:
        with self._lock:
            return list(self._adapted.notes)

    @property
    def mode(self) -> str:
        return "json_object" if self._adapted.json_mode else "json_schema"

    def _scrub(self, text: str) -> str:
        key = self.options.api_key
        return text.replace(key, "****") if key and len(key) >= 4 else text

    def client(self) -> Any:
        with self._lock:
            if self._client is None:
                import openai

                self._client = openai.OpenAI(
                    api_key=self.options.api_key or "no-key",
                    base_url=self.options.base_url or None,
                    timeout=self.options.timeout,
                    max_retries=self.options.max_retries,
                )
            return self._client

    def where(self) -> str:
        return self.options.base_url or "the OpenAI API"

    # -- one call -------------------------------------------------------------------------

    def complete(
        self, messages: list[dict[str, str]], schema: dict[str, Any], schema_name: str
    ) -> Reply:
        """One chat completion answering in ``schema``; raises :class:`EndpointError`."""
        import openai

        client = self.client()
        for _ in range(5):  # at most one adaptation per kind of parameter
            arguments, generation = self._arguments(messages, schema, schema_name)
            try:
                completion = client.chat.completions.create(**arguments)
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                if self._adapt(exc, generation):
                    continue
                raise EndpointError(self._describe(exc)) from None
            except openai.AuthenticationError as exc:
                raise ConfigError(
                    f"{self.where()} refused the API key (HTTP 401): {self._describe(exc)}; "
                    "check OPENAI_API_KEY or the api_key setting"
                ) from None
            except openai.PermissionDeniedError as exc:
                raise ConfigError(
                    f"{self.where()} denied access (HTTP 403): {self._describe(exc)}"
                ) from None
            except openai.NotFoundError as exc:
                raise ConfigError(
                    f"{self.where()} does not know model {self.options.model!r} or the chat "
                    f"completions route (HTTP 404): {self._describe(exc)}; check model and "
                    "base_url"
                ) from None
            except openai.APITimeoutError:
                raise EndpointError(
                    f"no reply from {self.where()} within {self.options.timeout:g} s "
                    f"({self.options.max_retries + 1} attempts)"
                ) from None
            except openai.APIConnectionError as exc:
                raise EndpointError(
                    f"cannot reach {self.where()} ({self.options.max_retries + 1} attempts): "
                    f"{self._scrub(str(exc.__cause__ or exc))}"
                ) from None
            except openai.RateLimitError as exc:
                raise EndpointError(
                    f"rate limited by {self.where()} (HTTP 429) after "
                    f"{self.options.max_retries} retries: {self._describe(exc)}"
                ) from None
            except openai.APIStatusError as exc:
                raise EndpointError(
                    f"{self.where()} answered HTTP {exc.status_code}: {self._describe(exc)}"
                ) from None
            except openai.OpenAIError as exc:
                raise EndpointError(self._scrub(f"{type(exc).__name__}: {exc}")) from None
            return _reply(completion)
        raise EndpointError(f"{self.where()} rejected every form of the request")

    def _arguments(
        self, messages: list[dict[str, str]], schema: dict[str, Any], schema_name: str
    ) -> tuple[dict[str, Any], int]:
        options = self.options
        with self._lock:
            adapted = self._adapted
            json_mode, dropped, limit_name, generation = (
                adapted.json_mode,
                set(adapted.dropped),
                adapted.token_limit_name,
                adapted.generation,
            )
        arguments: dict[str, Any] = {"model": options.model}
        if json_mode:
            system, *rest = messages
            note = JSON_MODE_NOTE + schema_text(schema)
            arguments["messages"] = [{**system, "content": system["content"] + note}, *rest]
            if "response_format" not in dropped:
                arguments["response_format"] = {"type": "json_object"}
        else:
            arguments["messages"] = messages
            arguments["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": schema_name, "schema": schema, "strict": True},
            }
        if options.temperature is not None and "temperature" not in dropped:
            arguments["temperature"] = options.temperature
        if options.seed is not None and "seed" not in dropped:
            arguments["seed"] = options.seed
        arguments[limit_name or "max_tokens"] = options.max_output_tokens
        return arguments, generation

    def _adapt(self, exc: Any, generation: int) -> bool:
        """Change what is sent after the server rejected a parameter; False if not that.

        A request built before another thread's adaptation is simply sent again.
        """
        text = f"{exc.message} {getattr(exc, 'param', '') or ''}".lower()
        with self._lock:
            adapted = self._adapted
            if generation != adapted.generation:
                return True
            changed = self._change(adapted, text, exc)
            adapted.generation += changed
            return changed

    def _change(self, adapted: _Adaptations, text: str, exc: Any) -> bool:
        if "response_format" in text or "json_schema" in text or "schema" in text:
            if self.options.response_format != "auto":
                return False
            if not adapted.json_mode:
                adapted.json_mode = True
                adapted.notes.append(
                    f"{self.where()} rejected strict json_schema output; used JSON mode "
                    f"with the schema in the prompt ({self._describe(exc)})"
                )
                return True
            if "response_format" not in adapted.dropped:
                adapted.dropped.add("response_format")
                adapted.notes.append(
                    f"{self.where()} rejected JSON mode too; the schema is in the prompt only"
                )
                return True
            return False
        for name in ("temperature", "seed"):
            if name in text and name not in adapted.dropped:
                adapted.dropped.add(name)
                adapted.notes.append(f"{self.where()} rejected {name}; sent without it")
                return True
        for old, new in (
            ("max_tokens", "max_completion_tokens"),
            ("max_completion_tokens", "max_tokens"),
        ):
            if old in text and adapted.token_limit_name == old:
                adapted.token_limit_name = new
                return True
        return False

    def _describe(self, exc: Any) -> str:
        body = getattr(exc, "body", None)
        message = body.get("message") if isinstance(body, dict) else None
        text = str(message or getattr(exc, "message", None) or exc)
        return self._scrub(text if len(text) <= 400 else text[:399] + "…")


def _reply(completion: Any) -> Reply:
    if not completion.choices:
        raise EndpointError("the reply holds no choices")
    choice = completion.choices[0]
    message = choice.message
    usage = completion.usage
    return Reply(
        content=message.content,
        refusal=getattr(message, "refusal", None),
        finish_reason=choice.finish_reason,
        prompt_tokens=usage.prompt_tokens if usage else None,
        completion_tokens=usage.completion_tokens if usage else None,
    )

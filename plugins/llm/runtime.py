"""What the openai plugin keeps per pipeline: settings, endpoint, reply cache, token counter,
prompts and prices. Built on first use through ``Context.shared``, so two pipelines with
other settings never mix, and nothing heavy is loaded before a document needs it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from polybrief.config import Config
from polybrief.context import Context
from polybrief.errors import ConfigError, Unavailable

from .endpoint import Endpoint, EndpointOptions
from .pricing import Price, price_for, price_table
from .prompts import Prompt, load_prompt

FORMATS = ("auto", "json_schema", "json_object")
NO_ENDPOINT = (
    "no LLM endpoint configured: set OPENAI_API_KEY for OpenAI, or base_url "
    "(OPENAI_BASE_URL, --base-url) for a compatible server such as Ollama, vLLM or llama.cpp"
)


class Runtime:
    """The plugin's state for one pipeline; safe to share between threads."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.model: str = config["model"] or ""
        self.api_key: str | None = config.get("api_key")
        self.base_url: str | None = config.get("base_url")
        self.reasks: int = config["reasks"]
        self.chunk_tokens: int = config["chunk_tokens"]
        self.max_output_tokens: int = config["max_output_tokens"]
        self.temperature: float | None = config.get("temperature")
        self.seed: int | None = config.get("seed")
        self.keep_ungrounded: bool = bool(config["summary_ungrounded"])
        self._lock = threading.RLock()
        self._made: dict[str, Any] = {}

    def check(self) -> None:
        """Raise :class:`ConfigError` for settings that cannot work (checked once, on use)."""
        self._once("checked", self._check)

    def _check(self) -> bool:
        problems = []
        if not self.model.strip():
            problems.append("'model' must name a model")
        if self.config["response_format"] not in FORMATS:
            problems.append(f"'response_format' must be one of {', '.join(FORMATS)}")
        if self.reasks < 0:
            problems.append("'reasks' must be 0 or more")
        if self.config["max_retries"] < 0:
            problems.append("'max_retries' must be 0 or more")
        if self.chunk_tokens < 200:
            problems.append("'chunk_tokens' must be at least 200")
        if self.max_output_tokens < 64:
            problems.append("'max_output_tokens' must be at least 64")
        if self.config["timeout"] <= 0:
            problems.append("'timeout' must be more than 0 seconds")
        if problems:
            raise ConfigError("openai plugin: " + "; ".join(problems))
        return True

    @property
    def configured(self) -> bool:
        return bool(self.api_key or self.base_url)

    def _once(self, name: str, factory: Callable[[], Any]) -> Any:
        with self._lock:
            if name not in self._made:
                self._made[name] = factory()
            return self._made[name]

    @property
    def endpoint(self) -> Endpoint:
        return self._once("endpoint", self._new_endpoint)

    def _new_endpoint(self) -> Endpoint:
        return Endpoint(
            EndpointOptions(
                model=self.model,
                base_url=self.base_url,
                api_key=self.api_key,
                timeout=self.config["timeout"],
                max_retries=self.config["max_retries"],
                temperature=self.temperature,
                seed=self.seed,
                max_output_tokens=self.max_output_tokens,
                response_format=self.config["response_format"],
            )
        )

    @property
    def counter(self) -> Any:
        """The token counter (a :class:`polybrief.tokens.TokenCounter`)."""
        from polybrief.tokens import counter_for

        return self._once("counter", lambda: counter_for(self.model, self.config.get("encoding")))

    @property
    def price(self) -> Price | None:
        return self._once(
            "price", lambda: price_for(self.model, price_table(self.config["prices"]))
        )

    def prompt(self, name: str) -> Prompt:
        path = self.config.get(f"{name}_prompt")
        return self._once(f"prompt:{name}", lambda: load_prompt(name, path))

    def parameters(self) -> dict[str, Any]:
        """What shapes a reply besides model, messages and schema: part of the cache key."""
        return {
            "temperature": self.temperature,
            "seed": self.seed,
            "max_output_tokens": self.max_output_tokens,
        }


def runtime(context: Context) -> Runtime:
    """The plugin's state for this pipeline; raises :class:`Unavailable` with no endpoint."""
    state = context.shared("openai", lambda: Runtime(context.config))
    if not state.configured:
        raise Unavailable(NO_ENDPOINT)  # before any check: offline runs ignore LLM settings
    state.check()
    return state


def reply_cache(context: Context) -> Any:
    """The pipeline's reply cache (shared with any other LLM plugin); writes even when reads
    are off (``--no-cache``), so the next run can reuse fresh replies."""
    from polybrief.cache import ReplyCache

    config = context.config
    return context.shared(
        "reply_cache", lambda: ReplyCache(config.get("cache_dir"), read=bool(config["cache"]))
    )

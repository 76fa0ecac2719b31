"""The settings of the openai plugin, declared so that config files, ``POLYBRIEF_*`` variables,
flags and ``polybrief config`` all know them. The SDK's own variables work unchanged."""

from __future__ import annotations

from polybrief.settings import Setting

PLUGIN = "openai"
DEFAULT_MODEL = "gpt-4o-mini"

SETTINGS: list[Setting] = [
    Setting(
        "api_key",
        "str",
        None,
        "API key of the endpoint; never written anywhere. Local servers need none.",
        env=("OPENAI_API_KEY",),
        secret=True,
        plugin=PLUGIN,
    ),
    Setting(
        "base_url",
        "str",
        None,
        "OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (Ollama); unset: OpenAI.",
        env=("OPENAI_BASE_URL",),
        plugin=PLUGIN,
    ),
    Setting("model", "str", DEFAULT_MODEL, "Model name as the endpoint knows it.", plugin=PLUGIN),
    Setting("timeout", "float", 120.0, "Seconds to wait for one reply.", plugin=PLUGIN),
    Setting("temperature", "float", 0.0, "Sampling temperature.", plugin=PLUGIN),
    Setting("seed", "int", None, "Sampling seed, for endpoints that honour it.", plugin=PLUGIN),
    Setting(
        "max_retries",
        "int",
        4,
        "Retries of a failed request (429, 5xx, timeouts), with backoff honouring Retry-After.",
        plugin=PLUGIN,
    ),
    Setting(
        "reasks",
        "int",
        2,
        "Times a reply that is not valid JSON for the schema (or was cut off) is asked again.",
        plugin=PLUGIN,
    ),
    Setting(
        "max_output_tokens",
        "int",
        4096,
        "Most tokens one reply may have.",
        plugin=PLUGIN,
    ),
    Setting(
        "chunk_tokens",
        "int",
        6000,
        "Most document tokens per call; longer documents are split on sentence boundaries.",
        plugin=PLUGIN,
    ),
    Setting(
        "response_format",
        "str",
        "auto",
        "json_schema (strict structured output), json_object (JSON mode, schema in the "
        "prompt) or auto: json_schema, then JSON mode if the server rejects it.",
        plugin=PLUGIN,
    ),
    Setting(
        "encoding",
        "str",
        None,
        "tiktoken encoding to count tokens with; unset: the model's if available offline, "
        "else cl100k_base.",
        plugin=PLUGIN,
    ),
    Setting(
        "prices",
        "dict",
        {},
        "Prices per million tokens by model, over the built-in table, "
        'e.g. {"my-model": {"input": 0.5, "output": 1.5}}.',
        plugin=PLUGIN,
    ),
    Setting(
        "extract_prompt",
        "str",
        None,
        "Prompt file for extraction (first line: version: NAME); unset: the built-in one.",
        plugin=PLUGIN,
    ),
    Setting("summarize_prompt", "str", None, "Prompt file for summaries.", plugin=PLUGIN),
    Setting("translate_prompt", "str", None, "Prompt file for translation.", plugin=PLUGIN),
    Setting(
        "summary_ungrounded",
        "bool",
        False,
        "Keep summary sentences whose cited facts were not found in the source.",
        plugin=PLUGIN,
    ),
]

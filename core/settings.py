"""Declarations of configurable settings: name, type, default, help, environment names.

The core declares its own here; plugins add theirs through the ``register_settings`` hook,
so ``polybrief config`` can show and check every setting in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import ConfigError

TYPES = ("str", "int", "float", "bool", "list", "dict")


@dataclass(frozen=True, slots=True)
class Setting:
    """One configurable value.

    ``name`` is the key in ``polybrief.toml``; the environment variable is
    ``POLYBRIEF_<NAME>``, plus any names in ``env`` (which win, in the order given, only over
    the file and the default).
    """

    name: str
    type: str
    default: Any
    help: str
    env: tuple[str, ...] = ()
    secret: bool = False
    plugin: str | None = None

    @property
    def env_names(self) -> tuple[str, ...]:
        return ("POLYBRIEF_" + self.name.upper(), *self.env)

    def coerce(self, value: Any, origin: str) -> Any:
        """Turn a raw value (a string from the environment, or TOML data) into this type."""
        if value is None:
            return None
        try:
            return _COERCE[self.type](value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(
                f"{origin}: setting {self.name!r} expects {self.type}, got {value!r} ({exc})"
            ) from None


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value)
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ValueError("use true or false")


def _to_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    if isinstance(value, list | tuple):
        return [str(item).strip() for item in value if str(item).strip()]
    raise ValueError("use a list or a comma-separated string")


def _to_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        import json

        loaded = json.loads(value)
        if isinstance(loaded, dict):
            return loaded
    raise ValueError("use a table in the config file, or JSON in the environment")


def _to_int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("not a number")
    return int(value)


def _to_float(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError("not a number")
    return float(value)


_COERCE = {
    "str": str,
    "int": _to_int,
    "float": _to_float,
    "bool": _to_bool,
    "list": _to_list,
    "dict": _to_dict,
}

STAGE_SETTINGS = {
    "parse": "parser",
    "extract": "extractor",
    "summarize": "summarizer",
    "translate": "translator",
    "group": "grouper",
    "compare": "comparer",
}

CORE_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "plugins",
        "list",
        None,
        "Third-party plugins (entry-point names) to load; unset loads all, empty loads none.",
    ),
    Setting("block", "list", [], "Plugins, built-in or not, that must not load."),
    Setting("parser", "list", None, "Parser plugin(s) to use; unset picks by content."),
    Setting("extractor", "list", None, "Extractor plugin(s) to use; several combine their facts."),
    Setting("summarizer", "list", None, "Summarizer plugin to use."),
    Setting("translator", "list", None, "Translator plugin to use."),
    Setting("grouper", "list", None, "Plugin that groups reports of the same event (run)."),
    Setting("comparer", "list", None, "Plugin that compares the sources of an event (run)."),
    Setting("events", "bool", True, "Group reports of the same event into event records (run)."),
    Setting("to", "list", ["en"], "Target languages of summaries (BCP-47 tags)."),
    Setting(
        "jobs",
        "int",
        4,
        "Documents processed at once: in worker processes for a large batch, in threads "
        "when a plugin waits on the network; 1 keeps one process.",
    ),
    Setting("max_input_bytes", "int", 50_000_000, "Largest input accepted, in bytes."),
    Setting(
        "reference_date",
        "str",
        None,
        "ISO date used to resolve dates without a year when a document has no date of its own.",
    ),
    Setting("summary_sentences", "int", 3, "Sentences in an extractive summary."),
    Setting("cache", "bool", True, "Reuse stored LLM replies; false bypasses the cache."),
    Setting("cache_dir", "str", None, "Where the reply cache lives (default: user cache dir)."),
)

"""Reply schemas: the JSON Schemas the model must answer in, and the checks of its replies.

The shipped files (``llm_extraction``, ``llm_summary``, ``llm_translation`` in
``polybrief.schemas``) are valid for OpenAI's strict structured outputs. Summaries are keyed
by target language, so the schema sent for a call lists exactly the targets asked for and
strict decoding guarantees each one is there.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from polybrief.validation import load_schema

_lock = threading.Lock()

# Keywords OpenAI's strict mode accepts; anything else makes it reject the schema.
_STRICT_KEYWORDS = {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "description",
    "title",
    "anyOf",
    "$defs",
    "$ref",
}


def reply_schema(name: str, targets: Iterable[str] = ()) -> dict[str, Any]:
    """The schema to send for reply ``name``, with one summary per target language.

    The same object is returned for the same arguments: treat it as read-only.
    """
    return _specialised(name, tuple(targets))


@lru_cache(maxsize=64)
def _specialised(name: str, targets: tuple[str, ...]) -> dict[str, Any]:
    schema = copy.deepcopy(load_schema(name))
    summary = schema.get("$defs", {}).get("summary")
    if summary is not None:
        box = schema["properties"]["summaries"]
        box["properties"] = {target: copy.deepcopy(summary) for target in targets}
        box["required"] = list(targets)
    return {k: v for k, v in schema.items() if not k.startswith("$")}


def schema_text(schema: dict[str, Any]) -> str:
    """Compact JSON of a schema, for the prompt in JSON mode."""
    return json.dumps(schema, ensure_ascii=False, separators=(",", ":"))


_VALIDATORS: dict[int, tuple[dict[str, Any], Any]] = {}


def _validator(schema: dict[str, Any]):  # noqa: ANN202 - a jsonschema validator
    """The validator of ``schema``, built once per schema object (jsonschema is lazy)."""
    with _lock:
        entry = _VALIDATORS.get(id(schema))
        if entry is None or entry[0] is not schema:
            from jsonschema import Draft202012Validator

            Draft202012Validator.check_schema(schema)
            if len(_VALIDATORS) > 128:
                _VALIDATORS.clear()
            entry = _VALIDATORS[id(schema)] = (schema, Draft202012Validator(schema))
        return entry[1]


def reply_errors(data: Any, schema: dict[str, Any], limit: int = 12) -> list[str]:
    """How ``data`` fails ``schema``, as short lines for a re-ask (empty when valid)."""
    validator = _validator(schema)
    found = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    lines = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in found]
    if len(lines) > limit:
        lines = [*lines[:limit], f"… and {len(lines) - limit} more"]
    return [_shorten(line) for line in lines]


def _shorten(line: str, width: int = 300) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


def strict_problems(schema: Any, path: str = "") -> list[str]:
    """Where ``schema`` breaks the rules of OpenAI strict structured outputs."""
    problems: list[str] = []
    if not isinstance(schema, dict):
        return problems
    for key in schema:
        if key not in _STRICT_KEYWORDS:
            problems.append(f"{path or '/'}: keyword {key!r} is not allowed in strict mode")
    if "$ref" in schema and not str(schema["$ref"]).startswith("#"):
        problems.append(f"{path or '/'}: external $ref {schema['$ref']!r}")
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "object" in types:
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is not False:
            problems.append(f"{path or '/'}: objects need additionalProperties false")
        if sorted(schema.get("required", [])) != sorted(properties):
            problems.append(f"{path or '/'}: every property must be required")
        for name, sub in properties.items():
            problems += strict_problems(sub, f"{path}/{name}")
    if "items" in schema:
        problems += strict_problems(schema["items"], f"{path}/items")
    for index, sub in enumerate(schema.get("anyOf", [])):
        problems += strict_problems(sub, f"{path}/anyOf/{index}")
    for name, sub in schema.get("$defs", {}).items():
        problems += strict_problems(sub, f"{path}/$defs/{name}")
    if "enum" in schema and None in schema["enum"] and "null" not in types:
        problems.append(f"{path or '/'}: enum allows null but type does not")
    return problems

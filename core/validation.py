"""Load the JSON Schemas shipped in ``polybrief.schemas`` and validate records against them.

jsonschema is the judge: it says why a record fails. Every record the pipeline yields is
checked, which at thousands of records a second costs more than the work itself, so a
compiled validator (jsonschema-rs) answers first; only a record it rejects is looked at by
jsonschema, which then gives the reasons (and has the last word). Both are imported on first
use, not at start-up, so ``polybrief --help`` stays fast.
"""

from __future__ import annotations

import json
import re
import threading
from functools import cache
from importlib import resources
from typing import Any

from .errors import RecordInvalid, UsageError

_PREFIX = "urn:polybrief:schema:"
_lock = threading.Lock()


def schema_names() -> list[str]:
    """Names of the shipped schemas, e.g. ``document``, ``extraction``."""
    files = resources.files("polybrief.schemas")
    return sorted(p.name[:-5] for p in files.iterdir() if p.name.endswith(".json"))


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The schema called ``name`` as a dict; a :class:`UsageError` lists the names if unknown."""
    if name not in schema_names():
        raise UsageError(f"no schema named {name!r}; available: {', '.join(schema_names())}")
    text = resources.files("polybrief.schemas").joinpath(f"{name}.json").read_text("utf-8")
    return json.loads(text)


@cache
def _language_tag() -> re.Pattern[str]:
    return re.compile(load_schema("common")["$defs"]["lang"]["pattern"])


def is_language_tag(tag: str) -> bool:
    """Whether ``tag`` is a language tag as the records' schemas accept one (``en``,
    ``pt-BR``), so a bad ``--to`` is refused before any document is read."""
    return bool(_language_tag().match(tag))


def is_known_language(tag: str) -> bool:
    """Whether CLDR knows the language of ``tag`` (``pt-BR`` yes, ``xx`` no): a tag it does
    not know is most likely a typing error."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return False
    return True


@cache
def _registry():  # noqa: ANN202 - referencing.Registry, imported lazily
    from referencing import Registry, Resource

    return Registry().with_resources(
        (_PREFIX + name, Resource.from_contents(load_schema(name))) for name in schema_names()
    )


@cache
def _validator(name: str):  # noqa: ANN202 - a jsonschema validator, imported lazily
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=_registry())


@cache
def _fast_validator(name: str):  # noqa: ANN202 - a jsonschema_rs validator, or None
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - a dependency, but the judge works without it
        return None
    registry = jsonschema_rs.Registry([(_PREFIX + n, load_schema(n)) for n in schema_names()])
    return jsonschema_rs.validator_for(load_schema(name), registry=registry)


def errors_for(data: Any, name: str) -> list[str]:
    """Every way ``data`` fails schema ``name``, as short readable lines (empty when valid)."""
    with _lock:  # building validators is cached but not thread-safe on first use
        validator = _validator(name)
    found = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in found]


def check(data: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    """Return ``data`` unchanged if it is valid, else raise :class:`RecordInvalid`."""
    kind = name or data.get("kind", "?")
    with _lock:
        fast = _fast_validator(kind)
    if fast is not None and fast.is_valid(data):
        return data
    problems = errors_for(data, kind)
    if problems:
        raise RecordInvalid(kind, problems)
    return data

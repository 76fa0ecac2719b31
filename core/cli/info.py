"""Commands that describe polybrief itself: plugins, schema, config."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from .common import handle_errors, load_config, warn

FormatOption = Annotated[str, typer.Option("--format", "-f", help="table or json.")]


def _check_format(fmt: str) -> None:
    from ..errors import UsageError

    if fmt not in ("table", "json"):
        raise UsageError(f"unknown format {fmt!r}; choose table or json")


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@handle_errors
def plugins(ctx: typer.Context, format: FormatOption = "table") -> None:  # noqa: A002
    """List the plugins: name, version, where it came from, the hooks it implements.

    Third-party plugins come from the `polybrief` entry-point group; POLYBRIEF_PLUGINS limits
    which load and POLYBRIEF_BLOCK (or `block` in config) stops any plugin by name.
    """
    from ..manager import PluginHost

    _check_format(format)
    host = PluginHost(load_config(ctx, {}))
    infos = host.describe()
    if format == "json":
        typer.echo(json.dumps([i.to_dict() for i in infos], indent=2))
        return
    rows = [[i.name, i.version, i.origin, ", ".join(i.hooks), i.status] for i in infos]
    typer.echo(_table(rows, ["name", "version", "origin", "hooks", "status"]))


@handle_errors
def schema(
    name: Annotated[str | None, typer.Argument(help="Schema to print; omit to list them.")] = None,
) -> None:
    """List the JSON Schemas of polybrief's records, or print one.

    Example: polybrief schema extraction > extraction.schema.json
    """
    from ..validation import load_schema, schema_names

    if name is None:
        for item in schema_names():
            typer.echo(f"{item:<12} {load_schema(item).get('description', '')}")
        return
    typer.echo(json.dumps(load_schema(name), indent=2, ensure_ascii=False))


@handle_errors
def config(ctx: typer.Context, format: FormatOption = "table") -> None:  # noqa: A002
    """Show the effective configuration and where each value comes from; secrets are masked.

    Precedence: flags, then environment (POLYBRIEF_<NAME> and plugin-specific names), then
    config files (./polybrief.toml, [tool.polybrief] in ./pyproject.toml, the user's
    polybrief.toml), then defaults.
    """
    from ..config import mask
    from ..manager import PluginHost

    _check_format(format)
    base = load_config(ctx, {})
    effective = base.with_settings(PluginHost(base).settings())
    problems = effective.unknown_keys()
    rows = []
    for item in effective.resolved():
        value = mask(item.value) if item.secret else item.value
        rows.append({"name": item.name, "value": value, "origin": item.origin})
    if format == "json":
        typer.echo(
            json.dumps({"settings": rows, "problems": problems}, indent=2, ensure_ascii=False)
        )
        return
    helps = {s.name: s.help for s in effective.settings()}
    table = [
        [r["name"], json.dumps(r["value"], ensure_ascii=False), r["origin"], helps[r["name"]]]
        for r in rows
    ]
    typer.echo(_table(table, ["setting", "value", "origin", "meaning"]))
    for problem in problems:
        warn(problem)


def register(app: typer.Typer) -> None:
    app.command("plugins")(plugins)
    app.command("schema")(schema)
    app.command("config")(config)

"""The translate command: text in, text in another language out."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..errors import UsageError
from .common import build_pipeline, handle_errors, parse_assignments


@handle_errors
def translate(
    ctx: typer.Context,
    text: Annotated[
        str | None, typer.Argument(help="Text to translate; - or nothing reads standard input.")
    ] = None,
    to: Annotated[str, typer.Option("--to", "-t", help="Target language, e.g. fr.")] = "en",
    source: Annotated[
        str | None, typer.Option("--from", help="Source language; detected when omitted.")
    ] = None,
    translator: Annotated[str | None, typer.Option(help="Translator plugin to use.")] = None,
    set_: Annotated[
        list[str] | None, typer.Option("--set", "-s", help="Any setting as KEY=VALUE.")
    ] = None,
) -> None:
    """Translate text with the translate stage (an LLM plugin, or any installed translator).

    Example: echo "Bonjour à tous" | polybrief translate --to en
    """
    if text is None or text == "-":
        if sys.stdin.isatty() and text is None:
            raise UsageError("give the text as an argument, or pipe it in with -")
        text = sys.stdin.read().rstrip("\n")
    if not text.strip():
        raise UsageError("nothing to translate: the text is empty")
    flags = {"translator": [translator] if translator else None, **parse_assignments(set_)}
    pipeline = build_pipeline(ctx, flags)
    typer.echo(pipeline.translate(text, to.strip(), source))


def register(app: typer.Typer) -> None:
    app.command("translate")(translate)

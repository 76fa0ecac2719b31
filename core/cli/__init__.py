"""The ``polybrief`` command line.

Only typer and this package's light modules are imported here: plugins load, and heavy
libraries are imported, inside the commands that need them, so ``--help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .. import __version__
from . import batch, info, translate

app = typer.Typer(
    name="polybrief",
    help=(
        "Turn documents in many languages into checked facts and short summaries in your "
        "language.\n\nStart with: polybrief run examples/ --to en"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"polybrief {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            help="Config file to use instead of the discovered ones.",
            envvar="POLYBRIEF_CONFIG",
        ),
    ] = None,
    version: Annotated[
        bool | None,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """Turn documents in many languages into checked facts and short summaries."""
    ctx.obj = {"config_file": config}


batch.register(app)
translate.register(app)
info.register(app)


def main() -> None:
    """Entry point of the ``polybrief`` script."""
    app(prog_name="polybrief")

"""What every command shares: turning errors into messages and exit codes, building the
pipeline from options, opening the output."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any, NoReturn, TypeVar

import typer

from ..errors import ConfigError, PolybriefError, UsageError

F = TypeVar("F", bound=Callable[..., Any])

# Secrets known to the current command, so that no message prints them.
_SECRETS: list[str] = []


def scrub(text: str) -> str:
    for secret in _SECRETS:
        text = text.replace(secret, "****")
    return text


def remember_secrets(secrets: Iterable[str]) -> None:
    _SECRETS.extend(s for s in secrets if s and s not in _SECRETS)


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"polybrief: error: {scrub(message)}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    typer.echo(f"polybrief: warning: {scrub(message)}", err=True)


def handle_errors(func: F) -> F:
    """Expected failures end the command with a message and an exit code, not a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PolybriefError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            typer.echo("polybrief: interrupted", err=True)
            raise typer.Exit(130) from None
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`); nothing to report
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


def parse_assignments(items: list[str] | None) -> dict[str, str]:
    """``--set key=value`` pairs as a dict."""
    values = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--set expects KEY=VALUE, got {item!r}")
        values[key.strip().replace("-", "_")] = value.strip()
    return values


def load_config(ctx: typer.Context, flags: dict[str, Any]):  # noqa: ANN201 - Config
    """The effective configuration: these flags over environment, files and defaults."""
    from ..config import Config

    config_file = (ctx.obj or {}).get("config_file")
    return Config.load(flags=flags, config_file=config_file)


def build_pipeline(ctx: typer.Context, flags: dict[str, Any]):  # noqa: ANN201 - Pipeline
    from ..pipeline import Pipeline

    config = load_config(ctx, flags)
    for problem in config.unknown_keys():
        warn(problem)
    pipeline = Pipeline(config)
    remember_secrets(pipeline.config.secrets())
    return pipeline


def pick_format(chosen: str | None, output: Path | None, default: str) -> str:
    from ..formats import FORMATS, SUFFIX_FORMATS

    if chosen:
        if chosen not in FORMATS:
            raise UsageError(f"unknown format {chosen!r}; choose one of {', '.join(FORMATS)}")
        return chosen
    if output is not None and output.suffix.lower() in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[output.suffix.lower()]
    return default


def open_output(output: Path | None, append: bool = False) -> IO[str]:
    if output is None or str(output) == "-":
        return sys.stdout
    try:
        return output.open("a" if append else "w", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{output}: cannot write output ({exc.strerror})") from None

"""The document commands: parse, extract, summarize and run.

They share one implementation and one set of options; each command takes the options
that make sense for it, so the signatures are assembled from a table instead of copied.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import UsageError
from .common import (
    build_pipeline,
    fail,
    handle_errors,
    open_output,
    parse_assignments,
    pick_format,
    scrub,
    warn,
)
from .progress import Progress
from .progress import wanted as progress_wanted

STAGE_HELP = "comma list of plugin names; see `polybrief plugins`"

OPTIONS: dict[str, tuple[Any, Any]] = {
    "paths": (
        Annotated[
            list[str],
            typer.Argument(
                help="Files, directories (read recursively; hidden, settings, code and media "
                "files skipped) or - for standard input.",
                show_default=False,
            ),
        ],
        inspect.Parameter.empty,
    ),
    "to": (
        Annotated[
            str | None,
            typer.Option(
                "--to",
                "-t",
                help=(
                    "Target languages of summaries, e.g. en,fr,fa; "
                    "one alone is also the language of a Markdown report."
                ),
            ),
        ],
        None,
    ),
    "format": (
        Annotated[
            str | None,
            typer.Option(
                "--format",
                "-f",
                help="jsonl, json or md (default: from -o's suffix, else the command's).",
            ),
        ],
        None,
    ),
    "output": (
        Annotated[
            Path | None,
            typer.Option("--output", "-o", help="Write here instead of standard output."),
        ],
        None,
    ),
    "parser": (Annotated[str | None, typer.Option(help=f"Parser to use ({STAGE_HELP}).")], None),
    "extractor": (
        Annotated[str | None, typer.Option(help=f"Extractor(s) to use ({STAGE_HELP}).")],
        None,
    ),
    "summarizer": (Annotated[str | None, typer.Option(help=f"Summarizer ({STAGE_HELP}).")], None),
    "translator": (Annotated[str | None, typer.Option(help=f"Translator ({STAGE_HELP}).")], None),
    "jobs": (
        Annotated[
            int | None,
            typer.Option(
                "--jobs",
                "-j",
                help="Documents processed at once (default 4): a large batch is spread over "
                "up to N worker processes (no more than the CPUs), or N documents wait on an "
                "LLM endpoint at once in threads; 1 keeps everything in one process.",
            ),
        ],
        None,
    ),
    "reference_date": (
        Annotated[
            str | None,
            typer.Option(help="ISO date to resolve dates written without a year (YYYY-MM-DD)."),
        ],
        None,
    ),
    "no_cache": (
        Annotated[bool, typer.Option("--no-cache", help="Do not reuse stored LLM replies.")],
        False,
    ),
    "dry_run": (
        Annotated[
            bool, typer.Option("--dry-run", help="Count tokens and estimate cost; call no LLM.")
        ],
        False,
    ),
    "resume": (
        Annotated[
            bool,
            typer.Option(
                "--resume", help="Skip documents already in the -o file (jsonl) and append to it."
            ),
        ],
        False,
    ),
    "model": (
        Annotated[str | None, typer.Option(help="LLM model name, e.g. gpt-4o-mini or llama3.1.")],
        None,
    ),
    "base_url": (
        Annotated[
            str | None,
            typer.Option(
                "--base-url", help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1."
            ),
        ],
        None,
    ),
    "timeout": (
        Annotated[float | None, typer.Option(help="Seconds to wait for one LLM reply.")],
        None,
    ),
    "temperature": (
        Annotated[float | None, typer.Option(help="LLM sampling temperature.")],
        None,
    ),
    "seed": (
        Annotated[int | None, typer.Option(help="LLM sampling seed, where the endpoint has one.")],
        None,
    ),
    "set": (
        Annotated[
            list[str] | None,
            typer.Option(
                "--set", "-s", help="Any setting as KEY=VALUE (repeatable); see `polybrief config`."
            ),
        ],
        None,
    ),
}

_COMMON = ["paths", "format", "output", "parser", "jobs", "reference_date", "set"]
_LLM = ["model", "base_url", "timeout", "temperature", "seed"]
_EXTRACT = [*_COMMON, "extractor", "no_cache", "dry_run", "resume", *_LLM]
_SUMMARIZE = [*_EXTRACT, "to", "summarizer", "translator"]

COMMANDS = {
    "parse": (
        _COMMON,
        "jsonl",
        """Parse documents: clean text, language, script, title, dates, sentences.

        Example: polybrief parse article.html notes/ -f json""",
    ),
    "extract": (
        _EXTRACT,
        "jsonl",
        """Extract facts with their evidence: event, participants, quotes, figures, dates.

        Example: polybrief extract corpus/ -o facts.jsonl""",
    ),
    "summarize": (
        _SUMMARIZE,
        "md",
        """Summarize each document in the target languages, each sentence citing its source.

        Example: polybrief summarize article.txt --to en,fa""",
    ),
    "run": (
        _SUMMARIZE,
        "md",
        """Run every stage: parse, extract and summarize, with a run report at the end.

        Example: polybrief run examples/ --to en,fr -o brief.md""",
    ),
}


def _split(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def done_ids(output: Path | None, fmt: str) -> set[str]:
    """Ids of the documents already written to ``output``, for ``--resume``."""
    if output is None or fmt != "jsonl":
        raise UsageError("--resume needs -o FILE in jsonl format")
    if not output.exists():
        return set()
    ids: set[str] = set()
    with output.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                warn(f"{output}:{number}: not JSON, ignored by --resume")
                continue
            kind = record.get("kind")
            if kind == "document":
                ids.add(record["id"])
            elif kind == "extraction":
                ids.add(record["document"]["id"])
            elif kind == "summary":
                ids.update(record.get("documents", []))
    return ids


def run_batch(mode: str, ctx: typer.Context, **options: Any) -> None:
    flags = {
        "parser": _split(options.get("parser")),
        "extractor": _split(options.get("extractor")),
        "summarizer": _split(options.get("summarizer")),
        "translator": _split(options.get("translator")),
        "to": _split(options.get("to")),
        "jobs": options.get("jobs"),
        "reference_date": options.get("reference_date"),
        "cache": False if options.get("no_cache") else None,
        **{name: options.get(name) for name in _LLM},
        **parse_assignments(options.get("set")),
    }
    pipeline = build_pipeline(ctx, flags)
    if options.get("dry_run"):
        pipeline.context = pipeline.context.replace(dry_run=True)
    output = options.get("output")
    fmt = pick_format(options.get("format"), output, COMMANDS[mode][1])
    skip = done_ids(output, fmt) if options.get("resume") else set()

    from ..formats import WRITERS

    stream = open_output(output, append=bool(options.get("resume")))
    targets = pipeline.context.targets
    reader = targets[0] if len(targets) == 1 else "en"  # the report's frame: one language
    writer = WRITERS[fmt](stream, pipeline.config.secrets(), reader)
    progress = Progress(progress_wanted(output))
    report = None
    try:
        for record in pipeline.stream(options["paths"], mode, paths=True, skip_ids=skip):
            writer.write(record)
            progress.update(record)
            if record.kind == "error":
                progress.message(f"polybrief: warning: {scrub(record.message)}")
            report = record
    finally:
        progress.close()
        writer.close()
        if output is not None and str(output) != "-":
            stream.close()
    code = exit_code(report)
    if code == 2:
        fail("no usable input: nothing could be read (see the messages above)")
    raise typer.Exit(code)


def exit_code(report: Any) -> int:
    """0 when all is done, 1 when something failed, 2 when there was nothing usable."""
    counts = report.documents
    if counts.done + counts.failed + counts.skipped == 0:
        return 2
    return 1 if counts.failed or report.inputs_failed else 0


def make_command(mode: str):  # noqa: ANN201 - a typer command function
    names, _, doc = COMMANDS[mode]

    @handle_errors
    def command(ctx: typer.Context, **options: Any) -> None:
        run_batch(mode, ctx, **options)

    parameters = [
        inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)
    ]
    for name in names:
        annotation, default = OPTIONS[name]
        parameters.append(
            inspect.Parameter(
                name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
            )
        )
    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in parameters}
    command.__doc__ = inspect.cleandoc(doc)
    command.__name__ = mode
    return command


def register(app: typer.Typer) -> None:
    for mode in COMMANDS:
        app.command(mode)(make_command(mode))

"""The pipeline: inputs → parse → extract → summarize (→ translate), as records.

A :class:`Pipeline` is built once (plugins load, settings resolve) and can then be used
from several threads. It never prints and never exits: failures of one document become
:class:`ErrorRecord` in the stream, and misuse raises a :class:`PolybriefError`.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Generator, Iterable, Iterator
from collections.abc import Set as AbstractSet
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

from . import __version__
from .config import Config
from .context import Context
from .errors import (
    ConfigError,
    InputError,
    PolybriefError,
    RecordInvalid,
    StageError,
    Unavailable,
    UsageError,
)
from .events import event_records
from .eventstore import EventInputs
from .grounding import ground_extraction
from .inputs import Input, Source, expand_paths, to_sources
from .manager import STAGES, PluginHost
from .merge import merge_extractions
from .records import (
    Document,
    DocumentCounts,
    ErrorRecord,
    EventRecord,
    Extraction,
    Grounding,
    Record,
    RunReport,
    Summary,
    SummarySentence,
    Translation,
    Usage,
    document_id,
)
from .settings import STAGE_SETTINGS
from .threads import ordered_map
from .validation import check, is_known_language, is_language_tag

Mode = Literal["parse", "extract", "summarize", "run"]
T = TypeVar("T")
R = TypeVar("R")


class Pipeline:
    """Run polybrief's stages from Python.

    >>> pipe = Pipeline(to=["en"], extractor=["offline"])   # doctest: +SKIP
    >>> result = pipe.run([Path("article.txt"), "Some text…"])   # doctest: +SKIP

    Settings are keyword arguments with the names used in ``polybrief.toml``; they win over
    the environment and config files, read as the CLI reads them. Pass ``config`` to give a
    ready :class:`Config` instead. ``plugins`` registers plugin objects or modules of your
    own next to the installed ones (named by their ``polybrief_name``, module or class);
    worker processes (``jobs`` > 1, see :mod:`polybrief.workers`) get pickled copies of them.
    """

    def __init__(
        self, config: Config | None = None, *, plugins: Iterable[object] = (), **settings: Any
    ) -> None:
        base = config if config is not None else Config.load()
        if settings:
            base = base.with_flags(**settings)
        self.given_plugins = tuple(plugins)
        """The plugins given as Python objects; worker processes get copies of them."""
        self.host = PluginHost(base, self.given_plugins)
        self.config = base.with_settings(self.host.settings())
        self.config.check_flags()
        _check_targets(self.config["to"])
        self.context = Context(self.config, targets=tuple(self.config["to"]))
        self._order = {stage: self._choose(stage) for stage in STAGES}
        self._io_bound = {
            name
            for name, plugin in self.host.pm.list_name_plugin()
            if getattr(plugin, "polybrief_io_bound", False)
        }
        self._waiting = False  # set once an I/O-bound plugin has served a stage
        self._callers = {
            (stage, name): self.host.caller_for(stage, name)
            for stage, (names, _) in self._order.items()
            for name in names
        }

    # -- stage selection -------------------------------------------------------------------

    def _choose(self, stage: str) -> tuple[list[str], bool]:
        """The plugins to try for ``stage`` and whether the user named them."""
        available = self.host.implementers(stage)
        requested = self.config[STAGE_SETTINGS[stage]]
        if not requested:
            return available, False
        unknown = [name for name in requested if name not in available]
        if unknown:
            flag = "--" + STAGE_SETTINGS[stage]
            names = ", ".join(available) or "none"
            raise UsageError(f"unknown {stage} plugin {unknown[0]!r} ({flag}); available: {names}")
        return list(requested), True

    def plugins_for(self, stage: str) -> list[str]:
        """The plugins ``stage`` will try, in order."""
        return list(self._order[stage][0])

    def _call_one(self, stage: str, name: str, where: str, kwargs: dict[str, Any]) -> Any:
        try:
            result = self._callers[(stage, name)](**kwargs)
            if result is not None and name in self._io_bound:
                self._waiting = True
            return result
        except (PolybriefError, Unavailable):
            raise
        except Exception as exc:  # a plugin bug fails this document only
            raise StageError(stage, name, where, f"{type(exc).__name__}: {exc}") from exc

    def _call(self, stage: str, where: str, /, **kwargs: Any) -> tuple[Any, str | None, list[str]]:
        """The first result of ``stage``: ``(result, plugin, reasons others declined)``."""
        names, explicit = self._order[stage]
        reasons: list[str] = []
        for name in names:
            try:
                result = self._call_one(stage, name, where, kwargs)
            except Unavailable as exc:
                # The frames of the call, which hold the exception, would otherwise form a
                # cycle with it, keeping each document's records until a full collection.
                exc.__traceback__ = None
                if explicit:
                    raise UsageError(f"{stage} plugin {name!r} cannot run: {exc}") from None
                reasons.append(f"{name}: {exc}")
                continue
            if result is not None:
                return result, name, reasons
        return None, None, reasons

    # -- single stages ---------------------------------------------------------------------

    def _parse_source(self, source: Source) -> list[Document | InputError]:
        """The documents of one input; an :class:`InputError` stands for a broken record of a
        multi-record input (a bad line of a JSON Lines file) while the others go on."""
        result, plugin, reasons = self._call(
            "parse", source.name, source=source, context=self.context
        )
        if result is None:
            why = "; ".join(reasons) or f"tried: {', '.join(self.plugins_for('parse'))}"
            raise InputError(source.name, f"no parser recognises this input ({why})")
        documents: list[Document | InputError] = []
        for document in result:
            if isinstance(document, InputError):
                documents.append(document)
                continue
            if not document.id:
                document.id = document_id(document.text)
            document.metadata.setdefault("parser", plugin)
            try:
                check(document.to_dict())
            except RecordInvalid as exc:
                raise StageError("parse", plugin, source.name, str(exc)) from None
            documents.append(document)
        return documents

    def extract(self, document: Document, *, summaries: bool = True) -> Extraction:
        """The checked facts of one document; raises :class:`StageError` on failure.

        ``summaries=False`` tells extractors that no summary is wanted (``context.targets``
        is empty), so an LLM extractor does not pay for summaries nobody reads.
        """
        names, explicit = self._order["extract"]
        arguments = self._extract_args(document, summaries)
        if explicit and len(names) > 1:
            parts = [self._call_one("extract", name, document.source, arguments) for name in names]
            parts = [p for p in parts if p is not None]
            extraction = merge_extractions(parts, document.ref()) if parts else None
            plugin = ",".join(names)
        else:
            extraction, plugin, reasons = self._call("extract", document.source, **arguments)
            if extraction is None:
                raise StageError(
                    "extract",
                    None,
                    document.source,
                    "no extractor could run: " + "; ".join(reasons),
                )
        if extraction is None:
            raise StageError("extract", plugin, document.source, "no extractor returned facts")
        extraction.document = document.ref()
        ground_extraction(extraction, document.text)
        try:
            check(extraction.to_dict())
        except RecordInvalid as exc:
            raise StageError("extract", plugin, document.source, str(exc)) from None
        return extraction

    def _extract_args(self, document: Document, summaries: bool = True) -> dict[str, Any]:
        context = self.context if summaries else self.context.replace(targets=())
        return {"document": document, "context": context}

    def summarize(
        self,
        documents: list[Document],
        extractions: list[Extraction] | None = None,
        targets: Iterable[str] | None = None,
    ) -> list[Summary]:
        """Summaries of ``documents`` taken as one group, one per target language."""
        wanted = list(targets or self.context.targets)
        extractions = list(extractions or [])
        ready: dict[str, Summary] = {}
        if len(documents) == 1:
            for extraction in extractions:
                for summary in extraction.summaries:
                    if summary.target in wanted:
                        ready.setdefault(summary.target, summary)
        missing = [t for t in wanted if t not in ready]
        source = documents[0].source if documents else "<none>"
        if missing:
            produced, plugin, reasons = self._call(
                "summarize",
                source,
                documents=documents,
                extractions=extractions,
                targets=missing,
                context=self.context,
            )
            if produced is None:
                raise StageError(
                    "summarize", None, source, "no summarizer could run: " + "; ".join(reasons)
                )
            for summary in produced:
                if summary.target in missing:
                    ready.setdefault(summary.target, summary)
            for target in missing:
                if target not in ready:
                    raise StageError("summarize", plugin, source, f"no summary in {target!r}")
        summaries = []
        for target in wanted:
            summary = ready[target]
            if summary.lang != target and summary.translator is None:
                summary = self._translate_summary(summary, target, source)
            try:
                check(summary.to_dict())
            except RecordInvalid as exc:
                raise StageError("summarize", summary.summarizer, source, str(exc)) from None
            summaries.append(summary)
        return summaries

    def translate(self, text: str, target: str, source: str | None = None) -> str:
        """``text`` in the language ``target``; raises :class:`UsageError` if nothing can."""
        result, _, reasons = self._call(
            "translate",
            "<text>",
            text=text,
            source_lang=source,
            target_lang=target,
            context=self.context,
        )
        if result is None:
            plugins = ", ".join(self.plugins_for("translate")) or "none installed"
            why = "; ".join(reasons) or f"no translator handles {source or '?'} → {target}"
            raise UsageError(f"cannot translate into {target!r}: {why} (translators: {plugins})")
        return result.text if isinstance(result, Translation) else result

    def _translate_summary(self, summary: Summary, target: str, source: str) -> Summary:
        head = [summary.headline.replace("\n", " ")] if summary.headline else []
        text = "\n".join(head + [s.text.replace("\n", " ") for s in summary.sentences])
        result, plugin, reasons = self._call(
            "translate",
            source,
            text=text,
            source_lang=summary.lang,
            target_lang=target,
            context=self.context,
        )
        if result is None:
            summary.untranslated = (
                "; ".join(reasons) or "no translator is installed for this language pair"
            )
            return summary
        usage = summary.usage
        if isinstance(result, Translation):
            result, cost = result.text, result.usage
            if cost is not None:
                usage = Usage()
                for part in (summary.usage, cost):
                    if part is not None:
                        usage.add(part)
        lines = [line.strip() for line in result.strip().split("\n") if line.strip()]
        headline = lines.pop(0) if head and len(lines) > 1 else None
        if len(lines) == len(summary.sentences):
            sentences = [
                SummarySentence(line, s.sources)
                for line, s in zip(lines, summary.sentences, strict=True)
            ]
        else:
            sources = [ref for s in summary.sentences for ref in s.sources]
            sentences = [SummarySentence(" ".join(lines), sources)]
        return Summary(
            documents=summary.documents,
            lang=target,
            target=target,
            summarizer=summary.summarizer,
            method=summary.method,
            sentences=sentences,
            translator=plugin,
            note=summary.note,
            usage=usage,
            headline=headline,
        )

    # -- batches ---------------------------------------------------------------------------

    def parse(self, inputs: Iterable[Input] | Input) -> list[Document]:
        """Documents from text, bytes or paths; raises the first failure."""
        documents = []
        for item in to_sources(inputs, self.config["max_input_bytes"]):
            if isinstance(item, InputError):
                raise item
            for document in self._parse_source(item):
                if isinstance(document, InputError):
                    raise document
                documents.append(document)
        return documents

    def stream(
        self,
        inputs: Iterable[Input] | Input,
        mode: Mode = "run",
        *,
        paths: bool = False,
        skip_ids: Iterable[str] = (),
    ) -> Iterator[Record]:
        """Records in input order, each as soon as its document is done, then a run report.

        ``paths=True`` reads ``inputs`` as command-line paths (``-`` is standard input).
        Documents whose id is in ``skip_ids`` are skipped (``--resume``).

        With ``jobs`` > 1, a large batch is spread over worker processes when the plugins
        that serve it are CPU-bound, and over threads when one waits on the network (see
        :mod:`polybrief.workers`); the records and their order are the same either way.
        """
        limit = self.config["max_input_bytes"]
        sources = expand_paths(inputs, limit) if paths else to_sources(inputs, limit)
        run = _RunState(mode, self, set(skip_ids))
        events = EventInputs() if mode == "run" and self.config["events"] else None
        outcomes = self._outcomes(sources, mode, run)
        try:
            for outcome in outcomes:
                yield from run.account(outcome, events)
            if events is not None:
                for record in event_records(self, events):
                    run.finish_event(record)
                    yield record
        finally:
            outcomes.close()  # stops worker processes at once if the reader stopped early
            if events is not None:
                events.close()
        yield run.report()

    def run(self, inputs: Iterable[Input] | Input, *, paths: bool = False) -> RunResult:
        """Everything a run produces, collected; per-document failures are in ``errors``."""
        return RunResult(list(self.stream(inputs, "run", paths=paths)))

    def _outcomes(
        self, sources: Iterator[Source | InputError], mode: Mode, run: _RunState
    ) -> Generator[Outcome, None, None]:
        """Every document's outcome in input order: in worker processes when that pays,
        else in this process (with threads once an I/O-bound plugin serves)."""
        if self.config["jobs"] > 1:
            from .workers import outcomes_in_processes

            return outcomes_in_processes(self, sources, mode, run.skip_ids, run.note)
        return self.local_outcomes(sources, mode, run.skip_ids)

    @property
    def waits_on_io(self) -> bool:
        """Whether an I/O-bound plugin has served a stage (documents then go to threads)."""
        return self._waiting

    def local_outcomes(
        self,
        items: Iterable[Source | InputError | Outcome],
        mode: Mode,
        skip_ids: AbstractSet[str],
    ) -> Generator[Outcome, None, None]:
        """Outcomes worked out in this process: inputs are read and parsed in the calling
        thread, documents processed there too, or ``jobs`` at once in threads once an
        I/O-bound plugin has served. ``items`` may hold outcomes already read."""
        jobs = self.config["jobs"]
        pending = self._read_all(items, skip_ids)
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            finish = functools.partial(self.finish_outcome, mode=mode)
            yield from ordered_map(pool, finish, pending, jobs, lambda: self._waiting)

    def _read_all(
        self, items: Iterable[Source | InputError | Outcome], skip_ids: AbstractSet[str]
    ) -> Iterator[Outcome]:
        for item in items:
            if isinstance(item, Outcome):
                yield item
            else:
                yield from self.read_outcomes(item, skip_ids)

    def read_outcomes(self, item: Source | InputError, skip_ids: AbstractSet[str]) -> list[Outcome]:
        """Read and parse one input: its documents, still to be processed (``pending``),
        skipped, or failed (as error records)."""
        if isinstance(item, InputError):
            return [Outcome([_error(item, "read")])]
        try:
            documents = self._parse_source(item)
        except PolybriefError as exc:
            if isinstance(exc, UsageError):
                raise
            return [Outcome([_error(exc, "parse", item.name)])]
        outcomes = []
        for document in documents:
            if isinstance(document, InputError):
                outcomes.append(Outcome([_error(document, "parse", item.name)]))
                continue
            parser = document.metadata.get("parser")
            if document.id in skip_ids:
                outcomes.append(Outcome(parser=parser, skipped=True))
            else:
                outcomes.append(Outcome(document=document, parser=parser, pending=True))
        return outcomes

    def finish_outcome(self, outcome: Outcome, mode: Mode) -> Outcome:
        """Process the document of a pending outcome; a failure becomes an error record."""
        if not outcome.pending:
            return outcome
        document = outcome.document
        try:
            records = self._process(document, mode)
        except StageError as exc:
            records = [_error(exc, exc.stage, document.source, document.id)]
        return Outcome(records, document, outcome.parser)

    def _process(self, document: Document, mode: Mode) -> list[Record]:
        if mode == "parse":
            return [document]
        extraction = self.extract(document, summaries=mode != "extract")
        if mode == "extract":
            extraction.summaries = []
            return [extraction]
        summaries = self.summarize([document], [extraction])
        extraction.summaries = []
        return [extraction, *summaries] if mode == "run" else list(summaries)


@dataclass(slots=True)
class Outcome:
    """What became of one document of a run (or of an input that gave none)."""

    records: list[Record] = field(default_factory=list)
    """The records to write: the results, or the error records of what failed."""
    document: Document | None = None
    """The parsed document: to be processed while ``pending``, kept for the events stage."""
    parser: str | None = None
    pending: bool = False
    skipped: bool = False
    """Its id was in ``skip_ids`` (``--resume``): nothing is written for it."""


class RunResult:
    """The records of a run, sorted by kind."""

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self.documents = [r for r in records if isinstance(r, Document)]
        self.extractions = [r for r in records if isinstance(r, Extraction)]
        self.summaries = [r for r in records if isinstance(r, Summary)]
        self.events = [r for r in records if isinstance(r, EventRecord)]
        self.errors = [r for r in records if isinstance(r, ErrorRecord)]
        self.report: RunReport = next(r for r in records if isinstance(r, RunReport))

    @property
    def ok(self) -> bool:
        return not self.errors


def _error(
    exc: PolybriefError, stage: str, source: str | None = None, doc: str | None = None
) -> ErrorRecord:
    return ErrorRecord(
        source=getattr(exc, "source", None) or source or "?",
        stage=getattr(exc, "stage", stage),
        error=type(exc).__name__,
        message=str(exc),
        document=doc,
        plugin=getattr(exc, "plugin", None),
    )


def _check_targets(targets: list[str]) -> None:
    bad = [t for t in targets if not is_language_tag(t)]
    if bad:
        raise ConfigError(
            f"setting 'to' (--to): {', '.join(map(repr, bad))} is not a language tag; "
            "use BCP-47 codes such as en, fr, fa or pt-BR"
        )


def undated_note(count: int) -> str:
    """What a run says of documents with no date of their own, and how to give them one."""
    return (
        f"{count} document(s) have no date: no publication date was found and the event's day "
        "is not given with its year. Weekdays and dates without a year in them stay "
        "unresolved, and reports of one event are not grouped (events are told apart by day). "
        "Give the day of publication with --reference-date YYYY-MM-DD (the reference_date "
        "setting), or write it on a line under the title."
    )


class _RunState:
    """Counts kept while a run streams; touched only by the consuming thread."""

    def __init__(self, mode: str, pipeline: Pipeline, skip_ids: set[str]) -> None:
        self.mode = mode
        self.pipeline = pipeline
        self.skip_ids = skip_ids
        self.started = datetime.now(UTC)
        self.clock = time.perf_counter()
        self.inputs_failed = self.skipped = 0
        self.done = self.failed = self.partial = 0
        self.usage = Usage()
        self.grounded = self.evidence = 0
        self.used: dict[str, list[str]] = {}
        self.notes: list[str] = []
        self.events = self.events_failed = 0
        self.undated = 0
        """Documents with neither a publication date nor a dated event."""

    def use(self, stage: str, *names: str | None) -> None:
        for name in names:
            if name and name not in self.used.setdefault(stage, []):
                self.used[stage].append(name)

    def note(self, note: str | None) -> None:
        """Add a note to the run report (once)."""
        if note and note not in self.notes:
            self.notes.append(note)

    def note_untranslated(self, target: str, why: str | None) -> None:
        """Say once per language and reason why summaries stayed in their source language."""
        if why:
            self.note(
                f"Summaries not translated into {target} stay in their source language: {why}."
            )

    def account(self, outcome: Outcome, events: EventInputs | None) -> list[Record]:
        """Count one document's outcome, hand it to the events stage; its records to write."""
        self.use("parse", outcome.parser)
        if outcome.skipped:
            self.skipped += 1
            return []
        if events is not None and outcome.document is not None:
            events.hold(outcome.document)
        self.finish(outcome.records)
        if events is not None:
            events.take(outcome.records)
        return outcome.records

    def finish(self, records: list[Record]) -> None:
        """Count the records of one finished document (or failed input)."""
        errors = [r for r in records if isinstance(r, ErrorRecord)]
        for error in errors:
            if error.stage == "read":
                self.inputs_failed += 1
            else:
                self.failed += 1
        if not errors:
            self.done += 1
        for record in records:
            self._count(record)

    def finish_event(self, record: Record) -> None:
        """Count an event record, or the failure of one event."""
        if isinstance(record, EventRecord):
            self.events += 1
            self.use("group", record.grouper)
            for brief in record.briefs:
                self.use("summarize", brief.summarizer)
                self.use("translate", brief.translator)
                self.note(brief.note)
                self.note_untranslated(brief.target, brief.untranslated)
            if record.usage:
                self.usage.add(record.usage)
        elif isinstance(record, ErrorRecord):
            self.events_failed += 1

    def _count(self, record: Record) -> None:
        if isinstance(record, Extraction):
            self.partial += record.partial
            self.grounded += record.grounding.grounded
            self.evidence += record.grounding.total
            self.use("extract", *record.extractors)
            if record.document.published is None and not (record.event and record.event.date):
                self.undated += 1
            if record.usage:
                self.usage.add(record.usage)
            for note in record.notes:
                self.note(note)
        elif isinstance(record, Summary):
            self.use("summarize", record.summarizer)
            self.use("translate", record.translator)
            if record.usage:
                self.usage.add(record.usage)
            self.note(record.note)
            self.note_untranslated(record.target, record.untranslated)

    def report(self) -> RunReport:
        failed = self.failed
        if self.events_failed:
            self.note(f"{self.events_failed} event(s) could not be described (see the errors).")
        if self.undated and not self.pipeline.context.config.get("reference_date"):
            self.note(undated_note(self.undated))
        for target in self.pipeline.context.targets:
            if not is_known_language(target):
                self.note(
                    f"'{target}' (--to) is no language CLDR knows: check the code; dates, "
                    "units and headings for it are in English."
                )
        finished = datetime.now(UTC)
        return RunReport(
            version=__version__,
            command=self.mode,
            started=self.started.isoformat(timespec="seconds"),
            finished=finished.isoformat(timespec="seconds"),
            seconds=round(time.perf_counter() - self.clock, 3),
            targets=list(self.pipeline.context.targets)
            if self.mode in ("run", "summarize")
            else [],
            stages=self.used,
            documents=DocumentCounts(
                total=self.done + failed + self.skipped,
                done=self.done,
                failed=failed,
                partial=self.partial,
                skipped=self.skipped,
            ),
            inputs_failed=self.inputs_failed,
            usage=self.usage,
            grounding=Grounding(self.evidence, self.grounded),
            dry_run=self.pipeline.context.dry_run,
            notes=self.notes,
            events=self.events,
        )

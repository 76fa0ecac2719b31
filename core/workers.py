"""Spread a CPU-bound batch over worker processes, keeping input order.

The offline plugins are pure Python: threads cannot run them side by side (the
interpreter lock), processes can. With ``jobs`` > 1 and a large enough batch, a run works
like this:

- the first document is processed in this process, which shows whether a plugin that waits
  on the network (``polybrief_io_bound``, such as an LLM endpoint) serves the run: then
  the documents go to threads of this process, since waiting needs no more CPUs;
- otherwise ``min(jobs, CPUs)`` worker processes start, each with a pipeline built from the
  same configuration and plugins. Each input is read, parsed, extracted, summarized and
  checked in a worker; the documents of a multi-record input (JSON Lines) are handed out
  one by one. Inputs go to the workers :data:`BATCH` at a time, at most two batches per
  worker in flight, and records come back in input order, so the output is the same as
  from one process;
- while the workers start (about half a second: they import polybrief and load their
  models), this process works through the first inputs itself.

Workers are started with ``spawn`` on every platform: it is the only method on Windows and
the default on macOS, and unlike ``fork`` it is safe when the calling program has threads.
As with any ``spawn`` pool, a script that runs a pipeline with ``jobs`` > 1 must guard its
entry point with ``if __name__ == "__main__":``.

This process stays the only one that reads inputs and that writes or keeps results: the
events stage gets every document and extraction here. A batch of fewer than
:data:`LARGE_BATCH` documents, a plugin given as a Python object that cannot be pickled, or
a machine with one CPU keeps everything in one process; the run report says why when
processes were wanted and could not be used. Workers ignore Ctrl-C: this process stops
them. If a worker dies, the documents not yet done are processed here.
"""

from __future__ import annotations

import importlib
import os
import pickle
import signal
import sys
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .inputs import Source

if TYPE_CHECKING:
    from .config import Config
    from .pipeline import Mode, Outcome, Pipeline

LARGE_BATCH = 100
"""Documents (counting every :data:`DOCUMENT_BYTES` of input as one) below which a batch
stays in one process: starting workers costs about as much as that many documents."""
DOCUMENT_BYTES = 4096
IN_FLIGHT_PER_WORKER = 2
"""Tasks queued per worker: one running, one ready to start, so none waits for this
process to hand it the next."""
BATCH = 8
"""Inputs sent to a worker at once: fewer, larger messages cost this process less."""
WHILE_STARTING = 200
"""Inputs read ahead while the workers start, for this process to work through meanwhile."""


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the platform tells it)."""
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if count is not None:
        return count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def outcomes_in_processes(
    pipeline: Pipeline,
    sources: Iterator[Source | InputError],
    mode: Mode,
    skip_ids: AbstractSet[str],
    note: Callable[[str], None],
) -> Iterator[Outcome]:
    """Every document's outcome in input order, from worker processes when that pays."""
    _refuse_unguarded_script()
    workers = min(pipeline.config["jobs"], available_cpus())
    ahead, large = _look_ahead(sources)
    items: Iterator[Any] = chain(ahead, sources)
    if workers < 2 or not large:
        yield from pipeline.local_outcomes(items, mode, skip_ids)
        return
    # The first document, here: it shows whether an I/O-bound plugin serves the run.
    read: deque[Outcome] = deque()
    for item in items:
        read.extend(pipeline.read_outcomes(item, skip_ids))
        while read and not read[0].pending:
            yield read.popleft()
        if read:
            yield pipeline.finish_outcome(read.popleft(), mode)
            break
    rest = chain(read, items)
    if pipeline.waits_on_io:
        yield from pipeline.local_outcomes(rest, mode, skip_ids)
        return
    job, problem = _job(pipeline, mode, skip_ids)
    if job is None:
        note(f"{problem}; documents were processed in one process.")
        yield from pipeline.local_outcomes(rest, mode, skip_ids)
        return
    pool = _WorkerPool(pipeline, mode, skip_ids, job, workers, note)
    try:
        yield from pool.outcomes(rest)
    finally:
        pool.close()


def _refuse_unguarded_script() -> None:
    """Stop a worker that is starting by running the caller's script again.

    A ``spawn`` worker imports the main script of the program; if the script runs a
    pipeline without ``if __name__ == "__main__":``, that run would start in the worker
    itself. The worker ends with one line saying so instead (multiprocessing would raise a
    long error a little later), and the main process finishes the batch alone.
    """
    import multiprocessing

    if getattr(multiprocessing.current_process(), "_inheriting", False):  # while starting
        raise SystemExit(
            "polybrief: a worker process could not start: the script that runs the pipeline "
            'needs `if __name__ == "__main__":` around its entry point (worker processes '
            "import it); the batch goes on in one process."
        )


def _look_ahead(sources: Iterator[Source | InputError]) -> tuple[list[Any], bool]:
    """The first inputs, read until the batch is known to be large (or has ended)."""
    ahead: list[Any] = []
    size = 0
    for source in sources:
        ahead.append(source)
        data = source.data if isinstance(source, Source) else b""
        size += max(1, len(data) // DOCUMENT_BYTES)
        if size >= LARGE_BATCH:
            return ahead, True
    return ahead, False


# -- what the workers need -----------------------------------------------------------------


@dataclass(frozen=True)
class _Job:
    """Everything a worker needs to build the same pipeline; pickled once per run."""

    config: Config
    plugins: tuple[Any, ...]
    """Plugins given as Python objects; modules travel as their names."""
    targets: tuple[str, ...]
    dry_run: bool
    mode: Mode
    skip_ids: frozenset[str]
    keep_documents: bool


@dataclass(frozen=True)
class _ModuleName:
    """A plugin module, sent by name and imported again in the worker."""

    name: str


def _portable(plugin: object) -> object:
    """``plugin`` as it can be sent to a worker; raises ``ValueError`` if it cannot be."""
    if isinstance(plugin, types.ModuleType):
        if plugin.__name__ == "__main__" or sys.modules.get(plugin.__name__) is not plugin:
            raise ValueError(f"module {plugin.__name__!r} cannot be imported by name")
        return _ModuleName(plugin.__name__)
    return plugin


def _job(pipeline: Pipeline, mode: Mode, skip_ids: AbstractSet[str]) -> tuple[bytes | None, str]:
    """The pickled :class:`_Job`, or None and why the workers could not get one."""
    from .manager import plugin_name

    plugins = []
    for plugin in pipeline.given_plugins:
        try:
            plugins.append(_portable(plugin))
            pickle.dumps(plugins[-1])
        except Exception as exc:  # pickling raises many kinds of errors
            name = plugin_name(plugin)
            return None, f"plugin {name!r} cannot be sent to worker processes ({_why(exc)})"
    job = _Job(
        config=pipeline.config,
        plugins=tuple(plugins),
        targets=tuple(pipeline.context.targets),
        dry_run=pipeline.context.dry_run,
        mode=mode,
        skip_ids=frozenset(skip_ids),
        keep_documents=mode == "run" and bool(pipeline.config["events"]),
    )
    try:
        return pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL), ""
    except Exception as exc:
        return None, f"the settings cannot be sent to worker processes ({_why(exc)})"


def _why(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


# -- the work of one task, in a worker or here ------------------------------------------------


def do_task(
    pipeline: Pipeline, item: Source | Outcome, mode: Mode, skip_ids: AbstractSet[str]
) -> list[Outcome]:
    """One input read and, when it holds a single document, processed; or one pending
    document processed. The documents of a multi-record input (JSON Lines) stay pending,
    to be handed out one by one."""
    if isinstance(item, Source):
        outcomes = pipeline.read_outcomes(item, skip_ids)
        if sum(o.pending for o in outcomes) != 1:
            return outcomes
    else:
        outcomes = [item]
    return [pipeline.finish_outcome(o, mode) for o in outcomes]


class _Worker:
    """The pipeline of one worker process."""

    def __init__(self, job: _Job) -> None:
        from .pipeline import Pipeline

        plugins = [
            importlib.import_module(p.name) if isinstance(p, _ModuleName) else p
            for p in job.plugins
        ]
        self.pipeline = Pipeline(job.config, plugins=plugins)
        self.pipeline.context = self.pipeline.context.replace(
            targets=job.targets, dry_run=job.dry_run
        )
        self.job = job

    def do(self, item: Source | Outcome) -> list[Outcome]:
        outcomes = do_task(self.pipeline, item, self.job.mode, self.job.skip_ids)
        if not self.job.keep_documents:
            for outcome in outcomes:
                if not outcome.pending:
                    outcome.document = None  # only the events stage needs it back
        return outcomes


_worker: _Worker | None = None


def _start_worker(job: bytes) -> None:
    """Build this worker's pipeline (the pool's initializer)."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the main process to handle
    _worker = _Worker(pickle.loads(job))


def _in_worker(items: list[Source | Outcome]) -> list[list[Outcome]]:
    if _worker is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker process not initialised")
    return [_worker.do(item) for item in items]


# -- in the main process ---------------------------------------------------------------------


class _Slot:
    """One input or document, in input order: its outcomes once known.

    ``outcomes`` holds finished outcomes and, for a multi-record input, the slots of its
    documents still being processed.
    """

    __slots__ = ("item", "outcomes")

    def __init__(self, item: Any) -> None:
        self.item = item
        self.outcomes: deque[Any] | None = None


class _WorkerPool:
    """Workers plus the bookkeeping that hands them work and gives results back in order."""

    def __init__(
        self,
        pipeline: Pipeline,
        mode: Mode,
        skip_ids: AbstractSet[str],
        job: bytes,
        workers: int,
        note: Callable[[str], None],
    ) -> None:
        import multiprocessing

        self.pipeline = pipeline
        self.mode = mode
        self.skip_ids = skip_ids
        self.note = note
        self.limit = workers * IN_FLIGHT_PER_WORKER
        self.executor: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(job,),
        )
        self.started = False
        """Set once a worker has given back a result: until then this process helps."""
        self.in_flight: dict[Future, list[_Slot]] = {}
        self.backlog: deque[_Slot] = deque()
        """Work waiting for a free worker, first come first served."""

    def outcomes(self, items: Iterable[Any]) -> Iterator[Outcome]:
        """The outcomes of ``items`` (inputs, or outcomes already read), in order."""
        items = iter(items)
        order: deque[_Slot] = deque()
        more = True
        while True:
            ahead = 2 * self.limit * BATCH if self.started else WHILE_STARTING
            while more and len(order) < ahead:
                item = next(items, None)
                if item is None:
                    more = False
                    break
                slot = _Slot(item)
                order.append(slot)
                self._queue(slot)
            while self.backlog and len(self.in_flight) < self.limit:
                batch = [self.backlog.popleft() for _ in range(min(BATCH, len(self.backlog)))]
                self._submit(batch)
            yield from _ready(order)
            if not order:
                if not more:
                    return
                continue
            if not self.started and self.backlog:
                self._here(self.backlog.popleft())  # the workers are still starting: help
                self._take(wait(self.in_flight, timeout=0)[0])
            else:
                self._take(wait(self.in_flight, return_when=FIRST_COMPLETED)[0])

    def _queue(self, slot: _Slot) -> None:
        """Queue a new slot's work, or settle it at once (a failed read, a finished outcome)."""
        item = slot.item
        if isinstance(item, InputError):
            self._settle(slot, self.pipeline.read_outcomes(item, self.skip_ids))
        elif isinstance(item, Source) or item.pending:
            self.backlog.append(slot)
        else:
            self._settle(slot, [item])

    def _submit(self, slots: list[_Slot]) -> None:
        """Give a batch of slots to the workers (or do them here if the pool broke)."""
        if self.executor is not None:
            try:
                future = self.executor.submit(_in_worker, [slot.item for slot in slots])
                self.in_flight[future] = slots
                return
            except BrokenProcessPool as exc:
                self._broken(exc)
        for slot in slots:
            self._here(slot)

    def _here(self, slot: _Slot) -> None:
        self._settle(slot, do_task(self.pipeline, slot.item, self.mode, self.skip_ids))

    def _settle(self, slot: _Slot, outcomes: list[Outcome]) -> None:
        """Record a slot's outcomes; documents still pending become slots of their own, next
        in line for a worker."""
        parts: deque[Any] = deque()
        children = []
        for outcome in outcomes:
            if outcome.pending:
                child = _Slot(outcome)
                children.append(child)
                parts.append(child)
            else:
                parts.append(outcome)
        self.backlog.extendleft(reversed(children))
        slot.outcomes = parts

    def _take(self, done: Iterable[Future]) -> None:
        """Take the results of finished tasks."""
        for future in done:
            slots = self.in_flight.pop(future, None)
            if slots is None:
                continue  # settled when the pool broke
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                self._broken(exc)
                self.backlog.extendleft(reversed(slots))
                continue
            self.started = True
            for slot, outcomes in zip(slots, results, strict=True):
                self._settle(slot, outcomes)

    def _broken(self, exc: BaseException) -> None:
        """A worker died: what is not done yet is done in this process."""
        if self.executor is None:
            return
        self.note(
            f"Worker processes stopped ({exc or type(exc).__name__}); the documents not yet "
            "done were processed in one process."
        )
        self.close()
        for future, slots in list(self.in_flight.items()):
            del self.in_flight[future]
            if future.done() and not future.cancelled() and future.exception() is None:
                for slot, outcomes in zip(slots, future.result(), strict=True):
                    self._settle(slot, outcomes)
            else:
                self.backlog.extendleft(reversed(slots))

    def close(self) -> None:
        """Stop the workers; those still busy are stopped without waiting for them."""
        executor, self.executor = self.executor, None
        if executor is None:
            return
        if any(not f.done() for f in self.in_flight):
            _stop_workers(executor)
        else:
            executor.shutdown(wait=True)


def _ready(order: deque[_Slot]) -> Iterator[Outcome]:
    """Take from the front of ``order`` every outcome that is known, in order."""
    while order:
        slot = order[0]
        if slot.outcomes is None:
            return
        while slot.outcomes:
            part = slot.outcomes[0]
            if isinstance(part, _Slot):  # a document of a multi-record input
                if part.outcomes is None:
                    return
                slot.outcomes.popleft()
                yield from part.outcomes
            else:
                slot.outcomes.popleft()
                yield part
        order.popleft()


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    """End the worker processes at once (Ctrl-C, or a reader that stopped reading)."""
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()

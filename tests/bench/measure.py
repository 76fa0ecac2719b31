"""What the speed benchmarks share: a timed run, the time of each stage, and the peak memory
of every process taking part (this one and its worker processes).

Memory is the proportional set size where the system reports it (Linux: pages shared
between processes count once in total), else the resident set size; it is sampled every
100 ms through psutil, which the ``test`` extra installs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

SAMPLE_SECONDS = 0.1


class PeakMemory:
    """The highest total memory of this process and its children while the block runs."""

    def __init__(self) -> None:
        self.peak = 0
        self.measure = "PSS"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def mib(self) -> float:
        return self.peak / 2**20

    def _sample(self) -> None:
        import psutil

        me = psutil.Process()
        while True:
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += self._size(process)
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue  # a worker that just ended
            self.peak = max(self.peak, total)
            if self._stop.wait(SAMPLE_SECONDS):
                return

    def _size(self, process) -> int:  # noqa: ANN001 - a psutil.Process
        if self.measure == "PSS":
            try:
                return process.memory_full_info().pss
            except (AttributeError, NotImplementedError):
                self.measure = "RSS"  # not on this system
        return process.memory_info().rss


@dataclass
class Run:
    """One timed run of a pipeline over the inputs."""

    documents: int
    seconds: float
    events_seconds: float
    """The events stage (grouping and describing events), which follows the documents."""
    memory_mib: float
    memory_measure: str
    failed: int

    @property
    def rate(self) -> float:
        return self.documents / (self.seconds - self.events_seconds)


def timed_run(make_pipeline: Callable[[], object], inputs: Iterable, mode: str = "run") -> Run:
    """Run a new pipeline over ``inputs``; the pipeline is built inside the timing, as the
    command line builds it. The events stage is timed from the call that starts it."""
    import polybrief.pipeline

    started: list[float] = []
    describe = polybrief.pipeline.event_records

    def timed_events(*args: object) -> Iterator[object]:
        started.append(time.perf_counter())
        yield from describe(*args)

    polybrief.pipeline.event_records = timed_events
    try:
        with PeakMemory() as memory:
            start = time.perf_counter()
            pipe = make_pipeline()
            report = None
            for record in pipe.stream(inputs, mode):
                report = record
            end = time.perf_counter()
    finally:
        polybrief.pipeline.event_records = describe
    counts = report.documents
    return Run(
        documents=counts.done + counts.failed,
        seconds=end - start,
        events_seconds=end - started[0] if started else 0.0,
        memory_mib=memory.mib,
        memory_measure=memory.measure,
        failed=counts.failed,
    )


REPEATS = 3
"""Timed runs of each configuration: the machine is shared, so one run may be slowed by
other work; the fastest is the best estimate of what the code costs (as ``timeit`` takes
the minimum), and the median shows the spread."""


@dataclass
class Runs:
    """Repeated timed runs of one configuration."""

    runs: list[Run]

    @property
    def best(self) -> Run:
        return max(self.runs, key=lambda r: r.rate)

    @property
    def median_rate(self) -> float:
        rates = sorted(r.rate for r in self.runs)
        return rates[len(rates) // 2]

    @property
    def rate(self) -> float:
        return self.best.rate

    @property
    def memory_mib(self) -> float:
        return max(r.memory_mib for r in self.runs)

    @property
    def memory_measure(self) -> str:
        return self.runs[0].memory_measure

    @property
    def seconds(self) -> float:
        return self.best.seconds

    def rates(self) -> str:
        """``best (median)`` documents per second."""
        return f"{self.best.rate:.0f} ({self.median_rate:.0f})"


def repeated_runs(
    make_pipeline: Callable[[], object], inputs: list, repeats: int = REPEATS
) -> Runs:
    """:func:`timed_run` ``repeats`` times, each with a new pipeline."""
    return Runs([timed_run(make_pipeline, inputs) for _ in range(repeats)])


def stage_split(pipe, inputs: list) -> dict[str, float]:  # noqa: ANN001 - a Pipeline
    """Milliseconds per document of each stage through the pipeline, in this process, one
    document after the other as a run does it (each stage with its checks: the record's
    schema, the grounding of evidence)."""
    totals = {"parse": 0.0, "extract": 0.0, "summarize": 0.0}
    count = 0
    for item in inputs:
        start = time.perf_counter()
        documents = pipe.parse(item)
        parsed = time.perf_counter()
        totals["parse"] += parsed - start
        for document in documents:
            start = time.perf_counter()
            extraction = pipe.extract(document)
            extracted = time.perf_counter()
            pipe.summarize([document], [extraction])
            totals["extract"] += extracted - start
            totals["summarize"] += time.perf_counter() - extracted
            count += 1
    return {stage: seconds / count * 1000 for stage, seconds in totals.items()}


def side_by_side(title: str, rows: list[tuple[str, list[str]]], heads: list[str]) -> None:
    """Print ``rows`` (a label, then one cell per column) under ``heads``."""
    width = max(len(label) for label, _ in rows) + 2
    print(title)
    print(" " * width + "".join(f"{head:>22}" for head in heads))
    for label, cells in rows:
        print(f"{label:<{width}}" + "".join(f"{cell:>22}" for cell in cells))

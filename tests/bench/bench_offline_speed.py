"""Speed and memory of the offline path on 1,000 documents of real length.

Run: python tests/bench/bench_offline_speed.py [documents] [--examples-only]
Documents: the examples and, when the shared corpus is beside the checkout, its articles
(XL-Sum news, longer than the ~3 KB of bench_parse.py), repeated (each copy made unique)
up to the count. Prints, side by side for one process (``--jobs 1``) and for worker
processes (``--jobs`` = the CPUs here): documents per second (the best of three runs, and
their median: the machine may be shared) for parse + extract + summarize through the
pipeline (grounding and schema checks included, the events stage
off) and the peak memory of all the processes; then the events stage of a run, the time
per document of each stage in one process, and the offline plugin alone.
Target: ≥ 200 documents per second for parse + extract + summarize.

The copies repeat a few dozen reports, so the events stage groups hundreds of copies into
each event: its time here is far above that of a real batch.
"""

from __future__ import annotations

import json
import sys
import time
import tracemalloc
from pathlib import Path

from measure import REPEATS, repeated_runs, side_by_side, stage_split, timed_run

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
TARGET = 200


def texts(examples_only: bool = False) -> list[str]:
    found = [p.read_text("utf-8") for p in sorted((ROOT / "examples").iterdir()) if p.is_file()]
    if examples_only:
        return found
    for path in sorted(CORPUS.glob("*.txt")):
        found.append(path.read_text("utf-8"))
    for path in sorted(CORPUS.glob("xlsum-dev/*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                article = json.loads(line)
                found.append(f"{article['title']}\n\n{article['text']}")
    return found


def documents(count: int, examples_only: bool = False) -> list[str]:
    base = texts(examples_only)
    return [f"{base[i % len(base)]}\n\n({i})" for i in range(count)]


def traced_peak(run) -> float:
    """Peak Python memory (MiB) allocated while ``run`` runs, beyond what was there before."""
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(count: int = 1000, examples_only: bool = False) -> int:
    from polybrief import Pipeline
    from polybrief.plugins.offline.extractor import extract_document
    from polybrief.plugins.offline.summarizer import summarize_documents
    from polybrief.workers import available_cpus

    inputs = documents(count, examples_only)
    cpus = available_cpus()
    characters = sum(map(len, inputs))
    print(f"{count} documents, {characters / count:.0f} characters each on average; {cpus} CPUs")
    Pipeline(to=["en"]).run(inputs[:5])  # the first run of a machine reads the files cold

    def pipeline(jobs: int, events: bool = False):  # noqa: ANN202
        return lambda: Pipeline(
            to=["en"], extractor=["offline"], summarizer=["offline"], jobs=jobs, events=events
        )

    runs = [repeated_runs(pipeline(1), inputs)]
    heads = ["one process"]
    if cpus > 1:
        runs.append(repeated_runs(pipeline(cpus), inputs))
        heads.append(f"{cpus} worker processes")
    side_by_side(
        "parse + extract + summarize (events stage off), pipeline built inside the timing, "
        f"best of {REPEATS} runs:",
        [
            ("documents per second, best (median)", [r.rates() for r in runs]),
            ("seconds, best run", [f"{r.seconds:.2f}" for r in runs]),
            (
                f"peak memory, all processes (MiB, {runs[0].memory_measure})",
                [f"{r.memory_mib:.0f}" for r in runs],
            ),
        ],
        heads,
    )
    with_events = timed_run(pipeline(cpus, events=True), inputs)
    print(
        f"events stage of a run (in this process): {with_events.events_seconds:.2f} s; "
        f"the whole run: {with_events.seconds:.2f} s, "
        f"peak memory {with_events.memory_mib:.0f} MiB"
    )
    pipe = Pipeline(to=["en"], extractor=["offline"], summarizer=["offline"], jobs=1)
    split = stage_split(pipe, inputs[:300])
    print(
        "one process, per document: "
        + ", ".join(f"{stage} {ms:.2f} ms" for stage, ms in split.items())
        + " (each with its checks)"
    )
    parsed = [pipe.parse(text)[0] for text in inputs[:300]]
    start = time.perf_counter()
    for document in parsed:
        extract_document(document)
        summarize_documents([document], ["en"])
    alone = (time.perf_counter() - start) / len(parsed) * 1000
    print(f"  extract + summarize, the offline plugin alone: {alone:.2f} ms")
    sample = parsed[:100]
    peak = traced_peak(lambda: [pipe.summarize([d], [pipe.extract(d)]) for d in sample])
    print(f"peak Python memory while extracting and summarizing 100 documents: {peak:.1f} MiB")
    best = max(r.rate for r in runs)
    how = heads[[r.rate for r in runs].index(best)]
    verdict = "met" if best >= TARGET else "NOT met"
    print(
        f"target: ≥ {TARGET} docs/s for parse + extract + summarize -> {best:.0f} "
        f"with {how}, {verdict}"
    )
    return 0


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    sys.exit(main(int(numbers[0]) if numbers else 1000, "--examples-only" in sys.argv))

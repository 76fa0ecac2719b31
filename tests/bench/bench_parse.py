"""Speed on typical ~3 KB articles in English, French and Persian, 1,000 of them.

Run: python tests/bench/bench_parse.py [documents]
Targets: parse + extract + summarize at least 200 documents/s offline on 1,000 documents
(the run's events stage, which groups the documents into events, is timed apart); about
2 ms to parse a typical 3 KB article. Figures side by side for one process (``--jobs 1``)
and for worker processes (``--jobs`` = the CPUs here), with the peak memory of all the
processes; then the time per document of each stage in one process. Plain text is the
typical input; an HTML page goes through trafilatura and costs more, so its figure is
printed apart. Timings vary with what else the machine runs: each configuration runs three
times, and the best and the median are printed.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from measure import REPEATS, repeated_runs, side_by_side, stage_split, timed_run

ROOT = Path(__file__).resolve().parents[2]
TARGET = 200


def articles(count: int) -> list[bytes]:
    """``count`` distinct articles of about 3 KB, built from the shipped examples."""
    bodies = [p.read_text("utf-8") for p in sorted((ROOT / "examples").iterdir())]
    out = []
    for number in range(count):
        body = bodies[number % len(bodies)]
        title, _, rest = body.partition("\n")
        paragraphs = [p for p in rest.split("\n\n") if p.strip()]
        text = title + "\n\n" + "\n\n".join(paragraphs)
        while len(text.encode()) < 3000:
            text += "\n\n" + paragraphs[len(text) % len(paragraphs)]
        out.append(f"{text}\n\n({number})".encode())
    return out


def main(count: int = 1000) -> int:
    from polybrief import Pipeline
    from polybrief.plugins.parsing.document import build_document
    from polybrief.workers import available_cpus

    docs = articles(count)
    cpus = available_cpus()
    print(f"{count} articles, mean {statistics.mean(map(len, docs)):.0f} bytes; {cpus} CPUs")
    Pipeline(to=["en"]).run(docs[:6])  # the first run of a machine reads the files cold

    def pipeline(jobs: int, events: bool = False):  # noqa: ANN202
        return lambda: Pipeline(to=["en"], jobs=jobs, events=events)

    one = repeated_runs(pipeline(1), docs)
    pooled = repeated_runs(pipeline(cpus), docs) if cpus > 1 else None
    with_events = timed_run(pipeline(cpus, events=True), docs)
    runs = [one, pooled] if pooled else [one]
    heads = ["one process"] + ([f"{cpus} worker processes"] if pooled else [])
    side_by_side(
        "parse + extract + summarize (events stage off), pipeline built inside the timing, "
        f"best of {REPEATS} runs:",
        [
            ("documents per second, best (median)", [r.rates() for r in runs]),
            ("seconds, best run", [f"{r.seconds:.2f}" for r in runs]),
            ("peak memory, all processes (MiB)", [f"{r.memory_mib:.0f}" for r in runs]),
        ],
        heads,
    )
    print(
        f"events stage (grouping {count} documents, in this process): "
        f"{with_events.events_seconds:.2f} s; whole run with it: {with_events.seconds:.2f} s "
        f"({count / with_events.seconds:.0f} documents/s), "
        f"peak memory {with_events.memory_mib:.0f} MiB ({with_events.memory_measure})"
    )
    pipe = Pipeline(to=["en"], jobs=1)
    split = stage_split(pipe, docs[:300])
    print(
        "one process, per document: "
        + ", ".join(f"{stage} {ms:.2f} ms" for stage, ms in split.items())
        + " (each with its checks)"
    )
    texts = [d.decode() for d in docs[:200]]
    start = time.perf_counter()
    for text in texts:
        build_document(text, "bench")
    per_build = (time.perf_counter() - start) / len(texts) * 1000
    print(f"  of parsing, build_document alone: {per_build:.2f} ms")
    page = (ROOT / "tests" / "fixtures" / "fa_news_page.html").read_bytes()
    start = time.perf_counter()
    pipe.parse([page] * 50)
    print(f"HTML page (trafilatura): {(time.perf_counter() - start) / 50 * 1000:.2f} ms per page")
    print(f"target: about 2 ms to parse a 3 KB article -> {split['parse']:.2f} ms")
    best = max(r.rate for r in runs)
    how = f"{cpus} worker processes" if pooled and best == pooled.rate else "one process"
    verdict = "met" if best >= TARGET else "NOT met"
    print(
        f"target: parse + extract + summarize ≥ {TARGET} documents/s on {count} documents "
        f"-> {best:.0f}/s with {how}, {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))

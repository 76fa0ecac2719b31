"""Speed and memory of the offline path on 1,000 documents.

Run: python tests/bench/bench_offline_speed.py [documents] [--examples-only]
Documents: the examples and, when the shared corpus is beside the checkout, its articles,
repeated (each copy made unique) up to the count. Prints documents per second and peak
memory for parse + extract + summarize through the pipeline (with grounding and schema
checks), and for the offline extract + summarize alone.
Target: ≥ 200 documents per second for parse + extract + summarize.
"""

from __future__ import annotations

import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


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


def timed(label: str, count: int, run) -> float:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    rate = count / seconds
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<44} {seconds:7.2f} s {rate:8.0f} docs/s   process peak {rss:5.0f} MiB")
    return rate


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

    inputs = documents(count, examples_only)
    characters = sum(map(len, inputs))
    print(f"{count} documents, {characters / count:.0f} characters each on average")
    pipe = Pipeline(to=["en"], extractor=["offline"], summarizer=["offline"], jobs=1)
    pipe.run(inputs[:5])  # load plugins, data files and the language detector once

    full = timed(
        "parse + extract + summarize (pipeline, run)",
        count,
        lambda: [None for _ in pipe.stream(inputs, "run")],
    )
    parsed = [pipe.parse(text)[0] for text in inputs]
    timed("parse alone (pipeline)", count, lambda: [pipe.parse(text) for text in inputs])
    timed(
        "extract + summarize (pipeline, checked)",
        count,
        lambda: [pipe.summarize([d], [pipe.extract(d)]) for d in parsed],
    )
    timed(
        "extract + summarize (offline plugin alone)",
        count,
        lambda: [(extract_document(d), summarize_documents([d], ["en"])) for d in parsed],
    )
    sample = parsed[:100]
    peak = traced_peak(lambda: [pipe.summarize([d], [pipe.extract(d)]) for d in sample])
    print(f"peak Python memory while extracting and summarizing 100 documents: {peak:.1f} MiB")
    peak = traced_peak(lambda: [None for _ in pipe.stream(inputs[:200], "run")])
    print(f"peak Python memory of a streamed run of 200 documents: {peak:.1f} MiB")
    verdict = "met" if full >= 200 else "NOT met"
    print(f"target: ≥ 200 docs/s for parse + extract + summarize -> {full:.0f}, {verdict}")
    return 0


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    sys.exit(main(int(numbers[0]) if numbers else 1000, "--examples-only" in sys.argv))

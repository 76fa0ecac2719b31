"""The openai plugin against the fake OpenAI-compatible server: four figures and their targets.

Run: python tests/bench/bench_llm.py [documents] [reply seconds]

- calls per document, for documents that fit in one call         target 1.0
- prompt tokens of overhead per call beyond the document
  (extraction with three target languages)                        target under 800
- wall time of N documents at --jobs 8 against --jobs 1, with a
  fake that answers in 0.2 s                                      target at least 6x faster
- calls on a rerun (the reply cache)                              target 0

Documents are the project's examples and variants of them (numbered, so each is new to
the cache). Tokens are counted with the same encoding the plugin names in its report. For
the concurrency figure the fake runs in a process of its own, as a real endpoint would,
so its work does not compete with polybrief's threads for the interpreter lock.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]


def documents(count: int) -> list[str]:
    examples = sorted((ROOT / "examples").iterdir())
    texts = [p.read_text(encoding="utf-8") for p in examples if p.suffix in (".txt", ".md")]
    out = []
    for number in range(count):
        base = texts[number % len(texts)]
        out.append(f"{base.rstrip()}\n\nBulletin {number + 1}.")
    return out


@contextlib.contextmanager
def separate_fake(delay: float) -> Iterator[SimpleNamespace]:
    """The fake server in a process of its own, answering in ``delay`` seconds."""
    command = [sys.executable, "-m", "polybrief.testing.fake_openai", "--port", "0"]
    process = subprocess.Popen([*command, "--delay", str(delay)], stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        yield SimpleNamespace(url=line.split(" at ")[1].split()[0])
    finally:
        process.terminate()
        process.wait(timeout=10)


def pipeline(fake, cache_dir: str, **settings):  # noqa: ANN201 - a Pipeline
    from polybrief import Pipeline

    settings.setdefault("events", False)  # the figures are per document
    return Pipeline(
        base_url=fake.url, model="fake-model", cache_dir=cache_dir, timeout=30.0, **settings
    )


def main(count: int = 50, delay: float = 0.2) -> None:
    os.environ.pop("OPENAI_API_KEY", None)
    from polybrief.plugins.parsing.langid import identify_language
    from polybrief.testing.fake_openai import FakeOpenAI
    from polybrief.tokens import counter_for

    identify_language("warm up the language detector")
    texts = documents(count)
    rows = []
    with tempfile.TemporaryDirectory() as cache_dir, FakeOpenAI() as fake:
        # 1 and 2: calls per document and prompt overhead, three targets
        pipe = pipeline(fake, cache_dir, to=["en", "fr", "fa"], jobs=1)
        result = pipe.run(texts[:12])
        assert result.ok, [e.message for e in result.errors]
        calls = result.report.usage.calls / result.report.documents.done
        counter = counter_for("fake-model")
        parsed = {d.id: d for d in pipe.parse(texts[:12])}
        overheads = []
        for request, extraction in zip(fake.requests, result.extractions, strict=True):
            document = parsed[extraction.document.id]
            prompt = counter.count_messages(request["messages"])
            own = counter.count(document.text) + counter.count(document.title or "")
            overheads.append(prompt - own)
        overhead = max(overheads)
        rows.append(("calls per document (documents that fit)", f"{calls:.2f}", "1.0", calls == 1))
        rows.append(
            (
                "prompt overhead per call, 3 targets (max tokens)",
                f"{overhead} (mean {sum(overheads) / len(overheads):.0f})",
                "< 800",
                overhead < 800,
            )
        )

        # 3: concurrency, against a fake in its own process (as a real endpoint would be)
        # that takes `delay` seconds per reply
        # (best of two runs each: the machine is shared and timings are noisy)
        timings = {1: float("inf"), 8: float("inf")}
        with separate_fake(delay) as slow:
            for _ in range(2):
                for jobs in (1, 8):
                    fresh = pipeline(slow, cache_dir, to=["en"], jobs=jobs, cache=False)
                    start = time.perf_counter()
                    done = fresh.run(texts)
                    timings[jobs] = min(timings[jobs], time.perf_counter() - start)
                    assert done.ok and done.report.usage.calls == count
        speedup = timings[1] / timings[8]
        rows.append(
            (
                f"{count} documents, --jobs 8 vs --jobs 1 ({delay:g} s replies)",
                f"{speedup:.1f}x ({timings[1]:.1f} s vs {timings[8]:.2f} s)",
                ">= 6x",
                speedup >= 6,
            )
        )

        # 4: a rerun answers from the cache
        fake.delay = 0.0
        before = fake.calls
        rerun = pipeline(fake, cache_dir, to=["en"], jobs=8).run(texts)
        made = fake.calls - before
        rows.append(("calls on a rerun", str(made), "0", made == 0))
        hits = rerun.report.usage.cache_hits

    print(f"token encoding: {counter.label}")
    print(f"{'figure':<58} {'measured':<28} {'target':<8} verdict")
    for label, measured, target, met in rows:
        print(f"{label:<58} {measured:<28} {target:<8} {'met' if met else 'NOT met'}")
    print(f"(rerun: {hits} cache hits for {count} documents)")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(
        int(arguments[0]) if arguments else 50,
        float(arguments[1]) if len(arguments) > 1 else 0.2,
    )

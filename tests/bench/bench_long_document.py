"""Time against length: one long document, at one size and at ten times that size.

Run: python tests/bench/bench_long_document.py
A report, a transcript or a dossier may run to megabytes. The document is English articles (the
shipped examples, and the shared corpus's when it is beside the checkout) joined until it
reaches the size, so it has the people, quotes, figures and dates of news. Prints the
seconds of a whole run (parse, extract, summarize, events) per size and the ratio of the
two: about 10 means the time grows with the length, far above it that some step compares
every part of the document with every other. Then the same for text with no sentence end
(its periods made commas, as text pasted without its punctuation may be): one sentence
that is also the document's lead. Last, documents of one sentence repeated without a
sentence end (a quote and its speaker, names and titles, dates, numbers, a Persian quote)
at 50 KB and 500 KB: the shapes in which a rule looking at the whole sentence for each
quote, name or date would take time growing with the square of the length.
"""

from __future__ import annotations

import json
import re
import sys
import time

from bench_offline_speed import CORPUS, ROOT

SIZES = (150_000, 1_500_000)
REPEATS = 3


def english_articles() -> list[str]:
    """The English articles: the shared corpus's XL-Sum ones when it is here, and the
    English examples (one language, as one document has)."""
    found = [
        p.read_text("utf-8").split("\n\n", 1)[-1] for p in sorted((ROOT / "examples").glob("en_*"))
    ]
    path = CORPUS / "xlsum-dev" / "english.jsonl"
    if path.exists():
        found += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
    return found


def document(size: int) -> str:
    """A document of at least ``size`` characters, from the articles joined."""
    bodies = english_articles()
    parts = ["A long dossier\n\ndate 2024-01-02"]
    length, index = 0, 0
    while length < size:
        body = bodies[index % len(bodies)]
        parts.append(body)
        length += len(body) + 2
        index += 1
    return "\n\n".join(parts)


def best_seconds(text: str) -> float:
    from polybrief import Pipeline

    best = float("inf")
    for _ in range(REPEATS):
        pipeline = Pipeline(to=["en"], jobs=1)
        start = time.perf_counter()
        result = pipeline.run([text])
        best = min(best, time.perf_counter() - start)
        if result.errors:
            raise SystemExit(f"the document failed: {result.errors[0]}")
    return best


def run_on(text: str) -> str:
    """``text`` with no sentence end and no paragraph: one sentence from title to end."""
    title, _, body = text.partition("\n\n")
    return title + "\n\n" + re.sub(r"[.?!](?=\W)", ",", " ".join(body.split()))


SHAPES = {
    "a quote and its speaker": '"We will go on," Minister Jean Dupont said',
    "names and titles": "President Kari Nordvik met Foreign Minister Budi Santoso",
    "dates": "on 12 March 2025 and Monday",
    "numbers": "1200 4.5 300,000 17",
    "a Persian quote": "وزیر امور خارجه ایران گفت: «ما ادامه می‌دهیم»",
}
SHAPE_SIZES = (50_000, 500_000)


def repeated(sentence: str, size: int) -> str:
    return "Repeated\n\ndate 2024-01-02\n\n" + " ".join([sentence] * (size // len(sentence)))


def main() -> int:
    for label, shape in (("sentences", lambda t: t), ("one run-on sentence", run_on)):
        seconds = []
        print(f"one document of {label}, a whole run in one process, best of {REPEATS}:")
        for size in SIZES:
            text = shape(document(size))
            seconds.append(best_seconds(text))
            print(f"  {len(text):>9,} characters   {seconds[-1]:6.2f} s")
        ratio = seconds[1] / seconds[0]
        print(f"  ten times the length takes {ratio:.1f} times as long (10 = in proportion)")
    print("one run-on sentence of one shape repeated, 50 KB and 500 KB, best of 3:")
    for label, sentence in SHAPES.items():
        seconds = [best_seconds(repeated(sentence, size)) for size in SHAPE_SIZES]
        print(
            f"  {label:<24} {seconds[0]:6.2f} s {seconds[1]:6.2f} s   "
            f"ratio {seconds[1] / seconds[0]:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

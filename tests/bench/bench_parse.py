"""Parse speed: typical ~3 KB articles in English, French and Persian, 1,000 of them.

Run: python tests/bench/bench_parse.py [documents]
Targets: about 2 ms to parse a typical 3 KB article (so that parse + extract + summarize
together reach 200 documents/s offline on 1,000 documents); both figures are printed.
Plain text is the typical input; an HTML page goes through trafilatura and costs more, so
its figure is printed apart.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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


def timed(pipe, inputs, mode: str) -> float:
    start = time.perf_counter()
    for record in pipe.stream(inputs, mode):
        if record.kind == "error":
            raise SystemExit(f"failed: {record.message}")
    return time.perf_counter() - start


def main(count: int = 1000) -> None:
    from polybrief import Pipeline
    from polybrief.plugins.parsing.document import build_document

    docs = articles(count)
    size = statistics.mean(len(d) for d in docs)
    pipe = Pipeline(to=["en"], jobs=2)
    timed(pipe, docs[:6], "run")  # loads the models once
    parse_seconds = timed(pipe, docs, "parse")
    run_seconds = timed(pipe, docs, "run")
    texts = [d.decode() for d in docs[:200]]
    start = time.perf_counter()
    for text in texts:
        build_document(text, "bench")
    per_build = (time.perf_counter() - start) / len(texts)
    page = (ROOT / "tests" / "fixtures" / "fa_news_page.html").read_bytes()
    html_seconds = timed(pipe, [page] * 50, "parse") / 50
    print(f"{count} articles, mean {size:.0f} bytes")
    per_parse = parse_seconds / count * 1000
    print(f"parse stage (decode, clean, dates, sentences, language): {per_parse:.2f} ms per doc")
    print(f"  of which build_document alone: {per_build * 1000:.2f} ms")
    print(f"target: about 2 ms per 3 KB article -> {parse_seconds / count * 1000:.2f} ms")
    rate = count / run_seconds
    verdict = "met" if rate >= 200 else "NOT met"
    print(
        f"target: offline run (parse+extract+summarize) 200 documents/s -> {rate:.0f}/s, {verdict}"
    )
    print(f"HTML page (trafilatura): {html_seconds * 1000:.2f} ms per page")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)

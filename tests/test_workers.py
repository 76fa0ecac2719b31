"""Worker processes: a large CPU-bound batch is spread over them with the same records, in
the same order, as from one process; anything that rules them out keeps one process."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import polybrief
from polybrief import Extraction, Pipeline
from polybrief import workers as workers_module

from conftest import EXAMPLES, assert_valid, run_cli

MAIN_PID = "WORKERS_TEST_MAIN_PID"


class Where:
    """Extracts nothing but the process it ran in; fails on "fail", and in a worker process
    ends that process on "die". In the main process it is slow, so that the workers, once
    started, take most of the batch."""

    polybrief_name = "where"

    @polybrief.hookimpl
    def extract(self, document):
        here = os.getpid() == int(os.environ.get(MAIN_PID, "0"))
        if "fail" in document.text:
            raise ValueError("asked to fail")
        if "die" in document.text and not here:
            os._exit(3)
        if here:
            time.sleep(0.03)
        return Extraction(document=document.ref(), extractors=["where"], notes=[pid_note()])


def pid_note() -> str:
    return f"pid {os.getpid()}"


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of ten documents count as large, on a machine of any size."""
    monkeypatch.setattr(workers_module, "LARGE_BATCH", 10)
    monkeypatch.setattr(workers_module, "available_cpus", lambda: 2)
    monkeypatch.setenv(MAIN_PID, str(os.getpid()))


def texts(count: int, marks: dict[int, str] | None = None) -> list[str]:
    """``count`` distinct reports built from the examples; ``marks`` adds a word to some."""
    bodies = [p.read_text("utf-8") for p in sorted(EXAMPLES.iterdir())]
    marks = marks or {}
    return [f"{bodies[i % len(bodies)]}\n\n({i} {marks.get(i, '')})" for i in range(count)]


def without_timing(records) -> list[dict]:
    found = []
    for record in records:
        data = record.to_dict()
        if data["kind"] == "run_report":
            for key in ("started", "finished", "seconds"):
                data.pop(key)
        found.append(data)
    return found


def jsonl_input(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"title": f"Report {i}", "text": t}) for i, t in enumerate(texts(count))]
    lines.insert(3, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_workers_give_the_same_records_in_the_same_order(small_batches, tmp_path):
    inputs = [
        *texts(30),
        b"\x89PNG\r\n\x1a\n binary",
        jsonl_input(tmp_path, 8),
        tmp_path / "missing.txt",
        *texts(5)[1:3],  # the same texts again: one report each for the events stage
    ]
    alone = without_timing(Pipeline(jobs=1, to=["en", "fr"]).stream(inputs))
    spread = without_timing(Pipeline(jobs=2, to=["en", "fr"]).stream(inputs))
    assert spread == alone
    assert_valid(spread[:-1])  # the run report, less its timing, is not a valid record
    kinds = [r["kind"] for r in spread]
    assert kinds.count("error") == 3 and kinds.count("summary") == 2 * 40 and "event" in kinds


def test_documents_go_to_workers_and_a_failure_stays_in_its_place(small_batches, tmp_path):
    inputs = [*texts(40, {7: "fail", 21: "fail"}), jsonl_input(tmp_path, 12)]
    pipe = Pipeline(plugins=[Where()], extractor=["where"], jobs=2)
    records = list(pipe.stream(inputs, "extract"))
    report = records.pop()
    sources = [r.document.source if r.kind == "extraction" else r.source for r in records]
    expected = [f"<text {i}>" for i in range(1, 41)] + [
        f"{tmp_path / 'dump.jsonl'}#{n}" for n in range(1, 14)
    ]
    assert sources == expected  # input order, records of the JSON Lines file included
    failed = {r.source: r.plugin for r in records if r.kind == "error"}
    assert failed == {
        "<text 8>": "where",
        "<text 22>": "where",
        f"{tmp_path / 'dump.jsonl'}#4": None,
    }
    pids = {r.notes[0] for r in records if r.kind == "extraction"}
    assert pids - {pid_note()}, "no document was processed by a worker process"
    assert report.documents.done == 50 and report.documents.failed == 3


def test_a_plugin_that_cannot_be_pickled_keeps_one_process(small_batches):
    class Local(Where):  # a class inside a function cannot be pickled
        pass

    records = list(Pipeline(plugins=[Local()], extractor=["where"], jobs=2).stream(texts(12)))
    report = records.pop()
    assert {r.notes[0] for r in records if r.kind == "extraction"} == {pid_note()}
    assert any("cannot be sent to worker processes" in note for note in report.notes)


def test_small_batches_and_io_bound_plugins_start_no_processes(small_batches, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("worker processes were started")

    monkeypatch.setattr(workers_module, "_WorkerPool", refuse)
    monkeypatch.setattr(workers_module, "LARGE_BATCH", 100)
    result = Pipeline(jobs=4).run(Path(EXAMPLES))  # six documents
    assert result.ok and len(result.extractions) == 6

    class Waiting(Where):
        polybrief_io_bound = True

    monkeypatch.setattr(workers_module, "LARGE_BATCH", 10)
    records = list(Pipeline(plugins=[Waiting()], extractor=["where"], jobs=2).stream(texts(12)))
    assert len([r for r in records if r.kind == "extraction"]) == 12


def test_when_a_worker_dies_this_process_finishes_the_batch(small_batches):
    inputs = texts(30, {20: "die"})
    records = list(Pipeline(plugins=[Where()], extractor=["where"], jobs=2).stream(inputs))
    report = records.pop()
    extractions = [r for r in records if r.kind == "extraction"]
    assert [e.document.source for e in extractions] == [f"<text {i}>" for i in range(1, 31)]
    assert any(note.startswith("Worker processes stopped") for note in report.notes)
    assert report.documents.done == 30


def test_stopping_early_stops_the_workers(small_batches):
    stream = Pipeline(plugins=[Where()], extractor=["where"], jobs=2).stream(texts(60), "extract")
    first = [next(stream) for _ in range(3)]
    assert [r.document.source for r in first] == ["<text 1>", "<text 2>", "<text 3>"]
    stream.close()
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()


def test_command_line_jobs_give_the_same_output(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for number, text in enumerate(texts(110)):
        (folder / f"{number:03}.txt").write_text(text, encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        done = run_cli("run", folder, "-f", "jsonl", "--jobs", jobs, "--set", "events=false")
        assert done.returncode == 0, done.stderr.decode()
        outputs.append([json.loads(line) for line in done.stdout.decode().splitlines()])
    for records in outputs:
        report = records[-1]
        for key in ("started", "finished", "seconds"):
            report.pop(key)
    assert outputs[0] == outputs[1] and len(outputs[0]) == 221


def test_jobs_help_says_how_documents_are_spread(cli):
    shown = " ".join(cli("run", "--help").output.split())
    assert "worker processes" in shown and "threads" in shown


def test_a_script_without_a_main_guard_still_finishes_its_batch(tmp_path):
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import polybrief.workers as workers\n"
        "from polybrief import Pipeline\n"
        "workers.LARGE_BATCH, workers.available_cpus = 10, lambda: 2\n"
        "texts = [f'The ministers met on Monday. Talks number {i} went well.' for i in range(30)]\n"
        "result = Pipeline(jobs=2, events=False).run(texts)\n"
        "print(len(result.extractions), len(result.errors))\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["30", "0"]
    assert 'needs `if __name__ == "__main__":`' in done.stderr
    assert "Traceback" not in done.stderr

"""The progress bar: drawn on a terminal, never into redirected output."""

from __future__ import annotations

import io
from pathlib import Path

from polybrief.cli import progress
from polybrief.records import DocumentRef, ErrorRecord, Extraction, Summary


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_only_when_stderr_is_a_terminal_and_records_go_elsewhere(monkeypatch):
    monkeypatch.setattr("sys.stderr", io.StringIO())
    monkeypatch.setattr("sys.stdout", Terminal())
    assert not progress.wanted(Path("out.jsonl"))  # stderr redirected
    monkeypatch.setattr("sys.stderr", Terminal())
    assert progress.wanted(Path("out.jsonl"))
    assert not progress.wanted(None)  # the records themselves go to the terminal
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert progress.wanted(None)  # piped into another program


def test_bar_counts_documents_not_records(monkeypatch):
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    bar = progress.Progress(True)
    ref = DocumentRef("doc_1", "a.txt")
    summary = Summary(["doc_1"], "en", "en", "x", "abstractive")
    for record in (
        Extraction(ref, ["x"]),
        summary,
        summary,
        ErrorRecord("b.txt", "read", "E", "m"),
    ):
        bar.update(record)
    assert bar._bar.n == 2
    bar.message("polybrief: warning: something")
    bar.close()
    assert "something" in screen.getvalue()


def test_no_bar_is_a_quiet_no_op(capsys):
    bar = progress.Progress(False)
    bar.update(Extraction(DocumentRef("doc_1", "a.txt"), ["x"]))
    bar.message("shown plainly")
    bar.close()
    assert capsys.readouterr().err == "shown plainly\n"

"""The Python API: typed records, typed exceptions, no printing, safe across threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import polybrief
from polybrief import Document, Extraction, Pipeline, PolybriefError, Summary

from conftest import EXAMPLES


def test_public_api_names():
    for name in (
        "Pipeline",
        "hookimpl",
        "Document",
        "Extraction",
        "Summary",
        "EventRecord",
        "ErrorRecord",
        "RunReport",
        "Evidence",
        "PolybriefError",
        "Config",
        "Context",
    ):
        assert hasattr(polybrief, name)


def test_text_bytes_and_paths(capsys):
    pipe = Pipeline()
    from_text = pipe.parse("date 2025-03-12 The ministers spoke by phone on Wednesday.")
    from_bytes = pipe.parse("Les ministres se sont parlé au téléphone.".encode())
    from_path = pipe.parse(Path(EXAMPLES / "fa_norway_indonesia.txt"))
    assert all(isinstance(d, Document) for d in from_text + from_bytes + from_path)
    assert from_text[0].published.date == "2025-03-12"
    assert from_bytes[0].lang == "fr"
    assert from_path[0].lang == "fa" and from_path[0].direction == "rtl"
    extraction = pipe.extract(from_path[0])
    assert isinstance(extraction, Extraction)
    summaries = pipe.summarize(from_path, [extraction], targets=["fa"])
    assert isinstance(summaries[0], Summary) and summaries[0].lang == "fa"
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_run_collects_records_and_errors():
    result = Pipeline(to=["en"]).run([Path(EXAMPLES / "fr_chili_japon.txt"), Path("missing.txt")])
    assert len(result.extractions) == 1 and len(result.summaries) == 1
    assert [e.stage for e in result.errors] == ["read"]
    assert result.report.inputs_failed == 1 and not result.ok


def test_errors_are_typed_with_one_base():
    with pytest.raises(polybrief.InputError) as info:
        Pipeline().parse(Path("missing.txt"))
    assert isinstance(info.value, PolybriefError)
    with pytest.raises(polybrief.UsageError, match="available: openai, offline"):
        Pipeline(extractor=["nope"])
    with pytest.raises(polybrief.ConfigError, match="unknown setting"):
        Pipeline(jbos=3)
    with pytest.raises(polybrief.ConfigError, match="expects int"):
        Pipeline(jobs="many")
    with pytest.raises(TypeError):
        Pipeline().parse([3.5])


def test_never_exits(monkeypatch):
    def forbidden(*_args):
        raise AssertionError("sys.exit called")

    monkeypatch.setattr("sys.exit", forbidden)
    result = Pipeline().run([b"\x00\x01binary", "Un texte court en francais."])
    assert len(result.errors) == 1


def test_same_pipeline_from_many_threads_gives_the_same_records():
    pipe = Pipeline(to=["en", "fr"])
    files = sorted(EXAMPLES.iterdir())

    def run_one(path: Path) -> list[dict]:
        return [r.to_dict() for r in pipe.run([path]).records if r.kind != "run_report"]

    expected = [run_one(p) for p in files]
    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(run_one, files * 3))
    assert got == expected * 3


def test_records_round_trip_through_dicts():
    result = Pipeline(to=["en"]).run(Path(EXAMPLES))
    for record in result.records:
        again = polybrief.record_from_dict(record.to_dict())
        assert again.to_dict() == record.to_dict()


def test_document_id_is_stable_and_content_derived():
    first = Pipeline().parse("Same words, same id.")[0]
    second = Pipeline().parse(b"Same words, same id.")[0]
    assert first.id == second.id and first.id.startswith("doc_")
    assert first.id != Pipeline().parse("Other words.")[0].id


def _thread_recorder(io_bound: bool):
    import threading

    class Recorder:
        polybrief_name = "recorder"
        polybrief_io_bound = io_bound
        threads: list[str] = []

        @polybrief.hookimpl(tryfirst=True)
        def extract(self, document):
            Recorder.threads.append(threading.current_thread().name)
            return Extraction(document=document.ref(), extractors=["recorder"])

    return Recorder()


def test_cpu_bound_plugins_run_in_the_calling_thread_io_bound_ones_concurrently():
    import threading

    here = threading.current_thread().name
    cpu = _thread_recorder(io_bound=False)
    Pipeline(plugins=[cpu], jobs=4, events=False).run(Path(EXAMPLES))
    assert cpu.threads == [here] * 6
    waiting = _thread_recorder(io_bound=True)
    Pipeline(plugins=[waiting], jobs=4, events=False).run(Path(EXAMPLES))
    assert waiting.threads[0] == here  # the first document shows the plugin waits on I/O
    assert len(waiting.threads) == 6 and here not in waiting.threads[1:]


def test_a_run_leaves_no_reference_cycles_behind():
    """A plugin declining a call (the translator with no endpoint) leaves no cycle through
    its exception's frames: each document's records are freed when the run lets them go,
    not at the collector's next full pass."""
    import gc

    pipe = Pipeline(to=["en", "fr"])
    pipe.run([EXAMPLES])  # the first run loads data once for all
    gc.collect()
    gc.disable()  # no automatic pass may free a cycle before it is counted
    try:
        pipe.run([EXAMPLES])
    finally:
        gc.enable()
    assert gc.collect() == 0


UNDATED = (
    "Araghchi and Lavrov\n\nIranian Foreign Minister Abbas Araghchi held a phone call with "
    "his Russian counterpart Sergei Lavrov on Tuesday."
)


@pytest.mark.parametrize(
    ("inputs", "settings", "noted"),
    [
        ([UNDATED, UNDATED + " They spoke again."], {}, "2 document(s) have no date"),
        ([UNDATED], {"reference_date": "2024-10-09"}, None),  # it resolves "Tuesday"
        ([UNDATED.replace("\n\n", "\n\n2024-10-09\n\n", 1)], {}, None),  # a date line
    ],
)
def test_the_run_report_says_how_to_date_documents_with_no_date(inputs, settings, noted):
    report = Pipeline(to=["en"], **settings).run(inputs).report
    found = [n for n in report.notes if "have no date" in n]
    if noted is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(noted)
        assert "--reference-date YYYY-MM-DD" in found[0]

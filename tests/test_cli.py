"""The command line: formats, exit codes, errors without tracebacks, standard input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES, assert_valid, jsonl, run_cli


def test_parse_english_corpus_article_is_valid_english(cli, corpus):
    result = cli("parse", corpus / "001_3d6f836001aafc07.txt")
    assert result.exit_code == 0, result.output
    records = jsonl(result.stdout)
    assert_valid(records)
    document = records[0]
    assert document["kind"] == "document"
    assert document["lang"] == "en"
    assert document["published"] == {
        "date": "2024-06-01",
        "precision": "day",
        "raw": "date 2024-06-01",
        "calendar": "gregorian",
    }
    assert document["text"].startswith("Iran’s acting foreign minister")
    assert records[-1]["kind"] == "run_report"


def test_month_marker_keeps_month_precision(cli, corpus):
    result = cli("parse", corpus / "000_2dc8f213a2bf0247.txt")
    document = jsonl(result.stdout)[0]
    assert document["lang"] == "fr"
    assert document["published"]["date"] == "2024-06"
    assert document["published"]["precision"] == "month"


def test_missing_file_exits_2_without_traceback():
    result = run_cli("parse", "does-not-exist.txt")
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert b"does-not-exist.txt: no such file or directory" in result.stderr


def test_missing_file_among_good_ones_exits_1_and_records_the_failure(cli):
    result = cli("extract", EXAMPLES / "en_norway_indonesia_call.txt", "missing.txt")
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    assert_valid(records)
    errors = [r for r in records if r["kind"] == "error"]
    assert errors == [
        {
            "kind": "error",
            "source": "missing.txt",
            "stage": "read",
            "error": "InputError",
            "message": "missing.txt: no such file or directory",
            "document": None,
            "plugin": None,
        }
    ]
    assert [r["kind"] for r in records].count("extraction") == 1
    assert records[-1]["inputs_failed"] == 1


def test_binary_input_is_an_error_record_not_garbage(cli, tmp_path):
    blob = tmp_path / "image.bin"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = cli("parse", blob)
    assert result.exit_code == 1
    (error, report) = jsonl(result.stdout)
    assert error["kind"] == "error" and error["stage"] == "parse"
    assert "binary" in error["message"]
    assert report["documents"]["failed"] == 1


def test_standard_input(cli):
    result = cli("parse", "-", input="date 2025-01-02 Le ministre a parlé avec son homologue.\n")
    records = jsonl(result.stdout)
    assert result.exit_code == 0
    assert records[0]["source"] == "-"
    assert records[0]["published"]["date"] == "2025-01-02"


def test_run_examples_writes_every_format_valid(cli, tmp_path):
    for fmt in ("jsonl", "json"):
        out = tmp_path / f"out.{fmt}"
        result = cli("run", EXAMPLES, "--to", "en,fr", "-o", out)
        assert result.exit_code == 0, result.output
        text = out.read_text("utf-8")
        records = jsonl(text) if fmt == "jsonl" else json.loads(text)
        assert_valid(records)
        kinds = [r["kind"] for r in records]
        assert kinds.count("extraction") == 6
        assert kinds.count("summary") == 12
        assert kinds[-1] == "run_report"
    markdown = cli("run", EXAMPLES, "--format", "md")
    assert "## Norway and Indonesia discuss fisheries" in markdown.stdout
    assert "**Run**: 6 of 6 documents done" in markdown.stdout


def test_jsonl_streams_one_record_per_document_in_input_order(cli):
    result = cli("extract", EXAMPLES, "-f", "jsonl", "--jobs", "3")
    sources = [r["document"]["source"] for r in jsonl(result.stdout) if r["kind"] == "extraction"]
    assert sources == sorted(sources)


def test_unknown_plugin_is_a_clear_usage_error():
    result = run_cli("extract", str(EXAMPLES), "--extractor", "nope")
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "unknown extract plugin 'nope'" in message and "available: openai, offline" in message
    assert "Traceback" not in message


def test_bad_config_is_a_clear_error(tmp_path):
    (tmp_path / "polybrief.toml").write_text("jobs = 'many'\n")
    result = run_cli("parse", str(EXAMPLES), cwd=tmp_path)
    assert result.returncode == 2
    assert "setting 'jobs' expects int" in result.stderr.decode()
    assert b"Traceback" not in result.stderr
    (tmp_path / "polybrief.toml").write_text("jobs = [unclosed\n")
    result = run_cli("parse", str(EXAMPLES), cwd=tmp_path)
    assert result.returncode == 2 and b"not valid TOML" in result.stderr


def test_unknown_format_and_bad_set_are_usage_errors(cli):
    assert cli("parse", EXAMPLES, "-f", "xml").exit_code == 2
    assert cli("parse", EXAMPLES, "--set", "nonsense").exit_code == 2
    result = cli("parse", EXAMPLES, "--set", "jobz=2")
    assert result.exit_code == 2 and "unknown setting(s) jobz" in result.stderr


@pytest.mark.parametrize("command", ["run", "summarize"])
def test_a_target_that_is_no_language_tag_is_a_usage_error(cli, command):
    result = cli(command, EXAMPLES, "--to", "en,english")
    assert result.exit_code == 2
    assert "'english' is not a language tag" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_target_cldr_does_not_know_is_named_in_the_run_report(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    result = cli("run", EXAMPLES / "en_norway_indonesia_call.txt", "--to", "fr,xx", "-o", out)
    assert result.exit_code == 0
    report = json.loads(out.read_text("utf-8").splitlines()[-1])
    unknown = [n for n in report["notes"] if "CLDR" in n]
    assert unknown == [
        "'xx' (--to) is no language CLDR knows: check the code; dates, units and headings for "
        "it are in English."
    ]


def test_empty_directory_is_no_usable_input(cli, tmp_path):
    (tmp_path / "empty").mkdir()
    result = cli("parse", tmp_path / "empty")
    assert result.exit_code == 2
    assert "directory holds no document files" in result.stderr


def test_a_directory_walk_skips_settings_code_and_media(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Norway and Indonesia met on Monday.", encoding="utf-8")
    (tmp_path / "polybrief.toml").write_text("jobs = 1\n", encoding="utf-8")
    (tmp_path / "people.toml").write_text("[[person]]\nname = 'A B'\n", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n")
    result = cli("parse", tmp_path, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    documents = [r for r in jsonl(result.stdout) if r["kind"] == "document"]
    assert [Path(r["source"]).name for r in documents] == ["a.txt"]
    named = cli("parse", tmp_path / "people.toml", "-f", "jsonl")  # named, it is read
    assert [r["kind"] for r in jsonl(named.stdout) if r["kind"] == "document"] == ["document"]


def test_schema_command_lists_and_prints(cli):
    listing = cli("schema")
    for name in ("document", "extraction", "summary", "event", "run_report", "error"):
        assert name in listing.stdout
    printed = json.loads(cli("schema", "document").stdout)
    assert printed["$id"] == "urn:polybrief:schema:document"
    assert cli("schema", "nope").exit_code == 2


def test_help_and_version():
    assert run_cli("--help").returncode == 0
    version = run_cli("--version")
    assert version.stdout.decode().startswith("polybrief ")


def test_resume_skips_documents_already_written(cli, tmp_path):
    out = tmp_path / "facts.jsonl"
    first = cli("extract", EXAMPLES / "en_norway_indonesia_call.txt", "-o", out)
    assert first.exit_code == 0
    again = cli("extract", EXAMPLES, "-o", out, "--resume")
    assert again.exit_code == 0
    records = jsonl(out.read_text("utf-8"))
    extractions = [r for r in records if r["kind"] == "extraction"]
    assert len(extractions) == 6  # one from the first run, five appended
    assert records[-1]["documents"]["skipped"] == 1

"""Shared fixtures: the CLI runner, paths of the examples and corpus, schema checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's config, keys or cache."""
    for name in list(os.environ):
        if name.startswith(("POLYBRIEF_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def cli():
    """Invoke the CLI in-process: ``cli("parse", path)`` gives a click Result."""
    from polybrief.cli import app

    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None, env: dict | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, env=env)

    return invoke


def run_cli(*args: str, env: dict | None = None, input: bytes | None = None, cwd=None):
    """Run the CLI in a fresh interpreter, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "polybrief", *map(str, args)],
        capture_output=True,
        input=input,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
    )


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def assert_valid(records: list[dict]) -> None:
    """Every record validates against the schema named by its kind."""
    from polybrief.validation import errors_for

    assert records, "no records"
    for record in records:
        problems = errors_for(record, record["kind"])
        assert not problems, (record["kind"], problems)


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not beside the checkout")
    return CORPUS

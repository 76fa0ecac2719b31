"""Packaging and start-up: the layout maps onto one package, import stays light."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from conftest import ROOT

DATA_SUFFIXES = {".py", ".json", ".toml", ".txt"}


def test_every_package_directory_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapping = config["package-dir"]
    listed = set(config["packages"])
    for package, folder in mapping.items():
        # code, and data folders too (setuptools warns of and may drop unlisted ones)
        holders = {p.parent for p in (ROOT / folder).rglob("*") if p.suffix in DATA_SUFFIXES}
        for directory in holders:
            relative = directory.relative_to(ROOT / folder)
            if "__pycache__" in relative.parts:
                continue
            name = ".".join([package, *relative.parts])
            assert name in listed, f"{name} is missing from [tool.setuptools] packages"
            suffixes = {p.suffix for p in directory.iterdir() if p.suffix in DATA_SUFFIXES}
            if suffixes - {".py"}:
                patterns = config["package-data"].get(name, [])
                for suffix in suffixes - {".py"}:
                    assert f"*{suffix}" in patterns, f"{name}: *{suffix} not in package-data"


def test_import_is_light_and_does_not_load_the_llm_sdk():
    code = (
        "import sys, polybrief, polybrief.cli; "
        "heavy = [m for m in ('openai', 'jsonschema', 'lingua', 'httpx', 'tiktoken', 'pluggy') "
        "if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_data_files_are_found_through_the_package():
    from polybrief.validation import load_schema, schema_names

    assert {"document", "extraction", "summary", "event", "run_report", "error"} <= set(
        schema_names()
    )
    assert load_schema("extraction")["$schema"].endswith("2020-12/schema")

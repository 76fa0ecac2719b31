"""Packaging and start-up: the layout maps onto one package, import stays light."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from conftest import ROOT


def test_every_package_directory_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapping = config["package-dir"]
    listed = set(config["packages"])
    for package, folder in mapping.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder)
            name = ".".join([package, *relative.parts])
            assert name in listed, f"{name} is missing from [tool.setuptools] packages"


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

"""The README's example of the fake server runs as written."""

from __future__ import annotations

import re

from conftest import ROOT


def test_readme_fake_server_example_runs():
    readme = (ROOT / "README.md").read_text("utf-8")
    pattern = r"```python\n(from polybrief import Pipeline\nfrom polybrief.testing.*?)```"
    code = re.search(pattern, readme, re.S).group(1)
    exec(compile(code, "README.md", "exec"), {})


def test_readme_prepared_replies_example_runs():
    readme = (ROOT / "README.md").read_text("utf-8")
    pattern = r"```python\n(from polybrief.testing.fake_openai import FakeOpenAI, Prepared.*?)```"
    code = re.search(pattern, readme, re.S).group(1)
    exec(compile(code, "README.md", "exec"), {})

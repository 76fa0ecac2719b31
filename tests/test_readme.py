"""The README's plugin example works as written."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT, run_cli


def _block_after(text: str, marker: str, language: str) -> str:
    pattern = rf"```{language}\n({re.escape(marker)}.*?)```"
    return re.search(pattern, text, re.S).group(1)


def test_readme_plugin_example_installs_and_runs(tmp_path):
    readme = (ROOT / "README.md").read_text("utf-8")
    module = _block_after(readme, "# polybrief_shout.py", "python")
    project = tomllib.loads(_block_after(readme, "# pyproject.toml", "toml"))
    name, version = project["project"]["name"], project["project"]["version"]
    entry_points = project["project"]["entry-points"]["polybrief"]

    site = tmp_path / "site"
    site.mkdir()
    (site / "polybrief_shout.py").write_text(module)
    dist = site / f"{name.replace('-', '_')}-{version}.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    lines = "".join(f"{key} = {value}\n" for key, value in entry_points.items())
    (dist / "entry_points.txt").write_text("[polybrief]\n" + lines)

    env = {"PYTHONPATH": str(site)}
    assert "shout" in run_cli("plugins", env=env).stdout.decode()
    result = run_cli(
        "translate", "--to", "shout", "--set", "shout_marks=3", input=b"hello\n", env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == "HELLO!!!"


def test_translate_without_a_translator_is_a_clear_error():
    result = run_cli("translate", "--to", "fr", input=b"hello\n")
    assert result.returncode == 2
    assert b"cannot translate into 'fr'" in result.stderr
    assert b"Traceback" not in result.stderr

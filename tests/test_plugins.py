"""Plugins: built-ins, third-party discovery through entry points, allow and block lists,
misspelled hooks, stage selection."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import polybrief
from polybrief import Pipeline
from polybrief.config import Config
from polybrief.errors import PluginLoadError
from polybrief.manager import PluginHost

from conftest import EXAMPLES, assert_valid, jsonl, run_cli

PLUGIN_SOURCE = '''
"""An out-of-tree polybrief plugin, as a third party would write it."""
import polybrief
from polybrief import Evidence, Extraction, Quote, Setting

@polybrief.hookimpl
def register_settings():
    return [Setting("firstword_token", "str", None, "A secret of this plugin.",
                    env=("FIRSTWORD_TOKEN",), secret=True, plugin="firstword")]

@polybrief.hookimpl
def extract(document, context):
    first = document.text.split()[0]
    return Extraction(
        document=document.ref(),
        extractors=["firstword"],
        quotes=[
            Quote(text=first, evidence=Evidence(first)),
            Quote(text="words never written", evidence=Evidence("words never written")),
        ],
    )
'''


@pytest.fixture
def plugin_path(tmp_path: Path) -> Path:
    """A distribution ``polybrief-firstword`` with an entry point, installed on a temporary path."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "polybrief_firstword.py").write_text(PLUGIN_SOURCE)
    dist = site / "polybrief_firstword-1.2.3.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: polybrief-firstword\nVersion: 1.2.3\n"
    )
    (dist / "entry_points.txt").write_text("[polybrief]\nfirstword = polybrief_firstword\n")
    return site


def test_builtin_plugins_are_listed_with_their_hooks():
    result = run_cli("plugins", "--format", "json")
    assert result.returncode == 0
    plugins = {p["name"]: p for p in json.loads(result.stdout)}
    assert plugins["text"]["hooks"] == ["parse", "register_settings"]
    assert plugins["offline"]["hooks"] == ["extract", "register_settings", "summarize"]
    assert plugins["offline"]["origin"] == "builtin"
    assert plugins["offline"]["version"] == polybrief.__version__


def test_out_of_tree_plugin_is_discovered_and_called(plugin_path):
    env = {"PYTHONPATH": str(plugin_path)}
    listed = {p["name"]: p for p in json.loads(run_cli("plugins", "-f", "json", env=env).stdout)}
    assert listed["firstword"]["version"] == "1.2.3"
    assert listed["firstword"]["origin"] == "entry point polybrief-firstword"
    assert listed["firstword"]["hooks"] == ["extract", "register_settings"]

    article = EXAMPLES / "en_norway_indonesia_call.txt"
    result = run_cli("extract", str(article), "--extractor", "firstword", env=env)
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout.decode())
    assert_valid(records)
    extraction = records[0]
    assert extraction["extractors"] == ["firstword"]
    quotes = {q["text"]: q["evidence"] for q in extraction["quotes"]}
    assert quotes["OSLO"]["grounded"] is True and quotes["OSLO"]["start"] == 0
    assert quotes["words never written"]["grounded"] is False
    assert extraction["grounding"] == {"total": 2, "grounded": 1, "rate": 0.5}


def test_several_extractors_combine(plugin_path):
    env = {"PYTHONPATH": str(plugin_path)}
    article = EXAMPLES / "en_norway_indonesia_call.txt"
    result = run_cli("extract", str(article), "--extractor", "offline,firstword", env=env)
    extraction = jsonl(result.stdout.decode())[0]
    assert extraction["extractors"] == ["offline", "firstword"]
    assert extraction["event"]["type"] == "phone_call"  # from offline
    assert "words never written" in [q["text"] for q in extraction["quotes"]]  # from firstword


def test_allow_list_and_block_list(plugin_path):
    env = {"PYTHONPATH": str(plugin_path)}
    names = lambda extra: {  # noqa: E731
        p["name"]: p["status"]
        for p in json.loads(run_cli("plugins", "-f", "json", env={**env, **extra}).stdout)
    }
    assert "firstword" not in names({"POLYBRIEF_PLUGINS": ""})
    assert names({"POLYBRIEF_PLUGINS": "firstword"})["firstword"] == "loaded"
    assert "firstword" not in names({"POLYBRIEF_PLUGINS": "other"})
    blocked = names({"POLYBRIEF_BLOCK": "firstword,offline"})
    assert blocked["firstword"] == "blocked" and blocked["offline"] == "blocked"
    result = run_cli("extract", str(EXAMPLES), env={**env, "POLYBRIEF_BLOCK": "offline,firstword"})
    assert result.returncode == 1
    assert b"no extractor could run" in result.stderr


def test_plugin_setting_is_configurable_and_masked(plugin_path):
    env = {"PYTHONPATH": str(plugin_path), "FIRSTWORD_TOKEN": "sk-very-secret-value"}
    shown = run_cli("config", "-f", "json", env=env)
    settings = {s["name"]: s for s in json.loads(shown.stdout)["settings"]}
    assert settings["firstword_token"]["origin"] == "env FIRSTWORD_TOKEN"
    assert settings["firstword_token"]["value"] == "**** (set)"
    assert b"sk-very-secret-value" not in shown.stdout + shown.stderr


def test_misspelled_hook_is_an_error_at_load_time():
    class Typo:
        @polybrief.hookimpl
        def extrat(self, document):  # misspelled on purpose
            return None

    host = PluginHost(Config(env={}))
    host.register(Typo(), "typo", "0", "test")
    with pytest.raises(PluginLoadError, match="unknown hook 'extrat'; did you mean 'extract'"):
        host._check_hooks()


def test_misspelled_hook_from_entry_point_fails_the_cli_cleanly(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "typo_plugin.py").write_text(
        textwrap.dedent("""
        import polybrief
        @polybrief.hookimpl
        def summarise(documents):
            return None
    """)
    )
    dist = site / "typo_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: typo-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[polybrief]\ntypo = typo_plugin\n")
    result = run_cli("run", str(EXAMPLES), env={"PYTHONPATH": str(site)})
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "plugin 'typo' implements unknown hook 'summarise'; did you mean 'summarize'" in message
    assert "Traceback" not in message
    ok = run_cli("run", str(EXAMPLES), env={"PYTHONPATH": str(site), "POLYBRIEF_BLOCK": "typo"})
    assert ok.returncode == 0


def test_stage_selection_follows_config_and_lists_names_when_unknown(tmp_path):
    (tmp_path / "polybrief.toml").write_text('extractor = "offline"\nsummarizer = ["offline"]\n')
    pipe = Pipeline(Config.load(cwd=tmp_path))
    assert pipe.plugins_for("extract") == ["offline"]
    assert pipe.plugins_for("parse") == ["jsonl", "html", "text"]
    with pytest.raises(polybrief.UsageError, match=r"unknown parse plugin 'pdf' \(--parser\)"):
        Pipeline(parser=["pdf"])


def test_plugin_bug_fails_one_document_and_names_the_plugin():
    class Broken:
        polybrief_name = "broken"

        @polybrief.hookimpl(tryfirst=True)
        def extract(self, document):
            if "Chile" in document.text:
                raise RuntimeError("boom")
            return None  # declines: the next extractor runs

    pipe = Pipeline(to=["en"], plugins=[Broken()])
    assert pipe.plugins_for("extract") == ["broken", "openai", "offline"]
    result = pipe.run(Path(EXAMPLES))
    assert len(result.errors) == 1  # the English Chile article; the French one has "Chili"
    assert result.errors[0].plugin == "broken" and result.errors[0].stage == "extract"
    assert "RuntimeError: boom" in result.errors[0].message
    assert len(result.extractions) == 5
    assert result.report.documents.failed == 1


def test_plugin_returning_an_invalid_record_fails_that_document():
    class Sloppy:
        polybrief_name = "sloppy"

        @polybrief.hookimpl
        def extract(self, document):
            from polybrief import Extraction

            return Extraction(document=document.ref(), extractors=[])  # needs at least one

    pipe = Pipeline(plugins=[Sloppy()], extractor=["sloppy"])
    result = pipe.run("Some text to extract nothing from.")
    assert result.errors[0].plugin == "sloppy"
    assert "extractors" in result.errors[0].message

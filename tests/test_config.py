"""Configuration precedence: flags, then environment, then files, then defaults."""

from __future__ import annotations

import json

import pytest

from polybrief.config import Config
from polybrief.errors import ConfigError

from conftest import run_cli


def test_precedence_flag_env_file_default(tmp_path):
    (tmp_path / "polybrief.toml").write_text("jobs = 3\nto = ['fr']\nsummary_sentences = 5\n")
    env = {"POLYBRIEF_JOBS": "7", "POLYBRIEF_TO": "fa,en"}
    config = Config.load(flags={"jobs": 9}, env=env, cwd=tmp_path)
    assert (config["jobs"], config.origin("jobs")) == (9, "flag")
    assert (config["to"], config.origin("to")) == (["fa", "en"], "env POLYBRIEF_TO")
    assert config["summary_sentences"] == 5
    assert config.origin("summary_sentences").endswith("polybrief.toml")
    assert (config["max_input_bytes"], config.origin("max_input_bytes")) == (50_000_000, "default")


def test_pyproject_section_and_user_file(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.polybrief]\njobs = 2\n")
    user = tmp_path / "xdg-config" / "polybrief"
    user.mkdir(parents=True)
    (user / "polybrief.toml").write_text("jobs = 1\nsummary_sentences = 4\n")
    config = Config.load(env={}, cwd=tmp_path)
    assert config["jobs"] == 2  # the project's file wins over the user's
    assert config["summary_sentences"] == 4
    assert "[tool.polybrief]" in config.origin("jobs")


def test_local_file_beats_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.polybrief]\njobs = 2\n")
    (tmp_path / "polybrief.toml").write_text("jobs = 6\n")
    assert Config.load(env={}, cwd=tmp_path)["jobs"] == 6


def test_explicit_config_file_replaces_discovery(tmp_path):
    (tmp_path / "polybrief.toml").write_text("jobs = 6\n")
    other = tmp_path / "other.toml"
    other.write_text("jobs = 8\n")
    assert Config.load(env={}, cwd=tmp_path, config_file=other)["jobs"] == 8
    assert Config.load(env={"POLYBRIEF_CONFIG": str(other)}, cwd=tmp_path)["jobs"] == 8
    with pytest.raises(ConfigError, match="config file not found"):
        Config.load(env={}, cwd=tmp_path, config_file=tmp_path / "nope.toml")


def test_typed_values_from_the_environment():
    config = Config(
        env={"POLYBRIEF_CACHE": "no", "POLYBRIEF_BLOCK": "a, b", "POLYBRIEF_PLUGINS": ""}
    )
    assert config["cache"] is False
    assert config["block"] == ["a", "b"]
    assert config["plugins"] == []  # empty means: no third-party plugin
    assert Config(env={})["plugins"] is None  # unset means: all
    with pytest.raises(ConfigError, match="env POLYBRIEF_CACHE: setting 'cache' expects bool"):
        Config(env={"POLYBRIEF_CACHE": "perhaps"})


def test_unknown_keys_in_files_are_reported(tmp_path):
    (tmp_path / "polybrief.toml").write_text("jbos = 3\n")
    config = Config.load(env={}, cwd=tmp_path)
    assert config.unknown_keys() == [f"file {tmp_path / 'polybrief.toml'}: unknown setting 'jbos'"]


def test_config_command_shows_origins(tmp_path):
    (tmp_path / "polybrief.toml").write_text("summary_sentences = 2\n")
    result = run_cli("config", "--format", "json", cwd=tmp_path, env={"POLYBRIEF_JOBS": "5"})
    settings = {s["name"]: s for s in json.loads(result.stdout)["settings"]}
    assert settings["jobs"] == {"name": "jobs", "value": 5, "origin": "env POLYBRIEF_JOBS"}
    assert settings["summary_sentences"]["value"] == 2
    table = run_cli("config", cwd=tmp_path).stdout.decode()
    assert "summary_sentences" in table and "polybrief.toml" in table

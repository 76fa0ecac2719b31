"""The reply cache: SQLite, keyed by what shapes a reply, shared by threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from polybrief.cache import CACHE_FILE, ReplyCache, cache_key, default_cache_dir
from polybrief.errors import ConfigError


def test_key_depends_on_every_part_and_not_on_order():
    parts = {"model": "m", "messages": [{"role": "user", "content": "x"}], "parameters": {"t": 0}}
    assert cache_key(**parts) == cache_key(**dict(reversed(list(parts.items()))))
    assert cache_key(**parts) != cache_key(**{**parts, "model": "n"})
    assert cache_key(**parts) != cache_key(**{**parts, "parameters": {"t": 1}})


def test_put_get_and_persist(tmp_path):
    cache = ReplyCache(tmp_path)
    assert cache.get("k") is None
    cache.put("k", {"content": "{}", "model": "m"})
    cache.close()
    again = ReplyCache(tmp_path)
    assert again.get("k") == {"content": "{}", "model": "m"} and len(again) == 1
    assert (tmp_path / CACHE_FILE).is_file()


def test_reads_can_be_turned_off_while_writes_go_on(tmp_path):
    ReplyCache(tmp_path).put("k", {"content": "old"})
    fresh = ReplyCache(tmp_path, read=False)
    assert fresh.get("k") is None
    fresh.put("k", {"content": "new"})
    assert ReplyCache(tmp_path).get("k") == {"content": "new"}


def test_threads_share_one_cache(tmp_path):
    cache = ReplyCache(tmp_path)
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda n: cache.put(f"k{n}", {"n": n}), range(64)))
    assert len(cache) == 64 and cache.get("k7") == {"n": 7}


def test_default_directory_follows_the_user_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "polybrief"


def test_unusable_directory_is_a_config_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(ConfigError, match="cannot open the reply cache"):
        ReplyCache(blocker / "cache")

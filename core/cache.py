"""A cache of LLM replies in SQLite, so a rerun on the same input costs no call.

A reply is stored under a hash of everything that shapes it: model, messages, reply
schema and sampling parameters. The caller builds the key from those parts only, so no
credential ever reaches the cache. The file lives in the user cache directory
(``~/.cache/polybrief/replies.sqlite3`` on Linux); the ``cache_dir`` setting or
``POLYBRIEF_CACHE_DIR`` moves it. One cache may be shared by threads and processes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import ConfigError

CACHE_FILE = "replies.sqlite3"
_SCHEMA_VERSION = 1


def cache_key(**parts: Any) -> str:
    """A stable hash of ``parts`` (JSON data); the same request always gives the same key."""
    text = json.dumps(
        {"cache": _SCHEMA_VERSION, **parts},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("polybrief"))


class ReplyCache:
    """Stored replies by key. Values are JSON objects; ``read=False`` only writes."""

    def __init__(self, directory: str | Path | None = None, *, read: bool = True) -> None:
        self.directory = Path(directory) if directory else default_cache_dir()
        self.path = self.directory / CACHE_FILE
        self.read = read
        self._lock = threading.Lock()
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # a cache: speed over durability
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS replies ("
                " key TEXT PRIMARY KEY, value TEXT NOT NULL, created TEXT NOT NULL)"
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(
                f"cache_dir {self.directory}: cannot open the reply cache ({exc}); "
                "set cache_dir (POLYBRIEF_CACHE_DIR) elsewhere or use --no-cache"
            ) from None

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.read:
            return None
        with self._lock:
            row = self._db.execute("SELECT value FROM replies WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            value = json.loads(row[0])
        except json.JSONDecodeError:
            return None  # a damaged entry is a miss; the next put replaces it
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        text = json.dumps(value, ensure_ascii=False)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO replies (key, value, created) VALUES (?, ?, ?)",
                (key, text, now),
            )
            self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM replies").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()

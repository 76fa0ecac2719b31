"""What a stage hook gets besides its input: the configuration and the run's options."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .config import Config

T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    """Read-only facts about the current run, shared by every hook call of one pipeline.

    Plugins keep per-pipeline state (an API client, a cache handle) with :meth:`shared`
    rather than in module globals, so two pipelines with different settings do not mix.
    """

    config: Config
    targets: tuple[str, ...] = ("en",)
    dry_run: bool = False
    _state: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def shared(self, key: str, factory: Callable[[], T]) -> T:
        """The object stored under ``key``, created by ``factory`` on first use (thread-safe)."""
        with self._lock:
            if key not in self._state:
                self._state[key] = factory()
            return self._state[key]

    def replace(self, **changes: Any) -> Context:
        """A copy with other options (targets, dry_run) that shares the same state."""
        values = {"config": self.config, "targets": self.targets, "dry_run": self.dry_run}
        values.update(changes)
        return Context(**values, _state=self._state, _lock=self._lock)

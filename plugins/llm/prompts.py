"""Prompt templates: plain text files with a version line, a system part and a user part.

A prompt file looks like this::

    version: extract/1
    [system]
    …instructions…
    [user]
    …$document…

``$name`` placeholders are filled in (``string.Template``); unknown ones are left as they are.
Untrusted text (documents, facts, text to translate) goes between opening and closing
lines carrying an id derived from the text itself, so a document cannot close the fence
early: it would have to contain its own hash.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template

from polybrief.errors import ConfigError

_VERSION = re.compile(r"^version:\s*(\S.*?)\s*$")
_SECTION = re.compile(r"^\[(system|user)\]\s*$", re.MULTILINE)

LANGUAGE_NAMES = {
    "ar": "Arabic",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "it": "Italian",
    "ja": "Japanese",
    "pt": "Portuguese",
    "ru": "Russian",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "zh": "Chinese",
}


def language_label(code: str | None) -> str:
    """``fa (Persian)`` for a known code, the code alone otherwise."""
    if not code:
        return "unknown"
    name = LANGUAGE_NAMES.get(code.split("-")[0].lower())
    return f"{code} ({name})" if name else code


def fence_id(text: str) -> str:
    """An id for the fence around ``text``, derived from it so the text cannot forge it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Prompt:
    """One loaded prompt template."""

    name: str
    version: str
    system: str
    user: str
    origin: str

    def messages(self, **values: object) -> list[dict[str, str]]:
        """The chat messages, with ``values`` put in place of the ``$placeholders``."""
        text = {k: "" if v is None else str(v) for k, v in values.items()}
        return [
            {"role": "system", "content": Template(self.system).safe_substitute(text).strip()},
            {"role": "user", "content": Template(self.user).safe_substitute(text).strip()},
        ]


def parse_prompt(name: str, text: str, origin: str) -> Prompt:
    """Read a prompt file's text; a :class:`ConfigError` names ``origin`` and what is wrong."""
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    match = _VERSION.match(first)
    if not match:
        raise ConfigError(f"{origin}: a prompt file must start with a line 'version: NAME'")
    parts = _SECTION.split(rest)
    sections = dict(zip(parts[1::2], parts[2::2], strict=True))
    if "system" not in sections or "user" not in sections:
        raise ConfigError(f"{origin}: a prompt file needs a [system] and a [user] section")
    return Prompt(name, match.group(1), sections["system"], sections["user"], origin)


def load_prompt(name: str, path: str | None = None) -> Prompt:
    """The prompt called ``name``: from ``path`` if given, else the one shipped."""
    if path:
        file = Path(path).expanduser()
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(
                f"setting '{name}_prompt': cannot read {file} ({exc.strerror})"
            ) from None
        except UnicodeDecodeError:
            raise ConfigError(f"setting '{name}_prompt': {file} is not UTF-8 text") from None
        return parse_prompt(name, text, str(file))
    text = resources.files("polybrief.prompts").joinpath(f"{name}.txt").read_text("utf-8")
    return parse_prompt(name, text, "built-in")

"""A gazetteer of people: names the offline extractor finds without a title.

Analysts follow a known set of people; listing them, with their spellings in other
scripts, marks them wherever they are named and gives them one name across languages
(``علی باقری`` in a Persian report is ``Ali Bagheri``, as in the English and French ones),
so their quotes and events join up. The file is TOML, set with ``people_file``::

    [[person]]
    name = "Ali Bagheri"
    spellings = ["Ali Bagheri Kani", "Bagheri Kani", "علی باقری", "علی باقری کنی"]

``name`` is the name every report will show; ``spellings`` are other ways of writing it.
"""

from __future__ import annotations

import os
import threading
import tomllib
from dataclasses import dataclass
from pathlib import Path

from polybrief.errors import ConfigError

from .scan import PhraseTable, phrase_keys

SETTING = "people_file"


@dataclass(frozen=True, eq=False)
class Gazetteer:
    path: str
    names: PhraseTable[str]
    """Every spelling (the name too) → the name to show."""
    count: int


_cache: dict[tuple[str, float], Gazetteer] = {}
_lock = threading.Lock()


def load_gazetteer(path: str) -> Gazetteer:
    """The gazetteer in ``path``, read once while the file is unchanged.

    Raises :class:`ConfigError` naming the file and what is wrong with it.
    """
    try:
        stamp = os.stat(path).st_mtime
    except OSError as exc:
        raise ConfigError(f"{SETTING} {path}: cannot read it ({exc.strerror})") from None
    with _lock:
        found = _cache.get((path, stamp))
        if found is None:
            found = _cache[(path, stamp)] = _read(path)
        return found


def _read(path: str) -> Gazetteer:
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{SETTING} {path}: cannot read it ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{SETTING} {path}: not valid TOML ({exc})") from None
    people = data.get("person")
    if not isinstance(people, list) or not people:
        raise ConfigError(f"{SETTING} {path}: no [[person]] tables (each with a name)")
    names: PhraseTable[str] = PhraseTable()
    for n, person in enumerate(people, 1):
        where = f"{SETTING} {path}: person {n}"
        name = person.get("name") if isinstance(person, dict) else None
        if not isinstance(name, str) or not phrase_keys(name):
            raise ConfigError(f"{where}: 'name' must be a name (a string with letters)")
        spellings = person.get("spellings", [])
        if not isinstance(spellings, list) or not all(isinstance(s, str) for s in spellings):
            raise ConfigError(f"{where} ({name}): 'spellings' must be a list of strings")
        unknown = set(person) - {"name", "spellings"}
        if unknown:
            raise ConfigError(f"{where} ({name}): unknown key {sorted(unknown)[0]!r}")
        for spelling in [name, *spellings]:
            names.add(spelling, name)
    return Gazetteer(path, names, len(people))

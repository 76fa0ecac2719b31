"""Turn what the user gave (paths, directories, standard input, text, bytes) into sources.

Sources are produced one at a time, so a large directory is never read into memory at once,
and a missing or unreadable input becomes an :class:`InputError` in the stream instead of
stopping the batch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

Input = str | bytes | os.PathLike
"""What the Python API accepts: ``str`` is text, ``bytes`` raw content, a path-like a file."""


@dataclass(frozen=True, slots=True)
class Source:
    """One input's raw bytes and where they came from."""

    name: str
    data: bytes
    path: Path | None = None
    first_record: int = 1
    """For one chunk of a large line-per-record file: the number of its first record."""

    @property
    def suffix(self) -> str:
        """The lower-case file extension without the dot, or '' when there is none."""
        return (self.path.suffix if self.path else Path(self.name).suffix).lower().lstrip(".")


def _read_limited(handle: BinaryIO, name: str, limit: int) -> bytes:
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(name, f"larger than the limit of {limit} bytes (setting max_input_bytes)")
    return data


def _larger(path: Path, limit: int) -> bool:
    try:
        return path.stat().st_size > limit
    except OSError:
        return False  # read_path reports why


def read_path(path: Path, limit: int, name: str | None = None) -> Source:
    """Read one file, with errors that name it; never more than ``limit`` bytes."""
    name = name or str(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                name, f"is {size} bytes, more than the limit of {limit} (setting max_input_bytes)"
            )
        with path.open("rb") as handle:
            return Source(name, _read_limited(handle, name, limit), path)
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as exc:
        raise InputError(name, f"cannot read ({exc.strerror or exc})") from None


LINE_FORMATS = {"jsonl", "ndjson"}
"""Formats of one record per line: a file larger than the limit is read in chunks of whole
lines, each under the limit, so only a single oversized record fails."""


def read_chunks(path: Path, limit: int, name: str | None = None) -> Iterator[Source | InputError]:
    """Sources of at most ``limit`` bytes, each of whole lines, for a line-per-record file."""
    name = name or str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(name, f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        lines: list[bytes] = []
        size = 0
        first = record = 1
        while True:
            line = handle.readline(limit + 1)
            if not line:
                break
            if len(line) > limit and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the record
                    line = handle.readline(limit + 1)
                yield InputError(
                    f"{name}#{record}",
                    f"record larger than the limit of {limit} bytes (setting max_input_bytes)",
                )
                record += 1
                continue
            if size + len(line) > limit and lines:
                yield Source(name, b"".join(lines), path, first)
                lines, size, first = [], 0, record
            if not lines:
                first = record
            lines.append(line)
            size += len(line)
            record += bool(line.strip())
        if lines:
            yield Source(name, b"".join(lines), path, first)


NOT_DOCUMENTS = frozenset(
    [
        *("toml", "ini", "cfg", "yaml", "yml", "lock"),  # settings
        *("py", "pyc", "js", "css", "map", "exe", "dll", "so"),  # code
        *("png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff"),  # images
        *("mp3", "mp4", "wav", "ogg", "webm", "woff", "woff2", "ttf", "otf"),  # media, fonts
        *("zip", "gz", "tgz", "bz2", "xz", "7z", "tar"),  # archives
    ]
)
"""Suffixes of files a directory walk passes over: settings (a ``polybrief.toml`` or a
``people_file`` beside the reports), code, media and archives. Named on their own, they are
read like any file."""


def _walk(directory: Path) -> Iterator[Path]:
    """Files under ``directory``, sorted, skipping hidden files and folders and files that
    are no documents (:data:`NOT_DOCUMENTS`)."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            suffix = name.rpartition(".")[2].lower() if "." in name else ""
            if not name.startswith(".") and suffix not in NOT_DOCUMENTS:
                yield Path(root) / name


def expand_paths(paths: Iterable[str | os.PathLike], limit: int) -> Iterator[Source | InputError]:
    """Sources for CLI-style paths: files, directories (recursively) and ``-`` for stdin."""
    for raw in paths:
        text = os.fspath(raw)
        if text == "-":
            try:
                yield Source("-", _read_limited(sys.stdin.buffer, "-", limit))
            except InputError as exc:
                yield exc
            continue
        path = Path(text)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                if file.suffix.lower().lstrip(".") in LINE_FORMATS and _larger(file, limit):
                    yield from read_chunks(file, limit)
                    continue
                try:
                    yield read_path(file, limit)
                except InputError as exc:
                    yield exc
            if not found:
                yield InputError(
                    text,
                    "directory holds no document files (hidden, settings, code and media "
                    "files are skipped)",
                )
            continue
        if path.suffix.lower().lstrip(".") in LINE_FORMATS and _larger(path, limit):
            yield from read_chunks(path, limit, text)
            continue
        try:
            yield read_path(path, limit, text)
        except InputError as exc:
            yield exc


def to_sources(inputs: Iterable[Input] | Input, limit: int) -> Iterator[Source | InputError]:
    """Sources for the Python API: text, bytes or paths, or an iterable of them."""
    if isinstance(inputs, str | bytes | os.PathLike):
        inputs = [inputs]
    for count, item in enumerate(inputs, start=1):
        if isinstance(item, os.PathLike):
            yield from expand_paths([item], limit)
        elif isinstance(item, str):
            data = item.encode("utf-8")
            if len(data) > limit:
                yield InputError(f"<text {count}>", f"larger than the limit of {limit} bytes")
            else:
                yield Source(f"<text {count}>", data)
        elif isinstance(item, bytes):
            if len(item) > limit:
                yield InputError(f"<bytes {count}>", f"larger than the limit of {limit} bytes")
            else:
                yield Source(f"<bytes {count}>", item)
        else:
            raise TypeError(f"cannot read a {type(item).__name__}: give text, bytes or a Path")

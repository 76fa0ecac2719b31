"""The writing system of a text: ISO 15924 code and direction, from Unicode blocks.

A table of code-point ranges turned into one character class per script, counted with
``re`` rather than ``unicodedata.name`` per character: a 3 KB article takes a fraction of a
millisecond.
"""

from __future__ import annotations

import re

# (first code point, last code point, ISO 15924 code), sorted.
_RANGES = (
    (0x0041, 0x005A, "Latn"),
    (0x0061, 0x007A, "Latn"),
    (0x00C0, 0x024F, "Latn"),
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x052F, "Cyrl"),
    (0x0530, 0x058F, "Armn"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0700, 0x074F, "Syrc"),
    (0x0750, 0x077F, "Arab"),
    (0x0780, 0x07BF, "Thaa"),
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0A00, 0x0A7F, "Guru"),
    (0x0A80, 0x0AFF, "Gujr"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x10A0, 0x10FF, "Geor"),
    (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x139F, "Ethi"),
    (0x1E00, 0x1EFF, "Latn"),
    (0x1F00, 0x1FFF, "Grek"),
    (0x3040, 0x309F, "Hira"),
    (0x30A0, 0x30FF, "Kana"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xAC00, 0xD7AF, "Hang"),
    (0xFB1D, 0xFB4F, "Hebr"),
    (0xFB50, 0xFDFF, "Arab"),
    (0xFE70, 0xFEFF, "Arab"),
)
RTL_SCRIPTS = frozenset({"Arab", "Hebr", "Syrc", "Thaa"})


def _classes() -> dict[str, re.Pattern[str]]:
    """A run of letters of each script: the letters are counted a run at a time (with the
    other characters out, a whole text in one script is one run), not one by one."""
    ranges: dict[str, list[str]] = {}
    for first, last, script in _RANGES:
        ranges.setdefault(script, []).append(f"{re.escape(chr(first))}-{re.escape(chr(last))}")
    return {script: re.compile(f"[{''.join(parts)}]+") for script, parts in ranges.items()}


_CLASSES = _classes()
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def script_counts(text: str, limit: int = 1500) -> dict[str, int]:
    """Letters per script in the first ``limit`` characters (one regex scan per script),
    stopping once the leading script is certain."""
    # White space goes first, in C (split and join): the regex then takes out a few runs of
    # digits and punctuation, not one gap per word.
    letters = _NOT_LETTERS.sub("", "".join(text[:limit].split()))
    counts: dict[str, int] = {}
    left = len(letters)
    for script, pattern in _CLASSES.items():  # in code-point order: Latin first
        found = sum(map(len, pattern.findall(letters)))
        if found:
            counts[script] = found
            left -= found
            if found >= left and found == max(counts.values()):
                break  # the letters not counted yet cannot outnumber this script
    return counts


def main_script(text: str) -> tuple[str | None, str | None]:
    """``(script, direction)`` of the script most letters are in, e.g. ``("Arab", "rtl")``.

    Japanese kana with kanji is reported as ``Jpan`` and Korean as ``Kore`` when Han is
    mixed in, as ISO 15924 does.
    """
    counts = script_counts(text)
    if not counts:
        return None, None
    script = max(counts, key=counts.__getitem__)
    if script in ("Hira", "Kana") or (script == "Hani" and ("Hira" in counts or "Kana" in counts)):
        script = "Jpan"
    elif script == "Hani" and "Hang" in counts:
        script = "Kore"
    return script, "rtl" if script in RTL_SCRIPTS else "ltr"

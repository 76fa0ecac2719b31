"""Remove what is not the article from plain text: comment forms, share and subscribe lines,
"source link" and syndication notes, agency codes; keep agency, news id, time and author.

Patterns come from the language data files (``[boilerplate]`` and ``[metadata]``) and are
matched against whole lines in their scan form, case-insensitively, so a sentence of the
article that merely contains "source" or "comment" is never touched. A ``footer`` line
(comments, related news, a syndication note) in the last two thirds of the text ends the
article: it and everything after it go.

A byline that runs into the first sentence without a line break ("By Debbie JacksonBBC
Scotland But while…", as text copied from a page often has it) is cut from the start of the
body by :func:`strip_byline`, with patterns of its own (``[metadata] byline_lead``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .data import LanguageData, load_language_data, scan_form

LONGEST_LINE = 240
"""Longer lines are article text, never boilerplate."""
LONGEST_METADATA = 120
"""Longer lines are not a "source:", "news id:" or "published:" line."""
SENTENCE_WORDS = 3
"""A byline is cut only from a sentence: at least this many words must follow it."""
_BLANK_LINES = re.compile(r"\n\n\n+")
"""Three line breaks or more; written so, not ``\\n{3,}``, the pattern opens with a literal
that ``re`` looks for with a fast string search instead of trying every position."""


@dataclass
class Cleaned:
    """The text without boilerplate, what it said about the article, and what was cut."""

    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)


@dataclass
class _Patterns:
    lines: re.Pattern[str]
    footer: re.Pattern[str] | None
    metadata: list[re.Pattern[str]]
    bylines: list[re.Pattern[str]]


def _combine(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def _patterns(data: LanguageData) -> _Patterns:
    return _Patterns(
        lines=_combine(data.boilerplate_lines) or re.compile("(?!)"),
        footer=_combine(data.footer_lines),
        metadata=[re.compile(p, re.IGNORECASE) for p in data.metadata_lines],
        bylines=[re.compile(p) for p in data.byline_leads],
    )


def _metadata(line: str, patterns: _Patterns) -> dict[str, str] | None:
    for pattern in patterns.metadata:
        match = pattern.fullmatch(line)
        if match:
            return {k: v.strip() for k, v in match.groupdict().items() if v and v.strip()}
    return None


def strip_boilerplate(text: str, data: LanguageData | None = None) -> Cleaned:
    """``text`` without boilerplate lines, with the facts they carried (first value wins)."""
    patterns = _patterns(data or load_language_data())
    lines = text.split("\n")
    kept: list[str] = []
    cleaned = Cleaned("")
    position = 0
    for index, line in enumerate(lines):
        line_start, position = position, position + len(line) + 1
        if len(line) > LONGEST_LINE or not line.strip():
            kept.append(line)
            continue
        probe = scan_form(line).strip()
        if not probe:
            kept.append(line)
            continue
        found = _metadata(probe, patterns) if len(probe) <= LONGEST_METADATA else None
        if found is not None:
            for key, value in found.items():
                cleaned.metadata.setdefault(key, line.strip()[probe.find(value) :][: len(value)])
            cleaned.removed.append(line.strip())
            continue
        if (
            patterns.footer is not None
            and line_start >= len(text) // 3
            and patterns.footer.fullmatch(probe)
        ):
            cleaned.removed += [rest.strip() for rest in lines[index:] if rest.strip()]
            break
        if patterns.lines.fullmatch(probe):
            cleaned.removed.append(line.strip())
            continue
        kept.append(line)
    cleaned.text = _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip("\n")
    return cleaned


def strip_byline(text: str, data: LanguageData | None = None) -> Cleaned:
    """``text`` without a byline glued to its first sentence, the author kept.

    Matched case-sensitively at the very start only: the glue (a name running into a
    capital, "JacksonBBC") is what tells a byline from a sentence naming someone.
    """
    patterns = _patterns(data or load_language_data())
    stripped = text.lstrip()
    match = next(filter(None, (p.match(stripped) for p in patterns.bylines)), None)
    if match is None or len(stripped[match.end() :].split()) < SENTENCE_WORDS:
        return Cleaned(text)
    found = {k: v.strip() for k, v in match.groupdict().items() if v and v.strip()}
    byline = stripped[: match.end()].strip()
    return Cleaned(stripped[match.end() :], {"author": found.get("author", byline)}, [byline])

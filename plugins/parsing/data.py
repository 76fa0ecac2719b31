"""Per-language data (month and weekday names, abbreviations, boilerplate) read from TOML.

Adding a language is adding a file ``<tag>.toml`` to ``data/`` (or to a folder named by the
``language_data`` setting); nothing in the code names a language. Every file is read and
the tables are combined, because a French article may quote an English date and a Persian
page may carry an English footer: the patterns are anchored tightly enough for that.

Text is matched in its *scan form* (:func:`scan_form`), which has exactly the length of the
text, so a match's offsets are offsets into the text itself.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from polybrief.errors import ConfigError
from polybrief.textnorm import DIGITS

DATA_DIR = Path(__file__).resolve().parent / "data"
CALENDARS = ("gregorian", "persian", "islamic")
WEEKDAY_CUES = (
    "next_before", "next_after", "last_before", "last_after", "future_before", "future_after",
    "future_endings", "clause_ends",
)  # fmt: skip

_SCAN = dict(DIGITS)
_SCAN.update(
    {
        ord("\u064a"): "\u06cc",  # ARABIC YEH -> FARSI YEH
        ord("\u0649"): "\u06cc",  # ALEF MAKSURA -> FARSI YEH
        ord("\u0643"): "\u06a9",  # ARABIC KAF -> KEHEH
        ord("\u200c"): " ",  # ZWNJ
        ord("\u00a0"): " ",  # NO-BREAK SPACE
        ord("\u202f"): " ",  # NARROW NO-BREAK SPACE (French typography)
        ord("\u2009"): " ",
        ord("\u2019"): "'",
        ord("\u02bc"): "'",
    }
)


_SCAN_MAP = {chr(k): chr(v) if isinstance(v, int) else v for k, v in _SCAN.items()}
_SCAN_CHARS = re.compile("[" + "".join(re.escape(c) for c in _SCAN_MAP) + "]")


def _scan_char(match: re.Match[str]) -> str:
    return _SCAN_MAP[match.group()]


_SCAN_PAIRS = tuple(_SCAN_MAP.items())
assert not set(_SCAN_MAP.values()) & set(_SCAN_MAP)  # one at a time is all at once
LONG_SCAN = 80
"""From this length on, :func:`scan_form` replaces the characters one after another with
``str.replace`` (C string searches: 3 to 7 times faster on an article) rather than in one
regex pass that calls Python for each character found (faster on a few words)."""


def scan_form(text: str) -> str:
    """``text`` as the patterns see it: one character for one, so offsets carry over."""
    if len(text) < LONG_SCAN:
        return _SCAN_CHARS.sub(_scan_char, text)
    for char, replacement in _SCAN_PAIRS:
        text = text.replace(char, replacement)
    return text


def name_key(name: str) -> str:
    """The form a month or weekday name is looked up by: lower case, no spaces or hyphens."""
    return re.sub(r"[\s\-.]", "", scan_form(name).lower())


def alternation(names: Iterable[str]) -> str:
    """One regular expression matching any of ``names`` (longest first), built as a trie.

    Python's ``re`` tries the branches of ``a|b|c`` one by one at every position; a trie
    shares prefixes, so a text is scanned for dozens of month names about as fast as for
    one. A space inside a name also matches a hyphen, a ZWNJ (read as a space) or nothing.
    """
    trie: dict = {}
    for name in names:
        node = trie
        for char in " ".join(scan_form(name).split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie) or "(?!)"


def _trie_pattern(node: dict) -> str:
    branches = []
    for char in sorted((c for c in node if c), key=lambda c: (c == " ", c)):
        head = r"[ \-]?" if char == " " else re.escape(char)
        branches.append(head + _trie_pattern(node[char]))
    if not branches:
        return ""
    if "" in node:
        branches.append("")  # the name may end here; longer names were tried first
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


@dataclass(eq=False)
class LanguageData:
    """Everything the parse tools look up, from all data files at once."""

    languages: list[str] = field(default_factory=list)
    month_names: list[str] = field(default_factory=list)
    months: dict[str, tuple[str, int]] = field(default_factory=dict)
    """:func:`name_key` of a month name → (calendar, month number)."""
    month_abbreviations: set[str] = field(default_factory=set)
    """Month names that shorten a longer one ("Sept"): a period after them is theirs."""
    weekday_names: list[str] = field(default_factory=list)
    long_weekday_names: list[str] = field(default_factory=list)
    """Weekday names that may stand alone ("Thursday", not "Thu")."""
    weekdays: dict[str, int] = field(default_factory=dict)
    """:func:`name_key` of a weekday name → ISO weekday (Monday = 1)."""
    relative: dict[str, int] = field(default_factory=dict)
    """:func:`name_key` of a word counting days from the reference date → the days."""
    relative_names: list[str] = field(default_factory=list)
    """Those words as written (``avant-hier``, ``the day before yesterday``), and counts of
    days or weeks spelled out (``two days ago``, ``il y a 3 jours``, ``یک هفته پیش``)."""
    periods: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    """:func:`name_key` of a word counting weeks, months or years from the reference date
    (``last week``, ``l'an dernier``, ``سال گذشته``) → (``week``, ``month`` or ``year``, how
    many, the calendar they count in: a Persian ``سال گذشته`` is the last Solar year)."""
    span_counts: set[str] = field(default_factory=set)
    """Words (numbers) after which a relative word is a span, not a day: ``سه روز گذشته``
    is the past three days."""
    weekday_cues: dict[str, set[str]] = field(default_factory=dict)
    """``next_before``, ``next_after``, ``last_before``, ``last_after`` → words that make a
    weekday the coming one (``next Saturday``, ``samedi prochain``, ``شنبه آینده``) or the
    one a week back even on that day (``last Saturday``, ``samedi dernier``);
    ``future_before``, ``future_after`` → words of the weekday's clause that speak of the
    future (``will``, ``prévue``, ``خواهد``), making it the coming one, and
    ``future_endings`` → the endings of verbs in the future (French ``se réunira``);
    ``clause_ends`` →
    words that open another clause, whose future is not the weekday's (``that``, ``که``)."""
    year_cues: set[str] = field(default_factory=set)
    month_cues: set[str] = field(default_factory=set)
    """Words after which a month alone is a date (``in March``, ``en mars``)."""
    day_suffixes: list[str] = field(default_factory=list)
    day_words: dict[str, int] = field(default_factory=dict)
    """:func:`name_key` of a day written as a word before its month (``چهاردهم اسفند``,
    ``premier mars``) → the day of the month."""
    day_word_names: list[str] = field(default_factory=list)
    """Those words as written, for the pattern that finds them."""
    day_month_joiners: set[str] = field(default_factory=set)
    abbreviations: set[str] = field(default_factory=set)
    ends_after: set[str] = field(default_factory=set)
    """Two words whose last, a capital alone, ends a sentence with its period: a name, not
    an initial (``on X.``, ``sur X.``: the network)."""
    boilerplate_lines: list[str] = field(default_factory=list)
    footer_lines: list[str] = field(default_factory=list)
    metadata_lines: list[str] = field(default_factory=list)
    byline_leads: list[str] = field(default_factory=list)
    """Bylines run into the first sentence (a page copied without its line breaks)."""
    never_letters: dict[str, set[str]] = field(default_factory=dict)
    """Language tag → letters that language never uses (rules it out in language id)."""

    def add(self, tag: str, table: dict[str, Any], origin: str) -> None:
        """Merge one language file's tables."""
        self.languages.append(tag)
        dates = table.get("dates", {})
        for calendar in CALENDARS:
            names = dates.get(calendar, [])
            if names and len(names) != 12:
                raise ConfigError(f"{origin}: [dates] {calendar} needs 12 months, has {len(names)}")
            for number, spellings in enumerate(names, start=1):
                spellings = _strings(spellings, origin)
                for spelling in spellings:
                    self.month_names.append(spelling)
                    self.months.setdefault(name_key(spelling), (calendar, number))
                    if any(len(o) > len(spelling) and o.startswith(spelling) for o in spellings):
                        self.month_abbreviations.add(name_key(spelling))
        weekdays = dates.get("weekdays", [])
        if weekdays and len(weekdays) != 7:
            raise ConfigError(f"{origin}: [dates] weekdays needs 7 days, has {len(weekdays)}")
        for number, spellings in enumerate(weekdays, start=1):
            for position, spelling in enumerate(_strings(spellings, origin)):
                self.weekday_names.append(spelling)
                if position == 0 or len(spelling) > 4:
                    self.long_weekday_names.append(spelling)
                self.weekdays.setdefault(name_key(spelling), number)
        for word, days in dates.get("relative", {}).items():
            self._add_relative(word, int(days))
        for word, days in _counted_days(dates, origin):
            self._add_relative(word, days)
        calendar = dates.get("periods_calendar", "gregorian")
        if calendar not in CALENDARS:
            raise ConfigError(f"{origin}: [dates] periods_calendar: {calendar!r} is no calendar")
        for unit in ("week", "month", "year"):
            key = f"relative_{unit}s"
            for word, count in dates.get(key, {}).items():
                if not isinstance(count, int):
                    raise ConfigError(f"{origin}: [dates] {key}: {word!r} needs a number")
                self.periods.setdefault(name_key(word), (unit, count, calendar))
                self.relative_names.append(" ".join(scan_form(word).split()))
        self.span_counts.update(scan_form(w).lower() for w in dates.get("span_counts", []))
        for cue in WEEKDAY_CUES:
            words = {" ".join(scan_form(w).lower().split()) for w in dates.get(cue, [])}
            self.weekday_cues.setdefault(cue, set()).update(words)
        self.year_cues.update(scan_form(w).lower() for w in dates.get("year_cues", []))
        self.month_cues.update(scan_form(w).lower() for w in dates.get("month_cues", []))
        for word, day in dates.get("day_words", {}).items():
            if not isinstance(day, int) or not 1 <= day <= 31:
                raise ConfigError(f"{origin}: [dates] day_words: {word!r} needs a day, 1 to 31")
            self.day_words.setdefault(name_key(word), day)
            self.day_word_names.append(" ".join(scan_form(word).split()))
        if dates.get("day_suffix"):
            self.day_suffixes.append(_checked(dates["day_suffix"], origin))
        self.day_month_joiners.update(w.lower() for w in dates.get("day_month_joiners", []))
        sentences = table.get("sentences", {})
        self.abbreviations.update(scan_form(a).lower() for a in sentences.get("abbreviations", []))
        self.ends_after.update(
            " ".join(scan_form(p).lower().split()) for p in sentences.get("ends_after", [])
        )
        boilerplate = table.get("boilerplate", {})
        self.boilerplate_lines += [_checked(p, origin) for p in boilerplate.get("lines", [])]
        self.footer_lines += [_checked(p, origin) for p in boilerplate.get("footer", [])]
        language = table.get("language", {})
        if language.get("never_letters"):
            self.never_letters[tag] = set(language["never_letters"])
        metadata = table.get("metadata", {})
        self.metadata_lines += [_checked(p, origin) for p in metadata.get("lines", [])]
        self.byline_leads += [_checked(p, origin) for p in metadata.get("byline_lead", [])]

    def _add_relative(self, word: str, days: int) -> None:
        self.relative.setdefault(name_key(word), days)
        self.relative_names.append(" ".join(scan_form(word).split()))


COUNTED_UP_TO = 31
"""Counts of days written in digits are read up to this (``3 days ago``)."""


def _counted_days(dates: dict[str, Any], origin: str) -> list[tuple[str, int]]:
    """``counted_days`` spelled out: ``["{n} days ago", -1]`` gives ``two days ago`` → -2,
    ``3 days ago`` → -3, for every number of ``day_numbers`` and in digits."""
    numbers = [(str(n), n) for n in range(1, COUNTED_UP_TO + 1)]
    for word, value in dates.get("day_numbers", {}).items():
        if not isinstance(value, int):
            raise ConfigError(f"{origin}: [dates] day_numbers: {word!r} needs a whole number")
        numbers.append((word, value))
    found = []
    for entry in dates.get("counted_days", []):
        if (
            not isinstance(entry, list)
            or len(entry) != 2
            or not isinstance(entry[0], str)
            or "{n}" not in entry[0]
            or not isinstance(entry[1], int)
        ):
            raise ConfigError(
                f'{origin}: [dates] counted_days: {entry!r} is not ["… {{n}} …", days per count]'
            )
        template, per = entry
        found += [(template.replace("{n}", word), n * per) for word, n in numbers]
    return found


def _strings(value: Any, origin: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise ConfigError(f"{origin}: expected a name or a list of names, got {value!r}")


def _checked(pattern: str, origin: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"{origin}: bad regular expression {pattern!r} ({exc})") from None
    return pattern


def data_files(extra_dirs: Iterable[str | Path] = ()) -> list[Path]:
    """The language files read: the shipped ones, then those of ``extra_dirs``."""
    files = sorted(DATA_DIR.glob("*.toml"))
    for folder in extra_dirs:
        path = Path(folder)
        if not path.is_dir():
            raise ConfigError(f"{path}: language data folder not found (setting language_data)")
        files += sorted(path.glob("*.toml"))
    return files


@cache
def load_language_data(extra_dirs: tuple[str, ...] = ()) -> LanguageData:
    """The combined data of every language file; read once per set of folders."""
    data = LanguageData()
    for path in data_files(extra_dirs):
        try:
            table = tomllib.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read language data ({exc})") from None
        data.add(path.stem, table, str(path))
    return data

"""Find and resolve dates written in text: ISO forms, month names, Solar Hijri and Islamic
dates, numeric dates, weekdays and words such as "yesterday", in any digits.

A date that lacks its year, or is only a weekday or a relative word, is resolved only
against a reference date (the document's own date, or the ``reference_date`` setting).
Without one it stays unresolved: its raw text and offsets are kept, its ``date`` is None.
The year or day is never taken from today's date.

The public functions are :func:`find_dates`, :func:`leading_date`, :func:`parse_date`,
:func:`take_date_marker` and :func:`as_reference`; month and weekday names come from the
language data files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from itertools import chain

from polybrief.records import DateMention, DateValue, Precision

from .calendars import from_gregorian, iso, resolve, to_gregorian
from .data import LanguageData, alternation, load_language_data, name_key, scan_form

_DATE_MARKER = re.compile(
    r"\A[ \t]*date[ \t]+(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?![\d-])[ \t]*", re.IGNORECASE
)
_ISO_VALUE = re.compile(
    r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*\Z"
)


@dataclass(frozen=True, slots=True)
class Reference:
    """A known date that year-less and relative dates are resolved against."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        return "day" if self.day else "month" if self.month else "year"

    def anchor(self) -> date:
        """A day standing for the reference: itself, or the middle of its month or year."""
        return date(self.year, self.month or 7, self.day or (15 if self.month else 1))


def as_reference(value: object) -> Reference | None:
    """A :class:`Reference` from a ``DateValue``, ``DateMention``, ``date`` or ISO string."""
    if value is None:
        return None
    if isinstance(value, Reference):
        return value
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return Reference(value.year, value.month, value.day)
    if isinstance(value, DateValue | DateMention):
        value = value.date
    if not isinstance(value, str):
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return Reference(year, month, day)


# -- the grammar, built once per language data -----------------------------------------------


def _alternation(names: list[str]) -> str:
    """Names as written in the data, capitalized, or in capitals ("May", not "may")."""
    return alternation(_forms(names))


@dataclass
class Grammar:
    """The compiled patterns for one set of language data."""

    data: LanguageData
    pattern: re.Pattern[str]
    """One pass over the text: a branch per form, longer forms first, groups named
    ``<group>_<form>`` (``day_dm``) and each branch ``_<form>``."""
    groups: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    """Form → the names of its groups in the pattern, and the same without the form."""

    def __post_init__(self) -> None:
        for name in self.pattern.groupindex:
            if name.startswith("_"):
                form = name[1:]
                names = [
                    n
                    for n in self.pattern.groupindex
                    if n.endswith("_" + form) and not n.startswith("_")
                ]
                short = tuple(n.removesuffix("_" + form) for n in names)
                self.groups[form] = (tuple(names), short)


@cache
def _grammar(data: LanguageData) -> Grammar:
    month = rf"(?P<month>{_alternation(data.month_names)})\.?"
    weekday = rf"(?P<weekday>{_alternation(data.weekday_names)})\.?"
    weekday_alone = rf"(?P<weekday>{_alternation(data.long_weekday_names)})"
    suffix = "|".join(data.day_suffixes) or "(?!)"
    joiners = "|".join(re.escape(j) for j in sorted(data.day_month_joiners, key=len, reverse=True))
    join = rf"(?:(?:{joiners})[ \t]+)?" if joiners else ""
    sep = r"[ \t]*[,\-/]?[ \t]*"
    day = rf"(?P<day>[0-3]?\d)(?:{suffix})?"
    day_or_word = day
    if data.day_word_names:  # "چهاردهم اسفند", "premier mars"
        day_or_word = rf"(?:{day}|(?P<dayword>{_alternation(data.day_word_names)}))"
    year = r"(?P<year>\d{4})(?!\d)"
    lead = rf"(?:{weekday}[ \t]*[,،]?[ \t]+)?"
    left, right = r"(?<!\w)", r"(?![^\W\d_])"
    cues = alternation(data.year_cues) if data.year_cues else ""
    relative = _alternation(data.relative_names) if data.relative_names else ""
    word_kinds = [weekday_alone]
    if relative:
        word_kinds.append(rf"(?P<relative>{relative})")
    if cues:
        word_kinds.append(rf"(?P<cue>{cues})[ \t]+{year}")
    not_alone = r"(?![ \t]*\d|[ \t]*,[ \t]*\d{4}|['’]s\b)"
    if data.month_cues:  # "in March"; not "in March 2024", "in March 12", "in May's cabinet"
        alone = rf"(?P<month>{_alternation(data.month_names)}){not_alone}"
        word_kinds.append(rf"(?P<mcue>{_alternation(sorted(data.month_cues))}){_CUE_GAP}{alone}")
    patterns = [
        (
            "dm",
            rf"{left}{lead}{day_or_word}[ \t]*,?[ \t]*{join}{month}(?:{sep}{join}{year})?{right}",
        ),
        (
            "md",
            rf"{left}{lead}{month}[ \t]*{day}(?!\d)"
            rf"(?:[ \t]*,?[ \t]*{year}{right}|(?![\d:.,]\d)\b)",
        ),
        ("my", rf"{left}{month}{sep}{join}{year}{right}"),
        (
            "ymd",
            r"(?<![\d/.-])(?P<year>\d{4})(?P<s>[-/.])(?P<month>\d{1,2})(?P=s)(?P<day>\d{1,2})"
            r"(?![\d/-]|\.\d)",
        ),
        (
            "dmy_num",
            r"(?<![\d/.,-])(?P<day>\d{1,2})(?P<s>[/.-])(?P<month>\d{1,2})(?P=s)"
            r"(?P<year>\d{4}|\d{2})(?![\d/-]|\.\d)",
        ),
        ("words", rf"{left}(?:{'|'.join(word_kinds)}){right}"),
    ]
    # A month name of two words says by itself that it is a month: "اسفند ماه", "Rabi II".
    marked = [name for name in data.month_names if len(name.split()) > 1]
    if marked:
        patterns.insert(
            -1, ("marked", rf"{left}(?P<month>{_alternation(marked)}){not_alone}{right}")
        )
    branches = []
    for kind, pattern in patterns:
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{kind}>", pattern.removeprefix(left))
        renamed = re.sub(r"\(\?P=(\w+)\)", rf"(?P=\1_{kind})", renamed)
        branches.append(f"(?P<_{kind}>{renamed})")
    # Only where a word starts with a digit or a name some branch starts with: one trie of
    # all names, tried once, spares trying every branch's names at every word.
    names = [*data.month_names, *data.weekday_names, *data.relative_names, *data.day_word_names]
    starts = [r"\d", *_by_first_letter(names)]
    # A cue word (in, de, در) starts a date only before a year or a month: these common
    # words, taken alone, were two thirds of the places where every branch was tried.
    cued = [rf"(?:{cues})[ \t]+\d"] if cues else []
    if data.month_cues:
        month_cues = _alternation(sorted(data.month_cues))
        cued.append(rf"{month_cues}{_CUE_GAP}{_alternation(data.month_names)}")
    if cued:
        cue_names = [*data.year_cues, *data.month_cues]
        starts.append(_first_letter_guard(_forms(cue_names)) + f"(?:{'|'.join(cued)})")
    return Grammar(data, re.compile(rf"{left}(?={'|'.join(starts)})(?:{'|'.join(branches)})"))


_CUE_GAP = r"(?:[ \t-]+|(?<=['’]))"
"""Between a month's cue and the month: spaces or a hyphen (``mi-mars``), or nothing after an
elided cue (``du mois d'août``)."""


def _forms(names: list[str]) -> set[str]:
    """Names as :func:`_alternation` matches them: as written, capitalized, in capitals."""
    return {f for n in names for f in (n, n[:1].upper() + n[1:], n.upper())}


def _spelled(form: str) -> str:
    """A name as its trie spells it (:func:`~.data.alternation`)."""
    return " ".join(scan_form(form).split())


def _first_letter_guard(forms: set[str]) -> str:
    """A look-ahead for the first letters of ``forms``: before a trie of them, it lets a
    word start with another letter pass the trie after one test."""
    firsts = sorted({_spelled(form)[0] for form in forms if _spelled(form)})
    return f"(?=[{''.join(map(re.escape, firsts))}])"


def _by_first_letter(names: list[str]) -> list[str]:
    """Tries of ``names`` as :func:`_alternation` writes them, one per case of their first
    letter (capital, small, uncased), each behind a guard of those first letters; names
    that start with a digit are left out (``\\d`` finds where they start).

    ``re`` tries the branches of an alternation one after the other: a word start then
    tries the first letters of its case, not all of them (the date pattern runs 14% faster).
    """
    groups: dict[str, set[str]] = {}
    for form in sorted(_forms(names)):
        written = _spelled(form)
        if written and not written[0].isdecimal():
            case = "upper" if written[0].isupper() else "lower" if written[0].islower() else ""
            groups.setdefault(case, set()).add(form)
    return [_first_letter_guard(forms) + alternation(forms) for forms in groups.values()]


# -- finding -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    kind: str
    start: int
    end: int
    groups: dict[str, str | None]


def _candidates(scan: str, grammar: Grammar) -> list[_Found]:
    return [_found(match, scan, grammar) for match in grammar.pattern.finditer(scan)]


def _found(match: re.Match[str], scan: str, grammar: Grammar) -> _Found:
    form = (match.lastgroup or "_").lstrip("_")
    suffix = "_" + form
    names, short = grammar.groups.get(form, ((), ()))
    values = match.group(*names) if len(names) > 1 else tuple(map(match.group, names))
    groups = dict(zip(short, values, strict=True))
    start, end = match.span()
    kind = "month" if form == "marked" else form
    if kind == "words":
        kind = "year" if groups.get("cue") else "relative" if groups.get("relative") else ""
        kind = kind or ("month" if groups.get("mcue") else "weekday")
    if kind == "year":
        start = match.start("year" + suffix)
    elif kind == "month":
        start = match.start("month" + suffix)
    month = groups.get("month")
    if (
        scan[end - 1] == "."
        and month
        and match.end("month" + suffix) == end - 1
        and name_key(month) not in grammar.data.month_abbreviations
    ):
        end -= 1  # "18 March." ends a sentence; "Sept." is an abbreviation
    return _Found(kind, start, end, groups)


def find_dates(
    text: str,
    reference: object = None,
    *,
    lang: str | None = None,
    data: LanguageData | None = None,
) -> list[DateMention]:
    """Every date written in ``text``, with offsets into ``text`` and, when possible, its ISO
    date at its precision (Gregorian) and the calendar it was written in.

    ``reference`` (a ``DateValue``, ``date`` or ISO string) resolves dates without a year,
    weekdays and words such as "yesterday"; without it they are returned unresolved.
    ``lang`` (a BCP-47 tag) decides day-first or month-first for numeric dates like
    ``03/04/2024``: English leaves them unresolved when both orders are possible.
    """
    data = data or load_language_data()
    grammar = _grammar(data)
    ref = as_reference(reference)
    mentions = []
    for item in _candidates(scan_form(text), grammar):
        mention = _mention(text, item, data, ref, lang)
        if mention is not None:
            mentions.append(mention)
    return mentions


def leading_date(text: str, within: int, *, data: LanguageData | None = None) -> DateMention | None:
    """What ``find_dates(text)[0]`` is when it starts at most ``within`` characters in, else
    None; only the start of ``text`` is read, however long it is."""
    return next(leading_dates(text, within, data=data), None)


_NOT_WORD = re.compile(r"\W")


def leading_dates(
    text: str, within: int, *, data: LanguageData | None = None
) -> Iterator[DateMention]:
    """What ``find_dates(text)`` finds starting at most ``within`` characters in, in order;
    only the start of ``text`` is read, however long it is.

    The pattern is tried only where a word starts (where its ``(?<!\\w)`` can hold), found
    with one scan for the characters before them, not at every position.
    """
    data = data or load_language_data()
    grammar = _grammar(data)
    scan = scan_form(text)
    starts = chain((0,), (m.end() for m in _NOT_WORD.finditer(scan, 0, within)))
    resume = 0
    for position in starts:
        if position < resume:
            continue
        match = grammar.pattern.match(scan, position)  # a look-behind still sees the text before
        if match is None:
            continue
        item = _found(match, scan, grammar)
        if item.start > within:
            return
        mention = _mention(text, item, data, None, None)
        if mention is not None:
            yield mention
        resume = match.end()


_LAST_WORD = re.compile(r"(\w+)\s+$")


def _counted_span(text: str, item: _Found, data: LanguageData) -> bool:
    """Whether a relative word follows a number: ``سه روز گذشته``, ``3 روز گذشته``."""
    before = _LAST_WORD.search(scan_form(text[max(0, item.start - 20) : item.start]))
    return bool(before) and (before.group(1).isdigit() or before.group(1) in data.span_counts)


def _mention(
    text: str, item: _Found, data: LanguageData, ref: Reference | None, lang: str | None
) -> DateMention | None:
    if item.kind == "relative" and _counted_span(text, item, data):
        return None
    resolved = _resolve(item, data, ref, lang)
    if resolved is _SKIP:
        return None
    value, precision, calendar = resolved
    if item.kind == "weekday" and value and ref is not None:
        value = _weekday_cued(text, item, value, ref, data)
    if item.kind == "month" and value and ref is not None:
        value = _month_cued(text, item, value, ref, data)
    return DateMention(
        raw=text[item.start : item.end],
        start=item.start,
        end=item.end,
        date=value,
        precision=precision,
        calendar=calendar,
    )


_SKIP = object()


def _resolve(item: _Found, data: LanguageData, ref: Reference | None, lang: str | None):  # noqa: ANN202
    """``(iso, precision, calendar)`` of a match, ``(None, None, calendar)`` if unresolvable,
    or ``_SKIP`` for a match that is not a date after all (say ``31/02/99``)."""
    groups = item.groups
    kind = item.kind
    if kind == "relative":
        word = name_key(groups["relative"])
        if word in data.periods:
            return _period(*data.periods[word], ref)
        offset = data.relative[word]
        if ref is None or ref.precision != "day":
            return None, None, "gregorian"
        return iso(ref.anchor() + timedelta(days=offset), "day"), "day", "gregorian"
    if kind == "weekday":
        return _weekday(data.weekdays[name_key(groups["weekday"])], ref)
    if kind == "month":
        return _month_alone(*data.months[name_key(groups["month"])], ref)
    if kind in ("ymd", "dmy_num"):
        return _numeric(kind, groups, lang)
    if kind == "year":
        year = int(groups["year"])
        arabic_cue = any("\u0600" <= c <= "\u06ff" for c in groups["cue"] or "")
        calendar = "persian" if year < 1700 and arabic_cue else "gregorian"
        if year < 1300 or (calendar == "gregorian" and year < 1800):
            return _SKIP
        value = resolve(calendar, year, None, None)
        return (*value, calendar) if value else _SKIP
    calendar, month = data.months[name_key(groups["month"])]
    day = int(groups["day"]) if groups.get("day") else None
    if groups.get("dayword"):
        day = data.day_words[name_key(groups["dayword"])]
    if day is not None and not 1 <= day <= 31:
        return _SKIP
    weekday = data.weekdays.get(name_key(groups.get("weekday") or ""))
    if groups.get("year"):
        value = resolve(calendar, int(groups["year"]), month, day)
        return (*value, calendar) if value else (None, None, calendar)
    return _without_year(calendar, month, day, weekday, ref)


def _period(unit: str, count: int, calendar: str, ref: Reference | None):  # noqa: ANN202
    """The month or year ``count`` of them from the reference date's, in ``calendar``
    (``last month``, ``l'an prochain``, ``سال گذشته``: the last Solar year); for a week,
    the month (else the year) its days all fall in: a date has no week precision."""
    if unit == "week":
        return _week(count, ref)
    if ref is None or (unit == "month" and ref.precision == "year"):
        return None, None, calendar
    year, month, _ = from_gregorian(calendar, ref.anchor())
    if unit == "year":
        value = resolve(calendar, year + count, None, None)
    else:
        year, month = divmod(year * 12 + month - 1 + count, 12)
        value = resolve(calendar, year, month + 1, None)
    return (*value, calendar) if value else (None, None, calendar)


def _week(count: int, ref: Reference | None):  # noqa: ANN202
    """``last week``, ``la semaine prochaine``, ``هفته گذشته``: the month of the week
    ``count`` weeks from the reference day's when all its days are in it (whether a week
    starts on Saturday, Sunday or Monday), else the year, else nothing."""
    if ref is None or ref.precision != "day":
        return None, None, "gregorian"
    day = ref.anchor() + timedelta(weeks=count)
    first = day - timedelta(days=(day.weekday() + 2) % 7)  # the Saturday before, or the day
    last = day + timedelta(days=6 - day.weekday())  # the Sunday after, or the day
    if (first.year, first.month) == (last.year, last.month):
        return iso(day, "month"), "month", "gregorian"
    if first.year == last.year:
        return iso(day, "year"), "year", "gregorian"
    return None, None, "gregorian"


MONTHS_AHEAD = 3
"""How far ahead a month named alone may be (``the summit in November``, in a September
report): one further ahead is the last such month (``up from 11% in January``); a clause
speaking of the future still moves it ahead (:func:`_month_cued`)."""


def _month_alone(calendar: str, month: int, ref: Reference | None):  # noqa: ANN202
    """The such month of a month-precise reference date, the coming one up to
    :data:`MONTHS_AHEAD` months ahead, else the last one."""
    if ref is None or ref.precision == "year":
        return None, None, calendar
    year, current, _ = from_gregorian(calendar, ref.anchor())
    if (month - current) % 12 <= MONTHS_AHEAD:
        target = year + 1 if month < current else year
    else:
        target = year - 1 if month > current else year
    value = resolve(calendar, target, month, None)
    return (*value, calendar) if value else (None, None, calendar)


def _weekday(weekday: int, ref: Reference | None):  # noqa: ANN202
    """The most recent such weekday on or before a day-precise reference date."""
    if ref is None or ref.precision != "day":
        return None, None, "gregorian"
    anchor = ref.anchor()
    back = (anchor.isoweekday() - weekday) % 7
    return iso(anchor - timedelta(days=back), "day"), "day", "gregorian"


_WORDS_BEFORE = re.compile(r"(\w+(?:\s+\w+)?)\s+$")
_WORD_AFTER = re.compile(r"\s+(\w+)")
_CLAUSE_END = re.compile(r"[.!?;:,،؛؟«»“”\"\n]")
FUTURE_REACH = 14
"""How many words of its clause, on each side, a weekday looks at for a future cue."""
FUTURE_WORD_LETTERS = 6
"""The shortest word a ``future_endings`` ending makes a verb in the future (``rendra``;
not ``extra``)."""


def _clause_words(text: str, start: int, end: int, ends: set[str]) -> tuple[list[str], list[str]]:
    """The last and first :data:`FUTURE_REACH` words of the weekday's clause around it, as
    written."""
    before = scan_form(text[max(0, start - 80) : start])
    after = scan_form(text[end : end + 80])
    stops = list(_CLAUSE_END.finditer(before))
    before = before[stops[-1].end() :] if stops else before
    stop = _CLAUSE_END.search(after)
    after = after[: stop.start()] if stop else after
    words_before, words_after = before.split(), after.split()
    for at in range(len(words_before) - 1, -1, -1):
        if words_before[at].lower() in ends:
            words_before = words_before[at + 1 :]
            break
    for at, word in enumerate(words_after):
        if word.lower() in ends:
            words_after = words_after[:at]
            break
    return words_before[-FUTURE_REACH:], words_after[:FUTURE_REACH]


def _future_clause(text: str, item: _Found, data: LanguageData) -> bool:
    """Whether the clause of a date speaks of the future (``will meet on Monday``, ``est
    prévue dimanche``, ``شنبه … سفر خواهد کرد``)."""
    cues = data.weekday_cues
    before, after = _clause_words(text, item.start, item.end, cues.get("clause_ends", set()))
    endings = tuple(cues.get("future_endings", ()))
    return bool(
        cues.get("future_before", set()).intersection(w.lower() for w in before)
        or cues.get("future_after", set()).intersection(w.lower() for w in after)
        or (
            endings
            and any(  # a verb in small letters: "se réunira", not "Narendra"
                len(w) >= FUTURE_WORD_LETTERS and w.islower() and w.endswith(endings)
                for w in before + after
            )
        )
    )


def _month_cued(text: str, item: _Found, value: str, ref: Reference, data: LanguageData) -> str:
    """A month alone moved a year when the words beside it say it is to come (``next
    March``, ``en mars prochain``, ``will visit in March``) or past (``last March``, ``en
    mars dernier``) and the nearest one is not."""
    cues = data.weekday_cues
    after = _WORD_AFTER.match(scan_form(text[item.end : item.end + 24]))
    word_after = after.group(1).lower() if after else ""
    cue = (item.groups.get("mcue") or "").lower()

    def cued(kind: str) -> bool:
        return cue in cues.get(f"{kind}_before", set()) or word_after in cues.get(
            f"{kind}_after", set()
        )

    current = iso(ref.anchor(), "month")
    if value < current and (cued("next") or _future_clause(text, item, data)):
        return f"{int(value[:4]) + 1}{value[4:]}"
    if value > current and cued("last"):
        return f"{int(value[:4]) - 1}{value[4:]}"
    return value


def _weekday_cued(text: str, item: _Found, value: str, ref: Reference, data: LanguageData) -> str:
    """A weekday moved by the words beside it: ``next Saturday`` and ``samedi prochain`` are
    the coming one, ``last Saturday`` a week back on a Saturday; alone, the last one, unless
    its clause speaks of the future (``will meet on Monday``, ``est prévue dimanche``,
    ``شنبه … سفر خواهد کرد``): then the coming one, or the day itself."""
    cues = data.weekday_cues
    before = _WORDS_BEFORE.search(scan_form(text[max(0, item.start - 24) : item.start]))
    after = _WORD_AFTER.match(scan_form(text[item.end : item.end + 24]))
    words_before = before.group(1).lower().split() if before else []
    phrases_before = {" ".join(words_before[-n:]) for n in (1, 2) if len(words_before) >= n}
    word_after = after.group(1).lower() if after else ""

    def cued(kind: str) -> bool:
        return bool(phrases_before & cues.get(f"{kind}_before", set())) or (
            word_after in cues.get(f"{kind}_after", set())
        )

    day = date.fromisoformat(value)
    if cued("next"):
        return iso(day + timedelta(days=7), "day")  # the weekday found is the last one
    if cued("last"):
        return iso(day - timedelta(days=7), "day") if day == ref.anchor() else value
    if day < ref.anchor() and _future_clause(text, item, data):
        return iso(day + timedelta(days=7), "day")
    return value


def _without_year(
    calendar: str, month: int, day: int | None, weekday: int | None, ref: Reference | None
):  # noqa: ANN202
    """A day and month placed in the year that puts them nearest the reference date; a
    weekday written beside them picks the year when only one candidate fits it."""
    if ref is None or day is None:
        return None, None, calendar
    anchor = ref.anchor()
    if ref.precision == "year" and calendar == "gregorian":
        found = to_gregorian(calendar, ref.year, month, day)
        return (iso(found, "day"), "day", calendar) if found else (None, None, calendar)
    year = from_gregorian(calendar, anchor)[0]
    options = [
        found
        for candidate in (year - 1, year, year + 1)
        if (found := to_gregorian(calendar, candidate, month, day)) is not None
    ]
    if not options:
        return None, None, calendar
    if weekday is not None:
        fitting = [d for d in options if d.isoweekday() == weekday]
        if len(fitting) == 1:
            return iso(fitting[0], "day"), "day", calendar
    best = min(options, key=lambda d: abs((d - anchor).days))
    return iso(best, "day"), "day", calendar


def _numeric(kind: str, groups: dict[str, str | None], lang: str | None):  # noqa: ANN202
    first, second = int(groups["month"]), int(groups["day"])
    if kind == "ymd":
        year, month, day = int(groups["year"]), first, second
    else:
        year_text = groups["year"] or ""
        if len(year_text) == 2 and groups["s"] != "/":
            return _SKIP  # 1.2.34 is a version, 10-12-14 a score
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        if len(year_text) == 2 and year > 2068:
            year -= 100
        day, month = second, first
        if (lang or "").split("-")[0] == "en" and day <= 12 and month <= 12 and day != month:
            return None, None, "gregorian"  # 03/04/2024: March or April?
        if day > 31 or month > 12:
            day, month = month, day
    calendar = "gregorian"
    if 1300 <= year < 1500:
        calendar = "persian"
    value = resolve(calendar, year, month, day)
    if value is None:
        return _SKIP
    return (*value, calendar)


# -- single values -------------------------------------------------------------------------


def parse_date(
    value: str,
    reference: object = None,
    *,
    lang: str | None = None,
    data: LanguageData | None = None,
) -> DateValue | None:
    """One date string (from metadata, a feed, a JSON field) as a :class:`DateValue`.

    ISO forms keep their precision (``2024-06`` is a month); anything else is read with
    :func:`find_dates` and the first date found wins, so weekdays and times around it
    (``شنبه ۱۲ خرداد ۱۴۰۳ - ۱۰:۳۰``) do no harm. None when ``value`` holds no date.
    """
    if not value or not value.strip():
        return None
    raw = value.strip()
    scan = scan_form(raw)
    match = _ISO_VALUE.match(scan)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        calendar = "persian" if 1300 <= year < 1500 else "gregorian"
        resolved = resolve(calendar, year, month, day)
        if resolved:
            return DateValue(resolved[0], resolved[1], raw, calendar)
    mentions = find_dates(raw, reference, lang=lang, data=data)
    if not mentions:
        return None
    best = next((m for m in mentions if m.date), mentions[0])
    return DateValue(best.date, best.precision, raw, best.calendar)


def take_date_marker(text: str) -> tuple[DateValue | None, str]:
    """A leading ``date 2024-06-01`` marker at the precision it gives, and the text after it.

    ``date 2024-06`` is a month, never silently the first of June.
    """
    match = _DATE_MARKER.match(text)
    if not match:
        return None, text
    year, month, day = (int(g) if g else None for g in match.groups())
    resolved = resolve("gregorian", year, month, day)
    raw = match.group(0).strip()
    if resolved is None:
        return DateValue(None, None, raw), text[match.end() :]
    return DateValue(resolved[0], resolved[1], raw), text[match.end() :]

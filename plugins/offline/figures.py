"""Figures: numbers with their scale, unit or currency, qualifier and what they count.

Digits may be ASCII, Persian or Arabic-Indic, grouped with ``,`` ``٬`` or spaces, with a
decimal ``.``, ``٫``, a French ``,`` or a Persian ``/``. Years, times, scores, dates found
by the parse stage and numbers glued to letters (``A110``) are not figures; nor are
numbers that name something: after a designator (``Resolution 2231``, ``ماده ۱۰``), or
written twice after one name or designator (``Mazda 3``, ``مدل ۹۱۱``), and then after any
name.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from .analysis import Analysis
from .scan import Match, accented_key, joined, key

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_SPACED = r"\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d)(?:,\d+)?"
_PLAIN = r"\d+(?:[.,\u066b\u066c/]\d+)*"
_NUMBER = (
    r"(?=[\d$€£¥₹UR])"  # where a figure may start: spares trying the rest everywhere else
    r"(?P<symbol>(?:US\$|\$|€|£|¥|₹|(?<![^\W\d_])Rs\.?)\s?)?"
    rf"(?<![^\W\d_])(?<![\d:./])(?<!(?<![%٪\d])-)(?P<number>{{spaced}}{_PLAIN})(?![\d])"
    r"(?P<percent>\s?[%٪])?"
)
_SYMBOLS = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "Rs": "INR",
    "Rs.": "INR",
}  # fmt: skip
_AGE_AFTER = re.compile(r",(?: |$)")
_SYMBOL_CHARS = frozenset("$€£¥₹")
_LEADING_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD_AFTER = re.compile(r"\s?(?P<word>[^\W\d_]+)")
"""A word (or a unit or scale written close: ``10-15km``) right after a number."""
_SYMBOL_AFTER = re.compile(r"[ \u00a0\u202f]?(?P<symbol>[€$£¥])(?!\w)")
_SCALED_SYMBOL = re.compile(
    r"[ \u00a0\u202f]?(?P<scale>[Mm]ds?|[Mm]rds?|M|[Kk]|bn)[ \u00a0\u202f]?(?P<symbol>[€$£¥])(?!\w)"
)
"""A scale written short before a currency symbol: ``300 M€``, ``2,5 Md€``, ``5 k€``."""
_SCALE_ABBREVIATIONS = {
    "m": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "k": 1e3, "bn": 1e9,
}  # fmt: skip
_YEARS = ((1000, 2100), (1300, 1500))
MONTH_LINK_LETTERS = 3
"""The longest word between a day and its month in a language without rules (``de``)."""
_COMPOUND = re.compile(r"-[^\W\d_]{2,}(?=[\s,.;:!?)]|$)")
"""A word joined to a number by a hyphen, the two an adjective (``a 20-point plan``)."""
_CLOCK_AFTER = re.compile(
    r"[ \u00a0\u202f]?(?:[hH][ \u00a0\u202f]?[0-5]\d(?!\d)|[aApP]\.?[mM]\b\.?|o['’]clock\b)"
)
"""What makes the number before it an hour of the day: ``23 h 11``, ``3 p.m.``, ``9am``,
``ten o'clock``."""
HOURS_OF_DAY = 24
_SPACES = re.compile(r"\s*")
_LETTER_HYPHEN = re.compile(r"-(?=[^\W\d_])")
"""A hyphen before a letter: one joining two words into one when a letter is before it
(``three-day``)."""
_PER = {
    **dict.fromkeys(("h", "hr", "hour", "heure"), "hour"),
    **dict.fromkeys(("s", "sec"), "second"),
    **dict.fromkeys(("j", "d", "day", "jour"), "day"),
    **dict.fromkeys(("an", "yr", "year"), "year"),
}
_SLASH_RATE = re.compile(rf"/(?P<per>{'|'.join(_PER)})(?![\w/])")
"""A rate written with a slash right after the unit: ``km/h``, ``m³/s``, ``€/an``."""
_DOTTED_ABBREVIATION = re.compile(r" (?:[A-Z]\.){2,3}(?= )")
"""A country written in capitals and dots (``U.S.``) before a currency word."""
_RANGE_JOINT = re.compile(r"\s*(?:[-–]|(?:et|and|au|to|و|تا)\s)\s*")
"""Between the two days of a range: ``10 et 11 février``, ``10-11 March``, ``۱۰ تا ۱۲ مهر``."""
_UNIT_JOINT = re.compile(r" (?:and|or|to|et|ou|à|و|یا|تا) ")
"""Between two numbers that share a unit written once: ``magnitude 7.8 and 7.5``, ``5 to 7
percent``, ``۵ و ۷ درصد``."""
_ENDS_SENTENCE = re.compile(r"\s*[.!?؟]")
"""After the last word of a sentence (a title's may be a noun: ``۱۵ شناور گشتی``)."""
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_VERB_PREFIXES = ("می\u200c", "نمی\u200c")
"""Persian verbal prefixes, written with a ZWNJ (``می‌کند``); ``میلیون`` has none."""
APPROXIMATE = "about"
"""The qualifier of a number said as about it (``une trentaine``)."""
AT_LEAST = "at least"
"""The qualifier of a number said as a plural of tens or hundreds (``tens of thousands``)."""
DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds"})
RATE_REACH = 2
"""Words between a unit and what it is counted per (``barrels of oil per day``)."""
MAX_COUNT_WORDS = 2
"""What a figure counts is a noun and a word qualifying it at most (`patrol vessels`,
`شناور گشتی`): a third word was more often a verb or the next phrase."""
MEASURE_AFTER = 4
"""Words after a sum of money or a percentage within which what it measures may be (``in
frozen Iranian assets``)."""
MEASURE_BEFORE = 12
"""Words before it (``trade between the two countries rose to``)."""
_CURRENCY = re.compile(r"[A-Z]{3}")
"""An ISO 4217 code: the unit of a sum of money."""
_CLAUSE_STOP = re.compile(r"[;:؛]")
"""What a sum measures is not looked for past a colon or a semicolon."""
_AFTER_A_FIGURE = re.compile(r"[\d%٪]")
"""A number or a percent sign right before a measure: it is that figure's."""


@dataclass
class FoundFigure:
    text: str
    start: int
    end: int
    evidence_end: int
    value: float | None
    unit: str | None
    counts: str | None
    qualifier: str | None
    named_by: str | None = None
    """For a bare integer (no unit, scale or qualifier): the key of the word right before
    it, if that word may name a model (``Mazda 3``); "" if another word or none."""


def parse_number(raw: str, decimal_comma: bool, decimal_slash: bool) -> float | None:
    """The value of a written number, or None when the separators make no sense."""
    s = raw.translate(_DIGITS).replace("\u066c", ",").replace("\u066b", ".")
    s = re.sub(r"[\u00a0\u202f\u2009 ]", "", s)
    if "/" in s:
        if not decimal_slash or s.count("/") != 1 or "," in s or "." in s:
            return None
        s = s.replace("/", ".")
    if decimal_comma:
        whole = s.partition(",")[0]
        if s.count(",") == 1 and (s.count(".") != 1 or _DOT_THOUSANDS.fullmatch(whole)):
            s = s.replace(".", "").replace(",", ".")  # "2,5", "1.200,5"
        elif s.count(",") > 1 and all(len(g) == 3 for g in s.split(",")[1:]):
            s = s.replace(",", "")
        elif "," not in s and _DOT_THOUSANDS.fullmatch(s):
            s = s.replace(".", "")  # "20.000", "1.200": thousands where the comma is decimal
    elif "," in s:
        groups = s.split(".")[0].split(",")
        if not all(len(g) == 3 for g in groups[1:]):
            return None
        s = s.replace(",", "")
    if s.count(".") > 1:
        groups = s.split(".")
        if not all(len(g) == 3 for g in groups[1:]):
            return None
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


@functools.cache
def _number_pattern(decimal_comma: bool) -> re.Pattern[str]:
    """Numbers as written; with a decimal comma, groups may be spaced (``1 000,5``)."""
    return re.compile(_NUMBER.replace("{spaced}", _SPACED + "|" if decimal_comma else ""))


class FigureFinder:
    def __init__(self, analysis: Analysis, skip: list[tuple[int, int]]) -> None:
        self.a = analysis
        self.lex = analysis.lexicon
        self.text = analysis.text
        self.skip = sorted(skip)
        self.pattern = _number_pattern(self.lex.decimal_comma)
        self.starts = analysis.token_starts
        self.designated: Counter[tuple[str, float]] = Counter()
        """How often each designator came before each value (``Resolution 2231``)."""
        self._title_words: set[int] | None = None
        """The words of titles, found when first asked for."""
        self.clock_end = 0
        """Where the last time of day found ends: its minutes are no figure (``23 h 11``)."""

    def _skipped(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.skip, (start, float("inf"))) - 1
        return (
            i >= 0
            and self.skip[i][0] <= start < self.skip[i][1]
            or any(s < end and start < e for s, e in self.skip[max(0, i) : i + 2])
        )

    def _word_index(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def _phrase_after(self, table, end: int) -> Match | None:
        """A phrase of ``table`` starting right after ``end`` (spaces only between)."""
        i = self._word_index(end)
        tokens = self.a.tokens
        if i >= len(tokens) or self.text[end : tokens[i].start].strip():
            return None
        return table.match_at(self.text, tokens, i)

    def _currency_after(self, end: int) -> Match | None:
        """A currency right after ``end``, perhaps after the abbreviated country whose it is
        (``160 billion U.S. dollars``: word by word, phrases hold no dots)."""
        dotted = _DOTTED_ABBREVIATION.match(self.text, end)
        if dotted:
            return self._phrase_after(self.lex.currencies, dotted.end())
        return self._phrase_after(self.lex.currencies, end)

    def _unit_after(self, end: int) -> Match | None:
        """A unit right after ``end``, or joined by a hyphen (``30-day``); not one that
        also counts people when a word of ``head_counts`` follows it (Persian ``تن``: ``۱۰۰
        هزار تن کمک`` is tonnes, ``۱۵ تن کشته`` fifteen people)."""
        if self.text.startswith("-", end) and end + 1 < len(self.text):
            end += 1  # "a 30-day ceasefire"
        named = self._phrase_after(self.lex.units, end)
        if named is None or self.a.tokens[named.first].key not in self.lex.head_units:
            return named
        i = named.last + 1
        tokens = self.a.tokens
        if i >= len(tokens) or not joined(self.text, tokens[named.last], tokens[i]):
            return None  # "۲۰ تن." alone: a head count as often as a weight
        word = tokens[i].key
        return None if word in self.lex.head_counts or word in self.lex.stopwords else named

    def _glued_unit(self, end: int) -> tuple[int, str, float] | None:
        """Letters glued to a number: ``55mph``, ``35m``, ``2bn``."""
        i = self._word_index(end)
        tokens = self.a.tokens
        if i >= len(tokens) or tokens[i].start != end:
            return None
        token = tokens[i]
        scale = self.lex.capital_scales.get(token.text) or self.lex.scales.get(token.text)
        if scale:
            return token.end, "", scale
        unit = self.lex.units.get(token.text)
        if unit:
            return token.end, unit, 1.0
        return None

    def _next_to_month(self, start: int, end: int) -> bool:
        tokens, months = self.a.tokens, self.lex.months
        i = self._word_index(end)
        if (
            i + 1 < len(tokens)
            and not self.lex.known
            and len(tokens[i].key) <= MONTH_LINK_LETTERS
            and tokens[i + 1].key in months
            and not self.text[end : tokens[i + 1].start].replace(tokens[i].text, "", 1).strip()
        ):
            return True  # "12 de marzo", in a language without rules
        if (
            i < len(tokens)
            and tokens[i].key in months
            and self.text[end : tokens[i].start].strip() in ("", "" if self.lex.known else ".")
        ):
            return True  # "12 March", and "12. März" in a language without rules
        i = self._word_index(start) - 1
        gap = self.text[tokens[i].end : start] if i >= 0 else "x"
        return i >= 0 and tokens[i].key in months and gap.strip() in ("", ",")

    def _qualifier(self, start: int) -> tuple[int, str] | None:
        i = self._word_index(start) - 1
        tokens = self.a.tokens
        if i < 0 or self.text[tokens[i].end : start].strip().strip("'’"):
            return None  # only spaces, or an elided "de" ("plus d'un million")
        for n in (3, 2, 1):
            first = i - n + 1
            if first < 0:
                continue
            found = self.lex.qualifiers.match_at(self.text, tokens, first)
            if found and found.last == i:
                return tokens[first].start, found.value
        return None

    def _rate_before(self, start: int) -> tuple[str, int] | None:
        """What the quantity starting at ``start`` is counted per, written right before it
        (``rates_before``), and where that starts."""
        i = self._word_before(start)
        if i is None:
            return None
        found = self.lex.rates_before.match_at(self.text, self.a.tokens, i)
        if found is None and i > 0 and self.a.tokens[i].key in self.lex.rate_links:
            linked = self.lex.rates_before.match_at(self.text, self.a.tokens, i - 1)
            if linked and linked.last == i - 1:  # "روزانه به ۱.۸ میلیون بشکه"
                return linked.value, start  # the figure is the quantity alone
        return (found.value, found.start) if found and found.last == i else None

    def _unit_before(self, start: int) -> tuple[str, int] | None:
        """A unit written right before the number (``magnitude 6.0``) and where it starts."""
        i = self._word_before(start)
        if i is None:
            return None
        for first in (i - 1, i):
            if first < 0:
                continue
            found = self.lex.units_before.match_at(self.text, self.a.tokens, first)
            if found and found.last == i:
                return found.value, found.start
        return None

    def _counts(self, end: int) -> tuple[str, int] | None:
        tokens, lex = self.a.tokens, self.lex
        if not lex.known:
            return None  # no rules say where what is counted ends in this language
        i = self._word_index(end)
        if i >= len(tokens) or self.text[end : tokens[i].start].strip():
            return None
        words: list[int] = []
        if (
            tokens[i].key in lex.count_modifiers
            and i + 1 < len(tokens)
            and joined(self.text, tokens[i], tokens[i + 1])
        ):
            i += 1  # "2,000 more Ukrainian soldiers": what is counted follows "more"
        if (
            tokens[i].key in lex.count_joiners
            and i + 1 < len(tokens)
            and tokens[i + 1].key not in lex.stopwords
            and joined(self.text, tokens[i], tokens[i + 1])
        ):
            i += 1  # "11,1 millions de personnes": what is counted follows "de"
        content = 0  # words counted, joiners ("navires de pêche") not
        while i < len(tokens) and content < MAX_COUNT_WORDS:
            token = tokens[i]
            if words and not joined(self.text, tokens[words[-1]], token):
                break
            if token.key in lex.count_joiners and words and i + 1 < len(tokens):
                following = tokens[i + 1]
                if following.key not in lex.stopwords and joined(self.text, token, following):
                    words.append(i)
                    i += 1
                    continue
                break
            if token.key in lex.stopwords or len(token.key) < 2:
                break
            if self._skipped(token.start, token.end):
                break  # "۳۰۰ زخمی یکشنبه": no date is counted
            if (
                lex.latin_capitals
                and token.text[:1].isupper()
                and i not in self.a.country_at
                and (words or not self._names_plural_noun(i))
            ):
                break  # a name, not what is counted
            if self._uncounted_at(i) or self._verb_made_with(i):
                break  # "چهار افزایش دهیم": a verb and the noun it is made with count nothing
            if content and self._participle_at(i):
                break  # "20,000 people marched"; "41 people killed" keeps what befell them
            if content and lex.verb_final and _ENDS_SENTENCE.match(self.text, token.end):
                break  # "۱۲۰ ساختمان فروریخت.": the last word is the verb
            words.append(i)
            content += 1
            i += 1
        while words and tokens[words[-1]].key in lex.count_joiners:
            words.pop()
        if not words:
            return None
        start, stop = tokens[words[0]].start, tokens[words[-1]].end
        return self.text[start:stop], stop

    def _names_plural_noun(self, i: int) -> bool:
        """Whether capitalised word ``i`` names whose the plural noun right after it is
        (``200 Taliban fighters``, ``300 Houthi rebels``): what is counted, not a name."""
        tokens = self.a.tokens
        following = i + 1
        if following >= len(tokens) or not joined(self.text, tokens[i], tokens[following]):
            return False
        noun = tokens[following]
        return (
            noun.text[:1].islower()
            and len(noun.key) > 3
            and noun.key.endswith("s")
            and noun.key not in self.lex.stopwords
            and self.lex.quote_verbs.match_at(self.text, tokens, following) is None
        )

    def figures(self) -> list[FoundFigure]:
        found: list[FoundFigure] = []
        for match in self.pattern.finditer(self.text):
            if (found and match.start() < found[-1].end) or match.start() < self.clock_end:
                continue  # the added part of "۴۸ هزار و ۵۰۰", the minutes of "23 h 11"
            figure = self._figure(match)
            if figure:
                found.append(figure)
        found = _without_model_numbers(found, self.designated)
        worded = sorted(self._worded(), key=lambda f: f.start)
        found = _outside(worded, found) + _outside(found, worded)  # "یک میلیون و ۲۰۰ هزار"
        found.sort(key=lambda f: f.start)
        self._share_units(found)
        return found

    def _share_units(self, found: list[FoundFigure]) -> None:
        """Give a bare number the unit its neighbour across ``and`` writes once for both:
        the unit before the first (``magnitude 7.8 and 7.5``) or after the second, with its
        scale (``5 and 7 percent``, ``between 5 and 7 million barrels``)."""
        for first, second in itertools.pairwise(found):
            if not _UNIT_JOINT.fullmatch(self.text, first.end, second.start):
                continue
            if first.unit and _bare(second) and not self.pattern.match(first.text):
                second.unit = first.unit  # the unit opens the first: "magnitude 7.8"
            elif second.unit and _bare(first) and (number := self.pattern.match(second.text)):
                written = parse_number(
                    number.group("number"), self.lex.decimal_comma, self.lex.decimal_slash
                )
                if written:
                    first.unit = second.unit
                if written and written != second.value:  # "2" of "2 à 3 milliards" is 2e9
                    first.value = round(first.value * second.value / written, 6)
                    first.end = first.evidence_end = second.end  # its text says so
                    first.text = self.text[first.start : first.end]

    def _word_before(self, start: int) -> int | None:
        """Index of the word right before ``start``, one space apart, or None."""
        i = self._word_index(start) - 1
        if i < 0 or self.text[self.a.tokens[i].end : start] != " ":
            return None
        return i

    def _time_of_day(self, start: int, value: float, unit: str | None) -> bool:
        """Whether a number is an hour of the day by the word before it: an hour itself
        (``ساعت ۱۰``, at ten o'clock; ``۱۰ ساعت`` is ten hours), or a word such as ``à`` or
        ``vers`` before a number of hours (``à 14 heures``)."""
        if value > HOURS_OF_DAY or value != int(value) or unit not in (None, "hours"):
            return False
        before = self._word_before(start)
        if before is None:
            return False
        word = self.a.tokens[before]
        if unit is None:
            return self.lex.units.get(word.text) == "hours"
        return accented_key(word.text) in self.lex.clock_before

    def _naming_word(self, start: int) -> str:
        """The key of a word that may name a model right before a number (``Mazda 3``): not
        a stop word and, in scripts with capitals, capitalised; else ""."""
        i = self._word_before(start)
        if i is None:
            return ""
        token = self.a.tokens[i]
        if token.key in self.lex.stopwords or len(token.key) < 2:
            return ""
        if self.lex.latin_capitals and not token.text[:1].isupper():
            return ""
        return token.key

    def _figure(self, match: re.Match) -> FoundFigure | None:
        start, end = match.span()
        if self._skipped(match.start("number"), match.end("number")):
            return None
        following = self.text[end : end + 2]
        if (
            following[:1] in (":", "-")
            and following[1:2].isdigit()
            and not (following[:1] == "-" and match.group("percent"))  # "5.25%-5.5%"
            and not (following[:1] == "-" and self._hyphen_range(match.start("number"), end + 1))
        ):
            return None  # a time or a score
        at = match.start("number")
        if (
            self.text[at - 1 : at] == "-"
            and self.text[at - 2 : at - 1].isdigit()
            and not self._hyphen_range(self._number_start(at - 1), at)
        ):
            return None  # the second side of a score ("2-1") or of a code
        if self._next_to_month(match.start("number"), match.end("number")):
            return None  # part of a date the parse stage did not mark
        value = parse_number(match.group("number"), self.lex.decimal_comma, self.lex.decimal_slash)
        if value is None:
            return None
        clock = _CLOCK_AFTER.match(self.text, end) if value <= HOURS_OF_DAY else None
        if clock:
            self.clock_end = clock.end()
            return None  # "23 h 11", "3 p.m.": a time of day
        measured = self._measure(match, value)
        if measured is None:
            return None  # 7th, 3D, 1er
        value, scale, unit, end = measured
        if self._time_of_day(start, value, unit):
            return None
        qualifier = self._qualifier(start)
        rate = self._rate_before(qualifier[0] if qualifier else start) if unit else None
        if rate and "/" not in unit and unit != "%":  # "روزانه ۲۵ میلیون متر مکعب"
            unit, start = f"{unit}/{rate[0]}", rate[1]
            if qualifier:  # the figure starts with the rate, before its qualifier
                qualifier = (rate[1], qualifier[1])
        if not unit and not qualifier:
            unit_before = self._unit_before(start)
            if unit_before:  # "magnitude 6.0": the figure starts with its unit
                unit, start = unit_before
        plain = match.group("number").translate(_DIGITS)
        if (
            plain.isdigit()
            and not unit
            and scale == 1.0
            and not qualifier
            and any(low <= value <= high for low, high in _YEARS)
        ):
            return None  # a year
        bare = not unit and scale == 1.0 and not qualifier and plain.isdigit()
        if bare and self._starts_a_date_range(end):
            return None  # "les 10 et 11 février", "10-11 March": the first day of two
        if bare:
            before = self._word_before(start)
            designator = self.a.tokens[before].key if before is not None else None
            if designator in self.lex.designators:
                self.designated[designator, value] += 1
                return None  # Resolution 2231
        compound = _COMPOUND.match(self.text, end) if bare else None
        if compound:  # "a 20-point plan", "a 12-member delegation"
            end, bare = compound.end(), False
        figure = self._build(start, end, value * scale, unit, qualifier)
        if bare:
            figure.named_by = self._naming_word(start)
        return figure

    def _hyphen_range(self, first: int, second: int) -> bool:
        """Whether the numbers at offsets ``first`` and ``second``, joined by a hyphen, are
        a range of a count (``10-15 people``): the second is the larger, at most ten times
        the first, and a word that is no stop word, scale or currency follows it; not a
        score (``2-1 win``, the larger first) nor a code (``555-1234 now``)."""
        low, high = (
            _LEADING_NUMBER.match(self.text, first),
            _LEADING_NUMBER.match(self.text, second),
        )
        if low is None or high is None:
            return False
        values = [
            parse_number(m.group(), self.lex.decimal_comma, self.lex.decimal_slash)
            for m in (low, high)
        ]
        word = _WORD_AFTER.match(self.text, high.end())
        if word is None or self.text[first - 1 : first] in _SYMBOL_CHARS:
            return False
        after = word.group("word")
        return (
            None not in values
            and 0 < values[0] < values[1] <= 10 * values[0]
            and key(after) not in self.lex.stopwords
            # "$10-15 million": the sides share a scale or currency that one figure cannot
            # say, so neither side is given alone
            and after not in self.lex.scales
            and after not in self.lex.currencies
        )

    def _number_start(self, end: int) -> int:
        """Where the number ending at offset ``end`` starts."""
        start = end
        while start > 0 and (self.text[start - 1].isdigit() or self.text[start - 1] in ".,"):
            start -= 1
        return start

    def _starts_a_date_range(self, end: int) -> bool:
        """Whether a joining word or dash and then a date the parse stage found follow the
        number ending at ``end``."""
        joint = _RANGE_JOINT.match(self.text, end)
        return joint is not None and self._skipped(joint.end(), joint.end() + 1)

    def _spans(self, at: int) -> bool:
        """Whether the qualifier starting at offset ``at`` says over what time, not how much
        (``spending $53bn over five years``), as it does unless a word such as ``for`` or
        ``lasted`` comes before it (``for over five years``)."""
        i = self._word_index(at)
        tokens = self.a.tokens
        if tokens[i].key not in self.lex.span_qualifiers:
            return False
        return i == 0 or tokens[i - 1].key not in self.lex.span_keepers

    def _measure(
        self, match: re.Match, value: float
    ) -> tuple[float, float, str | None, int] | None:
        """What follows a number: its scale and unit or currency (``2bn``, ``300 M€``,
        ``۴۸ هزار و ۵۰۰``, ``500 €``), as value, scale, unit and where the figure ends; None
        when letters glued to it make it no figure (``7th``, ``3D``)."""
        end = match.end()
        unit = _SYMBOLS.get((match.group("symbol") or "").strip())
        scale = 1.0
        abbreviated = None if unit else _SCALED_SYMBOL.match(self.text, end)
        if match.group("percent"):
            unit = "%"
        elif abbreviated:  # "300 M€", "2,5 Md€"
            scale = _SCALE_ABBREVIATIONS[abbreviated.group("scale").lower()]
            unit, end = _SYMBOLS[abbreviated.group("symbol")], abbreviated.end()
        else:
            glued = self._glued_unit(end)
            if glued:
                end, glued_unit, scale = glued
                unit = glued_unit or unit
            elif self.text[end : end + 1].isalpha():
                return None
            half_first = self._half_after(end) if value == int(value) else None
            if half_first:  # "۸ و نیم درصد", "۲ و نیم میلیون": the half before the unit
                value, end = value + 0.5, half_first.end
            scaled = self._scale_after(end)
            if scaled and scale == 1.0:
                scale, end = scaled
                added = self._added_part(end, scale)
                if added:  # "۴۸ هزار و ۵۰۰": 48,500
                    value, end = value + added[0] / scale, added[1]
            for find in (self._currency_after, self._unit_after):
                if unit:
                    break
                named = find(end)
                if named:
                    unit, end = named.value, named.end
                    half = self._half_after(end) if value == int(value) and not half_first else None
                    if half:  # "2 heures et demie"
                        value, end = value + 0.5, half.end
            symbol = None if unit else _SYMBOL_AFTER.match(self.text, end)
            if symbol:  # "500 €", "12,50 €": the symbol after the amount
                unit, end = _SYMBOLS[symbol.group("symbol")], symbol.end()
        rate = self._rate_after(end) if unit and unit != "%" else None
        if rate:  # "2 million barrels of oil per day", "$80 a barrel"
            unit, end = f"{unit}/{rate.value}", rate.end
        return value, scale, unit, end

    def _rate_after(self, end: int) -> Match | None:
        """What a quantity is counted per (``rates`` of the language data), right after its
        unit or a word or two on (``barrels of oil per day``, ``بشکه نفت در روز``) in the
        same clause; not before a word making it a time (``a year ago``, ``در روز
        دوشنبه``)."""
        tokens, first = self.a.tokens, self._word_index(end)
        slash = _SLASH_RATE.match(self.text, end)
        if slash and first < len(tokens):  # "200 km/h": per hour, as "200 km per hour"
            last = self._word_index(slash.end()) - 1
            return Match(first, last, end, slash.end(), _PER[slash.group("per")])
        if first >= len(tokens) or self.text[end : tokens[first].start].strip():
            return None
        for i in range(first, min(first + RATE_REACH + 1, len(tokens))):
            if i > first and not joined(self.text, tokens[i - 1], tokens[i]):
                return None  # punctuation or a number between: another clause
            rate = self.lex.rates.match_at(self.text, tokens, i)
            if rate is None:
                continue
            if self.text[rate.end : rate.end + 2].strip()[:1].isdigit():
                return None  # "در سال ۱۴۰۲", in the year 1402
            after = rate.last + 1
            if (
                after < len(tokens)
                and joined(self.text, tokens[rate.last], tokens[after])
                and tokens[after].key in self.lex.rate_blockers
            ):
                return None  # "a year ago", "در روز دوشنبه"
            return rate
        return None

    def _build(
        self, start: int, end: int, value: float, unit: str | None, qualifier
    ) -> FoundFigure:
        if qualifier and unit in DURATIONS and self._spans(qualifier[0]):
            qualifier = None  # "$53bn over five years": during them, not more than
        if qualifier:
            start = qualifier[0]
        if unit and (_CURRENCY.fullmatch(unit) or unit == "%"):
            counts = self._measured(start, end)
        else:
            counts = None if unit or not value.is_integer() else self._counts(end)  # 7.5: none
        if (
            unit is None
            and counts is None
            and qualifier is None
            and self._age_after_name(start, end)
        ):
            unit = "years"  # "said Um Mohammed, 43, who lost two sons"
        return FoundFigure(
            text=self.text[start:end],
            start=start,
            end=end,
            evidence_end=counts[1] if counts else end,
            value=round(value, 6),
            unit=unit,
            counts=counts[0] if counts else None,
            qualifier=qualifier[1] if qualifier else None,
        )

    def _measured(self, start: int, end: int) -> tuple[str, int] | None:
        """What a sum of money or a percentage measures, from the language's ``measures``
        (``trade``, ``inflation``), and where the figure's evidence then ends: the nearest
        one after it in its clause, right after it or a ``measure_links`` word (``$6 billion
        in frozen assets``, ``۶ میلیارد دلار از دارایی‌های``; no determiner but an article
        between), else before it in its sentence, not past a colon nor right after another
        figure (``bilateral trade reached 79 billion euros``, ``le déficit commercial …, qui
        a atteint 46 milliards``; not ``60% purity, close to the roughly 90%``). A base
        after it is taken when nothing before it measures (``déficit public à 5 % du PIB``:
        the deficit)."""
        table, tokens, text = self.lex.measures, self.a.tokens, self.text
        sentence_start = self.a.sentence_span(start)[0]
        after = self._word_index(end)
        base = None
        if after < len(tokens) and not text[end : tokens[after].start].strip():
            for i in range(after, min(after + MEASURE_AFTER, len(tokens))):
                if i > after and not joined(text, tokens[i - 1], tokens[i]):
                    break
                key = tokens[i].key
                if key in self.lex.determiners and key not in self.lex.name_links:
                    break  # "از این تعرفه آسیب می‌بیند": another thing, hurt by this tariff
                if i == after + 1 and tokens[after].key not in self.lex.measure_links:
                    break  # "تعرفه ۲۵ درصدی بر صادرات": on exports, not of them
                found = table.match_at(text, tokens, i)
                if found and found.value in self.lex.measure_bases:
                    base = text[found.start : found.end], found.end  # "5 % du PIB"
                    break
                if found:
                    return text[found.start : found.end], found.end
        first = self._word_index(start)
        for i in range(first - 1, max(-1, first - 1 - MEASURE_BEFORE), -1):
            if tokens[i].start < sentence_start:
                break
            right = tokens[i + 1].start if i + 1 < first else start
            if _CLAUSE_STOP.search(text, tokens[i].end, right):
                break
            found = table.match_at(text, tokens, i)
            if found and found.last < first and not self._in_title(i):
                left = tokens[i - 1].end if i > 0 else 0
                if _AFTER_A_FIGURE.search(text, left, tokens[i].start):
                    break  # "60% purity, close to the roughly 90%": the one before's
                for j in (i - 1, i - 2):  # the longest ending there: "bilateral trade"
                    longer = table.match_at(text, tokens, j) if j >= 0 else None
                    if longer and longer.last >= found.last and longer.last < first:
                        found = longer
                return text[found.start : found.end], end
        return base

    def _in_title(self, i: int) -> bool:
        """Whether word ``i`` is in a title (``وزیر امور اقتصادی و دارایی``, the minister
        of economy and finance): no sum is of it."""
        if self._title_words is None:
            self._title_words = {
                n for m in self.a.find(self.lex.titles) for n in range(m.first, m.last + 1)
            }
        return i in self._title_words

    def _age_after_name(self, start: int, end: int) -> bool:
        """Whether a bare whole number stands between commas right after a capitalised
        name: a person's age (``Um Mohammed, 43, who lost two sons``), in scripts with
        capitals."""
        if not self.lex.latin_capitals or not _AGE_AFTER.match(self.text, end):
            return False
        i = self._word_index(start) - 1
        tokens = self.a.tokens
        if i < 1 or self.text[tokens[i].end : start] != ", ":
            return False
        return (
            tokens[i].text[:1].isupper()
            and tokens[i - 1].text[:1].isupper()
            and self.text[tokens[i - 1].end : tokens[i].start] == " "
            and i not in self.a.country_at
            and self.text[start:end].isdigit()
            and 0 < int(self.text[start:end]) < 120
        )

    def _counted_word(self, match: Match) -> FoundFigure | None:
        """``three soldiers``, ``trois soldats``, ``سه سرباز``, ``بیست نفر``: a number word
        from three up, alone, followed by what it counts (or a unit); ``two`` only after a qualifier
        (``at least two people``, ``au moins deux``, ``دست‌کم دو نفر``), before a unit (``for
        two hours``, ``pendant deux jours``, ``به مدت دو ساعت``) or before a half (``two and a
        half hours``), being mostly no figure ("the two countries"); ``one``
        only in a unit and a half (``an hour and a half``, ``une heure et demie``): ``a``,
        ``un`` and ``یک`` are as often articles ("about a quarter"); vague ones ("dozens
        of") never."""
        value = match.value
        tokens = self.a.tokens
        if match.first != match.last or value != int(value) or value < 1:
            return None
        if (tokens[match.first].key,) in self.lex.lower_bounds:
            return None  # "صدها نفر", hundreds of people: no number
        if tokens[match.first].key in self.lex.ambiguous_numbers:
            return None  # Persian نه is "nine" and "not"
        before = match.first - 1
        if before >= 0 and tokens[before].key in self.lex.determiners:
            return None  # "the three ministers": people already counted, not a figure
        if before >= 0 and tokens[before].key in self.lex.designators:
            return None  # "دهه هفتاد", the seventies: a number that names
        qualifier = self._qualifier(match.start)
        half = self._half_after(match.end)  # "two and a half hours"
        unit = self._unit_after(half.end if half else match.end)
        if unit and not half:
            half = self._half_after(unit.end)  # "deux heures et demie", "دو ساعت و نیم"
        if half and not unit:
            return None  # "two and a half" of what: not said
        if (value == 1 and not half) or (value == 2 and not (qualifier or half or unit)):
            return None  # "at least two people" is a count; "the two countries" is not
        value += 0.5 if half else 0
        if unit:
            end = max(unit.end, half.end if half else 0)
            return self._build(match.start, end, float(value), unit.value, qualifier)
        figure = self._build(match.start, match.end, float(value), None, qualifier)
        return figure if figure.counts else None

    def _uncounted_at(self, i: int) -> bool:
        """Whether word ``i`` is a verb (:meth:`_verb_at`) or has an ending only verbs or
        adverbs have (``pourraient``, ``fully``): no noun being counted."""
        endings = self.lex.uncounted_endings
        return self._verb_at(i) or (bool(endings) and self.a.tokens[i].key.endswith(endings))

    def _participle_at(self, i: int) -> bool:
        """Whether word ``i``, after the counted noun, is a verb by its ending
        (``participle_endings``: ``marched``), not one telling what befell those counted
        (``head_counts``: ``killed``)."""
        endings, word = self.lex.participle_endings, self.a.tokens[i].key
        return bool(endings) and word.endswith(endings) and word not in self.lex.head_counts

    def _verb_at(self, i: int) -> bool:
        """Whether word ``i`` is a verb that follows a noun to make a verb (``کرد``,
        ``دهیم``) or a verb with a Persian verbal prefix (``می‌کند``)."""
        if i >= len(self.a.tokens):
            return False
        token = self.a.tokens[i]
        return token.key in self.lex.light_verbs or token.text.startswith(_VERB_PREFIXES)

    def _verb_made_with(self, i: int) -> bool:
        """Whether word ``i`` is the noun of a verb the next word makes with it (``افزایش
        دهیم``); not the object of "to have" (``سه پسر دارد``), nor the killed or wounded
        (``۱۵ تن کشته شدند``), which say what is counted."""
        following = i + 1
        return (
            self._verb_at(following)
            and self.a.tokens[following].key not in self.lex.have_verbs
            and self.a.tokens[i].key not in self.lex.head_counts
        )

    def _half_after(self, end: int) -> Match | None:
        """``and a half``, ``et demie``, ``و نیم`` right after ``end``."""
        return self._phrase_after(self.lex.halves, end)

    def _scale_after(self, end: int) -> tuple[float, int] | None:
        """The scale words right after ``end`` and where they end: one (``million``), or two
        that multiply (``هزار میلیارد``, ``mille milliards``)."""
        i = self._word_index(end)
        tokens = self.a.tokens
        if (
            i < len(tokens)
            and tokens[i].text in self.lex.capital_scales
            and not self.text[end : tokens[i].start].strip()
        ):  # "1,2 M de personnes": a million, not metres
            return self.lex.capital_scales[tokens[i].text], tokens[i].end
        scaled = self._phrase_after(self.lex.scales, end)
        if not scaled:
            return None
        larger = self._phrase_after(self.lex.scales, scaled.end)
        if larger and larger.value > scaled.value:
            return scaled.value * larger.value, larger.end
        return scaled.value, scaled.end

    def _added_part(self, end: int, scale: float) -> tuple[float, int] | None:
        """A smaller number added after a scaled one by a joiner (``۴۸ هزار و ۵۰۰``,
        ``۲ میلیون و ۳۰۰ هزار``, ``دو هزار و پانصد``): its value and where it ends."""
        i = self._word_index(end)
        tokens = self.a.tokens
        if (
            i >= len(tokens)
            or tokens[i].key not in self.lex.sum_joiners
            or self.text[end : tokens[i].start].strip()
        ):
            return None
        match = _SPACES.match(self.text, tokens[i].end)
        match = self.pattern.match(self.text, match.end())
        if match is None:  # "دو هزار و پانصد": a number word
            if i + 1 >= len(tokens) or not joined(self.text, tokens[i], tokens[i + 1]):
                return None
            worded = self.lex.number_words.match_at(self.text, tokens, i + 1)
            if worded is None:
                return None
            part, part_end = worded.value, worded.end
        elif match.group("symbol") or match.group("percent"):
            return None
        else:
            number = match.group("number")
            part = parse_number(number, self.lex.decimal_comma, self.lex.decimal_slash)
            part_end = match.end()
        if not part:
            return None
        if part < 1:  # "دو میلیون و نیم": half a million more
            return part * scale, part_end
        part_scale = self._scale_after(part_end)
        if part_scale:
            part, part_end = part * part_scale[0], part_scale[1]
        return (part, part_end) if part < scale else None

    def _approximate(self) -> list[FoundFigure]:
        """``une trentaine de pays``, ``a dozen people``: a round number said as about it,
        with what it counts; ``about`` is its qualifier unless another comes before."""
        found = []
        for match in self.a.find(self.lex.approximates):
            qualifier = self._qualifier(match.start) or (match.start, APPROXIMATE)
            unit = self._unit_after(self._after_joiner(match.end))
            if unit:  # "une quarantaine de minutes": about 40 minutes
                found.append(
                    self._build(match.start, unit.end, float(match.value), unit.value, qualifier)
                )
                continue
            counts = self._counts(match.end)
            if counts is None:
                continue  # "une dizaine" of what: not said
            figure = self._build(match.start, match.end, float(match.value), None, qualifier)
            if figure.counts:
                found.append(figure)
        return found

    def _hyphenated(self) -> list[FoundFigure]:
        """A number word joined to its unit by a hyphen: ``a three-day visit``, ``a
        five-year plan`` (written in figures, ``30-day`` is read with the number)."""
        found = []
        tokens = self.a.tokens
        for hyphen in _LETTER_HYPHEN.finditer(self.text):
            if not self.text[hyphen.start() - 1 : hyphen.start()].isalpha():
                continue  # "30-day": the number is read with its unit
            token = tokens[self._word_index(hyphen.start()) - 1]  # the word holding it
            number, _, unit = token.key.partition("-")
            if "-" in unit or not token.start < hyphen.start() < token.end:
                continue  # "three-year-old"
            value, named = self.lex.number_words.get(number), self.lex.units.get(unit)
            if value is not None and named is not None:
                qualifier = self._qualifier(token.start)
                found.append(self._build(token.start, token.end, float(value), named, qualifier))
        return found

    def _after_joiner(self, end: int) -> int:
        """Where the word after a joiner right after ``end`` starts (``de`` in ``une
        dizaine de jours``, ``d'`` in ``une centaine d'heures``); ``end`` without one."""
        i = self._word_index(end)
        tokens = self.a.tokens
        if (
            i + 1 < len(tokens)
            and tokens[i].key in self.lex.count_joiners
            and not self.text[end : tokens[i].start].strip()
            and joined(self.text, tokens[i], tokens[i + 1])
        ):
            return tokens[i + 1].start
        return end

    def _worded(self) -> list[FoundFigure]:
        """``two million``, ``دو میلیون``: a number word followed by a scale word; and
        ``three soldiers`` (see :meth:`_counted_word`)."""
        found = self._approximate() + self._hyphenated()
        said = [(f.start, f.end) for f in found]  # "un millier" is about 1,000, not also 1,000
        tokens = self.a.tokens
        taken = 0  # where the last figure found ends: "نیم" in "یک و نیم میلیون" is no other
        for match in self.a.find(self.lex.number_words):
            nxt = match.last + 1
            if (
                match.start < taken
                or any(a <= match.start < b for a, b in said)
                or (nxt >= len(tokens) or not joined(self.text, tokens[match.last], tokens[nxt]))
            ):
                continue
            value = match.value
            half = self._half_after(match.end) if value == int(value) else None
            scaled = self._scale_after(half.end if half else match.end)
            if not scaled:
                counted = self._counted_word(match)
                if counted:
                    found.append(counted)
                continue
            scale, end = scaled
            value += 0.5 if half else 0  # "one and a half million", "یک و نیم میلیون"
            added = None if half else self._added_part(end, scale)
            if added:  # "یک میلیون و ۲۰۰ هزار", "دو هزار و پانصد"
                value, end = value + added[0] / scale, added[1]
            unit = None
            for find in (self._currency_after, self._unit_after):
                named = find(end)
                if named:
                    unit, end = named.value, named.end
                    break
            qualifier = self._qualifier(match.start)
            words = tuple(t.key for t in tokens[match.first : match.last + 1])
            if qualifier is None and words in self.lex.lower_bounds:
                qualifier = (match.start, AT_LEAST)  # "tens of thousands": 20,000 or more
            found.append(self._build(match.start, end, value * scale, unit, qualifier))
            taken = end
        return found


def _bare(figure: FoundFigure) -> bool:
    """A number alone: no unit, count or qualifier."""
    return not (figure.unit or figure.counts or figure.qualifier) and figure.value is not None


def _outside(found: list[FoundFigure], more: list[FoundFigure]) -> list[FoundFigure]:
    """Those of ``more`` that start inside none of ``found`` (in text order): the ``نیم``
    of ``۲ و نیم میلیون`` is no figure of its own."""
    starts = [f.start for f in found]
    kept = []
    for figure in more:
        i = bisect.bisect_right(starts, figure.start) - 1
        if i < 0 or not found[i].start <= figure.start < found[i].end:
            kept.append(figure)
    return kept


def _without_model_numbers(
    figures: list[FoundFigure], designated: Counter[tuple[str, float]]
) -> list[FoundFigure]:
    """Leave out bare integers written twice or more after the same name word or designator
    (``Mazda 3``, ``مدل ۹۱۱``), and their repeats after other name words (``Porsche 911``):
    a model, not a count. A repeat after no such word (``wait 3 weeks``) stays."""
    pairs = designated + Counter((f.named_by, f.value) for f in figures if f.named_by)
    models = {value for (_, value), n in pairs.items() if n > 1}
    if not models:
        return figures
    return [f for f in figures if not f.named_by or f.value not in models]


def find_figures(analysis: Analysis, skip: list[tuple[int, int]]) -> list[FoundFigure]:
    return FigureFinder(analysis, skip).figures()

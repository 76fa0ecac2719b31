"""A matching form of text that forgives how the same words get written differently.

It is kept apart from the text shown to users: :func:`matching_form` returns the folded
string and, for each of its characters, the offset of the original character, so a match
found in the folded form maps back to exact offsets in the original.

What it folds: Unicode compatibility forms and case; whitespace, ZWNJ and other invisible
joiners (Persian ``می‌رود`` = ``می رود`` = ``میرود``); Arabic letter variants against Persian
ones (``ي``/``ى`` → ``ی``, ``ك`` → ``ک``, hamza and madda forms of alef, ``ۀ`` → ``ه``);
Arabic diacritics and tatweel; Persian and Arabic-Indic digits and separators; quote marks
(dropped) and dashes. Decomposed (NFD) text folds like composed text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

DIGITS = str.maketrans(
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
    "01234567890123456789",
)
"""Persian (``۰``–``۹``) and Arabic-Indic (``٠``–``٩``) digits to ASCII, one for one."""


def normalize_digits(text: str) -> str:
    """``text`` with Persian and Arabic-Indic digits as ASCII digits.

    Every character maps to exactly one character, so offsets into the result are offsets
    into ``text``: search the result, then cut the original.
    """
    return text.translate(DIGITS)


_DROP = set(
    "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u0640\u0654\u0655\u0670"
    "\"'`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
)
_DROP.update(chr(c) for c in range(0x064B, 0x0653))  # harakat
_FOLD = {
    "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
    "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
    "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
    "\u0623": "\u0627",
    "\u0625": "\u0627",
    "\u0622": "\u0627",
    "\u0671": "\u0627",
    "\u06c0": "\u0647",  # HEH WITH YEH ABOVE -> HEH
    "\u0629": "\u0647",  # TEH MARBUTA -> HEH
    "\u06d5": "\u0647",  # AE, the base of a decomposed HEH WITH YEH ABOVE -> HEH
    "\u066c": ",",  # ARABIC THOUSANDS SEPARATOR
    "\u066b": ".",  # ARABIC DECIMAL SEPARATOR
    "\u060c": ",",  # ARABIC COMMA
}
_FOLD.update({chr(code): chr(digit) for code, digit in DIGITS.items()})
_FOLD.update(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _DROP or char.isspace():
        return ""
    if char in _FOLD:
        return _FOLD[char]
    if unicodedata.category(char) == "Mn":  # a stray combining mark left by NFD input
        return ""
    folded = unicodedata.normalize("NFKC", char).casefold()
    return "".join(_FOLD.get(c, c) for c in folded if c not in _DROP and not c.isspace())


def matching_form(text: str) -> tuple[str, list[int]]:
    """The folded form of ``text`` and, per folded character, its offset in ``text``.

    ``text`` keeps its own offsets: each letter with the combining marks that follow it is
    composed (NFC) and folded as one unit mapped to the letter's offset, so a document that
    arrives decomposed (NFD: ``ئ`` as ``ي`` + hamza, ``é`` as ``e`` + accent) folds exactly
    as the composed quote does.
    """
    out: list[str] = []
    index: list[int] = []
    offset, length = 0, len(text)
    while offset < length:
        stop = offset + 1
        while stop < length and unicodedata.combining(text[stop]):
            stop += 1
        unit = text[offset:stop]
        if len(unit) > 1:
            unit = unicodedata.normalize("NFC", unit)
        for char in unit:
            folded = _fold_char(char)
            if folded:
                out.append(folded)
                index.extend([offset] * len(folded))
        offset = stop
    return "".join(out), index


def unit_end(text: str, offset: int) -> int:
    """The offset just after the character at ``offset`` and its combining marks."""
    end = offset + 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return end


def fold(text: str) -> str:
    """Only the folded string, for comparing two texts."""
    return "".join(_fold_char(c) for c in unicodedata.normalize("NFC", text))

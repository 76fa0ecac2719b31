"""The offline path end to end on examples/: what must hold whatever the parse stage adds."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES, assert_valid, jsonl, run_cli

EXPECTED = {
    "en_norway_indonesia_call.txt": (
        "phone_call",
        [("NO", "foreign minister"), ("ID", "foreign minister")],
    ),
    "fr_norvege_indonesie.md": (
        "phone_call",
        [("NO", "foreign minister"), ("ID", "foreign minister")],
    ),
    "fa_norway_indonesia.txt": (
        "phone_call",
        [("NO", "foreign minister"), ("ID", "foreign minister")],
    ),
    "en_chile_japan_trade.md": (
        "meeting",
        [("CL", "economy minister"), ("JP", "economy minister")],
    ),
    "fr_chili_japon.txt": ("meeting", [("CL", "economy minister"), ("JP", "economy minister")]),
    "fa_kenya_brazil_visit.txt": (
        "visit",
        [("KE", "agriculture minister"), ("BR", "agriculture minister")],
    ),
}


@pytest.fixture(scope="module")
def extractions():
    result = run_cli("extract", EXAMPLES, "-f", "jsonl")
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout.decode())
    assert_valid(records)
    return {
        r["document"]["source"].rsplit("/", 1)[-1]: r for r in records if r["kind"] == "extraction"
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_event_type_and_participants(extractions, name):
    kind, expected = EXPECTED[name]
    extraction = extractions[name]
    assert extraction["event"]["type"] == kind
    got = [(p["country"], p["role"]) for p in extraction["event"]["participants"]]
    assert got == expected
    countries = {e["key"] for e in extraction["entities"] if e["type"] == "country"}
    assert {code for code, _ in expected} <= countries
    assert extraction["grounding"]["grounded"] == extraction["grounding"]["total"]


def test_same_call_reported_in_three_languages_agrees(extractions):
    names = ["en_norway_indonesia_call.txt", "fr_norvege_indonesie.md", "fa_norway_indonesia.txt"]
    money = [[f["value"] for f in extractions[n]["figures"] if f["unit"] == "USD"] for n in names]
    assert money == [[120e6], [150e6], [120e6]]  # the French report gives another figure
    vessels = [
        [(f["value"], f["qualifier"]) for f in extractions[n]["figures"] if f["counts"]]
        for n in names
    ]
    assert vessels == [[(40, "more than")]] * 3
    speakers = [[q["speaker"] for q in extractions[n]["quotes"]] for n in names]
    assert speakers == [["Kari Nordvik"], ["Kari Nordvik"], ["کاری نوردویک"]]

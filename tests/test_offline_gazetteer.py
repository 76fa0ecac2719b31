"""The people gazetteer (``people_file``): people found without a title, named alike in
every language, and a clear error for a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from polybrief import Pipeline
from polybrief.errors import ConfigError
from polybrief.plugins.offline.extractor import extract_document
from polybrief.plugins.offline.gazetteer import load_gazetteer

from conftest import assert_valid, jsonl, run_cli
from offline_docs import make, spellings

PEOPLE = """
[[person]]
name = "Abbas Araghchi"
spellings = ["Araghchi", "عباس عراقچی", "عراقچی"]

[[person]]
name = "Sergei Lavrov"
spellings = ["Lavrov", "سرگئی لاوروف", "لاوروف"]

[[person]]
name = "Anna Rose"
"""


@pytest.fixture
def gazetteer(tmp_path: Path):
    path = tmp_path / "people.toml"
    path.write_text(PEOPLE, encoding="utf-8")
    return load_gazetteer(str(path))


def participants(extraction):
    return [(p.name, p.native_name, p.role, p.country) for p in extraction.event.participants]


def test_listed_people_are_participants_without_a_title(gazetteer):
    text = (
        "Araghchi spoke with Lavrov by telephone on Monday. "
        'Lavrov said: "We discussed the nuclear talks."'
    )
    extraction = extract_document(make(text, "en"), gazetteer)
    assert participants(extraction) == [
        ("Abbas Araghchi", None, None, None),
        ("Sergei Lavrov", None, None, None),
    ]
    assert extraction.quotes[0].speaker == "Sergei Lavrov"
    people = spellings(extraction)
    assert people == {"Abbas Araghchi": ["Araghchi"], "Sergei Lavrov": ["Lavrov"]}


def test_a_listed_name_in_another_script_takes_the_gazetteer_name(gazetteer):
    text = (
        "عباس عراقچی، وزیر امور خارجه ایران، در تماسی تلفنی با سرگئی لاوروف گفت‌وگو کرد. "
        "عراقچی گفت: «درباره مذاکرات هسته‌ای گفت‌وگو کردیم.»"
    )
    extraction = extract_document(make(text, "fa"), gazetteer)
    assert participants(extraction) == [
        ("Abbas Araghchi", "عباس عراقچی", "foreign minister", "IR"),
        ("Sergei Lavrov", "سرگئی لاوروف", None, None),
    ]
    assert extraction.quotes[0].speaker == "Abbas Araghchi"
    assert_valid([extraction.to_dict()])


def test_without_a_gazetteer_nothing_changes():
    text = "Araghchi spoke with Lavrov by telephone on Monday."
    assert extract_document(make(text, "en")).event.participants == []


def test_a_listed_name_that_is_also_a_word_counts_only_capitalised(gazetteer):
    text = "She planted a rose in the garden. Anna Rose visited the garden on Monday."
    extraction = extract_document(make(text, "en"), gazetteer)
    (person,) = [e for e in extraction.entities if e.type == "person"]
    assert person.name == "Anna Rose" and person.spellings == ["Anna Rose"]


def test_quotes_of_a_listed_person_join_across_scripts(tmp_path: Path):
    (tmp_path / "people.toml").write_text(PEOPLE, encoding="utf-8")
    english = (
        "Iran and Russia discuss nuclear talks\n\n"
        "Iran's Foreign Minister Abbas Araghchi held a telephone conversation with Russian "
        "Foreign Minister Sergei Lavrov on 3 March 2025. "
        'Araghchi said: "The talks must go on."'
    )
    persian = (
        "گفت‌وگوی تلفنی وزیران خارجه ایران و روسیه\n\n"
        "عباس عراقچی، وزیر امور خارجه ایران، روز ۱۳ اسفند ۱۴۰۳ در تماسی تلفنی با سرگئی "
        "لاوروف، وزیر امور خارجه روسیه، گفت‌وگو کرد. عراقچی گفت: «مذاکرات باید ادامه یابد.»"
    )
    (tmp_path / "en.txt").write_text(english, encoding="utf-8")
    (tmp_path / "fa.txt").write_text(persian, encoding="utf-8")
    pipe = Pipeline(to=["en"], people_file=str(tmp_path / "people.toml"))
    (event,) = pipe.run([tmp_path / "en.txt", tmp_path / "fa.txt"]).events
    (quote,) = [c for c in event.briefs[0].claims if c.type == "quote"]
    assert quote.text == "“The talks must go on.” — Abbas Araghchi"
    assert len(quote.documents) == 2


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "cannot read it"),
        ("[[person]\nname =", "not valid TOML"),
        ("title = 'people'", "no [[person]] tables"),
        ("[[person]]\nname = 42", "person 1: 'name' must be a name"),
        ("[[person]]\nname = 'A B'\nspellings = 'A'", "person 1 (A B): 'spellings' must be"),
        ("[[person]]\nname = 'A B'\nrole = 'minister'", "unknown key 'role'"),
    ],
)
def test_a_broken_gazetteer_is_a_clear_error(tmp_path: Path, content, problem):
    path = tmp_path / "people.toml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_gazetteer(str(path))
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_the_cli_stops_on_a_broken_gazetteer_without_a_traceback(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Lavrov spoke on Monday.", encoding="utf-8")
    result = run_cli("run", tmp_path / "a.txt", "-s", f"people_file={tmp_path / 'none.toml'}")
    assert result.returncode != 0
    assert b"none.toml" in result.stderr and b"Traceback" not in result.stderr
    good = tmp_path / "people.toml"
    good.write_text(PEOPLE, encoding="utf-8")
    result = run_cli("run", tmp_path / "a.txt", "-s", f"people_file={good}", "-f", "jsonl")
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout.decode())
    assert_valid(records)
    extraction = next(r for r in records if r["kind"] == "extraction")
    assert [p["name"] for p in extraction["event"]["participants"]] == ["Sergei Lavrov"]

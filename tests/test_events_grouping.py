"""Grouping reports of the same event, from extractions built by hand: sound first."""

from __future__ import annotations

import datetime as dt

from polybrief.config import Config
from polybrief.context import Context
from polybrief.plugins import events
from polybrief.plugins.events.grouping import candidate_pairs, cluster
from polybrief.plugins.events.profile import build_profile
from polybrief.records import (
    DateValue,
    Document,
    Event,
    Evidence,
    Extraction,
    Participant,
)


def report(
    name: str,
    day: str | None,
    people: list[tuple[str, str]],
    kind: str | None = "phone_call",
    lang: str = "en",
    text: str = "The ministers spoke about trade and security.",
) -> tuple[Document, Extraction]:
    """A report of ``people`` (name, country) meeting on ``day``, as an extractor gives it."""
    body = f"{name}. {text}"
    published = DateValue(day, "day", f"date {day}") if day else None
    document = Document.from_text(
        body,
        name,
        lang=lang,
        script="Arab" if lang == "fa" else "Latn",
        published=published,
        sentences=[(0, len(body))],
    )
    participants = [Participant(n, Evidence(n), country=c) for n, c in people]
    extraction = Extraction(
        document=document.ref(),
        extractors=["test"],
        event=Event(type=kind, date=published, participants=participants),
    )
    return document, extraction


def group(*reports: tuple[Document, Extraction], window: int = 2) -> list[set[str]]:
    profiles = [build_profile(i, d, e) for i, (d, e) in enumerate(reports)]
    return sorted(
        ({reports[i][0].source for i in members} for members in cluster(profiles, window)),
        key=sorted,
    )


IRAN_FRANCE = [("Dariush Amir-Kabiri", "IR"), ("Claire Delmas", "FR")]


def test_one_event_across_languages_scripts_and_a_day():
    groups = group(
        report("a", "2025-02-10", [("Ali Bagheri Kani", "IR"), ("Claire Delmas", "FR")]),
        report("b", "2025-02-10", [("Bagheri", "IR"), ("Delmas", "FR")], lang="fr"),
        report("c", "2025-02-11", [("باقری", "IR"), ("کلر دلماس", "FR")], lang="fa"),
    )
    assert groups == [{"a", "b", "c"}]


def test_amir_abdollahian_spellings_join():
    spellings = ["Amir-Abdollahian", "Amirabdollahian", "Amir Abdollahian", "امیرعبداللهیان"]
    reports = [
        report(f"r{i}", "2025-03-01", [(name, "IR"), ("Kari Nordvik", "NO")])
        for i, name in enumerate(spellings)
    ]
    assert group(*reports) == [{"r0", "r1", "r2", "r3"}]


def test_the_same_ministers_months_apart_stay_apart():
    groups = group(
        report("feb", "2025-02-10", IRAN_FRANCE),
        report("jun", "2025-06-18", IRAN_FRANCE),
    )
    assert groups == [{"feb"}, {"jun"}]


def test_other_participants_on_the_same_day_stay_apart():
    groups = group(
        report("france", "2025-02-10", IRAN_FRANCE),
        report("germany", "2025-02-10", [("Dariush Amir-Kabiri", "IR"), ("Jonas Weber", "DE")]),
    )
    assert groups == [{"france"}, {"germany"}]


def test_other_people_of_the_same_countries_on_the_same_day_stay_apart():
    groups = group(
        report("ministers", "2025-02-10", IRAN_FRANCE),
        report("presidents", "2025-02-10", [("Reza Tavana", "IR"), ("Marc Aubert", "FR")]),
    )
    assert groups == [{"ministers"}, {"presidents"}]


def test_different_days_need_a_shared_participant():
    # Same countries and kind, a day apart, no participant in common: never one event.
    groups = group(
        report("a", "2025-02-10", [("Reza Tavana", "IR")], text="Iran and France talk."),
        report("b", "2025-02-11", [("Marc Aubert", "FR")], text="Iran and France talk."),
    )
    assert groups == [{"a"}, {"b"}]


def test_a_phone_call_is_not_a_visit():
    groups = group(
        report("call", "2025-02-10", IRAN_FRANCE, kind="phone_call"),
        report("visit", "2025-02-10", IRAN_FRANCE, kind="visit"),
    )
    assert groups == [{"call"}, {"visit"}]


def test_a_chain_of_days_does_not_join_the_ends():
    groups = group(
        report("d1", "2025-02-10", IRAN_FRANCE),
        report("d2", "2025-02-11", IRAN_FRANCE),
        report("d4", "2025-02-13", IRAN_FRANCE),
        window=1,
    )
    assert {"d1", "d4"} not in [g & {"d1", "d4"} for g in groups]
    assert len(groups) == 2


def test_a_report_without_a_date_stays_alone():
    groups = group(report("dated", "2025-02-10", IRAN_FRANCE), report("undated", None, IRAN_FRANCE))
    assert groups == [{"dated"}, {"undated"}]


def test_candidates_come_from_the_index_not_all_pairs():
    start = dt.date(2025, 1, 1)
    reports = [
        report(
            f"r{i}",
            (start + dt.timedelta(days=i % 300)).isoformat(),
            [(f"Person{i}", "NO"), (f"Other{i}", "ID")],
        )
        for i in range(600)
    ]
    profiles = [build_profile(i, d, e) for i, (d, e) in enumerate(reports)]
    pairs = candidate_pairs(profiles, 2)
    assert len(pairs) < 600 * 10  # all pairs would be 179,700


def test_the_hook_reads_lazy_sequences_once():
    reads = []

    class Counting(list):
        def __iter__(self):
            reads.append(1)
            return super().__iter__()

    a = report("a", "2025-02-10", IRAN_FRANCE)
    b = report("b", "2025-02-10", IRAN_FRANCE, lang="fr")
    context = Context(Config(env={}).with_settings(events.register_settings()))
    groups = events.group(Counting([a[0], b[0]]), Counting([a[1], b[1]]), context)
    assert groups == [[a[0].id, b[0].id]] and len(reads) == 2


def _month_report(name: str, month: str, people: list[tuple[str, str]], lang: str = "fr"):
    document, extraction = report(name, None, people, lang=lang)
    document.published = extraction.event.date = DateValue(month, "month", f"date {month}")
    return document, extraction


def test_a_report_dated_to_the_month_joins_the_day_it_shares_participants_with():
    groups = group(
        report("day", "2024-06-01", [("Mohammed Al Thani", "QA"), ("Ali Bagheri", "IR")]),
        _month_report("month", "2024-06", [("Mohammed Al-Thani", "QA"), ("Ali Bagheri", "IR")]),
        report("later", "2024-06-20", [("Mohammed Al Thani", "QA"), ("Ali Bagheri", "IR")]),
    )
    # the month report joins one of the two calls, never both: they are 19 days apart
    assert {"day", "later"} not in [g & {"day", "later"} for g in groups]
    assert len(groups) == 2 and any("month" in g and len(g) == 2 for g in groups)


def test_a_report_dated_to_the_month_needs_a_shared_participant():
    groups = group(
        report("day", "2024-06-01", IRAN_FRANCE),
        _month_report("month", "2024-06", [("Kari Nordvik", "NO"), ("Budi Santoso", "ID")]),
        _month_report("other-month", "2024-07", IRAN_FRANCE),
    )
    assert groups == [{"day"}, {"month"}, {"other-month"}]


def test_copies_of_one_report_are_scored_once_and_stay_together(monkeypatch):
    from polybrief.plugins.events import grouping

    calls = []
    real = grouping._matched
    monkeypatch.setattr(
        grouping, "_matched", lambda persons, other: calls.append(1) or real(persons, other)
    )
    copies = [report(f"copy{i}", "2025-02-10", IRAN_FRANCE) for i in range(40)]
    other = report("other", "2025-02-10", [("Kenji Sato", "JP"), ("Claire Delmas", "FR")])
    assert group(*copies, other) == [{f"copy{i}" for i in range(40)}, {"other"}]
    assert len(calls) <= 12  # name matching for a few pairs, not for the 820 pairs of 41

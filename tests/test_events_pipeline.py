"""Event records from ``run``: grouped, summarized with citations, compared, valid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polybrief import EventRecord, Pipeline, hookimpl
from polybrief.events import cited_sentences, consensus_date
from polybrief.eventstore import EventInputs
from polybrief.records import (
    DateValue,
    Document,
    ErrorRecord,
    Extraction,
    SourceRef,
    Summary,
    SummarySentence,
)

from conftest import FIXTURES, assert_valid, jsonl

REPORTS = FIXTURES / "events" / "reports"
GOLD = json.loads((FIXTURES / "events" / "gold.json").read_text("utf-8"))["events"]
CHOSEN = [
    *GOLD["iran-france-call-2025-02-10"],
    *GOLD["iran-germany-call-2025-02-10"],
    *GOLD["egypt-turkey-visit-2025-03-04"],
    "36_fr.txt",
]


@pytest.fixture(scope="module")
def result():
    return Pipeline(to=["en", "fr"]).run([REPORTS / name for name in CHOSEN])


def _members(event: EventRecord) -> set[str]:
    return {Path(m.source).name for m in event.documents}


def test_events_follow_the_documents_in_date_order_before_the_report(result):
    kinds = [r.kind for r in result.records]
    first_event = kinds.index("event")
    assert set(kinds[first_event:-1]) == {"event"} and kinds[-1] == "run_report"
    dates = [e.date.date for e in result.events]
    assert dates == sorted(dates)
    assert result.report.events == len(result.events) == 4
    assert result.report.stages["group"] == ["events"]
    assert_valid([r.to_dict() for r in result.records])


def test_reports_are_grouped_as_the_gold_says(result):
    groups = sorted(map(sorted, map(_members, result.events)))
    expected = [
        sorted(GOLD["iran-france-call-2025-02-10"]),
        sorted(GOLD["iran-germany-call-2025-02-10"]),
        sorted(GOLD["egypt-turkey-visit-2025-03-04"]),
        ["36_fr.txt"],
    ]
    assert groups == sorted(expected)


def test_every_summary_sentence_cites_member_documents(result):
    for event in result.events:
        ids = {m.id for m in event.documents}
        for brief in event.briefs:
            assert brief.summary and brief.headline
            for sentence in brief.summary:
                assert sentence.sources and {r.document for r in sentence.sources} <= ids
            for claim in brief.claims:
                assert set(claim.documents) <= ids
                assert all(r.text for r in claim.evidence)


def test_a_brief_in_a_language_no_member_is_in_says_so(result):
    football = next(e for e in result.events if _members(e) == {"36_fr.txt"})
    english = next(b for b in football.briefs if b.target == "en")
    assert english.lang == "fr" and english.translator is None
    assert "no LLM endpoint configured" in english.untranslated  # why, from the translator
    french = next(b for b in football.briefs if b.target == "fr")
    assert french.lang == "fr"


def test_figures_that_differ_between_sources(result):
    visit = next(e for e in result.events if "15_fa.txt" in _members(e))
    brief = next(b for b in visit.briefs if b.target == "en")
    (figures,) = [d for d in brief.discrepancies if d.type == "figure"]
    by_source = {Path(_source(visit, v.document)).name: v.value for v in figures.values}
    assert by_source == {
        "12_en.txt": "$15 billion a year",
        "13_en.txt": "$15 billion annually",
        "14_fr.txt": "15 milliards de dollars par an",
        "15_fa.txt": "۲۰ میلیارد دلار در سال",
    }
    assert all(v.evidence.grounded for v in figures.values)
    assert brief.headline.startswith("Visit: Karim Fahmy (Egypt) and Selin Aydın (")


def _source(event: EventRecord, document_id: str) -> str:
    return next(m.source for m in event.documents if m.id == document_id)


def test_a_claim_reported_by_some_sources_only(result):
    call = next(e for e in result.events if "01_en.txt" in _members(e))
    brief = next(b for b in call.briefs if b.target == "fr")
    missing = [d for d in brief.discrepancies if d.type == "missing"]
    aid = next(d for d in missing if "EUR" in d.description)
    silent = [v for v in aid.values if v.evidence is None]
    assert [Path(_source(call, v.document)).name for v in silent] == ["05_fr.txt"]
    assert silent[0].value == "non mentionné"


def test_markdown_report_lists_events_with_sources_and_a_table(cli):
    files = [REPORTS / n for n in GOLD["egypt-turkey-visit-2025-03-04"]]
    result = cli("run", *files, "--to", "en", "-f", "md")
    assert result.exit_code == 0, result.output
    text = result.stdout
    events = text[text.index("# Events") :]
    assert "## Visit: Karim Fahmy (Egypt) and Selin Aydın (" in events
    assert "| Point | Source | Says | Evidence |" in events
    assert "| [4] | ۲۰ میلیارد دلار در سال | “دو کشور قصد دارند" in events
    assert "**Sources**" in events and "15_fa.txt" in events


def test_json_and_jsonl_hold_valid_event_records(cli, tmp_path):
    files = [REPORTS / n for n in GOLD["pakistan-china-talks-2025-04-22"]]
    out = tmp_path / "events.json"
    assert cli("run", *files, "-o", out).exit_code == 0
    records = json.loads(out.read_text("utf-8"))
    assert_valid(records)
    (event,) = [r for r in records if r["kind"] == "event"]
    assert len(event["documents"]) == 3 and event["countries"] == ["PK", "CN"]
    lines = jsonl(cli("run", *files, "-f", "jsonl", "--set", "events=false").stdout)
    assert not [r for r in lines if r["kind"] == "event"]


class Pairs:
    """A grouping plugin that puts documents together two by two, in input order."""

    polybrief_name = "pairs"

    @hookimpl
    def group(self, documents):
        ids = [d.id for d in documents]
        return [ids[i : i + 2] for i in range(0, len(ids), 2)]


class Broken:
    polybrief_name = "broken"

    @hookimpl
    def group(self, documents):
        return [["doc_not_in_this_run"]]


def test_another_grouping_plugin_can_be_chosen():
    files = [REPORTS / n for n in ("12_en.txt", "35_en.txt")]
    result = Pipeline(plugins=[Pairs()], grouper=["pairs"]).run(files)
    (event,) = result.events
    assert event.grouper == "pairs" and len(event.documents) == 2


def test_a_grouping_plugin_that_names_unknown_documents_fails_cleanly():
    result = Pipeline(plugins=[Broken()], grouper=["broken"]).run([REPORTS / "35_en.txt"])
    (error,) = result.errors
    assert error.stage == "group" and error.plugin == "broken"
    assert "doc_not_in_this_run" in error.message
    assert len(result.extractions) == 1 and not result.events


def test_the_store_keeps_extracted_documents_on_disk_in_order():
    store = EventInputs()
    documents = [Document.from_text(f"text {i}", f"s{i}") for i in range(3)]
    for document in documents:
        store.hold(document)
    store.hold(documents[0])  # the same text again is one report
    extractions = [Extraction(document=d.ref(), extractors=["x"]) for d in documents]
    failed = ErrorRecord("s1", "extract", "StageError", "broken", document=documents[1].id)
    store.take([extractions[0], failed, extractions[2]])
    assert len(store) == 2 and store.ids() == [documents[0].id, documents[2].id]
    assert [d.source for d in store.documents] == ["s0", "s2"]
    assert store.extractions[-1].document.id == documents[2].id
    with pytest.raises(IndexError):
        store.documents[2]
    store.close()


def test_sentences_citing_no_member_are_dropped():
    member = Document.from_text("Some text here.", "m")
    sentences = [
        SummarySentence("Kept.", [SourceRef(member.id, 0, 9), SourceRef("doc_other")]),
        SummarySentence("Dropped.", [SourceRef("doc_other")]),
        SummarySentence("Offsets out of range.", [SourceRef(member.id, 5, 500)]),
    ]
    kept, dropped = cited_sentences(sentences, [member])
    assert [s.text for s in kept] == ["Kept.", "Offsets out of range."]
    assert dropped == 1
    assert kept[0].sources == [SourceRef(member.id, 0, 9)]
    assert kept[1].sources == [SourceRef(member.id)]


def test_the_event_date_is_the_one_most_members_give():
    day = DateValue("2025-02-10", "day", "a")
    later = DateValue("2025-02-11", "day", "b")
    month = DateValue("2025-02", "month", "c")
    assert consensus_date([later, day, day, month]).date == "2025-02-10"
    assert consensus_date([month, None]).date == "2025-02"
    assert consensus_date([None]) is None


class Shouting:
    """A translator into German that only upper-cases, to follow the translate step."""

    polybrief_name = "shouting"

    @hookimpl
    def translate(self, text, target_lang):
        return text.upper() if target_lang == "de" else None


def test_event_summaries_go_through_the_translate_stage():
    files = [REPORTS / n for n in GOLD["india-brazil-video-2025-04-22"]]
    result = Pipeline(plugins=[Shouting()], to=["de"]).run(files)
    (event,) = result.events
    (brief,) = event.briefs
    assert brief.lang == "de" and brief.translator == "shouting" and brief.untranslated is None
    assert all(s.text == s.text.upper() for s in brief.summary)


class CountingSummarizer:
    """Counts the summarize calls, to see that a lone report is summarized once."""

    polybrief_name = "counting"
    calls = 0

    @hookimpl(tryfirst=True)
    def summarize(self, documents, targets):
        CountingSummarizer.calls += 1
        text = documents[0].text.split(".")[0] + "."
        return [
            Summary(
                documents=[d.id for d in documents],
                lang=documents[0].lang,
                target=target,
                summarizer="counting",
                method="extractive",
                sentences=[SummarySentence(text, [SourceRef(documents[0].id)])],
            )
            for target in targets
        ]


def test_a_report_alone_in_its_event_is_summarized_once():
    CountingSummarizer.calls = 0
    files = [REPORTS / n for n in ("35_en.txt", "38_en.txt")]
    result = Pipeline(plugins=[CountingSummarizer()], to=["en"]).run(files)
    assert len(result.events) == 2 and CountingSummarizer.calls == 2
    assert all(e.briefs[0].summarizer == "counting" for e in result.events)


def test_one_source_quoting_itself_in_two_wordings_is_no_discrepancy():
    first = (
        "Oslo talks\n\nThe minister said: “We will build the new port together with our "
        "partners.” Later she added: “We will build the new port together with partners.”"
    )
    second = "Port plan\n\nOfficials met in Oslo to discuss the harbour and its funding."
    result = Pipeline(plugins=[Pairs()], grouper=["pairs"]).run([first, second])
    assert not result.errors
    (event,) = result.events
    for brief in event.briefs:
        assert all(len(d.values) >= 2 for d in brief.discrepancies)


NORWAY = ["en_norway_indonesia_call.txt", "fa_norway_indonesia.txt", "fr_norvege_indonesie.md"]
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _written(tmp_path: Path, reports: tuple[tuple[str, str], ...]) -> list[Path]:
    """Each (language, text) report written to a file named by its language."""
    paths = [tmp_path / f"{lang}.txt" for lang, _ in reports]
    for path, (_, text) in zip(paths, reports, strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


def _quote_claims(paths: list[Path]) -> list:
    (event,) = Pipeline(to=["en"]).run(paths).events
    return [c for c in event.briefs[0].claims if c.type == "quote"]


def test_one_speaker_quoted_once_in_each_language_is_one_quote():
    (claim,) = _quote_claims([EXAMPLES / name for name in NORWAY])
    assert claim.text.startswith("“Our two countries") and claim.text.endswith("— Kari Nordvik")
    assert len(claim.documents) == 3
    assert {ref.text[:3] for ref in claim.evidence} == {"Our", "Nos", "دو "}


def test_a_speaker_quoted_twice_in_one_language_is_not_joined_across_languages(tmp_path):
    english = (
        (EXAMPLES / NORWAY[0])
        .read_text("utf-8")
        .replace(
            "Santoso thanked Norway",
            '"We will meet again in Jakarta in May," Nordvik said. Santoso thanked Norway',
        )
    )
    (tmp_path / "en.txt").write_text(english, encoding="utf-8")
    claims = _quote_claims([tmp_path / "en.txt", EXAMPLES / NORWAY[2]])
    assert sorted(len(c.documents) for c in claims) == [1, 1, 1]


def test_a_speaker_s_several_quotes_join_across_languages_by_what_they_name(tmp_path):
    """Two quotes in each language: the two naming Indonesia and 40 vessels are one statement
    in three languages; those naming nothing the others do stay apart."""
    added = {
        NORWAY[0]: (
            "after the call.",
            'after the call. "Indonesia will send 40 vessels to the Arafura Sea," Nordvik added.',
        ),
        NORWAY[1]: (
            "سازگارند.»",
            "سازگارند.» نوردویک افزود: «اندونزی ۴۰ شناور به دریای آرافورا می‌فرستد.»",
        ),
        NORWAY[2]: (
            "a déclaré Mme Nordvik.",
            "a déclaré Mme Nordvik. « L'Indonésie enverra 40 navires en mer d'Arafura », a "
            "ajouté Mme Nordvik.",
        ),
    }
    paths = []
    for name, (old, new) in added.items():
        text = (EXAMPLES / name).read_text("utf-8")
        assert old in text
        paths.append(tmp_path / name)
        paths[-1].write_text(text.replace(old, new, 1), encoding="utf-8")
    claims = _quote_claims(paths)
    joined = [c for c in claims if "40" in c.text]
    assert len(joined) == 1 and len(joined[0].documents) == 3, [c.text for c in claims]
    assert sorted(len(c.documents) for c in claims) == [1, 1, 1, 3]


UNTITLED_SPEAKER = (
    (
        "en",
        "Morocco and Qatar discuss the port\n\n"
        "Morocco's acting foreign minister spoke by telephone on 3 March 2025 with Qatar's "
        "Foreign Minister Hamad Al Kuwari about the new port in Tangier. "
        "During the phone conversation, Youssef Amrani, on behalf of the government, thanked "
        "Qatar for its help. Amrani also noted that the works had started. "
        'He asserted, "The port will open to ships next year."',
    ),
    (
        "fr",
        "Le Maroc et le Qatar parlent du port\n\n"
        "Lors d'un entretien téléphonique le 3 mars 2025 avec le ministre des Affaires "
        "étrangères du Qatar, Hamad Al Kuwari, le ministre des Affaires étrangères par intérim, "
        "Youssef Amrani, a parlé du nouveau port de Tanger. "
        "Youssef Amrani a déclaré : « Le port sera ouvert aux navires l'an prochain. »",
    ),
)
BODY_SPEAKER = (
    (
        "en",
        "Iran and Oman discuss the port\n\n"
        "Iranian Foreign Minister Abbas Araghchi spoke by telephone on 3 March 2025 with "
        "Omani Foreign Minister Badr Albusaidi about the new port. "
        'Iran\'s foreign ministry said in a statement: "The talks were constructive."',
    ),
    (
        "fa",
        "گفت‌وگوی ایران و عمان درباره بندر\n\n"
        "عباس عراقچی، وزیر امور خارجه ایران، روز ۱۳ اسفند ۱۴۰۳ در تماسی تلفنی با بدر "
        "البوسعیدی، وزیر خارجه عمان، درباره بندر جدید گفت‌وگو کرد. "
        "وزارت امور خارجه ایران در بیانیه‌ای اعلام کرد: «گفت‌وگوها سازنده بود.»",
    ),
)


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        # a speaker named in full once, then speaking by last name and as "He"
        (UNTITLED_SPEAKER, "“The port will open to ships next year.” — Youssef Amrani"),
        # a body, named in English with its country in every language
        (BODY_SPEAKER, "“The talks were constructive.” — foreign ministry (Iran)"),
    ],
)
def test_a_speaker_quoted_once_in_each_of_two_languages_is_one_quote(tmp_path, reports, expected):
    paths = _written(tmp_path, reports)
    (claim,) = _quote_claims(paths)
    assert claim.text == expected
    assert len(claim.documents) == 2


def test_one_call_reported_in_french_english_and_persian_is_one_event(corpus):
    """The shared corpus's French and English reports of the Bagheri–Al Thani call, with a
    Persian report of it: one event, each participant and the quote backed by all three."""
    files = [
        corpus / "000_2dc8f213a2bf0247.txt",
        corpus / "001_3d6f836001aafc07.txt",
        FIXTURES / "fa_iran_qatar_call.txt",
    ]
    (event,) = Pipeline(to=["en"]).run(files).events
    assert {m.lang for m in event.documents} == {"fr", "en", "fa"}
    claims = {c.type: [] for c in event.briefs[0].claims}
    for claim in event.briefs[0].claims:
        claims[claim.type].append((claim.text, len(claim.documents)))
    assert claims["participant"] == [
        ("Mohammed bin Abdulrahman Al Thani (prime minister and foreign minister, Qatar)", 3),
        ("Ali Bagheri (acting foreign minister, Iran)", 3),
    ]
    (quote,) = claims["quote"]
    assert quote[0].endswith("will come at a cost.” — Ali Bagheri") and quote[1] == 3


SAUDI_CALL = (
    (
        "en",
        "Saudi, Iranian foreign ministers discuss Gaza\n\ndate 2024-10-14\n\n"
        "Saudi Foreign Minister Prince Faisal bin Farhan held a phone call on Sunday with "
        "Iranian Foreign Minister Abbas Araghchi to discuss the escalation in Gaza.",
    ),
    (
        "fr",
        "Entretien entre les chefs de la diplomatie saoudienne et iranienne\n\ndate 2024-10-14\n\n"
        "Le ministre saoudien des Affaires étrangères, le prince Fayçal ben Farhane, s'est "
        "entretenu lundi par téléphone avec son homologue iranien, Abbas Araghchi, de "
        "l'escalade à Gaza.",
    ),
)


@pytest.mark.parametrize(
    ("reader", "name"), [("en", "Faisal bin Farhan"), ("fr", "Fayçal ben Farhane")]
)
def test_one_person_spelled_two_ways_is_one_participant_named_as_the_reader_reads(
    tmp_path, reader, name
):
    paths = _written(tmp_path, SAUDI_CALL)
    (event,) = Pipeline(to=[reader]).run(paths).events
    assert [p.name for p in event.participants] == [name, "Abbas Araghchi"]
    (brief,) = event.briefs
    dates = [d for d in brief.discrepancies if d.type == "date"]
    assert len(dates) == 1  # Sunday in one report, Monday (lundi) in the other


def test_each_brief_gives_the_topics_as_the_members_in_its_language_word_them():
    (event,) = Pipeline(to=["en", "fr"]).run([EXAMPLES / name for name in NORWAY]).events
    topics = {brief.target: brief.topics for brief in event.briefs}
    assert topics["en"] == [
        "cooperation on sustainable fisheries, the protection of the oceans and preparations "
        "for the next UN climate conference"
    ]
    assert topics["fr"] == [
        "la pêche durable, la protection des océans et la préparation de la prochaine "
        "conférence des Nations unies sur le climat"
    ]
    assert len(event.topics) == 3  # the record keeps every member's, the Persian one too


@pytest.mark.parametrize(
    ("reader", "headline"),
    [
        (
            "en",
            "Telephone call: Kari Nordvik (Norway) and Budi Santoso (Indonesia), March 12, 2025",
        ),
        ("fa", "گفت‌وگوی تلفنی: کاری نوردویک (نروژ) و بودی سانتوسو (اندونزی)، ۲۲ اسفند ۱۴۰۳"),
    ],
)
def test_the_headline_is_written_as_the_reader_writes(reader, headline):
    (event,) = Pipeline(to=[reader]).run([EXAMPLES / name for name in NORWAY]).events
    assert event.briefs[0].headline == headline


BARROT_CALL = (
    (
        "fr",
        "Entretien entre Jean-Noël Barrot et Abbas Araghchi\n\ndate 2025-03-11\n\n"
        "Le ministre français des Affaires étrangères, Jean-Noël Barrot, s'est entretenu "
        "mardi au téléphone avec son homologue iranien Abbas Araghchi, a annoncé le Quai "
        "d'Orsay. « La France demande la libération immédiate de nos compatriotes détenus », "
        "a déclaré M. Barrot à l'issue de l'échange.",
    ),
    (
        "fa",
        "گفتگوی تلفنی عراقچی و بارو\n\n۲۱ اسفند ۱۴۰۳\n\n"
        "سید عباس عراقچی وزیر امور خارجه ایران روز سه‌شنبه در تماس تلفنی با ژان نوئل بارو "
        "وزیر امور خارجه فرانسه گفتگو کرد. وزیر خارجه فرانسه در این گفتگو گفت: «فرانسه "
        "خواستار آزادی فوری اتباع خود است.»",
    ),
)


def test_a_french_name_meets_its_persian_spelling_and_quotes_back_summary_sentences(tmp_path):
    """Barrot is بارو in Persian (the t is not said): one event; a summary sentence quoting
    him cites the other report's sentence quoting him, not one merely naming his country."""
    paths = _written(tmp_path, BARROT_CALL)
    pipe = Pipeline(to=["fa"])
    (event,) = pipe.run(paths).events
    assert {m.lang for m in event.documents} == {"fr", "fa"}
    texts = {d.id: d.text for d in pipe.parse(paths)}
    quoted = next(s for s in event.briefs[0].summary if "«" in s.text)
    cited = {texts[ref.document][ref.start : ref.end] for ref in quoted.sources}
    assert cited == {
        quoted.text,
        "« La France demande la libération immédiate de nos compatriotes détenus », a "
        "déclaré M. Barrot à l'issue de l'échange.",
    }


ERDOGAN_SUDANI = (
    (
        "en",
        "Erdogan hosts Iraqi prime minister\n\ndate 2024-04-25\n\nTurkish President Recep "
        "Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Thursday. "
        "The two countries signed 24 agreements.",
    ),
    (
        "fa",
        "دیدار اردوغان و السودانی\n\ndate 2024-04-25\n\nرجب طیب اردوغان رئیس‌جمهور ترکیه روز "
        "پنجشنبه در آنکارا با محمد شیاع السودانی نخست‌وزیر عراق دیدار کرد. در این سفر ۲۶ سند "
        "همکاری به امضا رسید.",
    ),
)


@pytest.mark.parametrize(("reader", "what"), [("en", "(agreements)"), ("fa", "(سند همکاری)")])
def test_a_count_told_differently_is_labelled_as_a_report_in_the_readers_language_words_it(
    tmp_path, reader, what
):
    """One event across scripts (Recep = رجب), and the count it gives differently."""
    paths = _written(tmp_path, ERDOGAN_SUDANI)
    (event,) = Pipeline(to=[reader]).run(paths).events
    (differs,) = [d for d in event.briefs[0].discrepancies if d.type == "figure"]
    assert differs.description.endswith(what)
    assert [v.value for v in differs.values] == ["24", "۲۶"]


BARROT_SPELLED_TWO_WAYS = (
    (
        "en",
        "Iran, France foreign ministers speak\n\ndate 2025-06-02\n\nFrench Foreign Minister "
        "Jean-Noel Barrot spoke by telephone on Monday with his Iranian counterpart Abbas "
        'Araqchi. Barrot said the detention was "unacceptable".',
    ),
    (
        "fr",
        "Entretien entre Jean-Noël Barrot et Abbas Araghchi\n\ndate 2025-06-02\n\nLe "
        "ministre des Affaires étrangères, Jean-Noël Barrot, s'est entretenu lundi par "
        "téléphone avec son homologue iranien, Abbas Araghchi.",
    ),
)


@pytest.mark.parametrize(
    ("reader", "expected"),
    [("en", "“unacceptable” — Jean-Noel Barrot"), ("fr", "« unacceptable » — Jean-Noël Barrot")],
)
def test_a_quotes_speaker_is_named_as_the_participant_claims_name_the_same_person(
    tmp_path, reader, expected
):
    paths = _written(tmp_path, BARROT_SPELLED_TWO_WAYS)
    (event,) = Pipeline(to=[reader]).run(paths).events
    assert [c.text for c in event.briefs[0].claims if c.type == "quote"] == [expected]


@pytest.mark.parametrize(
    ("reader", "expected"),
    [
        ("en", "Abbas Araghchi (acting foreign minister, Iran)"),
        ("fr", "Abbas Araghchi (ministre des Affaires étrangères par intérim, Iran)"),
        ("fa", "Abbas Araghchi (سرپرست وزارت امور خارجه، ایران)"),
    ],
)
def test_a_participant_claim_gives_the_role_in_the_reader_language(tmp_path, reader, expected):
    text = (
        "Iran and Oman\n\ndate 2025-05-10\n\nIran's acting Foreign Minister Abbas Araghchi "
        "spoke by phone on Saturday with Omani Foreign Minister Badr Albusaidi."
    )
    (tmp_path / "en.txt").write_text(text, encoding="utf-8")
    (event,) = Pipeline(to=[reader]).run([tmp_path / "en.txt"]).events
    claims = [c.text for c in event.briefs[0].claims if c.type == "participant"]
    assert expected in claims


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (("2025-11-05", "day"), "en", "November 5, 2025"),
        (("2025-11-05", "day"), "fr", "5 novembre 2025"),
        (("2025-11-05", "day"), "fa", "۱۴ آبان ۱۴۰۴"),  # the calendar Persian readers use
        (("2025-11", "month"), "fa", "نوامبر ۲۰۲۵"),  # a Gregorian month is no Solar one
        (("2025", "year"), "fa", "۲۰۲۵"),
    ],
)
def test_dates_are_written_as_the_reader_writes_them(value, lang, expected):
    from polybrief.plugins.events.labels import format_date
    from polybrief.records import DateValue

    assert format_date(DateValue(*value, raw="x"), lang) == expected


@pytest.mark.parametrize(
    ("role", "lang", "expected"),
    [
        ("deputy prime minister", "fr", "vice-Premier ministre"),
        ("first deputy prime minister", "fr", "premier vice-Premier ministre"),
        ("first deputy prime minister", "fa", "معاون اول نخست‌وزیر"),
        ("former defence minister", "fa", "وزیر دفاع پیشین"),
        (
            "prime minister and foreign minister",
            "fr",
            "Premier ministre et ministre des Affaires étrangères",
        ),
        ("chief of staff", "fr", "chief of staff"),  # a part with no name there: as given
    ],
)
def test_roles_are_named_in_the_readers_language_with_their_modifiers(role, lang, expected):
    from polybrief.plugins.events.labels import role_name

    assert role_name(role, lang) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("prime minister", "Première ministre"),
        ("former president", "ancienne présidente"),
        ("deputy prime minister", "vice-Première ministre"),
        ("opposition leader", "cheffe de l'opposition"),
        ("chief economist", "économiste en chef"),  # "en chef" is said of the post
        ("foreign minister", "ministre des Affaires étrangères"),  # the same for a woman
    ],
)
def test_a_woman_s_role_takes_its_feminine_form_where_the_language_has_one(role, expected):
    from polybrief.plugins.events.labels import role_name

    assert role_name(role, "fr", "f") == expected
    assert role_name(role, "fa", "f") == role_name(role, "fa")  # Persian marks no gender


def test_a_participant_named_a_woman_in_one_report_is_one_in_the_brief(tmp_path):
    """``la présidente du Conseil`` tells that Meloni is a woman: the participant keeps it
    (``gender``, in the records) and a French brief names her ``Première ministre``, though
    the English report only says ``counterpart``."""
    reports = (
        (
            "en",
            "Starmer and Meloni discuss migration\n\ndate 2024-09-16\n\nBritish Prime "
            "Minister Keir Starmer met his Italian counterpart Giorgia Meloni in Rome on Monday.",
        ),
        (
            "fr",
            "Keir Starmer et Giorgia Meloni à Rome\n\ndate 2024-09-16\n\nLe Premier ministre "
            "britannique Keir Starmer a rencontré lundi à Rome la présidente du Conseil italien "
            "Giorgia Meloni.",
        ),
    )
    (event,) = Pipeline(to=["fr"]).run(_written(tmp_path, reports)).events
    meloni = next(p for p in event.participants if p.name == "Giorgia Meloni")
    assert meloni.gender == "f"
    claims = [c.text for c in event.briefs[0].claims if c.type == "participant"]
    assert "Giorgia Meloni (Première ministre, Italie)" in claims
    assert "Keir Starmer (Premier ministre, Royaume-Uni)" in claims


@pytest.mark.parametrize(
    ("unit", "lang", "expected"),
    [
        ("years", "fr", "ans"),
        ("barrels/day", "fa", "بشکه/روز"),
        ("USD/barrel", "fr", "USD/baril"),  # a code reads the same in any language
        ("km", "fa", "km"),
        ("years", "de", "years"),  # a language without names: as given
    ],
)
def test_units_in_words_are_named_in_the_readers_language(unit, lang, expected):
    from polybrief.plugins.events.labels import unit_name

    assert unit_name(unit, lang) == expected


def test_a_figure_only_some_sources_give_is_labelled_with_its_unit_in_the_readers_language():
    events = Pipeline(to=["fa"]).run([EXAMPLES / name for name in NORWAY]).events
    labels = [g.description for g in events[0].briefs[0].discrepancies if g.type == "missing"]
    assert "تنها برخی منابع این رقم را آورده‌اند (سال)" in labels


def test_a_figure_claim_names_its_unit_once():
    """``five years``, not ``five years (years)``; a unit the text does not write in English
    is glossed (``سه سال (years)``)."""
    paths = [EXAMPLES / name for name in (*NORWAY, "fa_kenya_brazil_visit.txt")]
    events = Pipeline(to=["en"]).run(paths).events
    figures = [c.text for e in events for c in e.briefs[0].claims if c.type == "figure"]
    assert "five years" in figures and "سه سال (years)" in figures
    assert not any(text.endswith("years (years)") for text in figures)


@pytest.mark.parametrize(
    ("reader", "gloss"), [("en", "USD, trade"), ("fr", "USD, échanges"), ("fa", "تجارت")]
)
def test_a_currency_written_in_a_script_the_reader_does_not_read_is_glossed_by_its_code(
    tmp_path, reader, gloss
):
    """``۳۰ میلیارد دلار`` says nothing to an English reader: ``(USD)`` follows it, as it
    follows the adjective ``دلاری``; to a Persian reader neither needs it. What the sums
    measure (trade) follows in the reader's words."""
    (tmp_path / "fa.txt").write_text(
        "گفت‌وگوی تلفنی پزشکیان و اردوغان\n\n۲۵ اسفند ۱۴۰۴\n\nمسعود پزشکیان رئیس‌جمهور "
        "کشورمان در گفت‌وگوی تلفنی با رجب طیب اردوغان رئیس‌جمهور ترکیه با اشاره به حجم ۱۰ "
        "میلیارد دلاری تجارت دو کشور گفت که این رقم به ۳۰ میلیارد دلار خواهد رسید.",
        encoding="utf-8",
    )
    (event,) = Pipeline(to=[reader]).run([tmp_path / "fa.txt"]).events
    figures = [c.text for c in event.briefs[0].claims if c.type == "figure"]
    expected = ["۱۰ میلیارد دلاری", "۳۰ میلیارد دلار"]
    assert figures == [f"{text} ({gloss})" for text in expected]


def test_a_figure_claim_to_a_reader_of_another_language_has_no_english_gloss_it_needs_not():
    """The unit codes are English: to a French reader ``سه سال`` keeps no ``(years)``, as
    the Persian data reads ``سال`` as years; to an English reader the gloss stays."""
    paths = [EXAMPLES / name for name in (*NORWAY, "fa_kenya_brazil_visit.txt")]
    events = Pipeline(to=["fr"]).run(paths).events
    figures = [c.text for e in events for c in e.briefs[0].claims if c.type == "figure"]
    assert "سه سال" in figures
    assert not any(text.endswith("(years)") for text in figures)


def test_a_report_of_a_meeting_last_week_joins_the_report_of_its_day(tmp_path):
    """``la semaine dernière`` gives a month, not the day of publication: the report joins
    the one dated to the day, by the participants both name."""
    (tmp_path / "en.txt").write_text(
        "Lavrov and Araghchi met\n\ndate 2025-02-11\n\nRussian Foreign Minister Sergei "
        "Lavrov met Iranian Foreign Minister Abbas Araghchi on Tuesday in Moscow.",
        encoding="utf-8",
    )
    (tmp_path / "fr.txt").write_text(
        "Lavrov et Araghchi\n\ndate 2025-02-19\n\nLe ministre russe des Affaires étrangères, "
        "Sergueï Lavrov, a rencontré la semaine dernière à Moscou son homologue iranien Abbas "
        "Araghchi.",
        encoding="utf-8",
    )
    (event,) = Pipeline(to=["en"]).run([tmp_path / "en.txt", tmp_path / "fr.txt"]).events
    assert {m.lang for m in event.documents} == {"en", "fr"}
    assert event.date.date == "2025-02-11"


def test_a_rate_joins_its_figures_across_languages_and_is_glossed_where_not_written():
    """``25 million cubic metres of gas per day``, ``… de gaz par jour`` and ``روزانه ۲۵
    میلیون متر مکعب`` are one figure, m³/day; English words of the unit need no gloss,
    French ones do to an English reader."""
    files = [REPORTS / n for n in GOLD["iraq-iran-oil-visit-2025-05-06"]]
    (event,) = Pipeline(to=["en"]).run(files).events
    figures = [c for c in event.briefs[0].claims if c.type == "figure"]
    gas = [c for c in figures if "25" in c.text or "۲۵" in c.text]
    assert [c.text for c in gas] == ["25 million cubic metres of gas per day"]
    assert len(gas[0].documents) == 3
    (alone,) = Pipeline(to=["en"]).run([REPORTS / "23_fr.txt"]).events
    texts = [c.text for c in alone.briefs[0].claims if c.type == "figure"]
    assert "25 millions de mètres cubes de gaz par jour (m³/day)" in texts


def test_a_brief_s_headings_are_in_its_reader_language(cli):
    files = [REPORTS / n for n in GOLD["egypt-turkey-visit-2025-03-04"]]
    result = cli("run", *files, "--to", "fr,fa", "-f", "md")
    assert result.exit_code == 0, result.output
    events = result.stdout[result.stdout.index("# Events") :]
    assert "**Faits rapportés**" in events and "**ادعاها**" in events
    assert "| Point | Source | Dit | Extrait |" in events
    assert "| موضوع | منبع | می‌گوید | شاهد |" in events


@pytest.mark.parametrize(
    ("to", "expected", "absent"),
    [
        (
            "fr",
            [
                "# Événements",
                "Sujets : ",
                "**Sources**",
                "**Faits rapportés**",
                "Participants : Kari Nordvik (ministre des Affaires étrangères, Norvège) ; ",
            ],
            "Topics:",
        ),
        (
            "fa",
            [
                "# رویدادها",
                "**منابع**",
                "**ادعاها**",
                "**نقل‌قول‌ها**",
                "طرف‌ها: کاری نوردویک (وزیر امور خارجه، نروژ)؛ ",
            ],
            "foreign minister, NO",  # the event's participants too in the reader's words
        ),
        ("en,fr", ["# Events", "**Quotes**", "**Faits rapportés**", "**Claims**"], "Sujets"),
    ],
)
def test_a_report_for_one_reader_language_is_framed_in_it(cli, to, expected, absent):
    """One reader language: the whole report around the sources' words is in it; several:
    the frame stays English and each brief keeps its own language."""
    result = cli("run", *[EXAMPLES / n for n in NORWAY], "--to", to, "-f", "md")
    assert result.exit_code == 0, result.output
    for words in expected:
        assert words in result.stdout
    assert absent not in result.stdout
    assert "**Run**: 3 of 3 documents done" in result.stdout  # the run report: English


@pytest.mark.parametrize(
    ("to", "role"),
    [
        ("fr", "(ministre des Affaires étrangères)"),
        ("fa", "(وزیر امور خارجه)"),
        ("en", "(foreign minister)"),
    ],
)
def test_a_document_s_participants_have_their_roles_in_the_report_language(cli, to, role):
    """The per-document lines name roles as the event lines do: in a French report the
    English report's ministers are ``ministre des Affaires étrangères`` too."""
    result = cli("run", *[EXAMPLES / n for n in NORWAY], "--to", to, "-f", "md")
    assert result.exit_code == 0, result.output
    documents = result.stdout[: result.stdout.index("\n# ")]
    assert documents.count(role) == 6  # two ministers in each of three reports
    assert to == "en" or "foreign minister" not in documents


@pytest.mark.parametrize(
    ("to", "line", "names"),
    [
        (
            "fr",
            "*Non traduit en fr : le bilan de l'exécution dit pourquoi.*",
            "Kari Nordvik (ministre des Affaires étrangères), Budi Santoso",
        ),
        (
            "fa",
            "*به fa ترجمه نشد؛ دلیلش در گزارش اجرا آمده است.*",
            "کاری نوردویک (وزیر امور خارجه)، بودی سانتوسو",  # with the Persian comma
        ),
    ],
)
def test_an_untranslated_summary_says_so_in_the_reader_language_and_why_once(cli, to, line, names):
    """Offline, the summaries of the other languages' reports stay in theirs: each says so
    in the reader's words, and the translators' reason, the same for all, comes once."""
    result = cli("run", *[EXAMPLES / n for n in NORWAY], "--to", to, "-f", "md")
    assert result.exit_code == 0, result.output
    documents, events = result.stdout.split("\n# ", 1)
    assert documents.count(line) == 2  # the reports in the two other languages
    assert "no LLM endpoint configured" not in documents + events[: events.index("**Run**")]
    run = result.stdout[result.stdout.index("**Run**") :]
    said = f"- Summaries not translated into {to} stay in their source language: openai: no LLM"
    assert run.count(said) == 1
    assert names in documents


def test_an_untranslated_summary_record_keeps_the_reason():
    result = Pipeline(to=["fa"]).run([EXAMPLES / NORWAY[0]])
    (summary,) = result.summaries
    assert (summary.lang, summary.target, summary.translator) == ("en", "fa", None)
    assert "no LLM endpoint configured" in summary.untranslated
    assert summary.note is None  # its language says that it is the source's
    assert any(n.startswith("Summaries not translated into fa stay") for n in result.report.notes)


def test_a_claim_no_report_in_the_reader_language_gives_is_worded_in_the_reader_script(tmp_path):
    """$4 billion in English, 5 billion in French and Persian: for an English reader the
    5 billion claim shows the French wording, for a Persian reader the Persian one."""
    reports = {
        "en.txt": "Iranian Foreign Minister Abbas Araghchi held a phone call with his Russian "
        "counterpart Sergei Lavrov. Trade between Iran and Russia reached about $4 billion.",
        "fa.txt": "عباس عراقچی، وزیر امور خارجه ایران، در گفت‌وگوی تلفنی با سرگئی لاوروف، وزیر "
        "خارجه روسیه، رایزنی کرد. حجم مبادلات تجاری ایران و روسیه به حدود ۵ میلیارد دلار رسید.",
        "fr.txt": "Le ministre iranien des Affaires étrangères, Abbas Araghchi, s'est entretenu "
        "par téléphone avec son homologue russe Sergueï Lavrov. Les échanges entre l'Iran et "
        "la Russie ont atteint environ 5 milliards de dollars.",
    }
    for name, text in reports.items():
        (tmp_path / name).write_text(f"Araghchi et Lavrov\n\n2024-10-08\n\n{text}\n", "utf-8")
    (event,) = Pipeline(to=["en", "fa"]).run(sorted(tmp_path.iterdir())).events
    figures = {
        brief.target: sorted(c.text for c in brief.claims if c.type == "figure")
        for brief in event.briefs
    }
    assert figures == {
        "en": ["about $4 billion (trade)", "environ 5 milliards de dollars (trade)"],
        "fa": ["about $4 billion (تجارت)", "حدود ۵ میلیارد دلار (تجارت)"],
    }


@pytest.mark.parametrize(
    ("reader", "opening", "closing"),
    [
        ("en", "“Our two countries can show", "go together” — "),
        ("fr", "« Nos deux pays peuvent montrer", "vont de pair » — "),
        ("fa", "«دو کشور ما می‌توانند", "سازگارند.» — "),
    ],
)
def test_a_quote_claim_is_marked_as_readers_of_its_language_quote(reader, opening, closing):
    (event,) = Pipeline(to=[reader]).run([EXAMPLES / name for name in NORWAY]).events
    (claim,) = [c for c in event.briefs[0].claims if c.type == "quote"]
    assert claim.text.startswith(opening) and closing in claim.text


@pytest.mark.parametrize(
    ("reader", "members", "shown", "hidden"),
    [
        ("en", NORWAY, "cooperation on sustainable", ["la pêche durable", "ماهیگیری پایدار"]),
        ("fa", NORWAY, "ماهیگیری پایدار", ["la pêche durable", "cooperation on"]),
        # no member in the reader's language: the topics in the reader's script
        ("fr", NORWAY[:2], "cooperation on sustainable", ["ماهیگیری پایدار"]),
    ],
)
def test_an_events_topics_line_keeps_the_topics_in_the_readers_language_or_script(
    cli, reader, members, shown, hidden
):
    result = cli("run", *[EXAMPLES / n for n in members], "--to", reader, "-f", "md")
    assert result.exit_code == 0, result.output
    events = result.stdout[result.stdout.index("\n# ") :]
    line = next(x for x in events.splitlines() if x.startswith(("Topics:", "Sujets :", "موضوع‌ها:")))
    assert shown in line and not any(h in line for h in hidden)


@pytest.mark.parametrize(
    ("english", "french", "differ"),
    [
        ("352 drones", "plus de 350 drones", False),  # more than 350: 352 is that
        ("about 40 drones", "42 drones", False),
        ("352 drones", "plus de 500 drones", True),
        ("352 drones", "près de 300 drones", True),  # almost 300 is below 352
        ("about 40 drones", "environ 40 drones", False),
        ("at least 352 drones", "au moins 380 drones", True),  # two tolls, not one
    ],
)
def test_figures_a_qualifier_makes_agree_are_not_said_to_differ(tmp_path, english, french, differ):
    reports = (
        (
            "en",
            "Zelenskiy and Macron talk\n\ndate 2025-06-23\n\nUkrainian President Volodymyr "
            "Zelenskiy spoke by phone with French President Emmanuel Macron on Monday. "
            f"Russia launched {english} overnight, Ukraine's air force said.",
        ),
        (
            "fr",
            "Zelensky et Macron\n\ndate 2025-06-23\n\nLe président ukrainien Volodymyr "
            "Zelensky s'est entretenu lundi par téléphone avec le président français Emmanuel "
            f"Macron. La Russie a lancé dans la nuit {french} sur l'Ukraine.",
        ),
    )
    (event,) = Pipeline(to=["en"]).run(_written(tmp_path, reports)).events
    kinds = [d.type for d in event.briefs[0].discrepancies]
    assert ("figure" in kinds) is differ


@pytest.mark.parametrize(
    ("english", "persian", "differ"),
    [
        ("two hours", "۱۲۰ دقیقه", False),
        ("more than two hours", "۹۰ دقیقه", True),
        ("90 minutes", "یک ساعت و نیم", False),
    ],
)
def test_lengths_of_time_in_other_units_are_compared(tmp_path, english, persian, differ):
    reports = (
        (
            "en",
            "Putin and Trump talk\n\ndate 2025-05-19\n\nRussian President Vladimir Putin and "
            f"U.S. President Donald Trump spoke by phone for {english} on Monday.",
        ),
        (
            "fa",
            "گفت‌وگوی پوتین و ترامپ\n\ndate 2025-05-19\n\nولادیمیر پوتین رئیس‌جمهور روسیه و "
            f"دونالد ترامپ رئیس‌جمهور آمریکا روز دوشنبه به مدت {persian} تلفنی گفت‌وگو کردند.",
        ),
    )
    (event,) = Pipeline(to=["en"]).run(_written(tmp_path, reports)).events
    brief = event.briefs[0]
    kinds = [d.type for d in brief.discrepancies]
    assert ("figure" in kinds) is differ and "missing" not in kinds
    figures = [c for c in brief.claims if c.type == "figure"]
    assert len(figures) == (2 if differ else 1)


def one_event(tmp_path, reader: str, **leads: str):
    """The one event of reports dated 2026-04-08, one per language (``en="…"``)."""
    for lang, lead in leads.items():
        (tmp_path / f"{lang}.txt").write_text(f"T\n\ndate 2026-04-08\n\n{lead}", encoding="utf-8")
    (event,) = Pipeline(to=[reader]).run(sorted(tmp_path.iterdir())).events
    return event


@pytest.mark.parametrize(
    ("reader", "speaker"),
    [
        ("en", "foreign ministry (Iran)"),
        ("fr", "ministère des Affaires étrangères (Iran)"),
        ("fa", "وزارت امور خارجه (ایران)"),
    ],
)
def test_a_body_speaking_is_named_in_the_readers_language(tmp_path, reader, speaker):
    event = one_event(
        tmp_path,
        reader,
        en="Iranian Foreign Minister Abbas Araghchi met Russian Foreign Minister Sergei Lavrov in "
        'Moscow on Tuesday. The talks were "useful and frank," Iran\'s foreign ministry said.',
    )
    quotes = [c.text for c in event.briefs[0].claims if c.type == "quote"]
    assert quotes and quotes[0].endswith(f" — {speaker}")


def test_a_call_by_telephone_in_one_report_and_by_video_in_another_is_a_discrepancy(tmp_path):
    event = one_event(
        tmp_path,
        "en",
        en="Chinese President Xi Jinping and Russian President Vladimir Putin held a video call "
        "on Tuesday.",
        fa="شی جین‌پینگ رئیس‌جمهور چین و ولادیمیر پوتین رئیس‌جمهور روسیه روز سه‌شنبه تلفنی "
        "گفت‌وگو کردند.",
    )
    (gap,) = [g for g in event.briefs[0].discrepancies if g.type == "other"]
    assert gap.description == "The sources say the talks were held differently"
    assert sorted(v.value for v in gap.values) == ["Telephone call", "Video call"]
    assert all(v.evidence.grounded for v in gap.values)


def test_a_meeting_in_one_report_and_a_visit_in_another_is_no_discrepancy(tmp_path):
    event = one_event(
        tmp_path,
        "en",
        en="Iranian Foreign Minister Abbas Araghchi arrived in Moscow on Tuesday for a visit and "
        "met Russian Foreign Minister Sergei Lavrov.",
        fr="Le ministre iranien des Affaires étrangères Abbas Araghchi a rencontré mardi à Moscou "
        "son homologue russe Sergueï Lavrov.",
    )
    assert not [g for g in event.briefs[0].discrepancies if g.type == "other"]


@pytest.mark.parametrize(("reader", "place"), [("en", "Moscow"), ("fr", "Moscou"), ("fa", "مسکو")])
def test_a_capital_is_one_place_of_the_event_however_each_language_writes_it(
    tmp_path, reader, place
):
    event = one_event(
        tmp_path,
        reader,
        en="Iranian Foreign Minister Abbas Araghchi met Russian Foreign Minister Sergei Lavrov in "
        "Moscow on Tuesday.",
        fr="Le ministre iranien des Affaires étrangères Abbas Araghchi a rencontré mardi à Moscou "
        "son homologue russe Sergueï Lavrov.",
        fa="عباس عراقچی وزیر امور خارجه ایران روز سه‌شنبه در مسکو با سرگئی لاوروف وزیر امور "
        "خارجه روسیه دیدار کرد.",
    )
    assert [(p.name, p.country) for p in event.places] == [(place, "RU")]


def test_a_toll_told_differently_is_a_discrepancy_and_a_figure_of_another_time_is_not_compared(
    tmp_path,
):
    reports = (
        (
            "en",
            "Earthquake in eastern Turkey kills at least 38\n\ndate 2026-12-06\n\n"
            "A magnitude 6.4 earthquake struck eastern Turkey on Sunday, killing at least 38 "
            "people, Interior Minister Ali Yerlikaya said. Turkey was hit by a magnitude 7.8 "
            "earthquake in February 2023 that killed more than 53,000 people.",
        ),
        (
            "fr",
            "Un séisme fait au moins 41 morts en Turquie\n\ndate 2026-12-06\n\n"
            "Un séisme de magnitude 6,3 a frappé dimanche l'est de la Turquie, faisant au moins "
            "41 morts, selon le ministre de l'Intérieur, Ali Yerlikaya.",
        ),
    )
    (event,) = Pipeline(to=["en"]).run(_written(tmp_path, reports)).events
    brief = event.briefs[0]
    differing = [[v.value for v in d.values] for d in brief.discrepancies if d.type == "figure"]
    assert sorted(differing) == [
        ["at least 38", "au moins 41"],
        ["magnitude 6.4", "magnitude 6,3"],
    ]
    # the magnitude and toll of 2023 are background: not missing from the French report
    assert [d for d in brief.discrepancies if d.type == "missing"] == []
    assert any(c.text.startswith("more than 53,000") for c in brief.claims)
    # an earthquake is no one's meeting: the headline is the title in the reader's language
    assert brief.headline == "Earthquake in eastern Turkey kills at least 38"


@pytest.mark.parametrize(
    ("to", "speaker"),
    [
        ("en", "> We reject the claims — foreign ministry (Iran)"),
        ("fr", "> We reject the claims — ministère des Affaires étrangères (Iran)"),
        ("fa", "> We reject the claims — وزارت امور خارجه (ایران)"),
    ],
)
def test_a_document_s_body_speaking_is_named_in_the_report_language(cli, tmp_path, to, speaker):
    path = tmp_path / "en.txt"
    path.write_text(
        'Iran rejects claims\n\ndate 2026-04-08\n\n"We reject the claims," Iran\'s foreign '
        "ministry said on Wednesday.",
        encoding="utf-8",
    )
    result = cli("run", path, "--to", to, "-f", "md")
    assert result.exit_code == 0, result.output
    assert speaker in result.stdout


@pytest.mark.parametrize(
    ("english", "french", "differ"),
    [
        # trade and a deficit are not one sum told differently
        (
            "Bilateral trade reached 79 billion euros.",
            "Le déficit commercial a atteint 46 milliards d'euros.",
            False,
        ),
        # trade and trade are
        (
            "Bilateral trade reached 79 billion euros.",
            "Les échanges commerciaux ont atteint 46 milliards d'euros.",
            True,
        ),
        # a sum whose measure is not said is of the one the others give
        (
            "Bilateral trade reached 79 billion euros.",
            "Le chiffre a atteint 46 milliards d'euros.",
            True,
        ),
    ],
)
def test_sums_of_money_are_compared_only_when_of_one_thing(tmp_path, english, french, differ):
    event = one_event(
        tmp_path,
        "en",
        en="Chinese Foreign Minister Wang Yi met French Foreign Minister Jean-Noel Barrot in "
        f"Paris on Tuesday. {english}",
        fr="Le ministre chinois des Affaires étrangères Wang Yi a rencontré mardi à Paris le "
        f"ministre français des Affaires étrangères Jean-Noël Barrot. {french}",
    )
    kinds = [d.type for d in event.briefs[0].discrepancies]
    assert ("figure" in kinds) is differ


def test_a_participant_s_role_is_the_one_most_reports_give(tmp_path):
    """``head`` in one report, ``director general`` in two: the more reports, the role."""
    event = one_event(
        tmp_path,
        "en",
        en="IAEA chief Rafael Grossi met Iranian Foreign Minister Abbas Araghchi in Tehran on "
        "Tuesday.",
        fr="Le directeur général de l'AIEA, Rafael Grossi, a rencontré mardi à Téhéran le "
        "ministre iranien des Affaires étrangères, Abbas Araghchi.",
        fa="عباس عراقچی وزیر امور خارجه روز سه‌شنبه در تهران با رافائل گروسی مدیرکل آژانس "
        "بین‌المللی انرژی اتمی دیدار کرد.",
    )
    roles = {p.name: p.role for p in event.participants}
    assert roles["Rafael Grossi"] == "director general"


def test_a_report_giving_only_the_shared_figure_does_not_hide_the_others_difference(tmp_path):
    """All three give the $30 billion to come; two give today's trade, differently: those
    two differ, labelled with what they measure, and the third is not in the row."""
    event = one_event(
        tmp_path,
        "en",
        en="Turkish President Recep Tayyip Erdogan spoke by phone with Iranian President "
        "Masoud Pezeshkian on Tuesday. They agreed to raise bilateral trade to $30 billion, "
        "from about $12 billion now.",
        fa="مسعود پزشکیان رئیس‌جمهور ایران روز سه‌شنبه در گفت‌وگوی تلفنی با رجب طیب اردوغان "
        "رئیس‌جمهور ترکیه گفت حجم ۱۰ میلیارد دلاری تجارت دو کشور باید به ۳۰ میلیارد دلار برسد.",
        fr="Le président turc Recep Tayyip Erdogan s'est entretenu mardi par téléphone avec son "
        "homologue iranien Massoud Pezeshkian. Ils veulent porter leurs échanges commerciaux à "
        "30 milliards de dollars.",
    )
    (differs,) = [d for d in event.briefs[0].discrepancies if d.type == "figure"]
    assert differs.description.endswith("(USD, trade)")
    assert [v.value for v in differs.values] == ["about $12 billion", "۱۰ میلیارد دلاری"]


def test_one_value_of_two_things_measured_is_two_claims(tmp_path):
    """``5%`` of inflation and ``5 %`` of unemployment are two figures, not one given by
    two reports."""
    event = one_event(
        tmp_path,
        "en",
        en="Chinese Foreign Minister Wang Yi met French Foreign Minister Jean-Noel Barrot in "
        "Paris on Tuesday. Inflation in France reached 5% last month.",
        fr="Le ministre chinois des Affaires étrangères Wang Yi a rencontré mardi à Paris le "
        "ministre français des Affaires étrangères Jean-Noël Barrot. Le chômage atteint 5 %.",
    )
    figures = sorted(c.text for c in event.briefs[0].claims if c.type == "figure")
    assert figures == ["5 % (unemployment)", "5% (inflation)"]


def test_a_speaker_too_short_for_name_keys_joins_across_languages_when_written_alike(tmp_path):
    """``Hamas`` quoted once in English and once in French: one statement translated."""
    event = one_event(
        tmp_path,
        "en",
        en="Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said on Tuesday "
        'that a deal was reached. Hamas said in a statement that it had "responded '
        'positively" to the proposal.',
        fr="Le Premier ministre qatari, cheikh Mohammed ben Abdelrahmane Al-Thani, a annoncé "
        "mardi un accord. Le Hamas a indiqué dans un communiqué avoir « répondu positivement "
        "» à la proposition.",
    )
    quotes = [c for c in event.briefs[0].claims if c.type == "quote"]
    assert [(c.text, len(c.documents)) for c in quotes] == [("“responded positively” — Hamas", 2)]


def test_a_count_near_a_year_is_a_figure_and_one_shared_by_some_is_set_aside(tmp_path):
    """``nearly 2,000`` prisoners is no year; ``4`` missiles given by two of three reports
    is set aside among those two, so their drones still differ."""
    event = one_event(
        tmp_path,
        "en",
        en="Ukrainian President Volodymyr Zelenskiy met French President Emmanuel Macron in "
        "Paris on Wednesday. France will train nearly 2,000 Ukrainian soldiers. Russia "
        "launched 142 drones and four missiles overnight.",
        fr="Emmanuel Macron a reçu mercredi à Paris le président ukrainien Volodymyr Zelensky. "
        "La France formera environ 2 000 soldats ukrainiens. La Russie a lancé 145 drones et "
        "quatre missiles dans la nuit.",
        fa="ولودیمیر زلنسکی رئیس‌جمهور اوکراین روز چهارشنبه در پاریس با امانوئل مکرون "
        "رئیس‌جمهور فرانسه دیدار کرد. فرانسه حدود ۲ هزار سرباز اوکراینی را آموزش می‌دهد.",
    )
    brief = event.briefs[0]
    figures = [c.text for c in brief.claims if c.type == "figure"]
    assert "nearly 2,000 (Ukrainian soldiers)" in figures
    (differs,) = [d for d in brief.discrepancies if d.type == "figure"]
    assert [v.value for v in differs.values] == ["142", "145"]

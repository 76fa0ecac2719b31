"""The offline summarizer: ranking, length, redundancy, groups, attribution, determinism."""

from __future__ import annotations

import re

from polybrief import Pipeline
from polybrief.plugins.offline.summarizer import summarize_documents

from conftest import EXAMPLES, assert_valid, jsonl, run_cli
from offline_docs import make

REPORT = (
    "Norway and Indonesia agreed on Wednesday to protect the oceans and fight illegal "
    "fishing together. "
    "Photo: archive. "
    "The two foreign ministers discussed sustainable fisheries and the protection of the "
    "oceans in a long telephone conversation. "
    "Norway will fund a programme against illegal fishing in the Arafura Sea. "
    "The two ministers discussed sustainable fisheries and the protection of the oceans "
    "during a long telephone conversation. "
    "The weather in Oslo was cold and grey that day, as it often is in March."
)


def picked(summary, document):
    return [
        document.sentences.index((s.sources[0].start, s.sources[0].end)) for s in summary.sentences
    ]


def test_single_document_summary_picks_central_sentences_without_repeats():
    document = make(REPORT, "en", title="Norway and Indonesia protect the oceans")
    (summary,) = summarize_documents([document], ["en"], sentences=3)
    positions = picked(summary, document)
    assert positions == sorted(positions)  # in document order
    assert 1 not in positions  # the caption
    assert not {2, 4} <= set(positions)  # the two near-identical sentences: one at most
    assert len(positions) == 3
    for sentence in summary.sentences:
        (source,) = sentence.sources
        assert source.document == document.id
        assert sentence.text == document.text[source.start : source.end]
    assert (summary.lang, summary.target, summary.method, summary.note) == (
        "en",
        "en",
        "extractive",
        None,
    )


def test_length_in_sentences_and_characters():
    document = make(REPORT, "en")
    assert len(summarize_documents([document], ["en"], sentences=1)[0].sentences) == 1
    (short,) = summarize_documents([document], ["en"], sentences=5, chars=200)
    assert len(short.sentences) >= 1 and len(short.text) <= 200
    (tiny,) = summarize_documents([document], ["en"], sentences=5, chars=10)
    assert len(tiny.sentences) == 1  # at least one sentence, whatever the budget


def test_summary_in_another_language_is_marked_by_its_language():
    """No note: a translator may yet turn it into the target, and then one would be wrong."""
    document = make(REPORT, "en")
    (summary,) = summarize_documents([document], ["fa"])
    assert (summary.lang, summary.target, summary.note) == ("en", "fa", None)


def test_group_draws_from_each_document_of_the_target_language():
    english = [
        make(REPORT, "en"),
        make(
            "Indonesia's foreign minister thanked Norway for its support of the fisheries "
            "programme. He invited his counterpart to Jakarta in May.",
            "en",
        ),
    ]
    french = make(
        "La Norvège et l'Indonésie veulent protéger les océans ensemble. Les deux ministres "
        "ont parlé de pêche durable.",
        "fr",
    )
    group = [*english, french]
    en, fr, fa = summarize_documents(group, ["en", "fr", "fa"], sentences=3)
    assert en.documents == fr.documents == [d.id for d in group]
    assert {s.sources[0].document for s in en.sentences} == {d.id for d in english}
    assert {s.sources[0].document for s in fr.sentences} == {french.id}
    assert (fr.lang, fr.note) == (
        "fr",
        "Sentences taken from the 1 of 3 documents in fr, so that the summary keeps one language.",
    )
    assert fa.lang == "en" and {s.sources[0].document for s in fa.sentences} <= {
        d.id for d in english
    }
    by_id = {d.id: d for d in group}
    for summary in (en, fr, fa):
        for sentence in summary.sentences:
            source = sentence.sources[0]
            assert sentence.text == by_id[source.document].text[source.start : source.end]


def test_ranking_does_not_depend_on_the_language():
    """The same text in another alphabet, in languages without data, ranks the same."""
    cyrillic = str.maketrans("abcdefghijklmnopqrstuvwxyz", "абцдефгхийклмнопярстувшхыз")
    text = REPORT.lower()
    latin = make(text, "xx")
    other = make(text.translate(cyrillic), "yy")
    (one,) = summarize_documents([latin], ["en"], sentences=2)
    (two,) = summarize_documents([other], ["en"], sentences=2)
    assert picked(one, latin) == picked(two, other)


def test_pipeline_summaries_are_schema_valid_for_every_example():
    pipe = Pipeline(to=["en", "fa"])
    documents = pipe.parse(EXAMPLES)
    summaries = pipe.summarize(documents, [])
    assert_valid([s.to_dict() for s in summaries])
    assert len(summaries) == 2


def _without_timing(output: bytes) -> str:
    text = output.decode("utf-8")
    return re.sub(r'"(started|finished|seconds)": [^,}]+', r'"\1": _', text)


def test_same_input_gives_byte_identical_output():
    runs = [run_cli("run", EXAMPLES, "--to", "en,fr", "-f", "jsonl") for _ in range(2)]
    assert all(r.returncode == 0 for r in runs)
    first, second = (r.stdout for r in runs)
    body = lambda out: out.rsplit(b"\n", 2)[0]  # noqa: E731 - all but the run report
    assert body(first) == body(second)
    assert _without_timing(first) == _without_timing(second)
    records = jsonl(first.decode())
    assert_valid(records)
    assert [r["kind"] for r in records].count("summary") == 12


def test_summary_length_settings_from_the_command_line():
    article = EXAMPLES / "en_norway_indonesia_call.txt"
    one = jsonl(
        run_cli("summarize", article, "-f", "jsonl", "--set", "summary_sentences=1").stdout.decode()
    )
    assert len(one[0]["sentences"]) == 1
    result = run_cli(
        "summarize",
        article,
        "-f",
        "jsonl",
        "--set",
        "summary_sentences=5",
        "--set",
        "summary_chars=400",
    )
    summary = jsonl(result.stdout.decode())[0]
    text = " ".join(s["text"] for s in summary["sentences"])
    assert 1 < len(summary["sentences"]) < 5 and len(text) <= 400

"""Grounding decides what summaries may rest on; group summaries cite their documents;
translation keeps lines."""

from __future__ import annotations

import unicodedata

import pytest
from llm_support import (
    ENGLISH,
    FRENCH,
    PERSIAN,
    completion,
    extraction_reply,
    llm_pipeline,
    replying,
)

from polybrief.testing.fake_openai import INVENTED, FakeOpenAI

from conftest import assert_valid

INVENTED_QUOTE = "Nous ne signerons jamais cet accord, jamais."


def reply_with_one_real_and_one_invented_fact(body):
    return extraction_reply(
        event={
            "type": "phone_call",
            "participants": [
                {
                    "id": "p1",
                    "name": "Kari Nordvik",
                    "native_name": "Kari Nordvik",
                    "role": "foreign minister",
                    "country": "no",
                    "gender": "f",
                    "evidence": "Norway's Foreign Minister Kari Nordvik",
                }
            ],
        },
        quotes=[{"id": "q1", "text": INVENTED_QUOTE, "speaker": "Kari Nordvik"}],
        summaries={
            "en": [
                {"text": "Kari Nordvik took part in the call.", "facts": ["p1"]},
                {"text": "She refused to sign any deal.", "facts": ["q1"]},
                {"text": "Nothing supports this sentence.", "facts": ["x9"]},
            ]
        },
    )


def test_summary_sentences_resting_only_on_ungrounded_facts_are_left_out():
    with FakeOpenAI(responder=replying(reply_with_one_real_and_one_invented_fact)) as fake:
        result = llm_pipeline(fake).run([ENGLISH])
    assert_valid([r.to_dict() for r in result.records])
    (extraction,) = result.extractions
    assert extraction.quotes[0].evidence.grounded is False
    assert extraction.event.participants[0].evidence.grounded is True
    assert extraction.event.participants[0].country == "NO"
    assert extraction.event.participants[0].gender == "f"  # as the model gives it
    assert extraction.grounding.total == 2 and extraction.grounding.rate == 0.5
    (summary,) = result.summaries
    assert [s.text for s in summary.sentences] == ["Kari Nordvik took part in the call."]
    (ref,) = summary.sentences[0].sources
    text = ENGLISH.read_text(encoding="utf-8")
    assert text[text.index("Norway's") :].startswith("Norway's Foreign Minister Kari Nordvik")
    assert ref.end - ref.start == len("Norway's Foreign Minister Kari Nordvik")
    assert "2 sentences left out" in summary.note


def test_ungrounded_sentences_can_be_kept_on_request():
    with FakeOpenAI(responder=replying(reply_with_one_real_and_one_invented_fact)) as fake:
        result = llm_pipeline(fake, summary_ungrounded=True).run([ENGLISH])
    sentences = result.summaries[0].sentences
    assert len(sentences) == 3
    assert sentences[1].sources[0].start is None  # cites the document, not a span


def test_invented_quotes_from_the_fake_come_out_ungrounded():
    with FakeOpenAI(default="invented_quotes") as fake:
        result = llm_pipeline(fake, to=["en", "fr"]).run([ENGLISH, PERSIAN, FRENCH])
    assert_valid([r.to_dict() for r in result.records])
    quotes = [q for e in result.extractions for q in e.quotes]
    assert quotes and all(not q.evidence.grounded for q in quotes)
    assert all(q.text == INVENTED.format(n=n) for n, q in zip([1, 2] * 3, quotes, strict=True))
    assert result.report.grounding.rate < 1.0
    assert fake.calls == 3


@pytest.mark.parametrize(
    "variant",
    [
        lambda q: q.replace("\u200c", ""),  # ZWNJ dropped
        lambda q: q.replace("\u200c", " "),  # ZWNJ written as a space
        lambda q: q.replace("ی", "ي").replace("ک", "ك"),  # Arabic yeh and kaf
        lambda q: unicodedata.normalize("NFD", q),
    ],
)
def test_persian_quotes_written_differently_are_grounded_at_the_right_place(variant):
    text = PERSIAN.read_text(encoding="utf-8")
    quote = "دو کشور ما می‌توانند به جهان نشان دهند"
    assert quote in text
    written = variant(quote)

    def reply(body):
        quote = {"id": "q1", "text": written, "speaker": "Kari Nordvik"}
        return extraction_reply(quotes=[quote], summaries={"en": []})

    with FakeOpenAI(responder=replying(reply)) as fake:
        (extraction,) = llm_pipeline(fake).run([PERSIAN]).extractions
    evidence = extraction.quotes[0].evidence
    assert evidence.grounded
    document_text = llm_pipeline(fake).parse(PERSIAN)[0].text
    assert document_text[evidence.start : evidence.end] == quote


def test_group_summary_cites_each_document_it_rests_on():
    def respond(body):
        if "polybrief_summary" not in str(body["response_format"]):
            return None  # extraction: the fake's own reply
        english = [
            {"text": "Both reports quote the minister.", "facts": ["D1.q1", "D2.q1"]},
            {"text": "An unsupported claim.", "facts": ["D3.q1"]},
        ]
        french = [{"text": "Les deux ministres ont parlé.", "facts": ["D2.q1"]}]
        return completion(body, {"summaries": {"en": english, "fr": french}})

    with FakeOpenAI(responder=respond) as fake:
        pipe = llm_pipeline(fake, to=["en", "fr"])
        documents = pipe.parse([ENGLISH, PERSIAN])
        extractions = [pipe.extract(d) for d in documents]
        calls = fake.calls
        summaries = pipe.summarize(documents, extractions, targets=["en", "fr"])
        assert fake.calls == calls + 1  # one call for the group and both languages
        listing = fake.requests[-1]["messages"][1]["content"]
    assert_valid([s.to_dict() for s in summaries])
    english, french = summaries
    assert english.documents == [d.id for d in documents]
    (sentence,) = english.sentences
    assert [ref.document for ref in sentence.sources] == [d.id for d in documents]
    first_quote = extractions[0].quotes[0].evidence
    assert (sentence.sources[0].start, sentence.sources[0].end) == (
        first_quote.start,
        first_quote.end,
    )
    assert "1 sentence left out" in english.note
    assert french.sentences[0].sources[0].document == documents[1].id
    assert "D1.q1 quote by" in listing and "D2.q1 quote by" in listing
    assert english.usage.calls == 1 and french.usage is None


def test_group_summary_of_documents_without_facts_cites_their_sentences():
    with FakeOpenAI() as fake:
        pipe = llm_pipeline(fake)
        documents = pipe.parse([ENGLISH])
        (summary,) = pipe.summarize(documents, [], targets=["en"])
    ref = summary.sentences[0].sources[0]
    assert (ref.start, ref.end) == documents[0].sentences[0]


def test_translate_keeps_lines(cli, monkeypatch):
    with FakeOpenAI() as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
        result = cli("translate", "--to", "fr", "--set", "model=fake-model", input="One.\nTwo.\n")
        assert result.exit_code == 0, result.stderr
        assert result.stdout.splitlines() == ["[translated] One.", "[translated] Two."]
        assert fake.calls == 1


def test_translation_with_the_wrong_number_of_lines_is_reasked():
    answers = iter([{"lines": ["Un. Deux."]}, {"lines": ["Un.", "Deux."]}])
    with FakeOpenAI(responder=replying(lambda body: next(answers))) as fake:
        pipe = llm_pipeline(fake)
        assert pipe.translate("One.\nTwo.", "fr", "en") == "Un.\nDeux."
        assert fake.calls == 2
        assert "expected 2 translated lines" in fake.requests[1]["messages"][-1]["content"]


def test_translation_calls_are_counted_in_the_run_report():
    with FakeOpenAI() as fake:
        pipe = llm_pipeline(fake, extractor=["offline"], summarizer=["offline"])
        result = pipe.run([FRENCH])
    assert_valid([r.to_dict() for r in result.records])
    (summary,) = result.summaries
    assert summary.translator == "openai" and summary.lang == "en"
    assert summary.usage is not None and summary.usage.calls == 1 == fake.calls
    assert result.report.usage.calls == 1
    assert result.report.usage.prompt_tokens == summary.usage.prompt_tokens > 0

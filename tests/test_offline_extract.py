"""The offline extractor on one document per language, every kind of fact at once: the
records are schema-valid and grounded. Each kind of fact has its own module of tests:
``test_offline_{events,people,countries,quotes,figures}.py``."""

from __future__ import annotations

from polybrief import Pipeline

from conftest import assert_valid
from offline_docs import countries, facts, figure, make, participants

EN = (
    "OSLO – Norway's Foreign Minister Kari Nordvik held a telephone conversation with "
    "Indonesian Foreign Minister Budi Santoso on Wednesday. "
    '"Our countries can show the world the way," Nordvik said after the call. '
    "Norway will give $120 million to the programme. More than 40 patrol vessels take part. "
    "The ministers last met in 2019 at 14:00 in Jakarta."
)
FR = (
    "La ministre norvégienne des Affaires étrangères, Kari Nordvik, s'est entretenue par "
    "téléphone mercredi avec son homologue indonésien, Budi Santoso. "
    "« Nos deux pays peuvent montrer la voie au monde », a déclaré Mme Nordvik. "
    "Les échanges ont atteint environ 9,5 milliards de dollars, et plus de 1 000 navires "
    "de pêche sont concernés."
)
FA = (
    "کاری نوردویک، وزیر امور خارجه نروژ، در تماسی تلفنی با بودی سانتوسو، وزیر امور خارجه "
    "اندونزی، گفت‌وگو کرد. نوردویک در این گفت‌وگو گفت: «دو کشور ما می‌توانند راه را نشان دهند.» "
    "نروژ ۹/۵ میلیارد دلار اختصاص می‌دهد و بیش از ۴۰ شناور گشتی شرکت خواهند کرد. "
    "حدود ۲۰ هزار نفر و ۱٬۲۰۰ کارشناس کنیایی و ٣٠٠ کشاورز در این برنامه هستند."
)


def test_english_call_participants_countries_figures_and_quote():
    extraction = facts(make(EN, "en", published="2025-03-12"))
    assert extraction.event.type == "phone_call"
    assert extraction.event.evidence.text == "telephone"
    assert extraction.event.date.date == "2025-03-12"
    assert participants(extraction) == [
        ("Kari Nordvik", "foreign minister", "NO"),
        ("Budi Santoso", "foreign minister", "ID"),
    ]
    first = extraction.event.participants[0]
    assert first.evidence.text == "Norway's Foreign Minister Kari Nordvik"
    found = countries(extraction)
    assert set(found) == {"NO", "ID"}
    assert found["ID"].spellings == ["Indonesian"] and found["ID"].name == "Indonesia"
    money = figure(extraction, "$120 million")
    assert (money.value, money.unit, money.counts) == (120e6, "USD", None)
    vessels = figure(extraction, "More than 40")
    assert (vessels.value, vessels.qualifier, vessels.counts) == (40, "more than", "patrol vessels")
    assert [f.text for f in extraction.figures] == [
        "$120 million",
        "More than 40",
    ]  # not 2019, 14:00
    (quote,) = extraction.quotes
    assert quote.text == "Our countries can show the world the way"
    assert quote.speaker == "Kari Nordvik"
    assert [p.name for p in extraction.event.places] == ["OSLO"]


def test_french_phone_call_is_not_a_meeting_and_roles_come_from_inside_the_title():
    extraction = facts(make(FR, "fr"))
    assert extraction.event.type == "phone_call"
    assert participants(extraction) == [
        ("Kari Nordvik", "foreign minister", "NO"),
        ("Budi Santoso", "foreign minister", "ID"),  # "son homologue indonésien"
    ]
    assert countries(extraction)["NO"].spellings == ["norvégienne"]
    trade = figure(extraction, "environ 9,5 milliards de dollars")
    assert (trade.value, trade.unit, trade.qualifier) == (9.5e9, "USD", "about")
    boats = figure(extraction, "plus de 1 000")
    assert (boats.value, boats.qualifier, boats.counts) == (1000, "more than", "navires de pêche")
    (quote,) = extraction.quotes
    assert quote.text == "Nos deux pays peuvent montrer la voie au monde"
    assert quote.speaker == "Kari Nordvik"


def test_persian_call_people_digits_scales_and_quote():
    extraction = facts(make(FA, "fa"))
    assert extraction.event.type == "phone_call"
    assert participants(extraction) == [
        ("کاری نوردویک", "foreign minister", "NO"),
        ("بودی سانتوسو", "foreign minister", "ID"),
    ]
    assert extraction.event.participants[0].native_name == "کاری نوردویک"
    assert set(countries(extraction)) == {"NO", "ID", "KE"}
    money = figure(extraction, "۹/۵ میلیارد دلار")
    assert (money.value, money.unit) == (9.5e9, "USD")
    boats = figure(extraction, "بیش از ۴۰")
    assert (boats.qualifier, boats.counts) == ("more than", "شناور گشتی")
    people = figure(extraction, "حدود ۲۰ هزار")
    assert (people.value, people.qualifier, people.counts) == (20000, "about", "نفر")
    assert figure(extraction, "۱٬۲۰۰").value == 1200
    assert figure(extraction, "٣٠٠").value == 300
    (quote,) = extraction.quotes
    assert quote.text == "دو کشور ما می‌توانند راه را نشان دهند."
    assert quote.speaker == "کاری نوردویک"


def test_extraction_is_schema_valid_and_fully_grounded():
    pipe = Pipeline(extractor=["offline"])
    for text, lang in ((EN, "en"), (FR, "fr"), (FA, "fa")):
        extraction = pipe.extract(make(text, lang))
        assert_valid([extraction.to_dict()])
        assert extraction.grounding.total >= 8
        assert extraction.grounding.grounded == extraction.grounding.total
        assert extraction.extractors == ["offline"]

"""The offline extractor on documents built by hand: English, French and Persian."""

from __future__ import annotations

import pytest

from polybrief import Pipeline
from polybrief.plugins.offline.analysis import Analysis
from polybrief.plugins.offline.extractor import extract_document
from polybrief.plugins.offline.figures import parse_number
from polybrief.plugins.offline.people import PeopleFinder

from conftest import assert_valid
from offline_docs import make

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


def facts(document):
    return extract_document(document)


def participants(extraction):
    return [(p.name, p.role, p.country) for p in extraction.event.participants]


def countries(extraction):
    return {e.key: e for e in extraction.entities if e.type == "country"}


def figure(extraction, text):
    return next(f for f in extraction.figures if f.text == text)


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


@pytest.mark.parametrize(
    ("lang", "text", "title", "expected"),
    [
        ("en", "The two leaders met in Paris on Monday to discuss trade.", None, "meeting"),
        ("en", "The minister arrived in Brasilia for a two-day visit.", None, "visit"),
        ("en", "The presidents held a video conference on Friday.", None, "video_call"),
        ("fr", "Le ministre a rencontré son homologue à Rome.", None, "meeting"),
        ("fr", "Les deux ministres se sont entretenus en marge du sommet.", None, "meeting"),
        ("fr", "Les deux présidents se sont téléphoné lundi.", None, "phone_call"),
        (
            "fr",
            "Lors d'un entretien téléphonique, les deux ministres ont parlé.",
            None,
            "phone_call",
        ),
        ("fa", "دو وزیر در تهران دیدار کردند.", None, "meeting"),
        ("fa", "وزیر کشاورزی کنیا در سفری دو روزه وارد برازیلیا شد.", None, "visit"),
        ("fa", "دو وزیر درباره همکاری رایزنی کردند.", "گفت‌وگوی تلفنی وزیران خارجه", "phone_call"),
        ("en", "The weather was fine in the capital.", None, None),
        # "spoke with" may be by phone or in person: talks, which clash with neither
        ("en", "David Lammy spoke with his Iranian counterpart on Tuesday.", None, "talks"),
        # an event to come votes less than the one that happened
        (
            "en",
            "Donald Trump said he would meet Vladimir Putin in Budapest after a long phone call.",
            "Trump and Putin to meet in Budapest",
            "phone_call",
        ),
        (
            "fa",
            "ترامپ پس از گفتگوی تلفنی با پوتین اعلام کرد که با او در بوداپست دیدار خواهد کرد.",
            "ترامپ و پوتین در بوداپست دیدار خواهند کرد",
            "phone_call",
        ),
        # …but when nothing else happened, it is the event reported
        ("en", "Indian Prime Minister Narendra Modi will visit Moscow next week.", None, "visit"),
        ("en", "The two ministers exchanged messages on Monday.", None, "message"),
        ("en", "In a call on Monday, the two leaders discussed Gaza.", None, "phone_call"),
        ("en", "In a call for calm, the UN urged restraint.", None, None),
        ("fr", "La ministre a eu un échange avec son homologue indonésien.", None, "talks"),
        ("fa", "وزیر خارجه همتای اندونزیایی خود را در اسلو به حضور پذیرفت.", None, "meeting"),
        # a cue in two words with the place between them
        ("fa", "مدیرکل آژانس روز سه‌شنبه وارد تهران شد.", None, "visit"),
        ("fa", "ایران ۲ میلیون تن گندم وارد کرد و بازار شلوغ شد.", None, None),
        # talks say people talked, not how: the meeting the lead names is what happened
        (
            "en",
            "Russian Foreign Minister Sergei Lavrov met with Abbas Araghchi in Moscow.",
            "Lavrov, Araghchi hold talks in Moscow",
            "meeting",
        ),
        # a press conference is no meeting
        (
            "fa",
            "بقائی روز دوشنبه در نشست خبری هفتگی خود به پرسش‌های خبرنگاران پاسخ داد.",
            "سخنگو: مذاکرات وین ادامه دارد",
            "talks",
        ),
    ],
)
def test_event_type_from_cue_phrases(lang, text, title, expected):
    extraction = facts(make(text, lang, title=title))
    assert extraction.event.type == expected


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        (
            "fr",
            "Emmanuel Macron s'est entretenu avec Vladimir Poutine",
            "Le président français et son homologue russe se sont entretenus mardi au "
            "téléphone pendant plus de deux heures.",
            "phone_call",
        ),
        (
            "fr",
            "Macron et Poutine",
            "Les deux présidents ont eu un échange en visioconférence mardi.",
            "video_call",
        ),
        (
            "fa",
            "رایزنی وزیران خارجه ایران و عمان",
            "دو وزیر روز یکشنبه درباره تحولات منطقه به صورت تلفنی رایزنی کردند.",
            "phone_call",
        ),
        # a call recalled beside another kind of event is no medium of it
        (
            "en",
            "Ministers meet in Paris",
            "After a phone call last week, the two ministers met in Paris on Tuesday.",
            "meeting",
        ),
        # a conversation alone stays what its cue says
        ("fr", None, "Les deux ministres se sont entretenus en marge du sommet.", "meeting"),
        # calling one's counterpart, a day between
        (
            "fr",
            None,
            "Le chef de la diplomatie américaine, Marco Rubio, a appelé mardi son homologue "
            "russe Sergueï Lavrov.",
            "phone_call",
        ),
        (
            "en",
            None,
            "Secretary of State Marco Rubio called his Russian counterpart Sergei Lavrov.",
            "phone_call",
        ),
        # calling for something is no call
        (
            "fr",
            None,
            "Le président a appelé à la retenue lors d'un entretien avec son homologue turc.",
            "meeting",
        ),
        # a headline's conversation is the lead's, told in short
        (
            "fr",
            "Jean-Noël Barrot s'est entretenu avec son homologue iranien",
            "Le ministre des Affaires étrangères, Jean-Noël Barrot, s'est entretenu mardi par "
            "téléphone avec son homologue iranien Abbas Araghchi.",
            "phone_call",
        ),
        (
            "fr",
            "Jean-Noël Barrot s'est entretenu avec son homologue iranien",
            "Le ministre des Affaires étrangères, Jean-Noël Barrot, a reçu mardi à Paris son "
            "homologue iranien Abbas Araghchi.",
            "meeting",
        ),
    ],
)
def test_a_conversation_is_a_call_when_its_sentence_says_by_what(lang, title, text, expected):
    assert facts(make(text, lang, title=title)).event.type == expected


def test_a_call_after_the_lead_is_another_event_recalled():
    text = (
        "Air strikes killed at least 25 people overnight. The army said it hit 40 targets. "
        "Rescue teams searched the rubble. The United Nations called for a ceasefire. "
        "Aid agencies warned of shortages. Egypt's President Abdel Fattah el-Sissi spoke by "
        "phone with U.S. President Joe Biden about aid deliveries."
    )
    assert facts(make(text, "en")).event.type is None


def test_a_call_in_the_lead_outranks_a_meeting_recalled_later():
    text = (
        "The foreign ministers of Iran and Qatar spoke by phone on Saturday. "
        "They discussed the region. They last met at a meeting in Doha. "
        "A meeting of the council is planned."
    )
    assert facts(make(text, "en")).event.type == "phone_call"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "At least three soldiers were killed; talks lasted three days.",
            "en",
            [(3, "soldiers", None, "at least"), (3, None, "days", None)],
        ),
        ("Au moins trois soldats ont été tués.", "fr", [(3, "soldats", None, "at least")]),
        ("دست‌کم سه سرباز کشته شدند.", "fa", [(3, "سرباز کشته", None, "at least")]),
        # one and two are mostly no figures, nor people already counted, nor Persian "not"
        ("The two countries and the three ministers met; one of them spoke.", "en", []),
        ("آنها نه پول دارند و نه خانه.", "fa", []),
        # two after a qualifier is a count; "a" and "un" never (also articles)
        ("At least two people were killed.", "en", [(2, "people", None, "at least")]),
        ("Au moins deux personnes ont été tuées.", "fr", [(2, "personnes", None, "at least")]),
        ("دست‌کم دو نفر کشته شدند.", "fa", [(2, "نفر کشته", None, "at least")]),
        ("It took less than a month, about a quarter of the time.", "en", []),
        ("C'est presque un euphémisme.", "fr", []),
        # hundred is a scale
        ("More than one hundred injured.", "en", [(100, "injured", None, "more than")]),
        ("Trois cents personnes.", "fr", [(300, "personnes", None, None)]),
    ],
)
def test_number_words_that_count_something_are_figures(text, lang, expected):
    found = [(f.value, f.counts, f.unit, f.qualifier) for f in facts(make(text, lang)).figures]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Trade exceeded $4bn last year.", "en", ("exceeded $4bn", "more than")),
        ("Le bilan a dépassé 1 400 morts.", "fr", ("dépassé 1 400", "more than")),
    ],
)
def test_a_verb_of_exceeding_is_a_qualifier(text, lang, expected):
    (figure,) = facts(make(text, lang)).figures
    assert (figure.text, figure.qualifier) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # two scale words multiply
        (
            "بیش از ۱۲۰ هزار میلیارد ریال به بازار تزریق شد.",
            "fa",
            ("بیش از ۱۲۰ هزار میلیارد ریال", 120e12, "IRR", None),
        ),
        (
            "La dette atteint trois mille milliards d'euros.",
            "fr",
            ("trois mille milliards d'euros", 3e12, "EUR", None),
        ),
        # a smaller number added after "و" (and)
        (
            "نزدیک به ۴۸ هزار و ۵۰۰ فلسطینی از آغاز جنگ کشته شده‌اند.",
            "fa",
            ("نزدیک به ۴۸ هزار و ۵۰۰", 48500.0, None, "فلسطینی"),
        ),
        (
            "۲ میلیون و ۳۰۰ هزار دلار به این طرح اختصاص یافت.",
            "fa",
            ("۲ میلیون و ۳۰۰ هزار دلار", 2.3e6, "USD", None),
        ),
        # …in words too, and half of the scale
        (
            "یک میلیون و ۲۰۰ هزار نفر آواره شدند.",
            "fa",
            ("یک میلیون و ۲۰۰ هزار", 1.2e6, None, "نفر آواره"),
        ),
        (
            "بیش از دو هزار و پانصد نفر کشته شدند.",
            "fa",
            ("بیش از دو هزار و پانصد", 2500.0, None, "نفر کشته"),
        ),
        ("دو میلیون و نیم نفر آواره شدند.", "fa", ("دو میلیون و نیم", 2.5e6, None, "نفر آواره")),
        # what is counted may follow "de"
        (
            "Environ 11,1 millions de personnes sont au chômage après la crise.",
            "fr",
            ("Environ 11,1 millions", 11.1e6, None, "personnes"),
        ),
    ],
)
def test_compound_scales_and_what_a_scaled_number_counts(text, lang, expected):
    (figure,) = facts(make(text, lang)).figures
    assert (figure.text, figure.value, figure.unit, figure.counts) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le billet coûte 500 € la place.", "fr", [("500 €", 500, "EUR")]),
        (
            "Le budget atteint 2,5 Md€ et 300 M€.",
            "fr",
            [("2,5 Md€", 2.5e9, "EUR"), ("300 M€", 3e8, "EUR")],
        ),
        # "US" before what is counted is no currency; "US$" before the number is
        (
            "Some 2,500 US soldiers and US$120 million.",
            "en",
            [("Some 2,500", 2500, None), ("US$120 million", 1.2e8, "USD")],
        ),
        ("نیم میلیون نفر آواره شدند.", "fa", [("نیم میلیون", 5e5, None)]),
    ],
)
def test_currency_symbols_after_the_amount_and_short_scales(text, lang, expected):
    found = [(f.text, f.value, f.unit) for f in facts(make(text, lang)).figures]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Air strikes killed at least 25 people overnight in the city.", "en", "people"),
        ("فیلمی که با بردن سه اسکار بالاخره نام او را بر سر زبان‌ها انداخت.", "fa", "اسکار"),
        ("۲۵ نفر همچنان در بیمارستان هستند.", "fa", "نفر"),
    ],
)
def test_what_is_counted_ends_before_an_adverb(text, lang, expected):
    (figure,) = facts(make(text, lang)).figures
    assert figure.counts == expected


def test_dates_come_from_the_parse_stage_and_are_not_figures():
    text = "On 12 March 2025 the ministers agreed to send 300 experts by 2030."
    document = make(text, "en", dates=[("12 March 2025", "2025-03-12"), ("2030", "2030")])
    extraction = facts(document)
    assert [(d.raw, d.date, d.precision, d.evidence.start) for d in extraction.dates] == [
        ("12 March 2025", "2025-03-12", "day", 3),
        ("2030", "2030", "year", text.index("2030")),
    ]
    assert [(f.text, f.counts) for f in extraction.figures] == [("300", "experts")]


def test_numbers_that_are_not_figures():
    text = "Real won 1-2 at 21:00 with the A110 on 17/10/17 in 1998, the 7th time since March 3."
    assert facts(make(text, "en")).figures == []


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        # an hour of the day is no figure; a number of hours is one
        ("Le séisme s'est produit vers 23 h 11, à 70 km de Marrakech.", "fr", ["70 km"]),
        ("Le vote aura lieu à 14 heures, après 12 heures de débat.", "fr", ["12 heures"]),
        ("Il a été libéré vers 23 h après 48 h de garde à vue.", "fr", ["48 h"]),
        ("Il a 14 heures pour répondre.", "fr", ["14 heures"]),  # has, not at
        ("It struck at 3 p.m. and at 9am; 4 amendments passed by 11 PM.", "en", ["4"]),
        ("The talks began at ten o'clock with 5 delegations.", "en", ["5"]),
        ("جلسه ساعت ۱۰ صبح آغاز شد و ۱۰ ساعت طول کشید.", "fa", ["۱۰ ساعت"]),
        # "à" before a number that is not of hours leaves it a figure
        ("Le bilan est passé de 12 à 14 morts.", "fr", ["12", "14"]),
    ],
)
def test_hours_of_the_day_are_not_figures(text, lang, figures):
    assert [f.text for f in facts(make(text, lang)).figures] == figures


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        # ages: "25-year-old", "aged 78" are years, as "25 ans" and "۲۵ ساله" are
        (
            "A 25-year-old man and the 78-year-old leader, aged 78, were there.",
            "en",
            [("25-year-old", "years"), ("78-year-old", "years"), ("aged 78", "years")],
        ),
        # a range of percentages is two figures; a score is none
        (
            "Rates rose to 5.25%-5.5%, after Real won 3-1.",
            "en",
            [("5.25%", "%"), ("5.5%", "%")],
        ),
        ("نرخ سود به ۲۰٪-۲۲٪ رسید.", "fa", [("۲۰٪", "%"), ("۲۲٪", "%")]),
    ],
)
def test_ages_and_ranges_of_percentages(text, lang, figures):
    assert [(f.text, f.unit) for f in facts(make(text, lang)).figures] == figures


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        # a number after a designator names a resolution, an article, a flight
        ("Resolution 2231 was endorsed by 15 members.", "en", ["15"]),
        ("L'article 5 a été invoqué par 30 pays.", "fr", ["30"]),
        ("قطعنامه ۲۲۳۱ با رای ۱۵ عضو تصویب شد.", "fa", ["۱۵"]),
        # written twice after one name: a model, also when it comes after another name
        (
            "The new Mazda 3 is faster. Dealers of the Mazda 3 and the Sedan 3 met 3 buyers.",
            "en",
            ["3"],  # the buyers stay
        ),
        ("نسل جدید مزدا ۳ آمد. مزدا ۳ با ۵ موتور عرضه می‌شود.", "fa", ["۵"]),
        # the same count twice after a verb or a stop word stays a count
        ("Police found 12 cars. Officers found 12 cars later and the 12 cars.", "en", ["12"] * 3),
    ],
)
def test_numbers_that_name_something_are_not_figures(text, lang, figures):
    assert [f.text for f in facts(make(text, lang)).figures] == figures


@pytest.mark.parametrize(
    ("raw", "decimal_comma", "decimal_slash", "value"),
    [
        ("1,000", False, False, 1000.0),
        ("9.5", False, False, 9.5),
        ("9,5", True, False, 9.5),
        ("1 000", True, False, 1000.0),
        ("1\u202f000,5", True, False, 1000.5),
        ("۱٬۰۰۰", False, True, 1000.0),
        ("۹/۵", False, True, 9.5),
        ("۳٫۵", False, True, 3.5),
        ("٣٠٠", False, False, 300.0),
        ("17/10/17", False, True, None),
        ("1,00", False, False, None),
        ("20.000", True, False, 20000.0),  # dots group thousands where the comma is decimal
        ("1.200,5", True, False, 1200.5),
        ("1.5", True, False, 1.5),  # not three digits after the dot: a decimal point
        ("20.000", False, False, 20.0),
    ],
)
def test_number_forms(raw, decimal_comma, decimal_slash, value):
    assert parse_number(raw, decimal_comma, decimal_slash) == value


def test_countries_in_a_language_without_rules_come_from_cldr():
    document = make("Norwegen und Indonesien arbeiten zusammen.", "de")
    assert set(countries(facts(document))) == {"NO", "ID"}


def test_country_forms_that_are_also_words_are_not_countries():
    text = "وزارت امور مالی ایران اعلام کرد که کره زمین گرم‌تر می‌شود."
    assert set(countries(facts(make(text, "fa")))) == {"IR"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("رئیس‌جمهور پیش از ترک تهران گفت که سفر مهمی است.", set()),  # before leaving Tehran
        ("هیئت شهر را ترک کرد.", set()),  # left the city
        ("دو طرف خواستار ترک مخاصمه شدند.", set()),  # a ceasefire
        ("ترک مخاصمه از امروز برقرار است.", set()),
        ("وزیر خارجه ایران با همتای ترک خود گفت‌وگو کرد.", {"IR", "TR"}),  # Turkish
        ("مقامات ترک گفتند که مذاکرات ادامه دارد.", {"TR"}),
    ],
)
def test_turk_is_a_country_only_as_the_adjective_of_a_word_before_it(text, expected):
    assert set(countries(facts(make(text, "fa")))) == expected


def test_people_of_plural_titles_get_their_countries_in_order():
    text = (
        "Morocco and Qatar's foreign ministers, Nadia Benali and Sheikh Hamad bin Faisal Al "
        "Kuwari, met in Rabat on Monday. Later, Turkey's Foreign Minister Emre Aydin joined "
        'them. He said: "We must act together now."'
    )
    extraction = facts(make(text, "en"))
    assert participants(extraction) == [  # those of the first sentence naming anyone
        ("Nadia Benali", "foreign minister", "MA"),
        ("Hamad bin Faisal Al Kuwari", "foreign minister", "QA"),
    ]
    people = [e.name for e in extraction.entities if e.type == "person"]
    assert "Emre Aydin" in people
    assert extraction.quotes[0].speaker == "Emre Aydin"  # "He" is the last person named


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('"The talks went well," Santoso also noted on Friday.', "en", "Santoso"),
        ('"We will be back in Jakarta," said Paredes.', "en", "Paredes"),
        # a capital city, or the quote's own last word, next to the verb is no speaker
        (  # the researcher is, not the city beside the verb
            'Michael Newman, a researcher based in Tokyo, says the pension is "far too small".',
            "en",
            "Michael Newman",
        ),
        (
            "« Nous verrons des accusations portées dans un ou plusieurs des États », ajoute-t-il.",
            "fr",
            None,
        ),
        ('They are behind Sanders and Warren, who 40% said they "fully trust" here.', "en", None),
    ],
)
def test_speaker_is_a_name_beside_the_quote_verb(text, lang, speaker):
    speakers = [q.speaker for q in facts(make(text, lang)).quotes if q.speaker]
    assert speakers == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "verb",
    ["a-t-il déclaré", "a-t-il écrit", "ajoute-t-il", "dit-il", "poursuit-il", "conclut-il"],
)
def test_french_pronoun_hyphenated_to_the_verb_is_the_last_person_named(verb):
    text = (
        "Le ministre des Affaires étrangères, Jean Dupont, est arrivé à Rome. "
        f"« Nous sommes prêts à discuter », {verb}."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == ["Jean Dupont"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le ministre des Affaires étrangères, Jean Dupont, a grandi sous le règne du "
            "président Paul Martin. « Nous sommes prêts à discuter », a-t-il déclaré.",
            "fr",
        ),
        (
            'Foreign Minister Jean Dupont met with President Paul Martin. "We are ready to '
            'talk," he said.',
            "en",
        ),
    ],
)
def test_a_pronoun_points_past_a_person_named_as_an_object(text, lang):
    assert [q.speaker for q in facts(make(text, lang)).quotes] == ["Jean Dupont"]


def test_a_hyphenated_pronoun_with_no_one_named_just_before_names_no_one():
    text = (
        "Le ministre des Affaires étrangères, Jean Dupont, est arrivé à Rome. Il pleuvait. "
        "Les journalistes attendaient. « Nous sommes prêts à discuter », dit-il."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == [None]


MEETING = {
    "fa": "عباس عراقچی، وزیر امور خارجه ایران، با سرگئی لاوروف، وزیر خارجه روسیه، دیدار کرد. ",
    "en": "Iranian Foreign Minister Abbas Araghchi met Russian Foreign Minister Sergei Lavrov. ",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the one "with" whom he spoke is not the speaker, however near the verb
        ("fa", "عراقچی در دیدار با لاوروف گفت: «همکاری‌ها گسترش می‌یابد.»"),
        ("en", 'Araghchi, in a meeting with Lavrov, said: "Our cooperation will expand."'),
        # the subject opening a verb-final sentence, far from its verb
        (
            "fa",
            "عراقچی در نشست خبری مشترک با همتای روس خود در مسکو تأکید کرد: «همکاری‌ها "
            "گسترش می‌یابد.»",
        ),
        # Persian puts the verb last, after the quote too
        ("fa", "عراقچی در پایان این دیدار، گفت‌وگوها را «بسیار سازنده» خواند."),
    ],
)
def test_the_speaker_is_the_subject_not_the_one_spoken_with(lang, text):
    extraction = facts(make(MEETING[lang] + text, lang))
    assert [q.speaker for q in extraction.quotes] == [
        "عباس عراقچی" if lang == "fa" else "Abbas Araghchi"
    ]


def test_a_farther_verb_of_the_quotes_sentence_names_the_speaker_the_nearest_does_not():
    text = (
        "U.S. President Joe Biden met Chinese President Xi Jinping on Wednesday. "
        'Xi told Biden that "the planet is big enough for both countries," according to '
        "Chinese state media."
    )
    assert [q.speaker for q in facts(make(text, "en")).quotes] == ["Xi Jinping"]


def test_a_quote_going_on_in_the_next_sentence_keeps_its_speaker():
    text = (
        "Former New York Mayor Michael Bloomberg spoke on Monday. "
        '"This is a guy who had blood on his hands," Bloomberg said. '
        '"Nobody would think that we did something wrong." '
        "The debate moved on. "
        '"We need a plan for the region."'
    )
    pipe = Pipeline(extractor=["offline"])
    speakers = [q.speaker for q in pipe.extract(pipe.parse(text)[0]).quotes]
    assert speakers == ["Michael Bloomberg", "Michael Bloomberg", None]


def test_a_verb_of_the_next_sentence_names_no_speaker():
    text = (
        "Le président sénégalais Bassirou Diomaye Faye a été reçu jeudi à l'Élysée. "
        "Il a pour sa part demandé « un partenariat rénové ». "
        "Selon l'Élysée, les deux pays ont signé trois accords."
    )
    pipe = Pipeline(extractor=["offline"])
    assert [q.speaker for q in pipe.extract(pipe.parse(text)[0]).quotes] == [None]


def test_untitled_person_named_in_full_then_speaking_by_last_name():
    text = (
        "Morocco's acting foreign minister spoke with Qatar's Foreign Minister Hamad Al Kuwari. "
        "During the call, Youssef Amrani, on behalf of the government, thanked Qatar. "
        "Amrani also noted the new port. "
        'He asserted, "The port will open next year."'
    )
    extraction = facts(make(text, "en"))
    people = {e.name: e.spellings for e in extraction.entities if e.type == "person"}
    assert people["Youssef Amrani"] == ["Youssef Amrani", "Amrani"]
    assert extraction.quotes[0].speaker == "Youssef Amrani"  # "He": the last person named
    # the title of the first sentence, with no name, is his: named in the next sentence
    assert participants(extraction) == [
        ("Hamad Al Kuwari", "foreign minister", "QA"),
        ("Youssef Amrani", "acting foreign minister", "MA"),
    ]
    (amrani,) = [p for p in extraction.event.participants if p.name == "Youssef Amrani"]
    assert amrani.evidence.text.startswith("Morocco's acting foreign minister")
    assert amrani.evidence.text.endswith("Youssef Amrani")


@pytest.mark.parametrize(
    "second",
    [
        # two untitled people next: either could hold the title
        "During the call, Youssef Amrani and Leila Mansouri, on behalf of the government, "
        "thanked Qatar. Amrani also noted the port. Mansouri also noted the road.",
        # named two sentences later: too far
        "The call was long. Qatar thanked Morocco. During the call, Youssef Amrani, on behalf "
        "of the government, spoke. Amrani also noted the port.",
    ],
)
def test_a_title_without_a_name_is_given_to_one_person_named_right_after_it(second):
    text = (
        "Morocco's acting foreign minister spoke with Qatar's Foreign Minister Hamad Al Kuwari. "
        + second
    )
    assert participants(facts(make(text, "en"))) == [("Hamad Al Kuwari", "foreign minister", "QA")]


@pytest.mark.parametrize(
    "text",
    [
        # the full name only opens a sentence: it could be an organisation
        "West Yorkshire Police arrived. Police also said the road was closed.",
        # a last name that is also a lower-case word
        "He met Anna Rose on Monday. Rose said the rose garden would open.",
        # part of a longer capitalised run beside the verb, not a last name on its own
        "A unit of the Yorkshire Police came. The West Yorkshire Police said it was closed.",
        # no full name anywhere
        "The port opened. Amrani also noted the delay.",
    ],
)
def test_capitalised_words_beside_a_quote_verb_are_not_always_a_person(text):
    assert [e.name for e in facts(make(text, "en")).entities if e.type == "person"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's name (not only its adjective) right before a title, dotted too
        (
            "Iran's top diplomat Abbas Araghchi spoke by phone with U.S. Secretary of State "
            "Marco Rubio on Friday.",
            [
                ("Abbas Araghchi", "foreign minister", "IR"),
                ("Marco Rubio", "secretary of state", "US"),
            ],
        ),
        (
            "Qatar Prime Minister Mohammed Al Thani met Saudi Crown Prince Mohammed bin Salman.",
            [
                ("Mohammed Al Thani", "prime minister", "QA"),
                ("Mohammed bin Salman", "crown prince", "SA"),
            ],
        ),
        # a particle hyphenated to the last name
        (
            "Egyptian President Abdel Fattah al-Sisi met President Emmanuel Macron.",
            [("Abdel Fattah al-Sisi", "president", "EG"), ("Emmanuel Macron", "president", None)],
        ),
        # a family name that is a pronoun, and the titles of deputies
        (
            "U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Madrid. "
            "He said the talks were candid.",
            [
                ("Scott Bessent", "treasury secretary", "US"),
                ("He Lifeng", "deputy prime minister", "CN"),
            ],
        ),
        (
            "Russia's First Deputy Prime Minister Denis Manturov met Japanese Vice Foreign "
            "Minister Takeo Akiba.",
            [
                ("Denis Manturov", "first deputy prime minister", "RU"),
                ("Takeo Akiba", "deputy foreign minister", "JP"),
            ],
        ),
    ],
)
def test_english_forms_of_countries_and_names_before_and_in_titles(text, expected):
    pipe = Pipeline(extractor=["offline"])  # the parse stage knows "U.S." ends no sentence
    assert participants(pipe.extract(pipe.parse(text)[0])) == expected


def test_a_pronoun_is_no_mention_of_a_family_name_it_spells_nor_he_his_excellency():
    text = (
        "Chinese Vice Premier He Lifeng met Saudi Foreign Minister HE Faisal bin Farhan. "
        'He said: "The talks were candid."'
    )
    extraction = facts(make(text, "en"))
    people = {e.name: e.spellings for e in extraction.entities if e.type == "person"}
    assert set(people) == {"He Lifeng", "Faisal bin Farhan"}
    assert not {"He", "HE"} & set(people["He Lifeng"])
    assert [q.speaker for q in extraction.quotes] == ["He Lifeng"]  # the subject before


def test_a_french_emissary_is_an_envoy_and_entretenu_goes_on_past_a_day_to_avec():
    text = (
        "Le chef de la diplomatie iranienne Abbas Araghchi s'est entretenu samedi à Mascate "
        "avec l'émissaire américain Steve Witkoff."
    )
    extraction = facts(make(text, "fr"))
    assert extraction.event.type == "meeting"
    assert participants(extraction) == [
        ("Abbas Araghchi", "foreign minister", "IR"),
        ("Steve Witkoff", "envoy", "US"),
    ]


def test_question_words_and_is_hold_no_name_in_a_title_cased_book_title():
    text = (
        'Professor Eric Alterman wrote "Lying In State: Why Presidents Lie - And Why Trump '
        'Is Worse" in 2020.'
    )
    people = [e.name for e in facts(make(text, "en")).entities if e.type == "person"]
    assert "Eric Alterman" in people
    assert not any("Trump" in name for name in people)


def test_a_hyphenated_last_name_alone_is_a_mention_of_the_full_name():
    text = (
        "Armenian Foreign Minister Ani Sargsyan met Iranian Foreign Minister Dariush "
        "Amir-Kabiri on Sunday. Trade has passed $700 million a year, Amir-Kabiri said. "
        '"Security in the Caucasus is a red line for Iran," he said.'
    )
    extraction = facts(make(text, "en"))
    people = {e.name: e.spellings for e in extraction.entities if e.type == "person"}
    assert people["Dariush Amir-Kabiri"] == ["Dariush Amir-Kabiri", "Amir-Kabiri"]
    assert [q.speaker for q in extraction.quotes] == ["Dariush Amir-Kabiri"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Le président ukrainien, Volodymyr Zelensky, a été reçu vendredi à l'Élysée par "
            "Emmanuel Macron. « Nous ne laisserons pas la Russie gagner », a assuré le chef de "
            "l'État français.",
            "fr",
            "Emmanuel Macron",
        ),
        (
            "Claire Delmas a eu lundi un entretien téléphonique avec le chef de la diplomatie "
            "iranienne, Dariush Amir-Kabiri. « Nous attendons des gestes concrets », a dit la "
            "ministre française.",
            "fr",
            "Claire Delmas",
        ),
        # no peer: a foreign minister met someone; the Russian president is someone else
        (
            "Iranian Foreign Minister Abbas Araghchi met with Sergei Lavrov in Moscow. "
            '"We will win," the Russian president said.',
            "en",
            None,
        ),
    ],
)
def test_a_bare_title_speaking_is_the_untitled_peer_of_a_titled_participant(text, lang, speaker):
    assert [q.speaker for q in facts(make(text, lang)).quotes] == [speaker]


def test_a_readout_under_a_label_and_a_source_line_names_the_call_its_date_and_topics():
    """The date line under ``Office of the Spokesperson`` dates it; the spokesperson the
    readout is attributed to is a source, not a side; the sentence after the lead speaks of
    the call by the titles of those on it."""
    text = (
        "Readout of Secretary Rubio's Call with Turkish Foreign Minister Fidan\n\n"
        "Office of the Spokesperson\nMarch 10, 2025\n\n"
        "The below is attributable to Spokesperson Tammy Bruce:\n\n"
        "Secretary of State Marco Rubio spoke today with Turkish Foreign Minister Hakan Fidan. "
        "The Secretary and Foreign Minister discussed efforts to end the war in Ukraine."
    )
    pipe = Pipeline(extractor=["offline"])
    (document,) = pipe.parse(text)
    assert document.published.date == "2025-03-10"
    assert document.metadata["byline"] == "Office of the Spokesperson"
    event = pipe.extract(document).event
    assert (event.type, event.date.date) == ("phone_call", "2025-03-10")
    assert [p.name for p in event.participants] == ["Marco Rubio", "Hakan Fidan"]
    assert event.topics == ["efforts to end the war in Ukraine"]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # an event to come takes the coming day, not the day a report was made
        (
            "The minister will visit Ankara on Monday, the ministry said on Thursday.",
            ("2025-02-17", "day"),
        ),
        (
            "The minister will visit Ankara next week, the ministry said on Thursday.",
            ("2025-02", "month"),
        ),
        ("The minister will visit Ankara, the ministry said on Thursday.", ("2025-02-14", "day")),
    ],
)
def test_an_event_to_come_is_dated_to_the_coming_day_it_names(lead, expected):
    pipe = Pipeline(extractor=["offline"])
    event = pipe.extract(pipe.parse(f"T\n\ndate 2025-02-14\n\n{lead}")[0]).event
    assert (event.date.date, event.date.precision) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("The two ministers met last week in Cairo.", ("2025-02", "month")),
        (
            "Les deux ministres se sont entretenus la semaine dernière par téléphone.",
            ("2025-02", "month"),
        ),
        ("The two ministers met last week and will meet again on Monday.", ("2025-02", "month")),
        ("The two ministers met on Wednesday after talks last week.", ("2025-02-12", "day")),
    ],
)
def test_an_event_of_last_week_is_dated_to_its_month_not_the_day_of_publication(lead, expected):
    pipe = Pipeline(extractor=["offline"])
    event = pipe.extract(pipe.parse(f"T\n\ndate 2025-02-14\n\n{lead}")[0]).event
    assert (event.date.date, event.date.precision) == expected


def test_pm_and_fm_are_titles_in_capitals_only_and_not_after_a_time():
    text = (
        "Indian PM Narendra Modi met Iran's FM Abbas Araghchi at 3 PM Tuesday. The meeting "
        "ended at 5 PM Eastern, said radio fm Jones."
    )
    people = [e.name for e in facts(make(text, "en")).entities if e.type == "person"]
    assert people == ["Narendra Modi", "Abbas Araghchi"]


def test_it_after_a_body_quoted_in_the_sentence_before_is_the_body_and_never_a_person():
    text = (
        'Foreign Minister Jean-Noël Barrot met his counterpart. "France is ready," the '
        'Foreign Office said. "We remain mobilised," it added. Barrot left. "The talks are '
        'over for now," it said.'
    )
    assert [q.speaker for q in facts(make(text, "en")).quotes] == [
        "Foreign Office",
        "Foreign Office",
        None,
    ]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("a indiqué le Quai d'Orsay", ["Quai d'Orsay", "Quai d'Orsay"]),
        ("a dit M. Barrot", ["Jean-Noël Barrot", "Jean-Noël Barrot"]),
    ],
)
def test_a_pronoun_going_on_after_a_body_quoted_in_the_sentence_before_is_the_body(said, expected):
    text = (
        "Le ministre Jean-Noël Barrot a rencontré son homologue. « La France est prête », "
        f"{said}. « Nous restons mobilisés », a-t-il ajouté."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "آقای کرزی دو نفر را معرفی کرد. زلمی رسول زلمی رسول زلمی رسول، از ژانویه ۲۰۱۰ وزیر "
            "امور خارجه افغانستان بود. آقای رسول گفت که نامزد می‌شود.",
            "fa",
            {"کرزی": ["کرزی"], "زلمی رسول": ["زلمی رسول", "رسول"]},
        ),
        (
            "Zalmai Rassoul Zalmai Rassoul, a former foreign minister, is running. Rassoul said "
            "he would win.",
            "en",
            {"Zalmai Rassoul": ["Zalmai Rassoul", "Rassoul"]},
        ),
        # a film's caption said over, with no common given name, is no person
        (
            "سه فیلم زیر را ببینید. جانور مرداب سیاه جانور مرداب سیاه جانور مرداب سیاه ساخته جک "
            "آرنولد است.",
            "fa",
            {},
        ),
    ],
)
def test_a_name_a_copied_picture_caption_says_over_is_the_person_named_once(text, lang, expected):
    extraction = facts(make(text, lang))
    people = {e.name: e.spellings for e in extraction.entities if e.type == "person"}
    assert people == expected


def test_dotted_initialisms_are_countries():
    text = "The U.K. and the U.A.E. signed a deal; U.S.-led talks follow."
    assert list(countries(facts(make(text, "en")))) == ["GB", "AE", "US"]


def test_french_honorific_with_its_dot_and_adjective_qatari():
    text = (
        "Le Premier ministre qatari, cheikh Hamad ben Faisal Al-Kuwari, a reçu à Doha "
        "l'économiste Nadia Benali. « Nous voulons la paix », a déclaré M. Al-Kuwari. "
        "« Le port ouvrira en mai », a ajouté Mme Benali."
    )
    pipe = Pipeline(extractor=["offline"])  # the parse stage knows "M." ends no sentence
    extraction = pipe.extract(pipe.parse(text)[0])
    assert participants(extraction) == [
        ("Hamad ben Faisal Al-Kuwari", "prime minister", "QA"),
        ("Nadia Benali", "economist", None),  # the one he received
    ]
    assert [q.speaker for q in extraction.quotes] == ["Hamad ben Faisal Al-Kuwari", "Nadia Benali"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Mr Newman" is the Michael Newman named in full before
        (
            'The researcher Michael Newman studied it. "Prison is safer," Mr Newman said.',
            "Michael Newman",
        ),
        # two full names end in Biden: the honorific one stays a last name
        (
            'Aides of Joe Biden met aides of Hunter Biden. "We will see," Mr Biden said.',
            "Biden",
        ),
    ],
)
def test_a_last_name_after_an_honorific_takes_the_one_full_name_given(text, speaker):
    assert [q.speaker for q in facts(make(text, "en")).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a "
            "dénoncé une provocation.",
            "fr",
            [("Maria Zakharova", "spokesperson", "RU")],
        ),
        (
            "The spokesman for the Iranian foreign ministry, Ismail Baghaei, said talks would "
            "go on.",
            "en",
            [("Ismail Baghaei", "spokesperson", "IR")],
        ),
        # what follows the comma is no name
        (
            "Le ministre de la Défense a déclaré hier, selon la presse, que rien ne change.",
            "fr",
            [],
        ),
        ("The minister of defence, speaking in Paris, said nothing.", "en", []),
    ],
)
def test_a_name_after_a_titles_complement_and_a_comma(text, lang, expected):
    assert participants(facts(make(text, lang))) == expected


def test_a_counterpart_is_a_participant_even_when_the_other_side_has_no_title():
    text = (
        "In a phone call with his Turkish counterpart Hakan Fidan on Monday, Araghchi said "
        "the talks would go on."
    )
    assert participants(facts(make(text, "en"))) == [("Hakan Fidan", None, "TR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "سید عباس عراقچی وزیر امور خارجه در گفت‌وگوی تلفنی با بدر البوسعیدی وزیر خارجه "
            "عمان درباره تحولات منطقه گفت‌وگو کرد.",
            [
                ("عباس عراقچی", "foreign minister", None),
                ("بدر البوسعیدی", "foreign minister", "OM"),
            ],
        ),
        # no honorific or opening word before it: where a name would start is a guess
        ("او از سخنان اخیر وزیر خارجه عمان انتقاد کرد.", []),
        # one word is not enough
        ("او با حضور وزیر خارجه عمان سخن گفت.", []),
        # a name opening its clause, its last name used again on its own
        (
            "به گزارش ایرنا، حسین امیرعبداللهیان وزیر امور خارجه روز شنبه با همتای عمانی "
            "خود گفت‌وگو کرد. امیرعبداللهیان در این گفت‌وگو گفت: «باید متوقف شود.»",
            [("حسین امیرعبداللهیان", "foreign minister", None)],
        ),
        # words opening a clause, never used again: this morning, last week, local officials
        ("امروز صبح وزیر امور خارجه ایران به مسکو رفت.", []),
        ("هفته گذشته وزیر امور خارجه ایران به مسکو رفت.", []),
        ("در پی این حادثه، مقامات محلی وزیر کشور را مسئول دانستند.", []),
        # "telephone" is no part of a name; the untitled subject took part
        (
            "مسعود پزشکیان در تماس تلفنی رجب طیب اردوغان، رئیس‌جمهور ترکیه، گفت‌وگو کرد.",
            [("رجب طیب اردوغان", "president", "TR"), ("مسعود پزشکیان", None, None)],
        ),
        # a caption said twice before the title
        ("علی رضایی علی رضایی وزیر کشور گفت. رضایی افزود که خبری نیست.", []),
        # inside a clause a common given name marks where the name starts
        (
            "پزشکیان وارد ایروان شد و مورد استقبال رسمی نیکول پاشینیان نخست‌وزیر ارمنستان "
            "قرار گرفت.",
            [("نیکول پاشینیان", "prime minister", "AM")],
        ),
        (
            "در مراسم سالگرد ترور برهان الدین ربانی رئیس جمهوری پیشین افغانستان تاکید کرد.",
            [("برهان الدین ربانی", "former president", "AF")],
        ),
        # and without one the start of the name is a guess: none is taken
        ("مورد استقبال رسمی پاشینیان نخست‌وزیر ارمنستان قرار گرفت.", []),
        # one word before a title's comma is a name only where a name may start
        ("او در جنگ علیه طالبان، سخنگوی جبهه متحد بود.", []),
        (
            "در این انتخابات، ژنرال خداداد، وزیر پیشین مبارزه با مواد مخدر افغانستان، نامزد شد.",
            [("خداداد", "former minister", None)],
        ),
    ],
)
def test_persian_name_right_before_its_title_without_a_comma(text, expected):
    assert participants(facts(make(text, "fa"))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "هیئت ایرانی به ریاست مجید تخت‌روانچی، معاون سیاسی وزیر امور خارجه، به وین سفر کرد.",
        "هیئت ایرانی به سرپرستی مجید تخت‌روانچی، معاون وزیر امور خارجه، به وین سفر کرد.",
    ],
)
def test_persian_deputy_of_a_kind_and_a_name_after_headed_by(text):
    assert participants(facts(make(text, "fa"))) == [
        ("مجید تخت‌روانچی", "deputy foreign minister", None)
    ]


def test_persian_long_name_with_particles_before_its_title():
    text = (
        "علی باقری، سرپرست وزارت امور خارجه ایران، با شیخ محمد بن عبدالرحمن آل ثانی، "
        "نخست‌وزیر و وزیر امور خارجه قطر، گفت‌وگو کرد."
    )
    assert participants(facts(make(text, "fa"))) == [
        ("علی باقری", "acting foreign minister", "IR"),
        ("محمد بن عبدالرحمن آل ثانی", "prime minister and foreign minister", "QA"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a verb at the end of the clause is not part of the name, nor its noun
        ("آقای رحیمی، بعدها در کنار دکتر نجیب الله قرار گرفت.", ["رحیمی", "نجیب الله"]),
        # after an honorific, a name may end before a stop word: given names and one more
        ("سید عباس عراقچی در این تماس تلفنی گفت‌وگو کرد.", ["عباس عراقچی"]),
        ("آقای احمدزی سالها در بانک جهانی کار کرد.", ["احمدزی"]),
        ("آقای ترامپ تهدید کرد که تعرفه‌ها را افزایش می‌دهد.", ["ترامپ"]),
        # after "this", a noun is a common one: "در این نشست" is no one
        ("در این نشست، ژنرال کریمی، وزیر پیشین دفاع افغانستان، سخن گفت.", ["کریمی"]),
        # a kinship word before a name is not part of it
        ("او برادرزاده محمد داوود خان، رییس جمهور سابق افغانستان است.", ["محمد داوود خان"]),
    ],
)
def test_persian_names_end_at_verbs_and_start_after_kin_and_determiners(text, names):
    assert [e.name for e in facts(make(text, "fa")).entities if e.type == "person"] == names


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Iranian President Masoud Pezeshkian met Omani Foreign Minister Badr Albusaidi. "
            '"The talks were useful," the president said.',
            "en",
            "Masoud Pezeshkian",
        ),
        (
            "Le président iranien Massoud Pezeshkian a reçu le ministre omanais des Affaires "
            "étrangères Badr Albusaïdi. « Les discussions ont été utiles », a déclaré le "
            "président.",
            "fr",
            "Massoud Pezeshkian",
        ),
        (
            "پزشکیان، رئیس جمهور ایران، با بدر البوسعیدی، وزیر خارجه عمان، دیدار کرد. "
            "رئیس جمهور گفت: «گفت‌وگوها مفید بود.»",
            "fa",
            "پزشکیان",
        ),
        # two foreign ministers: "the minister" could be either
        (
            "Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr "
            'Albusaidi. "The talks were useful," the foreign minister said.',
            "en",
            None,
        ),
    ],
)
def test_a_title_beside_the_quote_verb_names_its_one_holder(text, lang, speaker):
    assert [q.speaker for q in facts(make(text, lang)).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            'Iran\'s foreign ministry said in a statement: "We reject the claims."',
            "en",
            "foreign ministry (Iran)",
        ),
        (
            '"We reject the claims," said the Russian foreign ministry.',
            "en",
            "foreign ministry (Russia)",
        ),
        ("« Les discussions ont été utiles », a déclaré l'Élysée.", "fr", "Élysée"),
        (
            "« Nous rejetons ces accusations », a indiqué le ministère iranien des Affaires "
            "étrangères.",
            "fr",
            "foreign ministry (Iran)",
        ),
        (
            "وزارت امور خارجه ایران در بیانیه‌ای اعلام کرد: «این اتهامات را رد می‌کنیم.»",
            "fa",
            "foreign ministry (Iran)",
        ),
        ("کاخ سفید اعلام کرد: «گفت‌وگوها مفید بود.»", "fa", "White House"),
    ],
)
def test_a_body_beside_the_quote_verb_is_the_speaker(text, lang, speaker):
    pipe = Pipeline(extractor=["offline"])
    (quote,) = pipe.extract(pipe.parse(text)[0]).quotes
    assert quote.speaker == speaker


def test_a_title_after_a_name_is_not_a_speaker_of_its_own():
    text = (
        "محمد داوود خان، رئیس جمهور پیشین افغانستان، درگذشت. سیاف در مراسم سالگرد ربانی "
        "رئیس جمهور پیشین تاکید کرد: «این حملات حرام است.»"
    )
    extraction = facts(make(text, "fa"))
    assert participants(extraction) == [("محمد داوود خان", "former president", "AF")]
    assert [q.speaker for q in extraction.quotes] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Former President George W. Bush met President John F. Kennedy on Monday.",
            "en",
            ["George W. Bush", "John F. Kennedy"],
        ),
        ("L'ancien président George H.W. Bush a parlé.", "fr", ["George H.W. Bush"]),
    ],
)
def test_names_keep_their_initials(text, lang, names):
    people = [e.name for e in facts(make(text, lang)).entities if e.type == "person"]
    assert people == names


def test_name_before_a_title_and_joined_roles_in_french():
    text = (
        "Lors d'une rencontre avec le Cheikh Hamad bin Faisal Al-Kuwari, Premier ministre et "
        "ministre des Affaires étrangères du Qatar, la ministre des Affaires étrangères par "
        "intérim, Nadia Benali a présenté le projet de port."
    )
    assert participants(facts(make(text, "fr"))) == [
        ("Hamad bin Faisal Al-Kuwari", "prime minister and foreign minister", "QA"),
        ("Nadia Benali", "acting foreign minister", None),
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # family name first: only "Wang" stands alone
            "Chinese Foreign Minister Wang Yi met his counterpart on Monday. "
            'Wang said China wanted "a stable relationship" with its neighbours.',
            ["Wang Yi"],
        ),
        (  # the last name stands alone: it is the one that counts
            "Chinese Foreign Minister Wang Yi met Foreign Minister Kari Nordvik. "
            'Nordvik said Norway wanted "a stable relationship" with China.',
            ["Kari Nordvik"],
        ),
    ],
)
def test_the_word_that_stands_alone_for_a_person_may_be_the_first(text, speakers):
    assert [q.speaker for q in facts(make(text, "en")).quotes] == speakers


def test_an_honorific_before_a_family_name_written_first_is_the_full_name():
    text = (
        "Le ministre chinois des affaires étrangères, Wang Yi, a reçu M. Blinken. "
        "M. Wang a affirmé que Washington ne devait pas « franchir les lignes rouges »."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == ["Wang Yi"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le ministre saoudien des Affaires étrangères, le prince Fayçal ben Farhane, a "
            "affirmé que le royaume privilégiait la paix.",
            "fr",
            [("Fayçal ben Farhane", "foreign minister", "SA")],
        ),
        (
            "The deal was announced by Saudi national security adviser Musaed bin Mohammed "
            "Al-Aiban on Friday.",
            "en",
            [("Musaed bin Mohammed Al-Aiban", "national security adviser", "SA")],
        ),
        (
            "Le conseiller à la sécurité nationale américain, Jake Sullivan, est arrivé à Rome.",
            "fr",
            [("Jake Sullivan", "national security adviser", "US")],
        ),
        (
            "جیک سالیوان، مشاور امنیت ملی آمریکا، وارد رم شد.",
            "fa",
            [("جیک سالیوان", "national security adviser", "US")],
        ),
        (
            "علی شمخانی، دبیر شورای عالی امنیت ملی ایران، پس از امضای توافق گفت که گفت‌وگوها "
            "ادامه دارد.",
            "fa",
            [("علی شمخانی", "secretary of the supreme national security council", "IR")],
        ),
    ],
)
def test_honorific_after_a_comma_and_security_advisers(text, lang, expected):
    assert participants(facts(make(text, lang))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's foreign ministry spokesman, Nasser Kanaani, told reporters on Monday.",
            [("Nasser Kanaani", "spokesperson", "IR")],
        ),
        (  # a capital stands for its country
            "Tehran's foreign ministry spokesman, Nasser Kanaani, told reporters on Monday.",
            [("Nasser Kanaani", "spokesperson", "IR")],
        ),
        (
            "Moscow's ambassador Anatoly Antonov was summoned on Monday.",
            [("Anatoly Antonov", "ambassador", "RU")],
        ),
        (
            "U.S. special envoy Steve Witkoff arrived in Muscat on Saturday.",
            [("Steve Witkoff", "envoy", "US")],
        ),
    ],
)
def test_a_countrys_or_its_capitals_ministry_spokesman(text, expected):
    assert participants(facts(make(text, "en"))) == expected


def test_president_de_la_republique_is_a_title():
    text = "Le président de la République Emmanuel Macron a reçu les joueurs à l'Élysée."
    assert participants(facts(make(text, "fr"))) == [("Emmanuel Macron", "president", None)]


def test_french_official_title_and_more_quote_verbs():
    text = (
        "Le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, a rencontré "
        "mardi à Téhéran son homologue iranien, Abbas Araghchi. "
        "M. Araghchi a pour sa part jugé « constructifs » les échanges, tout en appelant "
        "l'Europe à « ne pas répéter les erreurs du passé »."
    )
    extraction = facts(make(text, "fr"))
    assert participants(extraction) == [
        ("Jean-Noël Barrot", "foreign minister", None),
        ("Abbas Araghchi", "foreign minister", "IR"),
    ]
    assert [q.speaker for q in extraction.quotes] == ["Abbas Araghchi", "Abbas Araghchi"]


def test_a_french_participle_after_words_between_it_and_its_auxiliary():
    text = (
        "Le président sénégalais Bassirou Diomaye Faye a été reçu jeudi à Paris. "
        "M. Faye a pour sa part plaidé pour « un partenariat rénové »."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == ["Bassirou Diomaye Faye"]


@pytest.mark.parametrize(
    ("lead", "expected", "dateline"),
    [
        ("spoke by telephone on Saturday with", "2024-06-01", ""),  # the day before publication
        ("spoke by telephone on 20 May with", "2024-06-02", ""),  # recalled: too far back
        ("spoke by telephone with", "2024-06-02", ""),  # no day given: the publication's
        # the dateline's date is the report's: the lead's day comes after it
        ("spoke by telephone late on Saturday with", "2024-06-01", "DOHA, June 2 (AP) - "),
        ("spoke by telephone with", "2024-06-02", "DOHA, June 2 (AP) - "),
        # a dateline's place may be written as a name is, when a date in numbers follows
        ("spoke by telephone late on Saturday with", "2024-06-01", "Doha, 2 June 2024 - "),
    ],
)
def test_the_event_date_is_the_day_the_lead_gives_else_the_publication(lead, expected, dateline):
    text = (
        "Iran and Qatar discuss Gaza\n\n2 June 2024\n\n"
        f"{dateline}Iran's Foreign Minister Ali Bagheri {lead} Qatar's Prime Minister "
        "Mohammed Al Thani."
    )
    pipe = Pipeline(extractor=["offline"])
    document = pipe.parse(text)[0]
    assert document.published.date == "2024-06-02"
    assert pipe.extract(document).event.date.date == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # no publication date: the lead's first date decides, resolved or not
        ("a reçu jeudi 10 octobre à Paris le ministre italien, pour un accord en 2025.", None),
        ("a reçu le 10 octobre 2024 le ministre italien, pour un accord en 2025.", "2024-10-10"),
    ],
)
def test_an_unresolved_first_date_gets_no_later_year_as_the_events(lead, expected):
    pipe = Pipeline(extractor=["offline"])
    document = pipe.parse(f"Rencontre à Paris\n\nLe Premier ministre Michel Barnier {lead}")[0]
    assert document.published is None
    date = pipe.extract(document).event.date
    assert (date.date if date else None) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (  # a body as the title's complement, with its country, then the name
            "سخنگوی وزارت امور خارجه ایران، اسماعیل بقائی، روز دوشنبه گفت: «این اقدام "
            "تحریک‌آمیز است.»",
            "fa",
            [("اسماعیل بقائی", "spokesperson", "IR")],
        ),
        (  # the country after the name
            "Foreign Minister Abbas Araghchi of Iran met Foreign Minister Badr Albusaidi of Oman.",
            "en",
            [
                ("Abbas Araghchi", "foreign minister", "IR"),
                ("Badr Albusaidi", "foreign minister", "OM"),
            ],
        ),
        (  # a complement of plain words, then a comma and the name
            "وزیر ورزش و جوانان ایران، احمد دنیامالی، به تیم قهرمان تبریک گفت.",
            "fa",
            [("احمد دنیامالی", "minister", "IR")],
        ),
        ("وزیر خارجه در دیدار با همتای روس خود، بر ضرورت همکاری تأکید کرد.", "fa", []),
    ],
)
def test_a_titles_country_after_a_body_or_after_the_name(text, lang, expected):
    extraction = Pipeline(extractor=["offline"]).extract(make(text, lang))
    assert participants(extraction) == expected
    assert all(p.evidence.grounded for p in extraction.event.participants)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a last name alone before the title's comma, the full name given later
            "Araghchi, Iran's foreign minister, met Badr Albusaidi, Oman's foreign minister, "
            "on Monday. Later, Abbas Araghchi flew home.",
            [
                ("Abbas Araghchi", "foreign minister", "IR"),
                ("Badr Albusaidi", "foreign minister", "OM"),
            ],
        ),
        (  # no full name ends with it: a place or "Meanwhile" stands there as often
            "Araghchi, Iran's foreign minister, met Badr Albusaidi, Oman's foreign minister.",
            [("Badr Albusaidi", "foreign minister", "OM")],
        ),
        ("Meanwhile, Iran's foreign minister said the talks went well.", []),
    ],
)
def test_one_capitalised_word_before_a_titles_comma(text, expected):
    assert participants(facts(make(text, "en"))) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Iran's Supreme Leader Ayatollah Ali Khamenei met Iraqi Prime Minister Mohammed "
            "Shia al-Sudani in Tehran.",
            "en",
            [
                ("Ali Khamenei", "supreme leader", "IR"),
                ("Mohammed Shia al-Sudani", "prime minister", "IQ"),
            ],
        ),
        (
            "Le guide suprême iranien, l'ayatollah Ali Khamenei, a reçu le Premier ministre "
            "irakien Mohammed Chia al-Soudani.",
            "fr",
            [
                ("Ali Khamenei", "supreme leader", "IR"),
                ("Mohammed Chia al-Soudani", "prime minister", "IQ"),
            ],
        ),
        (
            "آیت‌الله سید علی خامنه‌ای، رهبر انقلاب اسلامی، با محمد شیاع السودانی، "
            "نخست‌وزیر عراق، دیدار کرد.",
            "fa",
            [
                ("علی خامنه‌ای", "supreme leader", None),
                ("محمد شیاع السودانی", "prime minister", "IQ"),
            ],
        ),
        (
            "حجت‌الاسلام والمسلمین حسن روحانی، رئیس‌جمهور سابق، در این مراسم سخنرانی کرد.",
            "fa",
            [("حسن روحانی", "former president", None)],
        ),
    ],
)
def test_clerical_honorifics_and_the_supreme_leader(text, lang, expected):
    pipe = Pipeline(extractor=["offline"])
    assert participants(pipe.extract(pipe.parse(text)[0])) == expected


def test_a_capital_inside_another_name_is_no_place_and_executives_have_titles():
    text = (
        "Apple Chief Executive Tim Cook spoke in Beijing on Monday. Analysts at Morgan "
        "Stanley and fans of Real Madrid were there. Commerce Secretary Howard Lutnick agreed."
    )
    extraction = facts(make(text, "en"))
    assert [e.name for e in extraction.entities if e.type == "place"] == ["Beijing"]
    assert participants(extraction) == [("Tim Cook", "chief executive", None)]
    people = [e.name for e in extraction.entities if e.type == "person"]
    assert people == ["Tim Cook", "Howard Lutnick"]


def test_a_place_named_twice_is_one_place_named_as_the_text_writes_it():
    text = (
        "BEIJING – The minister arrived in Beijing on Monday. Talks in Beijing lasted five hours."
    )
    extraction = facts(make(text, "en"))
    (place,) = extraction.event.places
    assert (place.name, place.evidence.text, place.country) == ("Beijing", "BEIJING", "CN")
    (entity,) = [e for e in extraction.entities if e.type == "place"]
    assert (entity.name, entity.spellings) == ("Beijing", ["BEIJING", "Beijing"])


def test_extraction_is_schema_valid_and_fully_grounded():
    pipe = Pipeline(extractor=["offline"])
    for text, lang in ((EN, "en"), (FR, "fr"), (FA, "fa")):
        extraction = pipe.extract(make(text, lang))
        assert_valid([extraction.to_dict()])
        assert extraction.grounding.total >= 8
        assert extraction.grounding.grounded == extraction.grounding.total
        assert extraction.extractors == ["offline"]


def test_country_data_covers_the_three_languages_with_iso_codes():
    from polybrief.plugins.offline.countries import cldr_names
    from polybrief.plugins.offline.lexicon import read_data

    data = read_data("countries")
    known = set(cldr_names("en"))
    for table in ("names", "adjectives"):
        for lang in ("en", "fr", "fa"):
            codes = set(data[table][lang])
            assert len(codes) > 180 and codes <= known | {"XK"}, (table, lang)
    assert "norvégienne" in data["adjectives"]["fr"]["NO"]
    assert data["adjectives"]["fa"]["ID"] == ["اندونزیایی"]
    assert {"نروژ", "Norvège", "Norway"} <= {cldr_names(lang)["NO"] for lang in ("en", "fr", "fa")}


@pytest.mark.parametrize(
    "text",
    [
        '"Teams are still working," said Zabihullah Mujahid, the Taliban\'s chief spokesman.',
        '"Teams are still working," said Zabihullah Mujahid, a Taliban spokesman.',
        '"Teams are still working," said Zabihullah Mujahid, the chief spokesman.',
    ],
)
def test_a_title_after_a_name_past_the_body_it_serves_and_a_modifier(text):
    (person,) = facts(make(text, "en")).event.participants
    assert (person.name, person.role) == ("Zabihullah Mujahid", "spokesperson")


def test_a_body_before_a_title_is_no_name():
    text = "Meanwhile, the Taliban's spokesman said the toll would rise."
    assert facts(make(text, "en")).event.participants == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday.",
            "en",
            ("magnitude 6.0", 6.0, "magnitude", None),
        ),
        (
            "Un séisme de magnitude 6,0 a frappé l'est de l'Afghanistan.",
            "fr",
            ("magnitude 6,0", 6.0, "magnitude", None),
        ),
        (
            "زمین‌لرزه‌ای به بزرگی ۶ ریشتر شامگاه یکشنبه شرق افغانستان را لرزاند.",
            "fa",
            ("۶ ریشتر", 6.0, "magnitude", None),
        ),
        # what a figure counts ends before a date
        ("۳۰۰ زخمی یکشنبه به بیمارستان منتقل شدند.", "fa", ("۳۰۰ زخمی", 300.0, None, "زخمی")),
    ],
)
def test_units_before_the_number_and_counts_that_end_at_a_date(text, lang, expected):
    pipe = Pipeline(extractor=["offline"])
    document = pipe.parse(f"date 2025-09-01\n\n{text}")[0]
    assert document.lang == lang
    (figure,) = pipe.extract(document).figures
    assert (figure.evidence.text, figure.value, figure.unit, figure.counts) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("۲۳ کشور اروپایی انتخاب شدند.", "fa", ("۲۳ کشور اروپایی", None, "کشور اروپایی")),
        (
            "Plus de 40 navires de pêche attendaient.",
            "fr",
            ("Plus de 40 navires de pêche", None, "navires de pêche"),
        ),
        ("این خودرو در ۳.۵ ثانیه به سرعت ۱۰۰ کیلومتر می‌رسد.", "fa", ("۳.۵ ثانیه", "seconds", None)),
        ("وی ۶۸ ساله بود.", "fa", ("۶۸ ساله", "years", None)),
    ],
)
def test_what_a_figure_counts_is_two_words_at_most_and_more_units(text, lang, expected):
    figure = facts(make(text, lang)).figures[0]
    assert (figure.evidence.text, figure.unit, figure.counts) == expected


@pytest.mark.parametrize(
    ("text", "lang", "countries", "plural"),
    [
        ("Le ministre des Affaires étrangères a parlé.", "fr", [], False),
        (
            "Les ministres des Affaires étrangères d'Iran et de France ont parlé.",
            "fr",
            ["IR", "FR"],
            True,
        ),
        ("The foreign ministers of Iran and France spoke.", "en", ["IR", "FR"], True),
        ("وزیران امور خارجه ایران و فرانسه گفت‌وگو کردند.", "fa", ["IR", "FR"], True),
    ],
)
def test_a_plural_title_names_several_people_of_several_countries(text, lang, countries, plural):
    from polybrief.plugins.offline.analysis import Analysis
    from polybrief.plugins.offline.titles import TitleFinder

    (title,) = TitleFinder(Analysis.of(make(text, lang))).titles()
    assert (title.countries, title.plural) == (countries, plural)


def test_a_plural_title_naming_no_one_gives_its_role_to_the_people_named_next():
    text = (
        "وزیران امور خارجه ایران و فرانسه شامگاه سه‌شنبه در تماس تلفنی گفت‌وگو کردند. "
        "به گزارش ایرنا، سید عباس عراقچی در این تماس تلفنی از اقدام اروپا انتقاد کرد. "
        "وزیر امور خارجه کشورمان تاکید کرد: «ایران همواره به دیپلماسی پایبند بوده است.»"
    )
    result = facts(make(text, "fa"))
    assert participants(result) == [("عباس عراقچی", "foreign minister", None)]
    assert [q.speaker for q in result.quotes] == ["عباس عراقچی"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            'Federal Reserve Chair Jerome Powell said tariffs would raise inflation "at '
            'least temporarily".',
            "en",
            ("Jerome Powell", "chair"),
        ),
        (
            "The IMF's managing director, Kristalina Georgieva, urged countries to \"resolve "
            'trade tensions quickly".',
            "en",
            ("Kristalina Georgieva", "managing director"),
        ),
        (
            "Le secrétaire américain au Trésor, Scott Bessent, a dit s'attendre à une « "
            "désescalade rapide » avec la Chine.",
            "fr",
            ("Scott Bessent", "treasury secretary"),
        ),
    ],
)
def test_economic_titles_name_speakers(text, lang, expected):
    result = facts(make(text, lang))
    (person,) = result.event.participants
    assert (person.name, person.role) == expected
    assert [q.speaker for q in result.quotes] == [expected[0]]


def test_a_title_opening_the_sentence_names_the_one_person_holding_it():
    text = (
        "Le président de la République, Emmanuel Macron, a reçu mercredi le chancelier "
        "allemand, Olaf Scholz. « L'Europe doit prendre son destin en main », a déclaré le "
        "chef de l'Etat. Le chancelier a, de son côté, estimé que les deux pays devaient « "
        "parler d'une seule voix »."
    )
    speakers = [q.speaker for q in facts(make(text, "fr")).quotes]
    assert speakers == ["Emmanuel Macron", "Olaf Scholz"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (  # the one told is nearer the quote than the one telling
            "The foreign ministers of Iran and France spoke by phone on Tuesday. During the "
            "call, Abbas Araghchi told Jean-Noël Barrot that the move by three European "
            'countries was "illegal and baseless". Barrot stressed the need for diplomacy.',
            "en",
            "Abbas Araghchi",
        ),
        (
            "عباس عراقچی، وزیر امور خارجه ایران، با ژان نوئل بارو، وزیر امور خارجه فرانسه، "
            "دیدار کرد. عراقچی به بارو گفت: «این اقدام غیرقانونی است.»",
            "fa",
            "عباس عراقچی",
        ),
    ],
)
def test_the_one_spoken_to_is_not_the_speaker(text, lang, speaker):
    assert [q.speaker for q in facts(make(text, lang)).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan foresees spending $53 billion over five years.", ("five years", None)),
        ("He has lived in exile for over five years.", ("over five years", "more than")),
        ("Talks lasted over two hours.", ("over two hours", "more than")),
        ("The war has killed over 40,000 people.", ("over 40,000 people", "more than")),
    ],
)
def test_over_before_a_duration_says_over_what_time(text, expected):
    figure = facts(make(text, "en")).figures[-1]
    assert (figure.evidence.text, figure.qualifier) == expected


def test_a_quote_running_over_paragraphs_is_quoted_by_the_speaker_of_its_end():
    text = (
        "Sudan warning\n\ndate 2024-05-10\n\n"
        "U.N. Secretary-General Antonio Guterres warned on Friday that Sudan faces a "
        'catastrophe.\n\n"The world is failing the people of Sudan. Famine is knocking on '
        'the door.\n\n"We need an immediate ceasefire," Guterres told reporters.'
    )
    pipe = Pipeline(extractor=["offline"])
    quotes = pipe.extract(pipe.parse(text)[0]).quotes
    assert [(q.text[:21], q.speaker) for q in quotes] == [
        ("The world is failing ", "Antonio Guterres"),
        ("We need an immediate ", "Antonio Guterres"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "UNICEF head Catherine Russell said children were dying.",
            "en",
            ("Catherine Russell", "head"),
        ),
        (
            "Le chef de l'AIEA, Rafael Grossi, a déclaré que les inspecteurs étaient partis.",
            "fr",
            ("Rafael Grossi", "head"),
        ),
    ],
)
def test_the_head_of_a_body_is_a_title(text, lang, expected):
    (person,) = facts(make(text, lang)).event.participants
    assert (person.name, person.role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey and Egypt\n\ndate 2025-03-09\n\nTurkish Foreign Minister Hakan Fidan held a "
            "telephone conversation on Sunday with his Egyptian counterpart Badr Abdelatty to "
            "discuss efforts to restore the ceasefire in Gaza, Turkish diplomatic sources said.",
            ["efforts to restore the ceasefire in Gaza"],
        ),
        (  # a long list
            "Iran and Oman\n\ndate 2025-05-10\n\nIranian Foreign Minister Abbas Araghchi and "
            "his Omani counterpart Badr Al Busaidi held a phone conversation on Saturday, during "
            "which they discussed the latest developments in the region and the next round of "
            "Iran-US indirect talks.",
            ["the latest developments in the region and the next round of Iran-US indirect talks"],
        ),
        (  # the words naming the event end the topic
            "Iran and France\n\ndate 2025-10-21\n\nThe foreign ministers of Iran and France "
            "discussed the latest state of nuclear talks in a phone call on Tuesday evening.",
            ["the latest state of nuclear talks"],
        ),
        (  # a list goes on past its commas
            "Blinken à Pékin\n\ndate 2024-04-26\n\nLe secrétaire d'Etat américain, Antony "
            "Blinken, a rencontré vendredi le ministre chinois des affaires étrangères, Wang "
            "Yi, alors que les deux pays tentent de gérer leurs différends sur le commerce, "
            "Taïwan et la guerre en Ukraine.",
            ["le commerce, Taïwan et la guerre en Ukraine"],
        ),
        (  # a comma not ending a list with "et" ends the topic
            "Macron et Modi\n\ndate 2025-02-14\n\nLes deux dirigeants se sont entretenus "
            "vendredi et ont évoqué l'intelligence artificielle, coprésidé par la France et "
            "l'Inde.",
            ["l'intelligence artificielle"],
        ),
        (  # in Persian the topic ends at the verb
            "ایران و عربستان\n\n۲۳ مهر ۱۴۰۳\n\nسید عباس عراقچی، وزیر امور خارجه ایران، روز "
            "یکشنبه در تماس تلفنی با فیصل بن فرحان، وزیر خارجه عربستان سعودی، درباره تحولات "
            "غزه و لبنان گفت‌وگو کرد.",
            ["تحولات غزه و لبنان"],
        ),
        (  # what the call was about
            "Blinken and Faisal\n\ndate 2024-03-14\n\nU.S. Secretary of State Antony Blinken "
            "spoke by phone on Wednesday with Saudi Foreign Minister Prince Faisal bin Farhan "
            "about efforts to reach a ceasefire in Gaza, the State Department said.",
            ["efforts to reach a ceasefire in Gaza"],
        ),
        (  # "about" before a number is a figure's qualifier
            "Modi and Putin\n\ndate 2024-07-09\n\nIndian Prime Minister Narendra Modi met "
            "President Vladimir Putin for about three hours on Tuesday.",
            [],
        ),
        (
            "Modi and Putin\n\ndate 2024-07-09\n\nIndian Prime Minister Narendra Modi met "
            "President Vladimir Putin on Tuesday with about 300 business leaders present.",
            [],
        ),
        (  # no cue, no topic
            "Modi in Moscow\n\ndate 2024-07-08\n\nIndian Prime Minister Narendra Modi arrived "
            "in Moscow on Monday for a two-day visit.",
            [],
        ),
        (  # a span of time is no topic
            "Paris et Berlin\n\ndate 2024-12-01\n\nLes deux ministres se sont rencontrés lundi "
            "à Paris et ont évoqué un plan sur cinq ans.",
            ["un plan sur cinq ans"],
        ),
        (  # nor is anything in a report naming no event
            "L'inflation ralentit\n\ndate 2024-12-01\n\nL'inflation dans la zone euro a "
            "ralenti à 2,3 % sur un an en novembre, selon Eurostat.",
            [],
        ),
    ],
)
def test_topics_are_the_words_after_a_cue_in_the_event_sentence(text, expected):
    assert topics_of(text) == expected


def topics_of(text: str) -> list[str]:
    """The topics of a report through the parse stage (its sentence split) and the rules."""
    pipe = Pipeline(extractor=["offline"])
    return pipe.extract(pipe.parse(text)[0]).event.topics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the next sentence speaks of the call
            "Blinken and Wang\n\ndate 2024-03-04\n\nU.S. Secretary of State Antony Blinken "
            "spoke by phone with Chinese Foreign Minister Wang Yi on Monday. The call lasted about "
            "90 minutes and covered trade, fentanyl and the war in Ukraine.",
            ["trade, fentanyl and the war in Ukraine"],
        ),
        (  # of the two sides, and a cue inside the topic starts no other
            "La Norvège et l'Indonésie\n\ndate 2025-03-12\n\nLa ministre norvégienne des "
            "Affaires étrangères, Kari Nordvik, s'est entretenue par téléphone mercredi avec son "
            "homologue indonésien, Budi Santoso. Selon un communiqué publié à Oslo, les deux "
            "responsables ont évoqué la pêche durable, la protection des océans et la "
            "préparation de la prochaine conférence des Nations unies sur le climat.",
            [
                "la pêche durable, la protection des océans et la préparation de la prochaine "
                "conférence des Nations unies sur le climat"
            ],
        ),
        (  # of a participant, by name
            "ایران و فرانسه\n\n۲۳ مهر ۱۴۰۳\n\nسید عباس عراقچی وزیر امور خارجه ایران روز "
            "سه‌شنبه در تماس تلفنی با ژان نوئل بارو وزیر امور خارجه فرانسه گفتگو کرد. عراقچی "
            "در این گفتگو درباره برنامه هسته‌ای ایران سخن گفت.",
            ["برنامه هسته‌ای ایران"],
        ),
        (  # a sentence before the one naming the event
            "Iran and Qatar\n\ndate 2024-06-01\n\nIran's acting foreign minister spoke with "
            "the Prime Minister of Qatar Sheikh Mohammed Al Thani and exchanged views on the "
            "latest developments in Gaza. During the phone conversation, Ali Bagheri thanked "
            "Qatari officials.",
            ["the latest developments in Gaza"],
        ),
        (  # a participant named before a bare preposition: no topic; nor in a quote's sentence
            "Trump et Poutine\n\ndate 2025-10-17\n\nLe président américain Donald Trump a "
            "annoncé jeudi un entretien téléphonique avec Vladimir Poutine. Donald Trump a écrit "
            "sur son réseau Truth Social qu'il était satisfait. « Nous avons parlé de "
            "l'Ukraine », a ajouté Donald Trump à propos de l'appel.",
            [],
        ),
        (  # the title, when the text says nothing of what the event was about
            "Blinken and Wang discuss Taiwan in phone call\n\ndate 2024-03-04\n\nU.S. "
            "Secretary of State Antony Blinken spoke by phone with Chinese Foreign Minister "
            "Wang Yi on Monday.",
            ["Taiwan"],
        ),
        (  # a later sentence on something else says nothing of the event
            "Modi in Moscow\n\ndate 2024-07-08\n\nIndian Prime Minister Narendra Modi arrived "
            "in Moscow on Monday for a two-day visit. Analysts discussed the price of oil.",
            [],
        ),
    ],
)
def test_topics_may_come_from_a_next_sentence_speaking_of_the_event(text, expected):
    assert topics_of(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The call lasted two and a half hours.", "en", ("two and a half hours", 2.5, None)),
        ("The talks lasted an hour and a half.", "en", ("an hour and a half", 1.5, None)),
        (
            "L'appel a duré près de deux heures et demie.",
            "fr",
            ("près de deux heures et demie", 2.5, "almost"),
        ),
        ("L'entretien a duré une heure et demie.", "fr", ("une heure et demie", 1.5, None)),
        ("Les pourparlers ont duré 3 heures et demie.", "fr", ("3 heures et demie", 3.5, None)),
        ("این تماس حدود دو ساعت و نیم طول کشید.", "fa", ("حدود دو ساعت و نیم", 2.5, "about")),
        ("این تماس یک ساعت و نیم طول کشید.", "fa", ("یک ساعت و نیم", 1.5, None)),
    ],
)
def test_a_unit_and_a_half(text, lang, expected):
    (figure,) = facts(make(text, lang)).figures
    assert (figure.evidence.text, figure.value, figure.qualifier) == expected
    assert figure.unit == "hours"


@pytest.mark.parametrize(
    "text",
    [
        "Le sommet a eu lieu à Paris les 10 et 11 février.",
        "The summit was held on 10 and 11 March.",
        "نشست در روزهای ۱۰ تا ۱۲ مهر برگزار شد.",
    ],
)
def test_the_first_day_of_a_range_of_days_is_no_figure(text):
    pipe = Pipeline(extractor=["offline"])
    document = pipe.parse(f"T\n\ndate 2025-02-14\n\n{text}")[0]
    assert len(document.dates) == 1
    assert pipe.extract(document).figures == []


def test_two_counts_joined_by_and_stay_figures():
    pipe = Pipeline(extractor=["offline"])
    figures = pipe.extract(pipe.parse("T\n\nIl a reçu 10 et 11 personnes.")[0]).figures
    assert [f.text for f in figures] == ["10", "11"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Iran pumps 2 million barrels of oil per day.",
            "en",
            ("2 million barrels of oil per day", "barrels/day"),
        ),
        ("Brent fell by $2 a barrel.", "en", ("$2 a barrel", "USD/barrel")),
        ("The fund pays $5bn annually.", "en", ("$5bn annually", "USD/year")),
        ("He earned $5 a year ago.", "en", ("$5", "USD")),  # a time, not a rate
        (
            "L'Iran exporte 1,5 million de barils de pétrole par jour.",
            "fr",
            ("1,5 million de barils de pétrole par jour", "barrels/day"),
        ),
        (
            "Un budget de 3 milliards d'euros par an.",
            "fr",
            ("3 milliards d'euros par an", "EUR/year"),
        ),
        (
            "ایران ۱/۵ میلیون بشکه نفت در روز صادر می‌کند.",
            "fa",
            ("۱/۵ میلیون بشکه نفت در روز", "barrels/day"),
        ),
        (
            "ایران روزانه حدود ۲ میلیون بشکه نفت صادر می‌کند.",
            "fa",
            ("روزانه حدود ۲ میلیون بشکه", "barrels/day"),
        ),
        ("۵۰۰ میلیون دلار در روز دوشنبه پرداخت شد.", "fa", ("۵۰۰ میلیون دلار", "USD")),  # Monday
        ("۲۰ میلیارد دلار در سال ۱۴۰۲ صادر شد.", "fa", ("۲۰ میلیارد دلار", "USD")),  # in 1402
        ("The UN needs $2bn. Per day, 500 trucks enter.", "en", ("$2bn", "USD")),
    ],
)
def test_a_unit_counted_per_day_year_or_barrel_is_a_rate(text, lang, expected):
    (found, *_) = facts(make(text, lang)).figures
    assert (found.evidence.text, found.unit) == expected


@pytest.mark.parametrize(
    "text", ["The two sides and a half-hearted deal.", "One hour later, a day passed."]
)
def test_one_and_two_stay_words_without_a_unit_and_a_half(text):
    assert facts(make(text, "en")).figures == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ترکیه بیش از ۱۰۰ هزار تن کمک به غزه ارسال کرده است.", ("بیش از ۱۰۰ هزار تن", "t", None)),
        ("۵۰۰ تن گندم وارد شد.", ("۵۰۰ تن", "t", None)),
        ("دست‌کم ۱۵ تن کشته شدند.", ("دست‌کم ۱۵ تن کشته", None, "تن کشته")),
        ("۳۰ تن در این حادثه جان باختند.", ("۳۰ تن", None, "تن")),
    ],
)
def test_persian_tan_is_tonnes_unless_it_counts_people(text, expected):
    (figure,) = facts(make(text, "fa")).figures
    assert (figure.evidence.text, figure.unit, figure.counts) == expected


@pytest.mark.parametrize(
    ("pronoun", "speaker"), [("a-t-elle", "Kari Nordvik"), ("a-t-il", "Budi Santoso")]
)
def test_a_pronoun_points_to_a_person_of_its_gender_when_one_is_known(pronoun, speaker):
    text = (
        "La ministre norvégienne des Affaires étrangères, Kari Nordvik, a reçu son homologue "
        f"indonésien, Budi Santoso. « Nous travaillerons ensemble », {pronoun} déclaré."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == [speaker]


def test_a_pronoun_reaches_back_through_sentences_opening_with_one():
    text = (
        "Foreign ministry spokeswoman Maria Zakharova said Moscow would judge Washington by "
        "its actions. She accused European leaders of prolonging the war. "
        '"Words are not enough," she said.'
    )
    assert [q.speaker for q in facts(make(text, "en")).quotes] == ["Maria Zakharova"]


def test_a_spokesperson_reporting_on_two_others_is_no_participant():
    text = (
        "Russian President Vladimir Putin is open to dialogue with U.S. President Donald Trump, "
        "Kremlin spokesman Dmitry Peskov told reporters on Tuesday."
    )
    assert [p.name for p in facts(make(text, "en")).event.participants] == [
        "Vladimir Putin",
        "Donald Trump",
    ]


def test_a_pronoun_skips_a_nearer_person_of_the_other_gender():
    text = (
        "La porte-parole du gouvernement, Maud Bregeon, a indiqué mercredi que le budget "
        "viserait un déficit de 4,7 % du PIB. Le ministre de l'Economie, Roland Lescure, doit "
        "présenter le texte lundi. « Nous tiendrons nos engagements », a-t-elle assuré."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == ["Maud Bregeon"]


def test_a_pronoun_opening_its_sentence_is_the_subject_of_the_one_before():
    text = (
        "اسماعیل بقائی، سخنگوی وزارت امور خارجه، روز دوشنبه در نشست خبری هفتگی سخن گفت. "
        "سخنگوی دستگاه دیپلماسی درباره سفر رافائل گروسی، مدیرکل آژانس بین‌المللی انرژی اتمی، "
        "به تهران گفت این سفر هفته آینده انجام خواهد شد. "
        "او تاکید کرد: «همکاری با آژانس در چارچوب پادمان ادامه خواهد داشت.»"
    )
    assert [q.speaker for q in facts(make(text, "fa")).quotes] == ["اسماعیل بقائی"]


@pytest.mark.parametrize(
    ("said", "lang"),
    [
        ("وی درباره مذاکرات هسته‌ای گفت: «ما همچنان به دیپلماسی پایبند هستیم.»", "fa"),
        ("او در پاسخ به پرسشی درباره تحریم‌ها گفت: «تحریم‌ها باید لغو شود.»", "fa"),
        ('He, speaking after a long meeting in the capital, said: "We stand by diplomacy."', "en"),
    ],
)
def test_a_pronoun_opening_its_sentence_far_from_the_verb_is_the_speaker(said, lang):
    named = {
        "fa": "اسماعیل بقائی، سخنگوی وزارت امور خارجه، روز دوشنبه به پرسش‌ها پاسخ داد. ",
        "en": "Foreign ministry spokesman Esmaeil Baghaei answered questions on Monday. ",
    }
    expected = {"fa": "اسماعیل بقائی", "en": "Esmaeil Baghaei"}
    assert [q.speaker for q in facts(make(named[lang] + said, lang)).quotes] == [expected[lang]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Macron et Poutine\n\ndate 2025-07-01\n\nEmmanuel Macron et Vladimir Poutine se sont "
            "entretenus mardi par téléphone, a annoncé l'Elysée. M. Poutine a estimé que le "
            "conflit était « la conséquence directe » de la politique occidentale.",
            ["Emmanuel Macron", "Vladimir Poutine"],
        ),
        (  # a titled person is named: the rule is not needed, nor used
            "Macron and Scholz\n\ndate 2025-01-22\n\nEmmanuel Macron and Olaf Scholz met in Paris "
            "on Wednesday with Polish Prime Minister Donald Tusk.",
            ["Donald Tusk"],
        ),
        (  # in Persian, common given names open both
            "پوتین و اردوغان\n\nولادیمیر پوتین و رجب طیب اردوغان روز پنجشنبه در آستانه دیدار "
            "کردند.",
            ["ولادیمیر پوتین", "رجب طیب اردوغان"],
        ),
    ],
)
def test_two_full_names_opening_the_event_sentence_took_part(text, expected):
    pipe = Pipeline(extractor=["offline"])
    event = pipe.extract(pipe.parse(text)[0]).event
    assert [p.name for p in event.participants] == expected


def test_a_full_name_opening_a_sentence_before_a_verb_of_speaking_names_the_speaker():
    text = (
        "Donald Trump spoke with Vladimir Putin on Thursday. Yuri Ushakov told reporters the "
        'call lasted two and a half hours. "It was very substantive," Ushakov said. '
        'Meanwhile Peskov said the date was not set. "We will see," Peskov added.'
    )
    speakers = [q.speaker for q in facts(make(text, "en")).quotes]
    assert speakers == ["Yuri Ushakov", "Peskov"]


def test_an_adviser_is_a_title_and_a_source_beside_two_others():
    text = (
        "Le président américain Donald Trump s'est entretenu jeudi au téléphone avec le "
        "président russe Vladimir Poutine, a indiqué le conseiller diplomatique du Kremlin, "
        "Iouri Ouchakov. Le conseiller diplomatique du Kremlin, Iouri Ouchakov, a précisé que "
        "l'appel avait duré deux heures. « Il a été très substantiel », a-t-il déclaré."
    )
    extraction = facts(make(text, "fr"))
    assert [p.name for p in extraction.event.participants] == ["Donald Trump", "Vladimir Poutine"]
    assert [q.speaker for q in extraction.quotes] == ["Iouri Ouchakov"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "سید عباس عراقچی وزیر امور خارجه ایران در گفت‌وگوی تلفنی با بدر البوسعیدی همتای "
            "عمانی خود گفتگو کرد. در این گفت‌وگو وزیر امور خارجه عمان با اشاره به نقش سازنده "
            "مسقط، گفت: «عمان همچنان آماده میانجیگری است.»",
            "fa",
        ),
        (
            "Iranian Foreign Minister Abbas Araghchi spoke by phone with his Omani counterpart "
            'Badr Albusaidi. During the call, the Omani foreign minister said: "Oman remains '
            'ready to mediate."',
            "en",
        ),
    ],
)
def test_a_sentence_opening_with_the_event_has_its_subject_after_it(text, lang):
    (quote,) = facts(make(text, lang)).quotes
    assert quote.speaker in ("بدر البوسعیدی", "Badr Albusaidi")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb made with the noun after the number: no count
        ("ما سطح هشدار را به چهار افزایش می‌دهیم.", []),
        ("سطح هشدار را به چهار افزایش دهیم.", []),
        # "to have" takes the counted noun as its object
        ("ژنرال وردک ازدواج کرده است و سه پسر دارد.", [("سه پسر", 3.0, "پسر")]),
    ],
)
def test_persian_counts_stop_at_verbs(text, expected):
    found = [(f.evidence.text, f.value, f.counts) for f in facts(make(text, "fa")).figures]
    assert found == expected


@pytest.mark.parametrize("text", ["وزیر کشته", "گفت وزیر امور خارجه عمان", "مشاور و"])
def test_a_persian_title_ending_the_text_is_no_error(text):
    assert facts(make(text, "fa")).event.participants == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "فاطمه مهاجرانی سخنگوی دولت نیز در تهران تأکید کرد: «آمریکا باید تهدیدهای خود را "
            "متوقف کند.»",
            [("فاطمه مهاجرانی", "spokesperson")],
        ),
        (
            "عباس عراقچی وزیر امور خارجه گفت: «ایران آماده است.»",
            [("عباس عراقچی", "foreign minister")],
        ),
        ("علی رغم تلاش وزیر امور خارجه، مذاکرات متوقف شد.", []),  # despite: no given name here
        ("عبدالرحیم وردک عبدالرحیم وردک ژنرال بود.", []),  # a caption said twice
    ],
)
def test_a_persian_name_opening_a_sentence_before_a_title_starts_with_a_given_name(text, expected):
    extraction = facts(make(text, "fa"))
    assert [(p.name, p.role) for p in extraction.event.participants] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "امانوئل مکرون رئیس‌جمهور فرانسه در کاخ الیزه میزبان ولودیمیر زلنسکی رئیس‌جمهور "
            "اوکراین و کی‌یر استارمر نخست‌وزیر بریتانیا بود.",
            ["امانوئل مکرون", "ولودیمیر زلنسکی", "کی‌یر استارمر"],
        ),
        # "and" opens no name in the middle of a phrase: the coming trip of the minister
        ("دو طرف درباره روابط دو کشور و سفر آینده وزیر خارجه گفتگو کردند.", []),
    ],
)
def test_a_persian_name_after_host_of_or_after_and_ending_another_title(text, expected):
    assert [p.name for p in facts(make(text, "fa")).event.participants] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une trentaine de pays pourraient rejoindre la coalition.",
            ("Une trentaine de pays", 30, "about", "pays"),
        ),
        (
            "Plus d'une centaine de personnes ont été tuées.",
            ("Plus d'une centaine de personnes", 100, "more than", "personnes"),
        ),
        ("Plus de 500 soldats étaient là.", ("Plus de 500 soldats", 500, "more than", "soldats")),
    ],
)
def test_french_round_numbers_elided_qualifiers_and_verbs_ending_a_count(text, expected):
    (figure,) = facts(make(text, "fr")).figures
    assert (figure.evidence.text, figure.value, figure.qualifier, figure.counts) == expected


def test_a_round_number_counting_nothing_is_no_figure():
    assert facts(make("Il en a compté une dizaine.", "fr")).figures == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Il a démis de leurs fonctions le président, le", "fr"), ("مشاور و", "fa")],
)
def test_a_text_ending_inside_a_title_phrase_is_no_error(text, lang):
    assert facts(make(text, lang)).quotes == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (  # a pronoun with no person named near: the speaker of the quote just before
            '"This is a good day," Rubio told reporters in Riyadh. "We will meet again," he added.',
            "en",
            ["Rubio", "Rubio"],
        ),
        (  # …only the quote just before
            '"This is a good day," Rubio told reporters. Lavrov was silent. Analysts doubted '
            'it. "We will meet again," he added.',
            "en",
            ["Rubio", None],
        ),
        (  # according to
            "به گفته اسماعیل بقائی سخنگوی وزارت امور خارجه، «ایران تسلیم نمی‌شود».",
            "fa",
            ["اسماعیل بقائی"],
        ),
        (  # a title, its body and country, then the name with no comma
            "سخنگوی وزارت امور خارجه ایران اسماعیل بقائی روز دوشنبه در نشست خبری گفت: «ایران "
            "تسلیم نمی‌شود.»",
            "fa",
            ["اسماعیل بقائی"],
        ),
        (  # a profession is a title
            "Ambulance technician Jamie Kennedy works in Glasgow. Kennedy's shifts are long. "
            '"We treat every call as a case," he said.',
            "en",
            ["Jamie Kennedy"],
        ),
        (
            "Selon l'historien Eric Alterman, « nous tolérons les mensonges depuis le début ».",
            "fr",
            ["Eric Alterman"],
        ),
        (  # a verb of judging before the quote: its subject, not a speaker further on
            "Saudi Crown Prince Mohammed bin Salman called Iranian President Masoud Pezeshkian. "
            'During the call, the crown prince condemned "the continued Israeli attacks", '
            'while Pezeshkian called for "unity among Islamic countries."',
            "en",
            ["Mohammed bin Salman", "Masoud Pezeshkian"],
        ),
        (
            "Le président Emmanuel Macron a reçu le président sénégalais Bassirou Diomaye Faye. "
            "M. Macron a condamné « une attaque odieuse ».",
            "fr",
            ["Emmanuel Macron"],
        ),
        (  # the speaker's title and name after the verb and the ones spoken to
            "« Nous sommes prêts », a déclaré à la presse le ministre iranien des Affaires "
            "étrangères, Abbas Araghchi, avant de partir.",
            "fr",
            ["Abbas Araghchi"],
        ),
        (  # a body right before the verb speaks, not the person opening the sentence
            "Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Tuesday, the "
            'Russian foreign ministry said, as the two countries deepen their "no limits" '
            "partnership.",
            "en",
            ["foreign ministry (Russia)"],
        ),
    ],
)
def test_more_ways_a_speaker_is_named(text, lang, expected):
    assert [q.speaker for q in facts(make(text, lang)).quotes] == expected


def test_an_adverb_ends_what_a_figure_counts():
    (figure,) = facts(make("The hotel has three venues fully booked.", "en")).figures
    assert figure.counts == "venues"


def test_our_country_in_persian_news_is_iran():
    text = (
        "سید عباس عراقچی وزیر امور خارجه کشورمان در تماس تلفنی با بدر البوسعیدی همتای عمانی "
        "خود گفتگو کرد."
    )
    extraction = facts(make(text, "fa"))
    assert [(p.name, p.country) for p in extraction.event.participants] == [
        ("عباس عراقچی", "IR"),
        ("بدر البوسعیدی", "OM"),
    ]


def test_french_leaders_arriving_together_under_a_plural_title():
    text = (
        "Le président français, Emmanuel Macron, le chancelier allemand, Friedrich Merz, et les "
        "premiers ministres britannique et polonais, Keir Starmer et Donald Tusk, sont arrivés "
        "samedi à Kiev, a annoncé l'Elysée."
    )
    extraction = facts(make(text, "fr"))
    assert extraction.event.type == "visit"
    assert [(p.name, p.role, p.country) for p in extraction.event.participants] == [
        ("Emmanuel Macron", "president", "FR"),
        ("Friedrich Merz", "chancellor", "DE"),
        ("Keir Starmer", "prime minister", "GB"),
        ("Donald Tusk", "prime minister", "PL"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ('an "unconditional" 30-day ceasefire', "en", ("30-day", 30, "days")),
        ("a 10-km road", "en", ("10-km", 10, "km")),
        ("آتش‌بس ۳۰ روزه", "fa", ("۳۰ روزه", 30, "days")),
    ],
)
def test_a_unit_joined_to_its_number_by_a_hyphen(text, lang, expected):
    (figure,) = facts(make(text, lang)).figures
    assert (figure.evidence.text, figure.value, figure.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "امانوئل مکرون رئیس‌جمهور فرانسه، فریدریش مرتس صدراعظم آلمان و کی‌یر استارمر و دونالد "
            "تاسک نخست‌وزیران بریتانیا و لهستان روز شنبه وارد کی‌یف شدند.",
            [
                ("امانوئل مکرون", "president", "FR"),
                ("فریدریش مرتس", "chancellor", "DE"),
                ("کی‌یر استارمر", "prime minister", "GB"),
                ("دونالد تاسک", "prime minister", "PL"),
            ],
        ),
        (
            "عباس عراقچی و بدر البوسعیدی وزیران امور خارجه ایران و عمان گفتگو کردند.",
            [
                ("عباس عراقچی", "foreign minister", "IR"),
                ("بدر البوسعیدی", "foreign minister", "OM"),
            ],
        ),
    ],
)
def test_persian_names_before_a_plural_title_each_take_a_country(text, expected):
    assert participants(facts(make(text, "fa"))) == expected


@pytest.mark.parametrize(
    ("text", "lang", "kind", "expected"),
    [
        (
            "Turkish President Recep Tayyip Erdogan received Hamas political bureau chief "
            "Ismail Haniyeh in Istanbul.",
            "en",
            "meeting",
            [("Recep Tayyip Erdogan", "president", "TR"), ("Ismail Haniyeh", "head", None)],
        ),
        (
            "India's External Affairs Minister Subrahmanyam Jaishankar met his Chinese "
            "counterpart Wang Yi.",
            "en",
            "meeting",
            [
                ("Subrahmanyam Jaishankar", "foreign minister", "IN"),
                ("Wang Yi", "foreign minister", "CN"),
            ],
        ),
        (  # the host of
            "محمد بن سلمان ولیعهد عربستان سعودی روز دوشنبه در جده میزبان ولودیمیر زلنسکی "
            "رئیس‌جمهور اوکراین بود.",
            "fa",
            "meeting",
            [("محمد بن سلمان", "crown prince", "SA"), ("ولودیمیر زلنسکی", "president", "UA")],
        ),
    ],
)
def test_more_titles_and_a_host(text, lang, kind, expected):
    extraction = facts(make(text, lang))
    assert (extraction.event.type, participants(extraction)) == (kind, expected)


def test_a_persian_number_word_is_no_name_before_a_title():
    text = "خودروی برتر اروپا هر سال با رای شصت روزنامه‌نگار انتخاب می‌شود."
    assert facts(make(text, "fa")).entities == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bernie Sanders, one of the Democratic front-runners, was quick to stake out his "
            'credentials. "I was right about Vietnam," he wrote in a tweet.',
            ["Bernie Sanders"],
        ),
        (
            'Tulsi Gabbard, another candidate, said the strike was an "act of war" that violated '
            "the constitution.",
            ["Tulsi Gabbard"],
        ),
        (  # a place opening the sentence is no subject
            'New Delhi, the capital, has said that "talks will go on for weeks".',
            [None],
        ),
    ],
)
def test_an_untitled_full_name_opening_a_sentence_is_its_subject(text, expected):
    assert [q.speaker for q in facts(make(text, "en")).quotes] == expected


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Some 20,000 people marched in Paris.", "people"),  # a verb after the noun
        ("At least 41 people killed in Kyiv.", "people killed"),  # what befell them
        ("About 300 displaced families arrived.", "displaced families"),  # before the noun
    ],
)
def test_a_verb_after_the_counted_noun_is_not_counted(text, counts):
    (figure,) = facts(make(text, "en")).figures
    assert figure.counts == counts


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            'Karzai named Arsala his "senior minister". The so-called "peace dividend never '
            'came at all," he said. Ginsberg, author of "The American Lie and Other Fables", '
            'wrote his book "Why Presidents Lie to Us All". "We will go on," Arsala said.',
            "en",
            ["We will go on"],
        ),
        (
            "Il a publié un livre intitulé « La paix des braves et des sages ». "
            "John MacArthur l'a montré dans son livre « Second Front, Censure et Propagande »"
            " avant l'opération « Tempête du désert ». "
            "« Nous poursuivrons ce travail ensemble », a dit M. Dupont.",
            "fr",
            ["Nous poursuivrons ce travail ensemble"],
        ),
        (
            'حامد کرزی آقای ارسلا را به عنوان "وزیر ارشد" معرفی کرد. '
            'آقای ارسلا به کار خود به عنوان "وزیر ارشد" ادامه داد. '
            "ارسلا گفت: «ما به کار خود ادامه خواهیم داد.»",
            "fa",
            ["ما به کار خود ادامه خواهیم داد."],
        ),
    ],
)
def test_quote_marks_after_a_naming_word_hold_a_name_not_speech(text, lang, kept):
    """``so-called "…"``, ``intitulé « … »``, ``به عنوان "…"``: a term or a title, however
    long, with or without a verb of speaking near; the quotes beside them stay quotes."""
    assert [q.text for q in facts(make(text, lang)).quotes] == kept


def test_a_quoted_paragraph_left_open_in_run_on_text_is_a_quote():
    """Paragraphs joined with spaces: a quote opened, ending a sentence, then the quote mark
    of the next paragraph. The open one is a quote, by the speaker of the one after; a long
    run (narration may be in it) and the end of another quote are not."""
    text = (
        "Paramedic Jamie Kennedy has moved out of his home. "
        '"It was a difficult decision for all of us. "I would never forgive myself if the '
        'kids got ill," Kennedy said. '
        '"One. Two. Three. Four sentences are too long a run to be sure of. "We carry on," '
        "Kennedy said. He said the shifts were long and "
        '"hard on everyone in the team. "We are tired," he said.'
    )
    quotes = [(q.text, q.speaker) for q in facts(make(text, "en")).quotes]
    assert quotes == [
        ("It was a difficult decision for all of us.", "Jamie Kennedy"),
        ("I would never forgive myself if the kids got ill", "Jamie Kennedy"),
        ("We carry on", "Jamie Kennedy"),
        ("We are tired", "Jamie Kennedy"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Republican Senator Lindsey Graham met Labour MP Diane Abbott and "
            "President-elect Donald Trump.",
            "en",
            [
                ("Lindsey Graham", "senator", None),
                ("Diane Abbott", "MP", None),
                ("Donald Trump", "president-elect", None),
            ],
        ),
        (
            "La sénatrice Nathalie Goulet et le député Éric Ciotti ont rencontré le pape François.",
            "fr",
            [
                ("Nathalie Goulet", "senator", None),
                ("Éric Ciotti", "MP", None),
                ("François", "pope", None),
            ],
        ),
    ],
)
def test_lawmakers_and_the_pope_have_titles(text, lang, expected):
    assert participants(facts(make(text, lang))) == expected


def test_a_senator_quoted_by_last_name_is_named_without_the_title():
    text = (
        "White House spokesman John Kirby and Senator Lindsey Graham spoke on Monday. "
        'Graham wrote: "The deal is dead and buried now."'
    )
    assert [q.speaker for q in facts(make(text, "en")).quotes] == ["Lindsey Graham"]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("« Nous ne laisserons pas le Liban seul », affirme le ministre.", "Jean-Noël Barrot"),
        ("Selon lui, « la France ne laissera pas le Liban seul ».", "Jean-Noël Barrot"),
    ],
)
def test_the_minister_is_the_one_minister_named_and_selon_lui_is_him(said, expected):
    text = "Le ministre des Affaires étrangères, Jean-Noël Barrot, était lundi à Beyrouth. " + said
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == [expected]


@pytest.mark.parametrize(
    ("others", "speaker"),
    [
        ("Prime Minister Jonas Gahr Store", "Kari Nordvik"),  # the minister is no prime minister
        ("Defence Minister Tore Sandvik", None),  # two ministers: which one is not said
    ],
)
def test_a_bare_title_stands_for_one_holder_of_its_kind_only(others, speaker):
    text = f'Foreign Minister Kari Nordvik met {others}. "We agree on it," the minister said.'
    assert [q.speaker for q in facts(make(text, "en")).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # plurals of tens and hundreds say "at least so many"
        (
            "Tens of thousands of protesters marched and hundreds of millions of dollars "
            "were lost.",
            "en",
            [
                ("Tens of thousands", 20000.0, None, "protesters", "at least"),
                ("hundreds of millions of dollars", 1e8, "USD", None, "at least"),
            ],
        ),
        (
            "Des dizaines de milliers de personnes ont manifesté.",
            "fr",
            [("Des dizaines de milliers", 20000.0, None, "personnes", "at least")],
        ),
        # a half before the unit or the scale, in digits or in words, and its "نیم" no
        # figure of its own
        (
            "تورم به ۸ و نیم درصد رسید و یک و نیم میلیون نفر و ۲ و نیم میلیون دلار.",
            "fa",
            [
                ("۸ و نیم درصد", 8.5, "%", None, None),
                ("یک و نیم میلیون", 1.5e6, None, "نفر", None),
                ("۲ و نیم میلیون دلار", 2.5e6, "USD", None, None),
            ],
        ),
        (
            "One and a half million people fled.",
            "en",
            [("One and a half million", 1.5e6, None, "people", None)],
        ),
    ],
)
def test_numbers_said_as_at_least_and_halves_before_the_unit(text, lang, expected):
    figures = facts(make(text, lang)).figures
    assert [(f.text, f.value, f.unit, f.counts, f.qualifier) for f in figures] == expected


def test_what_an_english_figure_counts_may_follow_of():
    text = "Police found 3 cups of coffee, 20 members of parliament and 5 of the 10 members."
    figures = facts(make(text, "en")).figures
    assert [(f.text, f.counts) for f in figures] == [
        ("3", "cups of coffee"),
        ("20", "members of parliament"),
        ("5", None),
        ("10", "members"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "named", "places"),
    [
        ("The ministers met in Ankara on Monday.", "en", "Ankara", ["Ankara"]),
        ("ANKARA - The ministers met on Monday.", "en", "ANKARA", ["ANKARA"]),
        ("Le ministre est arrivé mardi à Ankara.", "fr", "Ankara", ["Ankara"]),
        ("The two ministers visited Kyiv on Friday.", "en", "Kyiv", ["Kyiv"]),
        ("The foreign minister will visit Tehran next week.", "en", "Tehran", ["Tehran"]),
        # a capital standing for its government is named, but is no place of the event
        (
            "Erdogan told Pezeshkian in a phone call that Ankara opposed any escalation.",
            "en",
            "Ankara",
            [],
        ),
    ],
)
def test_an_events_place_is_marked_by_a_locative_word_or_the_dateline(text, lang, named, places):
    extraction = facts(make(text, lang))
    assert [p.name for p in extraction.event.places] == places
    assert [e.name for e in extraction.entities if e.type == "place"] == [named]


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        # capitals as CLDR writes them in the text's language
        ("Le ministre irakien a entamé mardi une visite à Téhéran.", "fr", ["Téhéran"]),
        ("وزیر نفت عراق روز دوشنبه وارد تهران شد.", "fa", ["تهران"]),  # Monday is no Dushanbe
        # a capital's name in another language is no place here: Mexico is the country
        ("The minister met his counterpart in Mexico on Monday.", "en", []),
        # nor is one written as another country is: Persian عمان is Amman and Oman
        ("وزیر خارجه عمان روز دوشنبه وارد مسقط شد.", "fa", ["مسقط"]),
    ],
)
def test_capitals_are_named_as_the_language_writes_them(text, lang, places):
    extraction = facts(make(text, lang))
    assert [e.name for e in extraction.entities if e.type == "place"] == places


def test_a_quote_left_open_at_a_paragraphs_end_goes_on_and_a_pronoun_reaches_past_it():
    text = (
        "Foreign Minister Kari Nordvik spoke on Monday.\n\n"
        '"We will send aid to the region as soon as we can," Nordvik said. "We will not '
        "wait for others to act first.\n\n"
        '"And we will keep sending it until the crisis ends," she added.\n\n'
        "Officials said the aid would arrive next week."
    )
    quotes = facts(make(text, "en")).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will send aid to the region as soon as we can", "Kari Nordvik"),
        ("We will not wait for others to act first.", "Kari Nordvik"),
        ("And we will keep sending it until the crisis ends", "Kari Nordvik"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the title's comma, a name opening with a given name ends before a word no
        # name holds, with no closing comma
        (
            "وزیر امور خارجه روسیه، سرگئی لاوروف روز شنبه با همتای ایرانی خود گفت‌وگو کرد.",
            [("سرگئی لاوروف", "foreign minister", "RU")],
        ),
        # not opening with a given name: where it ends is not known
        ("وزیر امور خارجه روسیه، لاوروف روز شنبه با همتای ایرانی خود گفت‌وگو کرد.", []),
    ],
)
def test_a_persian_name_after_a_titles_comma_with_no_closing_comma(text, expected):
    assert participants(facts(make(text, "fa"))) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "European Commission President Ursula von der Leyen met Saudi Crown Prince "
            "Mohammed bin Salman.",
            "en",
            [
                ("Ursula von der Leyen", "president", None),
                ("Mohammed bin Salman", "crown prince", "SA"),
            ],
        ),
        (
            "La cheffe de la diplomatie allemande, Annalena Baerbock, a rencontré lundi le "
            "porte-parole du Kremlin, Dmitri Peskov.",
            "fr",
            [
                ("Annalena Baerbock", "foreign minister", "DE"),
                ("Dmitri Peskov", "spokesperson", "RU"),
            ],
        ),
    ],
)
def test_two_particles_in_a_name_and_feminine_chief_titles(text, lang, expected):
    assert participants(facts(make(text, lang))) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "محمدباقر قالیباف، رئیس مجلس شورای اسلامی، با سفیر چین دیدار کرد.",
            "fa",
            [("محمدباقر قالیباف", "speaker of parliament", None)],
        ),
        (
            "Iranian parliament speaker Mohammad Bagher Ghalibaf met the Chinese ambassador.",
            "en",
            [("Mohammad Bagher Ghalibaf", "speaker of parliament", "IR")],
        ),
    ],
)
def test_the_speaker_of_parliament_is_a_title(text, lang, expected):
    assert participants(facts(make(text, lang))) == expected


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # "à" is no "a" (has), though the two share a key
        (
            "Les deux présidents se sont entretenus par téléphone et ont évoqué la guerre à Gaza.",
            ["la guerre à Gaza"],
        ),
        (
            "Le ministre a évoqué la crise et a appelé au calme lors d'un entretien téléphonique.",
            ["la crise"],
        ),
    ],
)
def test_a_french_topic_ends_at_the_verb_a_not_at_the_preposition_a(text, topics):
    assert facts(make(text, "fr")).event.topics == topics


def test_a_french_capital_m_is_a_million_and_a_small_m_metres():
    text = "1,2 M de personnes et 1,2M de foyers, un mur de 35 m de haut."
    figures = facts(make(text, "fr")).figures
    assert [(f.text, f.value, f.unit, f.counts) for f in figures] == [
        ("1,2 M", 1.2e6, None, "personnes"),
        ("1,2M", 1.2e6, None, "foyers"),
        ("35 m", 35.0, "m", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that a common given name opens, right after the title, no comma between
        (
            "وزیر امور خارجه عباس عراقچی روز دوشنبه به مسکو رفت.",
            [("عباس عراقچی", "foreign minister", None)],
        ),
        ("سناتور لیندسی گراهام روز دوشنبه به مسکو رفت.", [("لیندسی گراهام", "senator", None)]),
        (
            "نخست‌وزیر اسرائیل بنیامین نتانیاهو روز دوشنبه به واشنگتن رفت.",
            [("بنیامین نتانیاهو", "prime minister", "IL")],
        ),
        # not a given name: where a name would end is not known
        ("وزیر امور خارجه فردا به مسکو می‌رود.", []),
    ],
)
def test_a_persian_name_right_after_its_title_with_no_comma(text, expected):
    assert participants(facts(make(text, "fa"))) == expected


def test_a_counterpart_takes_the_office_not_another_countrys_style_of_it():
    text = (
        "Rubio in Riyadh\n\nU.S. Secretary of State Marco Rubio met his Saudi counterpart "
        "Prince Faisal bin Farhan in Riyadh."
    )
    pipe = Pipeline(extractor=["offline"])
    event = pipe.extract(pipe.parse(text)[0]).event
    assert [(p.name, p.role, p.country) for p in event.participants] == [
        ("Marco Rubio", "secretary of state", "US"),
        ("Faisal bin Farhan", "foreign minister", "SA"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre saoudien des Affaires étrangères, le prince Fayçal ben Farhane, a reçu "
            "son homologue américain Marco Rubio à Riyad.",
            [
                ("Fayçal ben Farhane", "foreign minister", "SA"),
                ("Marco Rubio", "secretary of state", "US"),
            ],
        ),
        (
            "فیصل بن فرحان، وزیر خارجه عربستان سعودی، با همتای آمریکایی خود مارکو روبیو در "
            "ریاض دیدار کرد.",
            [
                ("فیصل بن فرحان", "foreign minister", "SA"),
                ("مارکو روبیو", "secretary of state", "US"),
            ],
        ),
    ],
)
def test_a_counterpart_takes_the_style_of_the_office_in_its_country(text, expected):
    pipe = Pipeline(extractor=["offline"])
    event = pipe.extract(pipe.parse(f"T\n\n{text}")[0]).event
    assert [(p.name, p.role, p.country) for p in event.participants] == expected


@pytest.mark.parametrize(
    ("text", "expected", "country_keys", "speakers"),
    [
        (
            'Israeli Defence Minister Israel Katz visited the base. "We will stay," Katz said.',
            [("Israel Katz", "defence minister", "IL")],
            {"IL"},
            ["Israel Katz"],
        ),
        (
            "Prime Minister Jordan Bardella met President Chad Mahamat in Paris.",
            [("Jordan Bardella", "prime minister", None), ("Chad Mahamat", "president", None)],
            set(),
            [],
        ),
    ],
)
def test_a_name_may_open_with_a_countrys_name_right_after_its_title(
    text, expected, country_keys, speakers
):
    extraction = facts(make(text, "en"))
    assert participants(extraction) == expected
    assert set(countries(extraction)) == country_keys  # Jordan and Chad are people here
    assert [q.speaker for q in extraction.quotes] == speakers


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "US Ambassador to Israel Mike Huckabee met the Israeli Defence Minister.",
            "en",
            [("Mike Huckabee", "ambassador", "US")],
        ),
        (
            "US envoy to Ukraine Keith Kellogg met President Volodymyr Zelensky in Kyiv.",
            "en",
            [("Keith Kellogg", "envoy", "US"), ("Volodymyr Zelensky", "president", None)],
        ),
        (
            "L'ambassadeur de France en Iran, Pierre Cochard, a rencontré le ministre iranien "
            "des Affaires étrangères.",
            "fr",
            [("Pierre Cochard", "ambassador", "FR")],
        ),
        (
            "سفیر ایران در فرانسه، محمدامین نژاد، با وزیر امور خارجه فرانسه دیدار کرد.",
            "fa",
            [("محمدامین نژاد", "ambassador", "IR")],
        ),
    ],
)
def test_an_envoys_title_runs_on_to_the_country_of_the_posting(text, lang, expected):
    """The name comes after ``to Israel``; the envoy's country stays their own."""
    assert participants(facts(make(text, lang))) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Kremlin spokesman Dmitry Peskov said on Monday that talks would go on.",
            "en",
            ("Dmitry Peskov", "RU", "Kremlin spokesman Dmitry Peskov"),
        ),
        (
            "White House press secretary Karoline Leavitt said the talks would go on.",
            "en",
            ("Karoline Leavitt", "US", "White House press secretary Karoline Leavitt"),
        ),
        (
            "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré lundi que les pourparlers "
            "continueraient.",
            "fr",
            ("Dmitri Peskov", "RU", "porte-parole du Kremlin, Dmitri Peskov"),
        ),
        (
            "سخنگوی کاخ سفید کارولین لیویت گفت که مذاکرات ادامه دارد.",
            "fa",
            ("کارولین لیویت", "US", "سخنگوی کاخ سفید کارولین لیویت"),
        ),
    ],
)
def test_a_body_named_by_its_seat_gives_its_spokespersons_country(text, lang, expected):
    document = make(text, lang)
    analysis = Analysis.of(document)
    [person] = [p for p in PeopleFinder(analysis).people() if p.role == "spokesperson"]
    start, end = person.evidence
    assert (person.name, person.country, text[start:end]) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "عباس عراقچی وزیر امور خارجه ایران در تماس تلفنی با بدر البوسعیدی وزیر خارجه عمان "
            "گفت‌وگو کرد. در این تماس تلفنی، وزیر امور خارجه عمان با اشاره به تلاش‌های کشورش "
            "برای کاهش تنش‌ها گفت: «مسقط آماده است نقش سازنده‌ای ایفا کند.»",
            "fa",
            "بدر البوسعیدی",
        ),
        (
            "Iranian Foreign Minister Abbas Araghchi spoke by phone with Omani Foreign Minister "
            "Badr Albusaidi. During the call, the Omani foreign minister, referring to the "
            'efforts of his country, said: "Muscat is ready to play a role."',
            "en",
            "Badr Albusaidi",
        ),
    ],
)
def test_a_title_opening_its_clause_after_the_event_phrase_is_the_speaker(text, lang, expected):
    pipe = Pipeline(extractor=["offline"])
    [quote] = pipe.extract(pipe.parse(f"T\n\n{text}")[0]).quotes
    assert quote.speaker == expected


def test_our_country_in_persian_is_irans_mention_not_its_name():
    text = "وزیر امور خارجه کشورمان روز شنبه با همتای عمانی خود دیدار کرد."
    iran = countries(facts(make(text, "fa")))["IR"]
    assert (iran.name, iran.spellings) == ("ایران", ["کشورمان"])


def test_he_after_a_sentence_opening_with_a_quote_is_its_speaker():
    """The speaker of the quote is the sentence's subject: a man named earlier, whose
    title tells his gender, is not the one "he" stands for."""
    text = (
        "Ukrainian President Volodymyr Zelenskyy met Saudi Crown Prince Mohammed bin Salman "
        'in Jeddah on Monday.\n\n"We discussed the steps that could bring peace closer," '
        'Zelenskyy wrote after the meeting. He added that Ukraine was ready to work "as '
        'constructively as possible."'
    )
    pipe = Pipeline(extractor=["offline"])
    quotes = pipe.extract(pipe.parse(f"T\n\n{text}")[0]).quotes
    assert [q.speaker for q in quotes] == ["Volodymyr Zelenskyy", "Volodymyr Zelenskyy"]


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (  # a lone last name before its title, given in full elsewhere
            "سرگئی لاوروف روز سه‌شنبه در مسکو با عباس عراقچی دیدار کرد. لاوروف وزیر امور "
            "خارجه روسیه در این دیدار گفت: «ما از ایران حمایت می‌کنیم.»",
            [("سرگئی لاوروف", "foreign minister", "RU"), ("عباس عراقچی", None, None)],
            "سرگئی لاوروف",
        ),
        (  # a foreign name after a title and its country, said again as a speaker
            "وزیر امور خارجه چین وانگ یی روز دوشنبه با عباس عراقچی دیدار کرد. وانگ یی گفت: "
            "«چین از ایران حمایت می‌کند.»",
            [("وانگ یی", "foreign minister", "CN"), ("عباس عراقچی", None, None)],
            "وانگ یی",
        ),
        (  # words after a country that are never said again are no name
            "وزیر امور خارجه چین سیاست خارجی کشورش را تشریح کرد. سخنگو گفت: «این مهم است.»",
            [],
            None,
        ),
    ],
)
def test_persian_names_a_title_marks_without_a_given_name(text, expected, speaker):
    pipe = Pipeline(extractor=["offline"])
    extraction = pipe.extract(pipe.parse(f"T\n\n{text}")[0])
    assert participants(extraction) == expected
    assert [q.speaker for q in extraction.quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Russian Foreign Minister Sergei Lavrov met with Abbas Araghchi in Moscow on Tuesday.",
            "en",
            [("Sergei Lavrov", "foreign minister", "RU"), ("Abbas Araghchi", None, None)],
        ),
        (
            "Le ministre russe des Affaires étrangères, Sergueï Lavrov, s'est entretenu avec "
            "Abbas Araghchi mardi.",
            "fr",
            [("Sergueï Lavrov", "foreign minister", "RU"), ("Abbas Araghchi", None, None)],
        ),
        (
            "سرگئی لاوروف وزیر امور خارجه روسیه روز سه‌شنبه با عباس عراقچی دیدار کرد.",
            "fa",
            [("سرگئی لاوروف", "foreign minister", "RU"), ("عباس عراقچی", None, None)],
        ),
        # a body's capitalised words, or a name qualifying a noun, are no partner
        (
            "Russian Foreign Minister Sergei Lavrov met with European Union officials.",
            "en",
            [("Sergei Lavrov", "foreign minister", "RU")],
        ),
        (
            "Russian Foreign Minister Sergei Lavrov met with Foreign Ministry staff.",
            "en",
            [("Sergei Lavrov", "foreign minister", "RU")],
        ),
        # the untitled subject of the sentence naming the event
        (
            "Claire Delmas a eu lundi un entretien téléphonique avec le chef de la diplomatie "
            "iranienne, Dariush Amir-Kabiri.",
            "fr",
            [("Dariush Amir-Kabiri", "foreign minister", "IR"), ("Claire Delmas", None, None)],
        ),
        (  # not one set apart by a comma
            "Claire Delmas, selon Le Monde, a eu un entretien téléphonique avec le chef de la "
            "diplomatie iranienne, Dariush Amir-Kabiri.",
            "fr",
            [("Dariush Amir-Kabiri", "foreign minister", "IR")],
        ),
        # the host, after a verb of hosting
        (
            "Le président ukrainien, Volodymyr Zelensky, a été reçu vendredi à l'Élysée par "
            "Emmanuel Macron.",
            "fr",
            [("Volodymyr Zelensky", "president", "UA"), ("Emmanuel Macron", None, None)],
        ),
        (
            "Ukrainian President Volodymyr Zelensky was hosted in Paris on Friday by Emmanuel "
            "Macron.",
            "en",
            [("Volodymyr Zelensky", "president", "UA"), ("Emmanuel Macron", None, None)],
        ),
        # "by" with no verb of hosting before it marks no one
        (
            "Ukrainian President Volodymyr Zelensky met reporters, in a visit planned by "
            "Emmanuel Macron.",
            "en",
            [("Volodymyr Zelensky", "president", "UA")],
        ),
    ],
)
def test_the_person_met_with_takes_part_named_in_full_with_no_title(text, lang, expected):
    extraction = facts(make(text, lang))
    assert participants(extraction) == expected
    assert_valid([extraction.to_dict()])


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Alger, le 23 janvier 2023 - La présidente a été reçue dimanche.", ["Alger"]),
        ("Téhéran, 3 mars 2025 (AFP) - Le ministre a été reçu lundi.", ["Téhéran"]),
        # a capitalised word and a comma opening a report without a date is no dateline
        ("Alger, capitale du pays - la présidente a été reçue dimanche.", []),
        # a date line before the dateline
        ("Publié le 23/01/2023\n\nALGER (AFP) - La présidente a été reçue dimanche.", ["ALGER"]),
    ],
)
def test_a_dateline_may_name_its_place_as_a_name_is_written_before_a_date(text, places):
    assert [p.name for p in facts(make(text, "fr")).event.places] == places


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Iraqi Prime Minister Mohammed Shia al-Sudani received Iranian First Vice President "
            "Mohammad Reza Aref in Baghdad.",
            "en",
            [
                ("Mohammed Shia al-Sudani", "prime minister", "IQ"),
                ("Mohammad Reza Aref", "first vice president", "IR"),
            ],
        ),
        (
            "Le premier vice-président iranien, Mohammad Reza Aref, est arrivé lundi à Bagdad.",
            "fr",
            [("Mohammad Reza Aref", "first vice president", "IR")],
        ),
        (  # a compound given name opens the name before its title
            "محمدرضا عارف معاون اول رئیس‌جمهور روز دوشنبه وارد بغداد شد.",
            "fa",
            [("محمدرضا عارف", "first vice president", None)],
        ),
    ],
)
def test_a_first_vice_president_is_one(text, lang, expected):
    assert participants(facts(make(text, lang))) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Iran exports 20 billion cubic metres of gas.", "en", ("20 billion cubic metres", 2e10)),
        (
            "L'Algérie fournit 25 milliards de mètres cubes.",
            "fr",
            ("25 milliards de mètres cubes", 2.5e10),
        ),
        ("ایران ۲۰ میلیارد متر مکعب گاز صادر می‌کند.", "fa", ("۲۰ میلیارد متر مکعب", 2e10)),
    ],
)
def test_cubic_metres_are_a_unit(text, lang, expected):
    written, value = expected
    found = figure(facts(make(text, lang)), written)
    assert (found.unit, found.value) == ("m³", value)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Paris, 12 juin 2025 (AFP) - Le chef de la diplomatie française, Jean-Noël Barrot, "
            "s'est entretenu jeudi par téléphone avec son homologue iranien Abbas Araghchi.\n\n"
            "« La France appelle l'Iran à coopérer », a souligné le ministre, selon le compte "
            "rendu.",
            "fr",
            "Jean-Noël Barrot",
        ),
        (
            "Indonesian Foreign Minister Budi Santoso spoke with his Norwegian counterpart Kari "
            'Nordvik on Monday. "Our oceans are one," the minister said.',
            "en",
            "Budi Santoso",
        ),
        # the sentence before opens with someone who holds no such title: no one
        (
            "Le chef de la diplomatie française, Jean-Noël Barrot, a reçu son homologue iranien "
            "Abbas Araghchi. Le président Emmanuel Macron était absent. « Il faut coopérer », "
            "a souligné le ministre.",
            "fr",
            None,
        ),
    ],
)
def test_a_title_two_hold_is_the_one_opening_the_sentence_before(text, lang, speaker):
    pipe = Pipeline(extractor=["offline"])
    [quote] = pipe.extract(pipe.parse(f"T\n\n{text}")[0]).quotes
    assert quote.speaker == speaker


def test_a_first_name_inside_another_name_is_no_mention_of_the_person():
    """``Mohammed`` of ``Um Mohammed`` is not Sheikh Mohammed bin Abdulrahman Al Thani; the
    words of the person's own name still join theirs (``Amir Abdollahian``)."""
    text = (
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Iranian Foreign "
        'Minister Hossein Amir Abdollahian in Doha. "We are being killed in our tents," said '
        'Um Mohammed, who lost two sons. Amir Abdollahian said: "The war must end."'
    )
    pipe = Pipeline(extractor=["offline"])
    quotes = pipe.extract(pipe.parse(f"T\n\n{text}")[0]).quotes
    assert [q.speaker for q in quotes] == ["Um Mohammed", "Hossein Amir Abdollahian"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We are being killed," said Um Mohammed, 43, who lost two sons.', ("43", "years")),
        ("Kari Nordvik, 52, was named foreign minister.", ("52", "years")),
        # a number in a list of places is no age
        ("Prices rose in Tehran, Shiraz, 12, and Tabriz.", ("12", None)),
    ],
)
def test_a_number_between_commas_after_a_name_is_an_age(text, expected):
    [found] = facts(make(text, "en")).figures
    assert (found.text, found.unit) == expected


def test_persian_speakers_news_agencies_and_pronouns_opening_a_verb_final_sentence():
    text = (
        "به گزارش خبرگزاری ایرنا، وزیران امور خارجه ایران و عربستان سعودی روز دوشنبه در ریاض "
        "دیدار کردند. عباس عراقچی در این دیدار گفت: «روابط دو کشور در مسیر درستی است.» "
        "اسماعیل بقائی افزود که ایران برنامه‌ای برای مذاکره ندارد. وی همچنین از سفر "
        "قریب‌الوقوع رافائل گروسی، مدیرکل آژانس، به تهران خبر داد و گفت: «این سفر هفته آینده "
        "انجام خواهد شد.»"
    )
    pipe = Pipeline(extractor=["offline"])
    extraction = pipe.extract(pipe.parse(f"T\n\n{text}")[0])
    people = [e.name for e in extraction.entities if e.type == "person"]
    # a news agency is no name; a name starts at its given name ("the imminent Rafael …")
    assert people == ["عباس عراقچی", "اسماعیل بقائی", "رافائل گروسی"]
    # an untitled subject opening a sentence with a verb of saying speaks; "وی" (he) opening
    # a sentence stands for the one named before it, not for the name by the verb after it
    assert [q.speaker for q in extraction.quotes] == ["عباس عراقچی", "اسماعیل بقائی"]


def test_a_persian_caption_said_twice_is_one_name():
    text = "عبدالله عبدالله عبدالله عبدالله در این انتخابات گفت: «ما پیروز می‌شویم.»"
    extraction = facts(make(text, "fa"))
    assert [q.speaker for q in extraction.quotes] == ["عبدالله عبدالله"]


def test_a_plural_title_gives_the_country_left_to_the_one_untitled_person_named_next():
    text = (
        "وزیران امور خارجه ایران و عربستان سعودی روز دوشنبه در ریاض دیدار کردند. عباس عراقچی "
        "در این دیدار گفت: «روابط دو کشور در مسیر درستی است.» فیصل بن فرحان، وزیر خارجه "
        "عربستان، نیز خواستار گسترش همکاری‌ها شد."
    )
    pipe = Pipeline(extractor=["offline"])
    extraction = pipe.extract(pipe.parse(f"T\n\n{text}")[0])
    assert participants(extraction) == [
        ("عباس عراقچی", "foreign minister", "IR"),
        ("فیصل بن فرحان", "foreign minister", "SA"),
    ]
    evidence = [p.evidence.text for p in extraction.event.participants]
    assert all(e.startswith("وزیران امور خارجه ایران و عربستان") for e in evidence)
    assert evidence[1].endswith("وزیر خارجه عربستان")


def test_the_event_day_is_looked_for_past_a_year_or_month_opening_its_sentence():
    text = (
        "Iran and Oman\n\n2 June 2024\n\nThe two ministers, who met last year, spoke by "
        "telephone on Saturday about the region."
    )
    pipe = Pipeline(extractor=["offline"])
    assert pipe.extract(pipe.parse(text)[0]).event.date.date == "2024-06-01"


def test_the_event_sentence_adds_its_people_to_one_named_first_as_a_source():
    text = (
        "به گفته علی اکبر احمدیان دبیر شورای عالی امنیت ملی، ایران و عراق به تفاهم رسیدند. "
        "احمدیان روز چهارشنبه در دیدار با قاسم الاعرجی مشاور امنیت ملی عراق در تهران گفت: "
        "«امنیت عراق امنیت ایران است.»"
    )
    pipe = Pipeline(extractor=["offline"])
    assert participants(pipe.extract(pipe.parse(f"T\n\n{text}")[0])) == [
        ("علی اکبر احمدیان", "secretary of the supreme national security council", None),
        ("قاسم الاعرجی", "national security adviser", "IQ"),
    ]


def test_a_persian_counterpart_named_by_a_given_name_of_the_news():
    text = (
        "محسن رستمی، وزیر نفت ایران، روز سه‌شنبه در دیدار با همتای عراقی خود حیدر السعدی در "
        "تهران خواستار پرداخت بدهی گازی شد."
    )
    assert participants(facts(make(text, "fa"))) == [
        ("محسن رستمی", "oil minister", "IR"),
        ("حیدر السعدی", "oil minister", "IQ"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le chef de l'État a reçu mardi à l'Élysée son homologue ukrainien Volodymyr Zelensky.",
            "fr",
            [("Volodymyr Zelensky", "president", "UA")],
        ),
        (
            "وزیر امور خارجه ایران در دیدار با آنی سرکیسیان، همتای ارمنستانی خود، در تهران گفت "
            "تجارت دو کشور رشد کرده است.",
            "fa",
            [("آنی سرکیسیان", "foreign minister", "AM")],
        ),
    ],
)
def test_a_counterpart_of_a_title_naming_no_one_takes_its_office(text, lang, expected):
    assert participants(facts(make(text, lang))) == expected

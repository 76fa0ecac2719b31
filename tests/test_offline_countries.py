"""Countries and capitals the offline extractor finds, from locale data, and the country
a title gives its holder."""

from __future__ import annotations

import pytest

from polybrief import Pipeline
from polybrief.plugins.offline.analysis import Analysis
from polybrief.plugins.offline.people import PeopleFinder

from offline_docs import countries, facts, make, participants


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


def test_dotted_initialisms_are_countries():
    text = "The U.K. and the U.A.E. signed a deal; U.S.-led talks follow."
    assert list(countries(facts(make(text, "en")))) == ["GB", "AE", "US"]


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
        # capitals no time zone is named after: the language data's capital_names
        ("The president met his counterpart in Washington on Monday.", "en", ["Washington"]),
        ("The Washington Post reported the meeting on Monday.", "en", []),
        ("Le président a rencontré lundi son homologue à Pékin.", "fr", ["Pékin"]),
        ("رئیس‌جمهور ترکیه روز پنجشنبه در آنکارا با همتای خود دیدار کرد.", "fa", ["آنکارا"]),
        ("The ministers met in Kiev on Monday.", "en", ["Kiev"]),  # the older spelling
    ],
)
def test_capitals_are_named_as_the_language_writes_them(text, lang, places):
    extraction = facts(make(text, lang))
    assert [e.name for e in extraction.entities if e.type == "place"] == places


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
    ("text", "lang", "code", "name"),
    [
        # an adjective that is also a name does not name the country when its name is there
        ("His Saudi counterpart said Saudi Arabia would host it.", "en", "SA", "Saudi Arabia"),
        ("U.S. officials said the United States would attend.", "en", "US", "United States"),
        ("La République islamique d'Iran a répondu. L'Iran a dit non.", "fr", "IR", "Iran"),
        # otherwise, the first name written does
        ("U.S. officials said the talks would go on.", "en", "US", "U.S."),
    ],
)
def test_a_country_is_called_by_its_own_name_when_the_text_writes_it(text, lang, code, name):
    assert countries(facts(make(text, lang)))[code].name == name


def test_our_country_in_persian_is_irans_mention_not_its_name():
    text = "وزیر امور خارجه کشورمان روز شنبه با همتای عمانی خود دیدار کرد."
    iran = countries(facts(make(text, "fa")))["IR"]
    assert (iran.name, iran.spellings) == ("ایران", ["کشورمان"])


def test_a_title_only_one_countrys_holder_has_gives_that_country():
    text = (
        "Secretary of State Marco Rubio spoke by phone on Monday with Foreign Secretary "
        "David Lammy and Iranian Foreign Minister Abbas Araghchi."
    )
    extraction = facts(make(text, "en"))
    assert [(p.name, p.country) for p in extraction.event.participants] == [
        ("Marco Rubio", "US"),
        ("David Lammy", None),  # British, Indian or Pakistani
        ("Abbas Araghchi", "IR"),
    ]


def test_a_country_after_of_and_an_article_or_by_its_official_name_is_the_titles():
    text = (
        "President Emmanuel Macron of the French Republic spoke by phone with Crown Prince "
        "Mohammed bin Salman of the Kingdom of Saudi Arabia and President Joe Biden of the "
        "United States."
    )
    extraction = facts(make(text, "en"))
    assert [(p.name, p.country) for p in extraction.event.participants] == [
        ("Emmanuel Macron", "FR"),
        ("Mohammed bin Salman", "SA"),
        ("Joe Biden", "US"),
    ]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("به گزارش ایرنا، ", "IR"),  # an Iranian agency's report is written from Iran's side
        ("", None),  # any other: the title says no country
    ],
)
def test_the_one_participant_given_no_country_in_a_report_from_a_countrys_side(opening, expected):
    text = (
        f"{opening}مسعود پزشکیان رئیس‌جمهور عصر دوشنبه در دیدار نیکول پاشینیان نخست‌وزیر "
        "ارمنستان روابط دو کشور را راهبردی خواند."
    )
    extraction = facts(make(text, "fa"))
    assert [p.country for p in extraction.event.participants] == [expected, "AM"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "President Donald J. Trump met with President Recep Tayyip Erdoğan of the Republic "
            "of Türkiye today at the White House.",
            "en",
            ["US", "TR"],
        ),
        (
            "Le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, s'est "
            "entretenu mardi par téléphone avec son homologue iranien Abbas Araghchi, a indiqué "
            "le Quai d'Orsay.",
            "fr",
            ["FR", "IR"],
        ),
        # the seat of a country a participant is of says nothing of the other
        (
            "President Donald J. Trump spoke by phone with Russian President Vladimir Putin, "
            "the Kremlin said.",
            "en",
            [None, "RU"],
        ),
    ],
)
def test_the_one_participant_given_no_country_is_of_the_seat_the_lead_names(text, lang, expected):
    extraction = facts(make(text, lang))
    assert [p.country for p in extraction.event.participants] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Crimes by the Zionist regime in Rafah go on.", "en", ("Israel", "Zionist regime")),
        ("Les frappes de l'État hébreu ont repris.", "fr", ("Israël", "État hébreu")),
        ("Le régime sioniste a frappé Rafah.", "fr", ("Israël", "régime sioniste")),
        ("حملات رژیم صهیونیستی به رفح ادامه دارد.", "fa", ("اسرائیل", "رژیم صهیونیستی")),
    ],
)
def test_the_press_s_names_of_a_country_are_that_country_called_by_its_own_name(
    text, lang, expected
):
    (entity,) = [e for e in facts(make(text, lang)).entities if e.type == "country"]
    assert (entity.key, entity.name, entity.spellings) == ("IL", expected[0], [expected[1]])


@pytest.mark.parametrize(
    ("source", "name", "expected"),
    [
        # an office of government with no country, in an Iranian agency's report: Iran's
        ("خبرگزاری تسنیم", "اسماعیل بقائی سخنگوی وزارت امور خارجه", "IR"),
        ("خبرگزاری تسنیم", "عباس عراقچی وزیر امور خارجه", "IR"),
        # an office of a body is no government's
        ("خبرگزاری تسنیم", "آنتونیو گوترش دبیرکل سازمان ملل", None),
        # a report that does not say where it is written from leaves it open
        ("بی‌بی‌سی فارسی", "عباس عراقچی وزیر امور خارجه", None),
    ],
)
def test_an_office_of_government_titled_with_no_country_is_the_home_country_s(
    source, name, expected
):
    """The agency comes from the ``Source:`` line the parse stage reads."""
    from polybrief import Pipeline

    pipe = Pipeline(extractor=["offline"])
    body = f"{name} روز دوشنبه اعلام کرد که تبادل زندانیان انجام شد."
    (document,) = pipe.parse(f"Title: عنوان\nDate: 1405-01-31\nSource: {source}\n\n{body}\n")
    extraction = pipe.extract(document)
    assert [p.country for p in extraction.event.participants] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # alone, a minister whose country's seat of power announces the trip
        (
            "Le ministre des Affaires étrangères Jean-Noël Barrot se rendra la semaine "
            "prochaine à Téhéran, a annoncé mardi le Quai d'Orsay.",
            "fr",
            "FR",
        ),
        # not an office of a body
        (
            "Secretary-General Antonio Guterres will travel to Gaza next week, the White House "
            "said.",
            "en",
            None,
        ),
    ],
)
def test_the_one_participant_of_government_is_of_the_seat_that_announces(text, lang, expected):
    assert [p.country for p in facts(make(text, lang)).event.participants] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the host of a visit to their capital
        (
            "La Première ministre italienne Giorgia Meloni s'est rendue lundi à Washington, où "
            "elle a été reçue par Donald Trump.",
            "fr",
            [("Giorgia Meloni", "IT"), ("Donald Trump", "US")],
        ),
        # not the visitor: the place's country is the host's
        (
            "Emmanuel Macron est arrivé lundi à Pékin, où il a été reçu par le président "
            "chinois Xi Jinping.",
            "fr",
            [("Xi Jinping", "CN"), ("Emmanuel Macron", None)],
        ),
        ("Emmanuel Macron est arrivé lundi à Pékin.", "fr", [("Emmanuel Macron", None)]),
    ],
)
def test_the_host_of_a_visit_is_of_the_country_visited(text, lang, expected):
    extraction = facts(make(text, lang))
    assert [(p.name, p.country) for p in extraction.event.participants] == expected

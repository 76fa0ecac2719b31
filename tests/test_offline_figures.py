"""Figures: numbers with what they count, units, scales and rates, and the numbers that
are no figures (dates, hours, ages, names)."""

from __future__ import annotations

import pytest

from polybrief import Pipeline
from polybrief.plugins.offline.figures import parse_number

from offline_docs import facts, figure, make


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
        # …and so is two before a unit
        ("They talked for two hours.", "en", [(2, None, "hours", None)]),
        ("Ils ont parlé pendant deux jours.", "fr", [(2, None, "days", None)]),
        ("دو طرف به مدت دو ساعت گفت‌وگو کردند.", "fa", [(2, None, "hours", None)]),
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
            ("trois mille milliards d'euros", 3e12, "EUR", "dette"),  # a sum of debt
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
        # Indian rupees and the Indian scales
        (
            "India will invest Rs 500 crore and ₹2 lakh, Mrs 40 said.",
            "en",
            [("Rs 500 crore", 5e9, "INR"), ("₹2 lakh", 2e5, "INR"), ("40", 40, None)],
        ),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 10-15 people were injured.", [("Some 10", None), ("15", "people")]),
        ("They signed 20-30 agreements.", [("20", None), ("30", "agreements")]),
        ("The 2-1 win was celebrated.", []),  # a score: the larger first
        ("Call 555-1234 now.", []),  # a code: far apart, then a stop word
        ("It cost $10-15 million.", []),  # a scale both sides share: neither alone
    ],
)
def test_numbers_joined_by_a_hyphen_are_a_range_of_a_count_not_a_score(text, expected):
    figures = facts(make(text, "en")).figures
    assert [(f.text, f.counts) for f in figures] == expected


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
        # a slash after the unit: the same rate as the words give, so reports agree
        ("Des rafales de plus de 200 km/h.", "fr", ("plus de 200 km/h", "km/hour")),
        ("Gusts of 120 kilometres per hour.", "en", ("120 kilometres per hour", "km/hour")),
        ("Gusts of 88kmh hit the coast.", "en", ("88kmh", "km/hour")),
        ("Un débit de 300 m³/s.", "fr", ("300 m³/s", "m³/second")),
        ("Un salaire de 40 000 €/an.", "fr", ("40 000 €/an", "EUR/year")),
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
        (  # one figure: "un" before the scale "millier" is not a second one
            "Plus d'un millier de manifestants sont venus.",
            ("Plus d'un millier de manifestants", 1000, "more than", "manifestants"),
        ),
    ],
)
def test_french_round_numbers_elided_qualifiers_and_verbs_ending_a_count(text, expected):
    (figure,) = facts(make(text, "fr")).figures
    assert (figure.evidence.text, figure.value, figure.qualifier, figure.counts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'appel a duré une quarantaine de minutes.",
            ("une quarantaine de minutes", 40, "minutes"),
        ),
        ("Il a attendu une centaine d'heures.", ("une centaine d'heures", 100, "hours")),
        ("Plus d'une dizaine de jours après.", ("Plus d'une dizaine de jours", 10, "days")),
    ],
)
def test_a_round_number_of_a_unit_is_in_that_unit(text, expected):
    """``une quarantaine de minutes`` is about 40 minutes, as ``about 40 minutes`` in an
    English report of it, so the two agree when sources are compared."""
    (figure,) = facts(make(text, "fr")).figures
    assert (figure.evidence.text, figure.value, figure.unit) == expected
    assert figure.counts is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade exceeded 160 billion U.S. dollars last year.", ("160 billion U.S. dollars", "USD")),
        ("It cost over 2 million U.K. pounds.", ("over 2 million U.K. pounds", "GBP")),
    ],
)
def test_a_currency_after_a_country_in_capitals_and_dots_is_that_currency(text, expected):
    (found,) = facts(make(text, "en")).figures
    assert (found.evidence.text.removeprefix("exceeded "), found.unit) == expected


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The army said more than 200 Taliban fighters had died.", "Taliban fighters"),
        ("Some 300 Houthi rebels were seen.", "Houthi rebels"),
        ("He lives at 10 Downing Street now.", None),  # a name: no plural noun after it
        ("The vote was 52 Trump says.", None),  # a verb of saying, no noun
    ],
)
def test_a_capitalised_word_before_a_plural_noun_is_part_of_what_is_counted(text, counts):
    (found,) = facts(make(text, "en")).figures
    assert found.counts == counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He arrived for a three-day visit.", [("three-day", 3.0, "days")]),
        ("The two-day summit opened.", [("two-day", 2.0, "days")]),
        ("A one-off payment, a well-known face.", []),  # no unit after the hyphen
    ],
)
def test_a_number_word_hyphenated_to_its_unit_is_a_figure(text, expected):
    """``a three-day visit`` says three days, as ``une visite de trois jours`` does: a
    source giving it is not alone in giving it."""
    found = [(f.evidence.text, f.value, f.unit) for f in facts(make(text, "en")).figures]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump unveiled a 20-point plan.", [("20-point plan", 20.0, "plan")]),
        ("A 12-member delegation arrived.", [("12-member delegation", 12.0, "delegation")]),
        # a code or a score is none
        ("The F-35 and S-400 deals; a 3-2 win.", []),
    ],
)
def test_a_number_hyphenated_to_a_word_is_one_adjective_with_it(text, expected):
    found = [(f.evidence.text, f.value, f.counts) for f in facts(make(text, "en")).figures]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بیش از هزار نفر مجروح شدند.", [(1000.0, "more than", "نفر مجروح")]),
        ("بیست نفر کشته شدند.", [(20.0, None, "نفر کشته")]),
        ("صدها نفر کشته شدند.", []),  # hundreds: no number
        ("داشبورد ماشین از مدل‌های دهه هفتاد الهام گرفته است.", []),  # the seventies
        ("او با کسب کمتر از سه هزار رای در ردیف سی ام قرار گرفت.", [(3000.0, "less than", "رای")]),
    ],
)
def test_persian_number_words_above_ten_count_what_follows(text, expected):
    """A number word above ten (``بیست``, ``هزار``) counts what follows as one up to ten
    does; not after ``دهه`` (a decade's name), nor before ``ام`` (an ordinal: thirtieth)."""
    found = [(f.value, f.qualifier, f.counts) for f in facts(make(text, "fa")).figures]
    assert found == expected


def test_a_round_number_counting_nothing_is_no_figure():
    assert facts(make("Il en a compté une dizaine.", "fr")).figures == []


def test_an_adverb_ends_what_a_figure_counts():
    (figure,) = facts(make("The hotel has three venues fully booked.", "en")).figures
    assert figure.counts == "venues"


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
                ("۸ و نیم درصد", 8.5, "%", "تورم", None),  # a percentage of inflation
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


def test_a_french_capital_m_is_a_million_and_a_small_m_metres():
    text = "1,2 M de personnes et 1,2M de foyers, un mur de 35 m de haut."
    figures = facts(make(text, "fr")).figures
    assert [(f.text, f.value, f.unit, f.counts) for f in figures] == [
        ("1,2 M", 1.2e6, None, "personnes"),
        ("1,2M", 1.2e6, None, "foyers"),
        ("35 m", 35.0, "m", None),
    ]


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
        ("Un bassin de 300 m³ d'eau.", "fr", ("300 m³", 300.0)),
    ],
)
def test_cubic_metres_are_a_unit(text, lang, expected):
    written, value = expected
    found = figure(facts(make(text, lang)), written)
    assert (found.unit, found.value) == ("m³", value)


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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El 12 de marzo ambos países firmaron 12 acuerdos por valor de 150 millones.", "es"),
        ("Am 12. März unterzeichneten beide Länder 12 Abkommen über 150 Millionen.", "de"),
    ],
)
def test_in_a_language_without_rules_a_day_and_its_month_are_no_figure_and_nothing_counted(
    text, lang
):
    found = [(f.text, f.counts) for f in facts(make(text, lang)).figures]
    assert found == [("12", None), ("150", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Two earthquakes of magnitude 7.8 and 7.5 hit Turkey.",
            "en",
            [("magnitude 7.8", 7.8, "magnitude"), ("7.5", 7.5, "magnitude")],
        ),
        ("Prices fell 5 and 7 percent.", "en", [("5", 5.0, "%"), ("7 percent", 7.0, "%")]),
        ("Les prix ont augmenté de 5 à 7 %.", "fr", [("5", 5.0, "%"), ("7 %", 7.0, "%")]),
        ("قیمت‌ها ۵ و ۷ درصد افزایش یافت.", "fa", [("۵", 5.0, "%"), ("۷ درصد", 7.0, "%")]),
        # the scale written once is the first number's too, and its text shows it
        (
            "Des contrats de 2 à 3 milliards de dollars.",
            "fr",
            [("2 à 3 milliards de dollars", 2e9, "USD"), ("3 milliards de dollars", 3e9, "USD")],
        ),
        # a number with its own unit or count keeps it
        ("He won 3 and 4 games.", "en", [("3", 3.0, None), ("4", 4.0, None)]),
        (
            "Deals worth $5 billion and 7 billion euros.",
            "en",
            [("$5 billion", 5e9, "USD"), ("7 billion euros", 7e9, "EUR")],
        ),
    ],
)
def test_two_numbers_joined_share_the_unit_written_once(text, lang, expected):
    found = [(f.text, f.value, f.unit) for f in facts(make(text, lang)).figures]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Inflation fell 0.8 percentage points.", "en", ("0.8 percentage points", None)),
        ("تورم ۰.۸ واحد درصد کاهش یافت.", "fa", ("۰.۸ واحد درصد", None)),
        # a number with decimals counts nothing: "7.5 hit" is no count of hits
        ("A quake of 7.5 hit Turkey.", "en", ("7.5", None)),
    ],
)
def test_percentage_points_are_a_unit_and_a_decimal_counts_nothing(text, lang, expected):
    [found] = facts(make(text, lang)).figures
    assert (found.text, found.counts) == expected


def test_the_verb_ending_a_persian_sentence_is_not_counted():
    found = [(f.text, f.counts) for f in facts(make("حدود ۱۲۰ ساختمان فروریخت.", "fa")).figures]
    assert found == [("حدود ۱۲۰", "ساختمان")]


@pytest.mark.parametrize(
    ("text", "lang", "measured"),
    [
        # after the sum, in its clause
        ("Nearly $6 billion in frozen Iranian assets were moved.", "en", "assets"),
        ("Près de 6 milliards de dollars d'avoirs iraniens ont été transférés.", "fr", "avoirs"),
        ("حدود ۶ میلیارد دلار از دارایی‌های ایران منتقل شد.", "fa", "دارایی‌های"),
        # before it in its sentence, the longest phrase
        ("Barrot said bilateral trade reached 79 billion euros.", "en", "bilateral trade"),
        (
            "Le déficit commercial de la France avec la Chine, qui a atteint 46 milliards "
            "d'euros, inquiète.",
            "fr",
            "déficit commercial",
        ),
        ("حجم تجارت دو کشور سال گذشته به ۷۹ میلیارد یورو رسید.", "fa", "حجم تجارت"),
        # not a word of a title, nor past a colon, nor when nothing says
        ("وزیر امور اقتصادی و دارایی گفت دولت ۱۰۰ میلیارد تومان پرداخت کرد.", "fa", None),
        ("Trade was discussed: the company paid $5 million.", "en", None),
        ("The company paid $5 million, officials said.", "en", None),
    ],
)
def test_a_sum_of_money_counts_what_it_measures(text, lang, measured):
    """``counts`` of a sum says what it is a sum of, so that the events stage compares
    sums of one thing only."""
    (found,) = [f for f in facts(make(text, lang)).figures if f.unit in ("USD", "EUR", "IRT")]
    assert found.counts == measured


def test_a_sum_ending_the_text_reads_what_it_measures_before_it():
    """No word after the sum: the search starts from the last word (found by fuzzing)."""
    (found,) = facts(make("Trade reached $5", "en")).figures
    assert found.counts == "Trade"


@pytest.mark.parametrize(
    ("text", "lang", "measured"),
    [
        # a percentage measures a thing too
        ("Inflation rose to 40% in March.", "en", "Inflation"),
        ("میزان مشارکت ۴۸ درصد بود.", "fa", "مشارکت"),
        # a measure right after another figure is that figure's
        (
            "Iran has uranium enriched to up to 60% purity, close to the roughly 90% of weapons "
            "grade.",
            "en",
            None,
        ),
        # after the sum, only past a linking word: "on exports" is no measure of the tariff
        ("دو وزیر درباره تعرفه ۲۵ درصدی بر صادرات فولاد گفت‌وگو کردند.", "fa", "تعرفه"),
        ("Tariffs of up to 25% apply to $300 billion worth of Chinese goods.", "en", "goods"),
        # an article may come between; a demonstrative may not
        ("Jalili won with 53.3% of the vote.", "en", "the vote"),
        ("M. Jalili a remporté le second tour avec 53,3 % des voix.", "fr", "voix"),
        # what a share is of is a base: the measure is before it, when there is one
        ("Il veut ramener le déficit public à 5 % du PIB en 2025.", "fr", "déficit"),
        ("Les dépenses militaires représentent 2 % du PIB.", "fr", "PIB"),
    ],
)
def test_what_a_percentage_or_a_sum_measures(text, lang, measured):
    *_, last = [f for f in facts(make(text, lang)).figures if f.unit in ("%", "USD")]
    assert last.counts == measured


@pytest.mark.parametrize(
    ("text", "lang", "counted"),
    [
        ("France will train 2,000 more Ukrainian soldiers.", "en", "Ukrainian soldiers"),
        ("Three other people were hurt.", "en", "people"),
        ("La France formera 2 000 autres soldats.", "fr", "soldats"),
    ],
)
def test_a_word_such_as_more_between_a_number_and_what_it_counts(text, lang, counted):
    (found,) = facts(make(text, lang)).figures
    assert found.counts == counted


def test_a_persian_rate_before_to_and_the_quantity():
    """``روزانه به ۱.۸ میلیون بشکه``: to 1.8 million barrels a day; the figure is the
    quantity alone."""
    (found,) = facts(make("صادرات نفت ایران روزانه به ۱.۸ میلیون بشکه رسید.", "fa")).figures
    assert (found.text, found.unit) == ("۱.۸ میلیون بشکه", "barrels/day")

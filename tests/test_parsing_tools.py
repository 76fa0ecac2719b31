"""The shared parse tools: dates, sentences, digits, scripts, language, encodings,
boilerplate; the stable functions other plugins build on."""

from __future__ import annotations

import pytest

from polybrief.errors import ConfigError, InputError
from polybrief.plugins.parsing.boilerplate import strip_boilerplate, strip_byline
from polybrief.plugins.parsing.data import load_language_data
from polybrief.plugins.parsing.dates import find_dates, parse_date, take_date_marker
from polybrief.plugins.parsing.encoding import decode
from polybrief.plugins.parsing.langid import identify_language
from polybrief.plugins.parsing.scripts import main_script
from polybrief.plugins.parsing.sentences import split_sentences
from polybrief.records import DateMention
from polybrief.textnorm import matching_form, normalize_digits


def _dates(text: str, reference=None, lang=None) -> list[tuple]:
    found = find_dates(text, reference, lang=lang)
    return [(m.raw, m.date, m.precision, m.calendar) for m in found]


@pytest.mark.parametrize("text", ["۱۲ خرداد ۱۴۰۳", "12 خرداد 1403", "١٢ خرداد ١٤٠٣"])
def test_solar_hijri_dates_in_any_digits(text):
    assert _dates(text) == [(text, "2024-06-01", "day", "persian")]


def test_jalali_date_with_weekday_and_time_around_it():
    text = "شنبه ۱۲ خرداد ۱۴۰۳ - ساعت ۱۰:۳۰"
    (mention,) = find_dates(text)
    assert isinstance(mention, DateMention)
    assert (mention.raw, mention.start, mention.end) == ("شنبه ۱۲ خرداد ۱۴۰۳", 0, 18)
    assert mention.date == "2024-06-01"
    value = parse_date(text)
    assert (value.date, value.precision, value.raw, value.calendar) == (
        "2024-06-01",
        "day",
        text,
        "persian",
    )


def test_offsets_point_into_the_text():
    text = "Le ministre, le 1er juin 2024, puis le 3 nov. 2023 et le 2 June."
    for mention in find_dates(text):
        assert text[mention.start : mention.end] == mention.raw
    assert _dates(text)[0] == ("1er juin 2024", "2024-06-01", "day", "gregorian")
    assert [m.raw for m in find_dates(text)] == ["1er juin 2024", "3 nov. 2023", "2 June"]


def test_month_names_in_english_french_and_persian():
    assert _dates("June 1, 2024")[0][1] == "2024-06-01"
    assert _dates("Saturday, 1 June 2024")[0][:2] == ("Saturday, 1 June 2024", "2024-06-01")
    assert _dates("en mars 2025")[0][1:3] == ("2025-03", "month")
    assert _dates("۱ ژوئن ۲۰۲۴")[0][1:] == ("2024-06-01", "day", "gregorian")
    assert _dates("۲۴ ذی‌القعده ۱۴۴۵")[0][1:] == ("2024-06-01", "day", "islamic")
    assert _dates("۱۴۰۳/۰۳/۱۲")[0][1:] == ("2024-06-01", "day", "persian")


def test_persian_typed_with_arabic_letters_is_still_read():
    assert _dates("يكشنبه 13 خرداد 1403")[0][1] == "2024-06-02"


def test_iso_and_marker_keep_their_precision():
    assert parse_date("2024-06").precision == "month"
    assert parse_date("2024-06").date == "2024-06"
    assert parse_date("2024-06-01T10:30:00+04:30").date == "2024-06-01"
    marker, rest = take_date_marker(" date 2024-06 Lors d'un entretien")
    assert (marker.date, marker.precision, marker.raw) == ("2024-06", "month", "date 2024-06")
    assert rest == "Lors d'un entretien"
    marker, _ = take_date_marker("date 2024-06-01 Iran's minister")
    assert marker.date == "2024-06-01" and marker.precision == "day"


def test_dates_without_year_need_a_reference_and_never_use_today():
    assert _dates("vendredi 3 novembre") == [("vendredi 3 novembre", None, None, "gregorian")]
    assert _dates("on Thursday") == [("Thursday", None, None, "gregorian")]
    assert _dates("yesterday") == [("yesterday", None, None, "gregorian")]
    # Friday 3 November is 2023, not 2024 nor 2022: the weekday picks the year.
    assert _dates("vendredi 3 novembre", "2024-06-01")[0][1] == "2023-11-03"
    assert _dates("on Thursday", "2024-03-01")[0][1] == "2024-02-29"
    assert _dates("دیروز", "2024-06-01")[0][1] == "2024-05-31"
    assert _dates("۱۲ خرداد", "2024-06")[0][1:] == ("2024-06-01", "day", "persian")
    # A weekday against a month-precise reference stays unresolved.
    assert _dates("jeudi", "2024-06")[0][1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Saturday", "2025-04-12"),  # the day itself: a report of that day
        ("next Saturday", "2025-04-19"),
        ("this coming Saturday", "2025-04-19"),
        ("last Saturday", "2025-04-05"),
        ("samedi prochain", "2025-04-19"),
        ("samedi dernier", "2025-04-05"),
        ("شنبه آینده", "2025-04-19"),
        ("شنبه گذشته", "2025-04-05"),
        ("next Monday", "2025-04-14"),
        ("on Monday", "2025-04-07"),
    ],
)
def test_words_beside_a_weekday_move_it(text, expected):
    assert _dates(text, "2025-04-12")[0][1] == expected  # a Saturday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Araghchi will travel to Moscow on Monday.", "2025-04-14"),
        ("The talks are scheduled for Tuesday.", "2025-04-15"),
        ("He is due to hold talks with President Vladimir Putin on Tuesday.", "2025-04-15"),
        (  # the cue far back in a long clause
            "He had been expected to meet Turkish Foreign Minister Hakan Fidan in Ankara on "
            "Tuesday to discuss the war.",
            "2025-04-15",
        ),
        ("He said the fourth round would be held in Muscat on Sunday.", "2025-04-13"),
        ("The meeting will take place on Saturday.", "2025-04-12"),  # the day itself
        ("He said on Monday that he will go.", "2025-04-07"),  # the future is another clause's
        ("Une parade militaire est prévue dimanche à Moscou.", "2025-04-13"),
        ("Le ministre se rendra mardi à Pékin.", "2025-04-15"),
        ("Le comité se réunira mardi.", "2025-04-15"),  # any verb in the future
        ("Les deux ministres se retrouveront mardi à Genève.", "2025-04-15"),
        ("Le ministre a parlé mardi devant la caméra.", "2025-04-08"),  # no verb in -ra
        ("Le Premier ministre Narendra Modi a été reçu mardi.", "2025-04-08"),  # a name
        ("Le ministre a déclaré lundi que la réunion sera reportée.", "2025-04-07"),
        ("عراقچی روز دوشنبه به مسکو سفر خواهد کرد.", "2025-04-14"),
        ("قرار است روز دوشنبه مذاکرات برگزار شود.", "2025-04-14"),
        ("وزیر روز دوشنبه گفت که مذاکرات ادامه خواهد یافت.", "2025-04-07"),
        ("وزیر روز دوشنبه به مسکو رفت.", "2025-04-07"),
        ("Il a exigé un cessez-le-feu dès lundi.", "2025-04-14"),  # as of: the coming one
    ],
)
def test_a_weekday_in_a_clause_about_the_future_is_the_coming_one(text, expected):
    (mention,) = find_dates(text, "2025-04-12")  # a Saturday
    assert mention.date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("avant-hier", "2025-04-10"),
        ("the day before yesterday", "2025-04-10"),
        ("پس فردا", "2025-04-14"),
        ("last night", "2025-04-11"),
        ("ce matin", "2025-04-12"),
        ("وزیر خارجه روز گذشته به مسکو سفر کرد.", "2025-04-11"),
    ],
)
def test_relative_words_of_several_words_or_a_hyphen(text, expected):
    (mention,) = find_dates(text, "2025-04-12")
    assert mention.date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two days ago", "2025-04-10"),
        ("3 days ago", "2025-04-09"),
        ("a week ago", "2025-04-05"),
        ("in ten days", "2025-04-22"),
        ("il y a deux jours", "2025-04-10"),
        ("dans une semaine", "2025-04-19"),
        ("وزیر سه روز پیش به مسکو رفت.", "2025-04-09"),
        ("وزیر ۲ هفته قبل به مسکو رفت.", "2025-03-29"),
    ],
)
def test_days_counted_back_or_ahead(text, expected):
    (mention,) = find_dates(text, "2025-04-12")
    assert (mention.date, mention.precision) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۱۴ اسفندماه ۱۴۰۳", ("۱۴ اسفندماه ۱۴۰۳", "2025-03-04")),
        ("۱۴ اسفند\u200cماه ۱۴۰۳", ("۱۴ اسفند\u200cماه ۱۴۰۳", "2025-03-04")),
        ("۵ مهر ماه", ("۵ مهر ماه", "2024-09-26")),
    ],
)
def test_a_solar_hijri_month_written_with_mah(text, expected):
    (mention,) = find_dates(text, "2025-03-12")
    assert (mention.raw, mention.date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("روز چهاردهم اسفند ۱۴۰۳", ("چهاردهم اسفند ۱۴۰۳", "2025-03-04")),
        ("بیست\u200cویکم آذر", ("بیست\u200cویکم آذر", "2024-12-11")),
        ("سی و یکم شهریور", ("سی و یکم شهریور", "2024-09-21")),
        ("سه‌شنبه، ۱۴ اسفند ۱۴۰۳", ("سه‌شنبه، ۱۴ اسفند ۱۴۰۳", "2025-03-04")),
        ("le premier mars 2025", ("premier mars 2025", "2025-03-01")),
    ],
)
def test_a_day_written_as_a_word_before_its_month(text, expected):
    (mention,) = find_dates(text, "2025-03-12")
    assert ((mention.raw, mention.date), mention.precision) == (expected, "day")


@pytest.mark.parametrize("text", ["Le Premier ministre", "جنگ جهانی دوم"])
def test_an_ordinal_without_a_month_is_no_date(text):
    assert find_dates(text, "2025-03-12") == []


def test_day_words_in_language_data_are_checked(tmp_path):
    (tmp_path / "xx.toml").write_text("[dates]\nday_words = { tenth = 40 }\n")
    with pytest.raises(ConfigError, match="day_words"):
        load_language_data((str(tmp_path),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met in March.", ("March", "2025-03")),  # the last March, said in June
        ("He was invited to Jakarta in August.", ("August", "2025-08")),  # two months ahead
        # four months ahead is too far for a month named alone: the last such month
        ("Tariffs rose to 55%, up from 11% in October.", ("October", "2024-10")),
        ("He will visit Paris in October.", ("October", "2025-10")),  # unless one to come
        ("He will visit Paris in March.", ("March", "2026-03")),  # one to come
        ("next March", ("March", "2026-03")),
        ("last November", ("November", "2024-11")),
        ("mid-March", ("March", "2025-03")),
        ("en mars prochain", ("mars", "2026-03")),
        ("en novembre dernier", ("novembre", "2024-11")),
        ("Depuis janvier, 300 morts.", ("janvier", "2025-01")),
        # "mois de", and a cue elided before the month
        ("d'ici la fin du mois d'août", ("août", "2025-08")),
        ("au mois de mai", ("mai", "2025-05")),
        ("à la fin d’avril", ("avril", "2025-04")),
        ("in March 2024", ("March 2024", "2024-03")),  # with its year, as before
        ("در اسفندماه گذشته", ("اسفندماه", "2025-03")),
        ("در ماه رمضان", ("رمضان", "2025-03")),
        ("اواخر مهر", ("مهر", "2024-10")),
        ("اواخر تیر", ("تیر", "2025-07")),
        ("Dhul Hijjah", ("Dhul Hijjah", "2025-06")),
        ("در مهر ماه به تهران سفر خواهد کرد", ("مهر ماه", "2025-10")),
    ],
)
def test_a_month_alone_is_the_coming_one_up_to_three_months_ahead_else_the_last(text, expected):
    (mention,) = find_dates(text, "2025-06-12")
    assert ((mention.raw, mention.date), mention.precision) == (expected, "month")


@pytest.mark.parametrize(
    "text",
    [
        "They may meet.",
        "in May's cabinet",
        "March on!",
        "به نقل از مهر، وزیر گفت",  # the Mehr news agency
        "در می\u200cیابد",  # a verb, not May
        "در مه غلیظ",  # in thick fog
    ],
)
def test_a_month_name_alone_without_a_cue_is_no_date(text):
    assert find_dates(text, "2025-06-12") == []


def test_counted_days_in_language_data_are_checked(tmp_path):
    (tmp_path / "xx.toml").write_text('[dates]\ncounted_days = [["days ago", -1]]\n')
    with pytest.raises(ConfigError, match="counted_days"):
        load_language_data((str(tmp_path),))


@pytest.mark.parametrize("text", ["در سه روز گذشته", "در ۳ روز گذشته"])
def test_a_relative_word_after_a_number_is_a_span_not_a_day(text):
    assert find_dates(text, "2025-04-12") == []


def test_numeric_dates_follow_the_language():
    assert _dates("le 17/10/17 à Madrid")[0][1] == "2017-10-17"
    assert _dates("on 03/04/2024", lang="en")[0][1] is None  # March or April?
    assert _dates("le 03/04/2024", lang="fr")[0][1] == "2024-04-03"
    assert _dates("version 1.2.34 and 31/02/2024") == []


def test_year_only_after_a_cue_word():
    assert _dates("by 2030")[0][1:] == ("2030", "year", "gregorian")
    assert _dates("در سال ۱۴۰۰")[0][1:] == ("2021", "year", "persian")
    assert _dates("2000 homes") == []


def test_digit_normalisation_keeps_length():
    text = "۱۲ خرداد ۱۴۰۳ و ٣٤"
    assert normalize_digits(text) == "12 خرداد 1403 و 34"
    assert len(normalize_digits(text)) == len(text)


def test_matching_form_folds_variants_but_text_is_kept():
    folded, index = matching_form("گفت‌وگوی كتاب ۱۲")
    assert folded == "گفتوگویکتاب12"
    assert len(index) == len(folded)


SENTENCES = [
    (
        "امام علی (ع.) گفت: «دانش بهتر از ثروت است.» او سپس رفت. آیا درست است؟ بله.",
        ["امام علی (ع.) گفت: «دانش بهتر از ثروت است.»", "او سپس رفت.", "آیا درست است؟", "بله."],
    ),
    (
        "Il a dit : « Bonjour ! » Puis il est parti ; M. Dupont est resté. Fin.",
        ["Il a dit : « Bonjour ! »", "Puis il est parti ; M. Dupont est resté.", "Fin."],
    ),
    (
        "Mr. Smith met Dr. Jones at 3 p.m. on Monday. The U.S. and the U.K. agreed.",
        ["Mr. Smith met Dr. Jones at 3 p.m. on Monday.", "The U.S. and the U.K. agreed."],
    ),
    (
        "“We will come. We promise,” he said. Then he left.\nNew paragraph",
        ["“We will come. We promise,” he said.", "Then he left.", "New paragraph"],
    ),
    ("اگر زنان حاکم شوند . . .\nخط دوم.", ["اگر زنان حاکم شوند . . .", "خط دوم."]),
    (  # German quotes open low and close with the mark English opens with
        "„Wir wollen es. Sofort“, sagte Merz. Er sagte: „Wir kommen.“ Dann ging er.",
        ["„Wir wollen es. Sofort“, sagte Merz.", "Er sagte: „Wir kommen.“", "Dann ging er."],
    ),
    (
        "Le président George H.W. Bush a parlé. Il a rencontré John F. Kennedy en 1961. Fin.",
        [
            "Le président George H.W. Bush a parlé.",
            "Il a rencontré John F. Kennedy en 1961.",
            "Fin.",
        ],
    ),
    (  # the network X is a name of one letter, not an initial
        "« Rien », a écrit M. Araghchi sur X. Un diplomate a déclaré : « Non. » He wrote on "
        "X. A diplomat spoke. A letter of J. Smith came.",
        [
            "« Rien », a écrit M. Araghchi sur X.",
            "Un diplomate a déclaré : « Non. »",
            "He wrote on X.",
            "A diplomat spoke.",
            "A letter of J. Smith came.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences_with_offsets(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected
    assert all(s < e for s, e in spans) and spans == sorted(spans)


def test_script_and_direction():
    assert main_script("گفت‌وگوی تلفنی وزیران خارجه (Budi Santoso)") == ("Arab", "rtl")
    assert main_script("Le ministre") == ("Latn", "ltr")
    assert main_script("Правительство") == ("Cyrl", "ltr")
    assert main_script("1234 !!") == (None, None)


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Singer cancels tour dates due to ill health", "en"),
        ("Destitution: que risque Donald Trump ?", "fr"),
        ("Rugby : la France s'impose face à l'Irlande", "fr"),
        ("سفر وزیر کشاورزی کنیا به برازیلیا", "fa"),
        ("انتخابات رياست جمهوري آمريكا؛ ترامپ پيروز شد", "fa"),  # Arabic ي and ك
        ("وزير الخارجية الإيراني يبحث مع نظيره القطري تطورات غزة", "ar"),
        ("Bundesregierung beschließt neues Heizungsgesetz", "de"),
        # fastText alone reads this one as German (0.65)
        ("Araghchi met his Omani counterpart on Feb. 13.", "en"),
    ],
)
def test_language_of_short_titles(title, lang):
    found, confidence = identify_language(title)
    assert found == lang
    assert 0 < confidence <= 1


def test_mixed_text_reports_its_main_language():
    text = (
        "Le ministre a rencontré son homologue à Tokyo pour parler du cuivre et du lithium.\n"
        "Les deux pays ont signé un accord de coopération sur les minerais critiques.\n"
        '"We are reliable partners," he said.\n'
        "La prochaine réunion aura lieu à Santiago au mois de novembre prochain."
    )
    assert identify_language(text)[0] == "fr"
    assert identify_language("1234 — 5678") == (None, None)


def test_encodings():
    persian = "گفت‌وگوی تلفنی وزیران خارجه".replace("ی", "ي").replace("ک", "ك")
    assert decode(persian.encode("cp1256"), "x") == (persian, "cp1256")
    assert decode("Décès à Genève".encode("cp1252"), "x") == ("Décès à Genève", "cp1252")
    assert decode("\ufeffhello".encode(), "x") == ("hello", "utf-8")
    assert decode("hello é".encode("utf-16"), "x") == ("hello é", "utf-16")
    assert decode("é".encode("latin-1") * 3, "x", declared="latin-1")[0] == "ééé"
    with pytest.raises(InputError, match="PNG image"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00", "x")
    with pytest.raises(InputError, match="NUL bytes"):
        decode(b"abc\x00def", "x")
    with pytest.raises(InputError, match="control characters"):
        decode(bytes(range(1, 31)) * 4, "x")


def test_syndication_footer_and_agency_lines_go_to_metadata(corpus):
    text = (corpus / "003_2307ceb8bb1c8c94.txt").read_text("utf-8")
    cleaned = strip_boilerplate(text)
    assert "Source link" not in cleaned.text
    assert "This news has been collected" not in cleaned.text
    assert cleaned.text.endswith("according to the UN humanitarian affairs chief.")
    assert len(cleaned.removed) == 2


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Image copyright Getty Images\nImage caption Crowds in Tehran\nProtests go on.\n"
            "Media playback is unsupported on your device\nMedia caption Footage of crowds",
            "Protests go on.",
        ),
        (
            "Crédit photo, Getty Images\nLégende image, Des manifestants à Dakar\n"
            "Les manifestations se poursuivent.",
            "Les manifestations se poursuivent.",
        ),
        (
            "منبع تصویر، Getty Images\nتوضیح تصویر، معترضان در تهران\nاعتراض‌ها ادامه دارد.",
            "اعتراض‌ها ادامه دارد.",
        ),
        (  # an agency's caption and credit lines
            "Blinken met Wang Yi on Friday.\nFILE - Secretary of State Antony Blinken, left, "
            "shakes hands with Wang Yi in Beijing, April 26, 2024. (AP Photo/Mark "
            "Schiefelbein, Pool, File)\nAssociated Press writer Matthew Lee contributed to "
            "this report.\nReporting by Simon Lewis; Editing by Don Durfee",
            "Blinken met Wang Yi on Friday.",
        ),
        (
            "Le ministre est arrivé à Pékin.\nLe ministre à Pékin, le 26 avril. (AFP / Pedro "
            "Pardo)\n(Avec AFP)",
            "Le ministre est arrivé à Pékin.",
        ),
    ],
)
def test_picture_credits_and_captions_of_news_pages_go(text, kept):
    assert strip_boilerplate(text).text == kept


def test_boilerplate_never_touches_sentences_that_mention_it():
    text = "The source said the comment was fair.\nShare\nComments (3)\nLeave a reply"
    cleaned = strip_boilerplate(text)
    assert cleaned.text == "The source said the comment was fair."


@pytest.mark.parametrize(
    ("text", "author", "first"),
    [
        ("By Debbie JacksonBBC Scotland But while most of us stay in.", "Debbie Jackson", "But"),
        (
            "Anthony ZurcherNorth America reporter@awzurcheron Twitter With tensions rising.",
            "Anthony Zurcher",
            "With",
        ),
        (
            "By Jonathan AmosScience correspondent, BBC News The agency said.",
            "Jonathan Amos",
            "The",
        ),
        ("By Helier CheungBBC News, Washington The president spoke.", "Helier Cheung", "The"),
    ],
)
def test_byline_glued_to_the_first_sentence_goes_to_metadata(text, author, first):
    cleaned = strip_byline(text)
    assert cleaned.metadata == {"author": author}
    assert cleaned.text.startswith(first)
    assert text.endswith(cleaned.text)


@pytest.mark.parametrize(
    "text",
    [
        "By Tuesday, the ministers had met.",
        "John McDonald said the talks were useful.",
        "By John SmithThe ministers met in Paris.",  # no role: not a byline
        "By Debbie JacksonBBC Scotland",  # nothing after it: not cut to nothing
    ],
)
def test_sentences_that_only_look_like_bylines_stay(text):
    assert strip_byline(text).text == text


def test_language_data_is_checked(tmp_path):
    (tmp_path / "xx.toml").write_text("[dates]\ngregorian = [['Jan']]\n")
    with pytest.raises(ConfigError, match="needs 12 months"):
        load_language_data((str(tmp_path),))
    with pytest.raises(ConfigError, match="folder not found"):
        load_language_data((str(tmp_path / "missing"),))


def test_readme_language_file_adds_a_language(tmp_path):
    import re

    from polybrief.plugins.parsing.document import build_document

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"```toml\n(# es\.toml\n.*?)```", readme, re.S).group(1)
    (tmp_path / "es.toml").write_text(block, "utf-8")
    data = load_language_data((str(tmp_path),))
    mentions = find_dates("El ministro llegó el 1 de junio de 2024 y se fue ayer.", data=data)
    assert [(m.raw, m.date) for m in mentions] == [
        ("1 de junio de 2024", "2024-06-01"),
        ("ayer", None),
    ]
    (mention,) = find_dates("Llegó hace dos días.", "2025-04-12", data=data)
    assert mention.date == "2025-04-10"
    text = "El ministro habló con su homólogo.\nCompartir en Facebook\nFuente: Agencia Ejemplo"
    document = build_document(text, "es.txt", data=data)
    assert document.text == "El ministro habló con su homólogo."
    assert document.metadata["agency"] == "Agencia Ejemplo"


def test_french_and_english_footers_in_plain_text():
    french = (
        "Le ministre a rencontré son homologue à Tokyo.\n"
        "Partager sur Facebook\n"
        "Les deux pays ont signé un accord sur le cuivre et le lithium.\n"
        "Lire aussi : La Chine et le Japon, une rivalité ancienne\n"
        "Source : Agence Exemple\n"
        "Laisser un commentaire\n"
        "Votre adresse e-mail ne sera pas publiée.\n"
        "Nom *"
    )
    cleaned = strip_boilerplate(french)
    assert cleaned.text == (
        "Le ministre a rencontré son homologue à Tokyo.\n"
        "Les deux pays ont signé un accord sur le cuivre et le lithium."
    )
    assert cleaned.metadata == {"agency": "Agence Exemple"}
    english = (
        "The ministers met in Tokyo on Friday.\nShare this article\n"
        "Sign up for our newsletter and get the news first\nNews ID: 85467392\n"
        "They agreed to set up a working group.\nRelated news\nChina and Japan talk trade"
    )
    cleaned = strip_boilerplate(english)
    assert (
        cleaned.text
        == "The ministers met in Tokyo on Friday.\nThey agreed to set up a working group."
    )
    assert cleaned.metadata == {"news_id": "85467392"}


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By John Smith", "John Smith"),
        ("BY JOHN SMITH", "JOHN SMITH"),
        ("Par Jean Dupont", "Jean Dupont"),
        ("By phone", None),  # a line of the text, not a byline
        ("par téléphone", None),
    ],
)
def test_a_byline_line_names_someone_in_capitals(line, author):
    text = f"{line}\n\nThe ministers spoke on Monday about trade and the war in the region."
    cleaned = strip_boilerplate(text)
    assert cleaned.metadata.get("author") == author
    assert (line in cleaned.text) == (author is None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade rose 10% last year.", ("last year", "2024", "year", "gregorian")),
        ("Prices fell last month.", ("last month", "2025-05", "month", "gregorian")),
        ("The plant opens later this year.", ("later this year", "2025", "year", "gregorian")),
        ("Les échanges ont doublé l'an dernier.", ("l'an dernier", "2024", "year", "gregorian")),
        ("Il viendra le mois prochain.", ("le mois prochain", "2025-07", "month", "gregorian")),
        # Persian counts Solar years and months: 1403, whose first day is in March 2024
        ("تجارت در سال گذشته رشد کرد.", ("سال گذشته", "2024", "year", "persian")),
        ("امسال", ("امسال", "2025", "year", "persian")),
        ("ماه گذشته", ("ماه گذشته", "2025-05", "month", "persian")),
    ],
)
def test_a_month_or_year_counted_from_the_reference(text, expected):
    (mention,) = find_dates(text, "2025-06-12")
    assert (mention.raw, mention.date, mention.precision, mention.calendar) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("They met last week.", "2025-06-19", ("last week", "2025-06", "month")),
        (
            "Ils se verront la semaine prochaine.",
            "2025-06-12",
            ("la semaine prochaine", "2025-06", "month"),
        ),
        ("وزیران هفته گذشته دیدار کردند.", "2025-06-19", ("هفته گذشته", "2025-06", "month")),
        # a week over two months (a week may start on Saturday, Sunday or Monday) gives its
        # year; over two years, nothing
        ("They met last week.", "2025-06-12", ("last week", "2025", "year")),
        ("They met last week.", "2025-01-08", ("last week", None, None)),
    ],
)
def test_a_week_counted_from_the_reference_gives_the_month_it_falls_in(text, reference, expected):
    (mention,) = find_dates(text, reference)
    assert (mention.raw, mention.date, mention.precision) == expected


@pytest.mark.parametrize(
    "text", ["Over the last year, prices rose.", "in the past year", "در یک سال گذشته"]
)
def test_a_span_of_the_last_year_is_no_calendar_year(text):
    assert find_dates(text, "2025-06-12") == []


def test_periods_in_language_data_are_checked(tmp_path):
    (tmp_path / "xx.toml").write_text('[dates]\nperiods_calendar = "lunar"\n')
    with pytest.raises(ConfigError, match="periods_calendar"):
        load_language_data((str(tmp_path),))

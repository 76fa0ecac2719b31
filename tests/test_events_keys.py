"""Keys that let reports in other languages and scripts be compared: names, countries,
figures."""

from __future__ import annotations

import pytest

from polybrief.plugins.events.countries import countries_in, country_name
from polybrief.plugins.events.figures import parse_number, quantity
from polybrief.plugins.events.names import name_keys, name_runs, person_key
from polybrief.records import Document, Evidence, Figure


def same(a: str, b: str) -> bool:
    return bool(name_keys(a) & name_keys(b))


@pytest.mark.parametrize(
    "a, b",
    [
        ("Bagheri", "باقری"),
        ("Ali Bagheri Kani", "باقری"),
        ("Ali Bagheri Kani", "علی باقری کنی"),
        ("Amir-Abdollahian", "Amirabdollahian"),
        ("Amir-Abdollahian", "Amir Abdollahian"),
        ("Amir-Abdollahian", "امیرعبداللهیان"),
        ("Amirabdollahian", "امیرعبداللهیان"),
        ("Amir Abdollahian", "امیرعبداللهیان"),
        ("Hossein Amir-Abdollahian", "حسین امیرعبداللهیان"),
        ("Kari Nordvik", "کاری نوردویک"),
        ("Mme Nordvik", "Kari Nordvik"),
        ("Abbas Araghchi", "عباس عراقچی"),
        ("Sergueï Lavrov", "Сергей Лавров"),
        ("Sergei Lavrov", "سرگئی لاوروف"),  # Russian -ov: Persian writes ف
        ("Lavrov", "لاوروف"),
        ("Dmitry Peskov", "دمیتری پسکوف"),
        ("Medvedev", "مدودف"),
        ("Al Thani", "آل ثانی"),  # ث is th in Arabic names
        ("Haitham bin Tariq", "هیثم بن طارق"),
        ("Vance", "ونس"),  # c before e, i, y is s
        ("Garcia", "گارسیا"),
        ("Fayçal ben Farhane", "Faisal bin Farhan"),  # ç is s
        ("Fayçal ben Farhane", "فیصل بن فرحان"),
        ("Yazdi", "یزدی"),
        ("Jean-Noël Barrot", "ژان نوئل بارو"),  # French leaves the last letter unsaid
        ("Michel Barnier", "میشل بارنیه"),
        ("Xavier Bertrand", "کزاویه برتران"),
        ("Marc Benoit", "مارک بنوا"),
        ("Friedrich Merz", "فریدریش مرتس"),  # German says a final z as ts
        ("António Guterres", "آنتونیو گوترش"),  # Portuguese says a final es as esh
        ("Olaf Scholz", "اولاف شولتس"),
    ],
)
def test_the_same_name_meets_across_spellings_and_scripts(a, b):
    assert same(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Bagheri", "Barrot"),
        ("باقری", "بارو"),
        ("Amir-Abdollahian", "Araghchi"),
        ("Kari Nordvik", "Budi Santoso"),
        ("Dariush Amir-Kabiri", "Jonas Weber"),
        ("Lavrov", "Lavrent"),
        ("Pierre Barrot", "ژان نوئل بارو"),  # the surname said alone is too short a key
    ],
)
def test_different_names_stay_apart(a, b):
    assert not same(a, b)


def test_another_given_name_is_another_person():
    assert not person_key("Pavel Farouk").matches(person_key("Amara Farouk"))
    assert person_key("Amir Abdollahian").matches(person_key("Hossein Amir-Abdollahian"))
    assert person_key("Bagheri").matches(person_key("Ali Bagheri Kani"))


def test_across_scripts_given_names_need_only_begin_with_the_same_sound():
    """A given name is transliterated from its own language (Turkish ``Recep`` is ``رجب``)."""
    assert person_key("Recep Tayyip Erdogan").matches(person_key("رجب طیب اردوغان"))
    assert person_key("Giorgia Meloni").matches(person_key("جورجیا ملونی"))  # Gi is ج
    assert person_key("Xi Jinping").matches(person_key("شی جین‌پینگ"))  # pinyin x is ش
    # Arabic has no p: the Turkish "Tayyip" is written "طیب", alone or after "Recep"
    assert person_key("Tayyip Erdogan").matches(person_key("رجب طیب اردوغان"))
    assert not person_key("Tayyip Erdogan").matches(person_key("احمد اردوغان"))


def test_a_latin_sh_may_be_s_and_h_in_the_arabic_script():
    """``Ishaq`` is ``اسحاق`` (s, then ḥ), so ``Ishaq Dar`` is ``اسحاق دار``; a real ``sh``
    still meets ``ش``, and within one script ``Shams`` is not ``Sams``."""
    assert person_key("Ishaq Dar").matches(person_key("اسحاق دار"))
    assert person_key("Shehbaz Sharif").matches(person_key("شهباز شریف"))
    assert not person_key("Ishaq Dar").matches(person_key("عمران خان"))
    assert not person_key("Ali Shams").matches(person_key("Ali Sams"))


def test_an_arabic_article_before_a_surname_may_go_unwritten_in_the_other_script():
    assert person_key("Ayman Safadi").matches(person_key("ایمن الصفدی"))
    assert person_key("Mohammed Shia al-Sudani").matches(person_key("محمد شیاع السودانی"))
    assert person_key("Bachar al-Assad").matches(person_key("بشار اسد"))
    assert not person_key("Hafez al-Assad").matches(person_key("Bashar al-Assad"))


def test_a_given_name_spelled_one_sound_apart_is_one_name():
    assert person_key("Benyamin Nétanyahou").matches(person_key("Benjamin Netanyahu"))
    assert not person_key("Jonas Weber").matches(person_key("Karl Weber"))
    assert not person_key("Pavel Farouk").matches(person_key("آمارا فاروق"))
    assert not person_key("Recep Erdogan").matches(person_key("Rajab Erdogan"))  # one script


def test_full_names_of_a_lead_skip_titles_and_countries():
    text = "TEHRAN – Iranian Foreign Minister Dariush Amir-Kabiri spoke with Claire Delmas."
    assert name_runs(text, {"iranian"}) == ["Dariush Amir-Kabiri", "Claire Delmas"]


def test_country_names_and_adjectives_in_three_languages():
    assert countries_in("Norway's minister called her Indonesian counterpart", "en") == [
        "NO",
        "ID",
    ]
    assert countries_in("La ministre norvégienne et son homologue indonésien", "fr") == [
        "NO",
        "ID",
    ]
    assert countries_in("L'équipe de France bat l'Allemagne", "fr") == ["FR", "DE"]
    assert countries_in("وزیر امور خارجه نروژ با همتای اندونزیایی و ایرانی", "fa")[:1] == ["NO"]
    assert "IR" in countries_in("وزیر امور خارجه نروژ با همتای ایرانی", "fa")
    assert countries_in("the children of the village", "en") == []
    assert country_name("NO", "fa") == "نروژ" and country_name("DE", "fr") == "Allemagne"


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("120", "en", 120.0),
        ("20,000", "en", 20000.0),
        ("20 000", "fr", 20000.0),
        ("9,5", "fr", 9.5),
        ("9.5", "en", 9.5),
        ("۱۲۰", "fa", 120.0),
        ("۹٫۵", "fa", 9.5),
        ("۹/۵", "fa", 9.5),
        ("۲۰٬۰۰۰", "fa", 20000.0),
    ],
)
def test_numbers_in_each_language(text, lang, value):
    assert parse_number(text, lang) == value


def _amount(text: str, lang: str, figure_text: str):
    document = Document.from_text(text, "t", lang=lang)
    start = text.index(figure_text)
    figure = Figure(figure_text, Evidence(figure_text, start, start + len(figure_text), True))
    return quantity(figure, document)


def test_the_same_amount_in_three_languages_has_one_key():
    english = _amount("Norway will give $120 million to the fund.", "en", "120 million")
    french = _amount("La Norvège versera 120 millions de dollars.", "fr", "120 millions")
    persian = _amount("نروژ ۱۲۰ میلیون دلار اختصاص می‌دهد.", "fa", "۱۲۰ میلیون")
    assert english.key == french.key == persian.key == ("USD", 120_000_000.0)
    other = _amount("La Norvège versera 150 millions de dollars.", "fr", "150 millions")
    assert other.key != english.key


def test_dates_and_years_are_not_figures():
    assert _amount("Les ministres se sont parlé le 12 mars.", "fr", "12 mars") is None
    assert _amount("چهارشنبه ۲۲ اسفند ۱۴۰۳ وزیران گفت‌وگو کردند.", "fa", "۱۴۰۳") is None
    assert _amount("Projects will be finished by 2030.", "en", "2030") is None
    assert _amount("Tariffs of 25% apply.", "en", "25%").unit == "percent"
    assert _amount("تعرفه ۲۵ درصدی اعمال می‌شود.", "fa", "۲۵ درصدی").unit == "percent"


def test_transliteration_swaps_of_j_y_and_g_k_still_meet():
    assert person_key("Jonas Weber").matches(person_key("یوناس وبر"))
    assert person_key("Ani Sargsyan").matches(person_key("آنی سرکیسیان"))
    assert not person_key("Jonas Weber").matches(person_key("Karl Weber"))


def test_lead_countries_come_from_the_shared_country_data():
    from polybrief.plugins.events.countries import countries_in

    assert countries_in("Norwegian and Filipino envoys met the Dutch minister.", "en") == [
        "NO",
        "PH",
        "NL",
    ]
    assert countries_in("La ministre norvégienne et son homologue indonésien", "fr") == ["NO", "ID"]
    assert countries_in("وزیر خارجه نروژ با همتای اندونزیایی خود", "fa") == ["NO", "ID"]

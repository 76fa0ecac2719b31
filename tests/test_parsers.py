"""The shipped parsers on the project's own fixtures: formats, encodings, publication dates,
boilerplate, titles, limits; every record checked against its schema."""

from __future__ import annotations

import json

import pytest

from polybrief import Pipeline

from conftest import FIXTURES, assert_valid, jsonl, run_cli


def _parse(cli, *args) -> list[dict]:
    result = cli("parse", *args)
    records = jsonl(result.stdout)
    assert_valid(records)
    return records


def _document(cli, *args) -> dict:
    (document,) = [r for r in _parse(cli, *args) if r["kind"] == "document"]
    for start, end in document["sentences"]:
        assert 0 <= start < end <= len(document["text"])
    for mention in document["dates"]:
        assert document["text"][mention["start"] : mention["end"]] == mention["raw"]
    return document


def test_persian_news_page_keeps_the_article_and_its_jalali_date(cli):
    document = _document(cli, FIXTURES / "fa_news_page.html")
    assert document["metadata"]["parser"] == "html"
    assert document["lang"] == "fa" and document["script"] == "Arab"
    assert document["direction"] == "rtl"
    assert document["title"] == "گفت‌وگوی تلفنی وزیران خارجه شیلی و ژاپن درباره مس و لیتیوم"
    assert document["published"] == {
        "date": "2024-06-01",
        "precision": "day",
        "raw": "شنبه ۱۲ خرداد ۱۴۰۳ - ۱۰:۳۰",
        "calendar": "persian",
    }
    text = document["text"]
    assert text.startswith("وزیر امور خارجه شیلی روز شنبه")
    assert "گفت‌وگو" in text  # ZWNJ survives the HTML extraction
    for gone in ("ارسال نظر", "نام", "ایمیل", "اخبار مرتبط", "صفحه اصلی", "حقوق", "اشتراک"):
        assert gone not in text
    assert document["metadata"]["news_id"] == "۴۸۲۹۱۷"
    assert document["metadata"]["site"] == "خبرگزاری نمونه"
    # "۲۰ تیر" has no year: resolved against the page's own date.
    dates = {m["raw"]: m["date"] for m in document["dates"]}
    assert dates["۲۰ تیر"] == "2024-07-10"
    sentences = [text[s:e] for s, e in document["sentences"]]
    assert "وزیر خارجه ژاپن در این گفت‌وگو گفت: «شیلی شریکی قابل اعتماد برای گذار انرژی است.»" in (
        sentences
    )


def test_english_page_metadata_and_no_navigation_or_comments(cli):
    document = _document(cli, FIXTURES / "en_article.html")
    assert document["lang"] == "en"
    assert document["title"] == "Norway and Indonesia sign ocean research agreement"
    assert document["published"]["date"] == "2025-03-12"
    assert document["metadata"]["author"] == "Kari Olsen"
    assert document["metadata"]["url"] == "https://news.example/world/norway-indonesia-oceans"
    text = document["text"]
    assert text.startswith("OSLO – Norway and Indonesia signed")
    for gone in ("cookies", "Home", "Share this", "newsletter", "Great news", "All rights"):
        assert gone not in text
    dates = {m["raw"]: m["date"] for m in document["dates"]}
    assert dates == {"Wednesday": "2025-03-12", "2 June": "2025-06-02", "November 2024": "2024-11"}


def test_french_weekday_only_date_needs_a_reference(cli):
    document = _document(cli, FIXTURES / "fr_weekday_only.txt")
    assert document["lang"] == "fr" and document["published"] is None
    assert document["title"] == "Le Chili et le Japon s'accordent sur le cuivre"
    assert [(m["raw"], m["date"]) for m in document["dates"]] == [
        ("jeudi", None),
        ("3 novembre", None),
    ]
    article = FIXTURES / "fr_weekday_only.txt"
    resolved = _document(cli, article, "--set", "reference_date=2025-03-14")
    assert [(m["raw"], m["date"]) for m in resolved["dates"]] == [
        ("jeudi", "2025-03-13"),
        ("3 novembre", "2024-11-03"),
    ]


def test_bad_reference_date_is_a_configuration_error(cli):
    result = cli("parse", FIXTURES / "fr_weekday_only.txt", "--set", "reference_date=soon")
    assert result.exit_code == 2
    assert "reference_date" in result.stderr


def test_windows_1256_persian(cli):
    document = _document(cli, FIXTURES / "fa_windows1256.txt")
    assert document["metadata"]["encoding"] == "cp1256"
    assert document["lang"] == "fa"
    assert document["published"]["date"] == "2025-03-12"
    assert document["published"]["calendar"] == "persian"
    assert document["text"].startswith("چهارشنبه 22 اسفند 1403 - وزير امور خارجه نروژ")


def test_utf16_and_windows_1252(cli):
    english = _document(cli, FIXTURES / "en_utf16.txt")
    assert english["metadata"]["encoding"] == "utf-16" and english["lang"] == "en"
    assert english["published"]["raw"] == "14 March 2025"
    french = _document(cli, FIXTURES / "fr_windows1252.txt")
    assert french["metadata"]["encoding"] == "cp1252"
    assert french["title"] == "Décès d'un écrivain sénégalais à Genève"


def test_plain_text_boilerplate_goes_and_metadata_stays(cli):
    document = _document(cli, FIXTURES / "fa_plain_boilerplate.txt")
    text = document["text"]
    assert text.startswith("وزیر کشاورزی کنیا") and text.endswith("آموزش خواهند دید.")
    for gone in ("کد خبر", "انتهای پیام", "ارسال نظر", "۶۲۳۱", "اشتراک", "نظرات"):
        assert gone not in text
    metadata = document["metadata"]
    assert metadata["news_id"] == "۷۷۱۲۰۳" and metadata["agency"] == "خبرگزاری نمونه"
    assert document["published"]["date"] == "2025-04-08"
    assert [(m["raw"], m["date"]) for m in document["dates"]] == [("دیروز", "2025-04-07")]


def test_byline_run_into_the_first_sentence_goes_to_metadata(tmp_path, cli):
    page = tmp_path / "feature.txt"
    page.write_text(
        "Health workers move out to protect their families\n\n"
        "By Debbie JacksonBBC Scotland But while most of us are giving up trips out of the "
        "house, many health workers are making an even bigger sacrifice. Some have moved out.",
        encoding="utf-8",
    )
    document = _document(cli, page)
    assert document["text"].startswith("But while most of us")
    assert document["metadata"]["author"] == "Debbie Jackson"
    assert document["metadata"]["boilerplate_removed"] == 1


def test_corpus_syndication_footer_is_removed(cli, corpus):
    document = _document(cli, corpus / "003_2307ceb8bb1c8c94.txt")
    assert document["title"] == "Iran, Qatar discuss latest developments in Gaza war"
    assert "Source link" not in document["text"]
    assert "collected from" not in document["text"]
    assert document["metadata"]["boilerplate_removed"] == 2
    # No date of its own: "Thursday" stays unresolved rather than guessed.
    assert ("Thursday", None) in [(m["raw"], m["date"]) for m in document["dates"]]


def test_corpus_markers_on_the_first_sentence_line(cli, corpus):
    french = _document(cli, corpus / "000_2dc8f213a2bf0247.txt")
    assert french["published"] == {
        "date": "2024-06",
        "precision": "month",
        "raw": "date 2024-06",
        "calendar": "gregorian",
    }
    assert french["text"].startswith("Lors d'un entretien téléphonique")
    assert french["title"] is None


def test_json_lines_fields_and_a_broken_record(cli, tmp_path):
    records = _parse(cli, FIXTURES / "articles.jsonl")
    documents = [r for r in records if r["kind"] == "document"]
    assert [d["source"].rsplit("#", 1)[1] for d in documents] == ["1", "2", "3"]
    assert [d["lang"] for d in documents] == ["en", "fr", "fa"]
    assert documents[0]["metadata"]["url"] == "https://news.example/en/1"
    assert documents[1]["published"]["precision"] == "month"
    assert documents[2]["published"]["date"] == "2025-03-14"
    assert documents[2]["published"]["calendar"] == "persian"
    broken = tmp_path / "mixed.jsonl"
    lines = (FIXTURES / "articles.jsonl").read_text("utf-8").splitlines()
    broken.write_text("\n".join([lines[0], "{not json", '{"title": "no text"}', lines[1]]))
    result = cli("parse", broken)
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    assert_valid(records)
    kinds = [(r["kind"], r.get("source", "").rsplit("#", 1)[-1]) for r in records[:-1]]
    assert kinds == [("document", "1"), ("error", "2"), ("error", "3"), ("document", "4")]
    assert "is not valid JSON" in records[1]["message"]
    assert "no 'text' or 'body'" in records[2]["message"]


def test_parser_is_chosen_by_content_and_can_be_forced(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes((FIXTURES / "en_article.html").read_bytes())
    lines = tmp_path / "dump"
    lines.write_bytes((FIXTURES / "articles.jsonl").read_bytes())
    pipe = Pipeline()
    assert pipe.parse(page)[0].metadata["parser"] == "html"
    assert [d.metadata["parser"] for d in pipe.parse(lines)] == ["jsonl"] * 3
    forced = Pipeline(parser=["text"]).parse(FIXTURES / "en_article.html")[0]
    assert forced.metadata["parser"] == "text" and "<article>" in forced.text


def test_standard_input_html(tmp_path):
    result = run_cli("parse", "-", input=(FIXTURES / "fa_news_page.html").read_bytes())
    assert result.returncode == 0, result.stderr
    (document, _) = jsonl(result.stdout.decode())
    assert document["source"] == "-" and document["metadata"]["parser"] == "html"


def test_binary_and_oversized_inputs_are_clear_errors(cli, tmp_path):
    image = tmp_path / "photo.jpg.txt"
    image.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    big = tmp_path / "big.txt"
    big.write_text("word " * 400)
    result = cli("parse", image, big, "--set", "max_input_bytes=1000")
    assert result.exit_code == 1
    errors = [r for r in jsonl(result.stdout) if r["kind"] == "error"]
    assert "JPEG image" in errors[0]["message"]
    assert "more than the limit of 1000" in errors[1]["message"]


def test_large_json_lines_file_is_read_in_chunks(tmp_path):
    record = {"title": "Chile and Japan", "text": "The ministers met in Tokyo on Friday. " * 5}
    lines = [json.dumps({**record, "id": n}) for n in range(30)]
    lines[7] = json.dumps({**record, "text": "x" * 2000})
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n")
    records = list(Pipeline(max_input_bytes=1000).stream([path], "parse"))
    sources = [r.source for r in records if r.kind == "document"]
    assert len(sources) == 29 and sources[0].endswith("#1") and sources[-1].endswith("#30")
    errors = [r for r in records if r.kind == "error"]
    assert [e.source for e in errors] == [f"{path}#8"]
    assert "larger than the limit" in errors[0].message


@pytest.mark.parametrize("name", ["fa_news_page.html", "articles.jsonl", "fa_windows1256.txt"])
def test_every_fixture_parses_to_valid_documents(cli, name):
    records = _parse(cli, FIXTURES / name)
    assert records[-1]["documents"]["failed"] == 0


def test_loading_the_parsers_imports_no_heavy_library():
    import subprocess
    import sys

    code = (
        "import sys, polybrief.plugins.text, polybrief.plugins.html, polybrief.plugins.jsonl; "
        "heavy = ('trafilatura', 'lxml', 'fasttext', 'lingua', 'charset_normalizer', "
        "'jdatetime', 'convertdate'); print([m for m in heavy if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_a_header_showing_todays_date_does_not_date_the_article():
    body = (
        "<p>وزیر امور خارجه در تماسی تلفنی با همتای قطری خود درباره تحولات منطقه و گسترش "
        "روابط دو کشور گفت‌وگو کرد و دو طرف بر ادامه رایزنی‌ها تأکید کردند.</p>" * 3
    )
    page = (
        '<html><head><meta charset="utf-8"><title>گفت‌وگوی تلفنی</title>{meta}</head><body>'
        '<header><span class="today-date">دوشنبه ۲۱ خرداد ۱۴۰۳</span></header>'
        "<article><h1>گفت‌وگوی تلفنی وزیران</h1>{body}</article></body></html>"
    )
    meta = '<meta property="article:published_time" content="2024-06-01T08:00:00Z">'
    with_meta = Pipeline().parse(page.format(meta=meta, body=body).encode())[0]
    assert with_meta.published.date == "2024-06-01"
    without = Pipeline().parse(page.format(meta="", body=body).encode())[0]
    assert without.published.date == "2024-06-10"  # the only date the page gives


def test_a_direction_mark_inside_a_persian_word_reads_as_a_zwnj():
    """Some sites put U+200E where a ZWNJ belongs (``می‎کنند``): the word stays one word,
    so ``آقای عبدالله حمایت می‌کنند`` names Abdullah, not ``عبدالله حمایت می‌کنند``. A mark
    beside Latin letters stays."""
    text = "حمایت\n\nگروهی از آقای عبدالله حمایت می\u200eکنند و iPhone\u200e جدید آمد."
    pipe = Pipeline(extractor=["offline"])
    (document,) = pipe.parse(text)
    assert "می\u200cکنند" in document.text and "iPhone\u200e" in document.text
    people = [e.name for e in pipe.extract(document).entities if e.type == "person"]
    assert people == ["عبدالله"]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Le Monde avec AFP, publié le 16 février 2024 à 19h30", "2024-02-16"),
        ("Reuters, le 12 janvier 2025 à 18:02", "2025-01-12"),
        ("France 24 avec AFP — 12 janvier 2025", "2025-01-12"),
    ],
)
def test_a_short_first_line_ending_with_its_date_is_a_publication_line(line, date):
    body = "Le président a reçu son homologue vendredi à Paris. Ils ont parlé du commerce."
    (document,) = Pipeline().parse(f"Titre\n\n{line}\n\n{body}")
    assert document.published.date == date
    assert document.text == body
    assert document.metadata["dateline"] == line  # taken out of the text, not lost


@pytest.mark.parametrize(
    ("line", "raw"),
    [
        ("Publié le : 10 novembre 2025", "10 novembre 2025"),
        ("Publié le 10 novembre 2025", "10 novembre 2025"),
        ("Published on: 10 November 2025", "10 November 2025"),
    ],
)
def test_a_publication_label_and_its_colon_are_not_the_date(line, raw):
    (document,) = Pipeline().parse(f"Title\n\n{line}\n\nThe text is here. It goes on.")
    assert (document.published.date, document.published.raw) == ("2025-11-10", raw)


@pytest.mark.parametrize(
    ("head", "title", "date"),
    [
        ("Title: Rubio cancels trip\nPublished: 2025-11-10", "Rubio cancels trip", "2025-11-10"),
        ("Titre : Rubio annule\nPublié le : 10 novembre 2025", "Rubio annule", "2025-11-10"),
        ("عنوان: لغو سفر روبیو\nتاریخ: ۱۹ آبان ۱۴۰۴", "لغو سفر روبیو", "2025-11-10"),
    ],
)
def test_labelled_title_and_date_lines_give_the_title_and_date(head, title, date):
    body = "The text is here. It goes on."
    (document,) = Pipeline().parse(f"{head}\n\n{body}")
    assert (document.title, document.published.date, document.text) == (title, date, body)


@pytest.mark.parametrize(
    ("first", "date"),
    [
        ("16 février 2024 — Le président a reçu son homologue à Paris.", "2024-02-16"),
        ("CAIRO (AP) — February 3, 2024", "2024-02-03"),  # the dateline names a place
    ],
)
def test_a_first_line_going_on_or_opened_by_a_place_stays_in_the_text(first, date):
    (document,) = Pipeline().parse(f"Titre\n\n{first}\n\nSuite du texte ici.")
    assert document.published.date == date
    assert document.text.startswith(first)


@pytest.mark.parametrize(
    ("head", "text_opens", "byline"),
    [
        (
            "Kremlin says leaders agreed to keep in touch\n\nJuly 21, 2026",
            "Kremlin says leaders agreed to keep in touch\n\nMOSCOW",
            None,
        ),
        ("Office of the Spokesperson\n\nJuly 21, 2026", "MOSCOW", "Office of the Spokesperson"),
        ("Office of the Spokesperson\nJuly 21, 2026", "MOSCOW", "Office of the Spokesperson"),
    ],
)
def test_a_date_line_under_a_subtitle_or_a_label_dates_the_article(head, text_opens, byline):
    """A subtitle above the date line stays text of the article; a label is metadata."""
    body = "MOSCOW (Reuters) - The two presidents spoke by phone on Monday. They agreed."
    (document,) = Pipeline().parse(f"Putin and Erdogan speak\n\n{head}\n\n{body}")
    assert document.published.date == "2026-07-21"
    assert document.text.startswith(text_opens) and document.text.endswith(body)
    assert document.metadata.get("byline") == byline

"""The offline extractor's event: its type, participants, date, place and topics."""

from __future__ import annotations

import pytest

from polybrief import Pipeline

from conftest import assert_valid
from offline_docs import facts, make, parsed_facts, participants


def topics_of(text: str) -> list[str]:
    """The topics of a report through the parse stage (its sentence split) and the rules."""
    pipe = Pipeline(extractor=["offline"])
    return pipe.extract(pipe.parse(text)[0]).event.topics


@pytest.mark.parametrize(
    ("lang", "text", "title", "expected"),
    [
        ("en", "The two leaders met in Paris on Monday to discuss trade.", None, "meeting"),
        ("en", "The minister arrived in Brasilia for a two-day visit.", None, "visit"),
        ("en", "The president flew to Riyadh on Thursday.", None, "visit"),
        ("fr", "Le président s'est envolé pour Riyad jeudi.", None, "visit"),
        ("fa", "وزیر امور خارجه تهران را به مقصد ریاض ترک کرد.", None, "visit"),
        ("en", "The presidents held a video conference on Friday.", None, "video_call"),
        ("en", "The prime ministers held a virtual summit on Tuesday.", None, "video_call"),
        ("fr", "Les deux Premiers ministres ont tenu un sommet virtuel.", None, "video_call"),
        ("fa", "دو نخست‌وزیر در یک نشست مجازی دیدار کردند.", None, "video_call"),
        # "virtually" alone is "almost"
        ("en", "The talks were virtually over when the two met on Tuesday.", None, "meeting"),
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
        ("en", "Viktor Orban said he had spoken with Vladimir Putin.", None, "talks"),
        ("en", "Viktor Orban said he had spoken with Vladimir Putin by phone.", None, "phone_call"),
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
        # talks of next week are to come, whatever the tense
        (
            "fa",
            "وزارت بهداشت غزه اعلام کرد حملات دست‌کم ۴۵ شهید برجای گذاشت. الانصاری گفت "
            "مذاکرات هفته آینده در دوحه از سر گرفته می‌شود.",
            None,
            "statement",
        ),
        ("en", "Talks next week in Doha are planned.", None, None),
        # …but when nothing else happened, it is the event reported
        ("en", "Indian Prime Minister Narendra Modi will visit Moscow next week.", None, "visit"),
        # a French verb in the future is such a cue too, and outweighs a statement
        (
            "fr",
            "Le ministre Jean-Noël Barrot se rendra jeudi à Téhéran, a annoncé le Quai d'Orsay.",
            None,
            "visit",
        ),
        ("fr", "Emmanuel Macron recevra lundi son homologue ukrainien.", None, "meeting"),
        ("en", "Secretary of State Marco Rubio will travel to Israel on Sunday.", None, "visit"),
        ("en", "Marco Rubio is scheduled to travel to Israel on Sunday.", None, "visit"),
        ("en", "Marco Rubio is expected to hold talks with Gideon Saar.", None, "meeting"),
        ("fa", "ترامپ روز سه‌شنبه با پوتین تماس گرفت.", None, "phone_call"),
        ("fr", "Emmanuel Macron a reçu un appel de Volodymyr Zelensky.", None, "phone_call"),
        ("fr", "Donald Trump a parlé après son appel avec Vladimir Poutine.", None, "phone_call"),
        ("fr", "Le président a lancé un appel à la retenue avec fermeté.", None, None),
        # a joint statement asking for a return to talks is a statement, not talks
        (
            "fr",
            "Les trois ministres ont publié une déclaration commune appelant à un retour aux "
            "négociations.",
            None,
            "statement",
        ),
        (
            "fa",
            "وزیران خارجه سه کشور در بیانیه‌ای مشترک خواستار بازگشت به مذاکرات شدند.",
            None,
            "statement",
        ),
        # meetings in the plural
        ("en", "Araghchi held separate meetings with his European counterparts.", None, "meeting"),
        ("fa", "عراقچی در ژنو دیدارهای جداگانه‌ای با وزیران خارجه اروپایی داشت.", None, "meeting"),
        # a meeting for a summit is the summit; one on its sidelines is a meeting
        ("en", "Putin and Erdogan met in Tehran for a summit on Syria.", None, "conference"),
        ("fr", "Poutine et Erdogan se sont réunis à Téhéran pour un sommet.", None, "conference"),
        ("en", "Putin met Erdogan on the sidelines of the summit in Tehran.", None, "meeting"),
        # ... and the two sides' own summit is their meeting
        ("en", "The two leaders met in Moscow for their annual summit.", None, "meeting"),
        ("fr", "Les deux dirigeants se sont réunis à Moscou pour leur sommet.", None, "meeting"),
        ("en", "The two leaders, who met in Tehran for a summit, spoke.", None, "conference"),
        ("en", "The ban on travel to Iran was lifted.", None, None),
        ("en", "The two ministers exchanged messages on Monday.", None, "message"),
        ("en", "In a call on Monday, the two leaders discussed Gaza.", None, "phone_call"),
        ("en", "In a call for calm, the UN urged restraint.", None, None),
        ("fr", "La ministre a eu un échange avec son homologue indonésien.", None, "talks"),
        ("fa", "وزیر خارجه همتای اندونزیایی خود را در اسلو به حضور پذیرفت.", None, "meeting"),
        ("fr", "Le ministre est en déplacement à Riyad.", None, "visit"),
        ("fr", "Les perturbations du déplacement des trains continuent.", None, None),
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
        ("en", "Indian Prime Minister Narendra Modi dialled President Putin.", None, "phone_call"),
        ("en", "Macron had dinner with Chancellor Olaf Scholz in Paris.", None, "meeting"),
        # an interview is a statement, and talks one is ready for are yet to come
        (
            "en",
            "Araghchi said in an interview with CNN that Tehran was ready for talks.",
            None,
            "statement",
        ),
        (
            "fa",
            "عراقچی در گفت‌وگو با شبکه الجزیره گفت ایران آماده مذاکره است.",
            None,
            "statement",
        ),
        (
            "fr",
            "Araghchi a déclaré dans un entretien accordé au Monde que l'Iran était prêt à "
            "négocier.",
            None,
            "statement",
        ),
        ("fr", "Emmanuel Macron et Olaf Scholz ont dîné ensemble à Paris.", None, "meeting"),
        # a summit to come, after "ahead of", "avant le", "در آستانه برگزاری": another event
        # ("در آستانه" alone may be "in Astana")
        (
            "en",
            "Zelenskiy spoke with Macron on Monday, a day before a NATO summit in The Hague.",
            "Zelenskiy, Macron discuss air defence ahead of NATO summit",
            "talks",
        ),
        (
            "fr",
            "Zelensky s'est entretenu lundi par téléphone avec Macron, à la veille du sommet.",
            "Zelensky et Macron s'entretiennent avant le sommet de l'Otan",
            "phone_call",
        ),
        (
            "fa",
            "زلنسکی روز دوشنبه با مکرون گفت‌وگو کرد.",
            "گفت‌وگوی زلنسکی و مکرون در آستانه برگزاری نشست ناتو",
            "talks",
        ),
        # in a report of sport, a meeting is a match
        (
            "fa",
            "در این دیدار که با حضور بیش از ۷۰ هزار تماشاگر برگزار شد، دو گل زده شد.",
            None,
            None,
        ),
        ("fr", "Rencontre Real Madrid-Tottenham le 17 octobre.", "Ligue des champions", None),
        ("fr", "Les ministres se sont rencontrés lundi à Paris.", "Rencontre à Paris", "meeting"),
        # a verb cue whose object is a thing: no one was met
        ("en", "The firm said it met the targets it set in 2023 two years early.", None, None),
        ("en", "The plan met with stiff resistance in parliament.", None, None),
        ("en", "The minister received praise for the reform.", None, None),
        ("en", "The hospital received 200 patients after the blast.", None, None),
        ("en", "Police received reports of gunfire near the school.", None, None),
        ("fr", "Le projet de loi a rencontré un vif succès à l'Assemblée.", None, None),
        ("fr", "Les secours ont rencontré des difficultés dans la nuit.", None, None),
        # …and whose object is someone, after a comma too
        ("en", "Lavrov met, on Friday, his counterpart from Iran.", None, "meeting"),
        ("fr", "Le ministre a rencontré son homologue, malgré les difficultés.", None, "meeting"),
        ("fr", "Les ministres du G7 se sont réunis mardi au Canada.", None, "meeting"),
        # talks in the plural
        (
            "fr",
            "Wang Yi et son homologue indien ont eu des entretiens lundi à New Delhi.",
            None,
            "talks",
        ),
        # an event that did not take place is no event, in the title too
        ("en", "Rubio has called off a planned visit to Turkey.", None, None),
        ("en", "The visit to Ankara was postponed.", "Rubio cancels trip to Ankara", None),
        ("fr", "Marco Rubio a annulé une visite prévue en Turquie.", None, None),
        ("fr", "La visite du secrétaire d'État à Ankara a été reportée.", None, None),
        ("fa", "روبیو سفر برنامه‌ریزی‌شده خود به ترکیه در این هفته را لغو کرد.", None, None),
        ("fa", "سفر روبیو به آنکارا به تعویق افتاد.", "لغو سفر روبیو به آنکارا", None),
        # …but another event of the same clause past "and" is
        ("en", "Putin met Xi on Monday and postponed a decision.", None, "meeting"),
        ("fr", "Le ministre a rencontré son homologue et reporté sa décision.", None, "meeting"),
        # what was to happen, said in the past, votes a quarter: "devait", "قرار بود … دیدار
        # کند"; alone, it is still the report's event, as "was due to meet" is
        ("fr", "Marco Rubio devait rencontrer son homologue turc.", None, "meeting"),
        (
            "fa",
            "قرار بود روبیو روز چهارشنبه در آنکارا با هاکان فیدان دیدار کند. دو وزیر "
            "روز دوشنبه به صورت ویدئوکنفرانس گفت‌وگو کردند.",
            None,
            "video_call",
        ),
        (
            "en",
            "Rubio had been expected to meet Hakan Fidan. The two ministers instead held a "
            "videoconference on Monday.",
            "Rubio cancels trip to Ankara",
            "video_call",
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


def test_a_meeting_only_the_title_names_is_told_where_the_lead_says_the_sides_talked():
    """``دیدار`` (meeting) in the title, ``گفت‌وگو کردند`` (talked) in the lead: a meeting,
    whose sentence, day and place are the lead's."""
    text = (
        "رجب طیب اردوغان رئیس‌جمهور ترکیه روز پنجشنبه در آنکارا از محمد شیاع السودانی "
        "نخست‌وزیر عراق استقبال کرد و دو طرف درباره صادرات نفت گفت‌وگو کردند."
    )
    document = make(text, "fa", title="دیدار اردوغان و السودانی", dates=[("پنجشنبه", "2024-04-25")])
    event = facts(document).event
    assert (event.type, event.evidence.text) == ("meeting", "گفت‌وگو کردند")
    assert event.date.date == "2024-04-25"
    assert [p.name for p in event.places] == ["آنکارا"]
    assert facts(make(text, "fa")).event.type == "talks"  # without the title


def test_a_meeting_the_title_names_is_told_in_the_leads_talks_not_after_this_meeting():
    text = (
        "کی‌یر استارمر، نخست‌وزیر بریتانیا، روز دوشنبه در رم با جورجیا ملونی، نخست‌وزیر "
        "ایتالیا، درباره مهاجرت غیرقانونی گفت‌وگو کرد. استارمر پس از این دیدار به خبرنگاران "
        "گفت: «ما هر دو سیاستمدارانی عمل‌گرا هستیم.»"
    )
    event = facts(make(text, "fa", title="دیدار استارمر و ملونی در رم")).event
    assert (event.type, event.evidence.text) == ("meeting", "گفت‌وگو کرد")
    assert event.topics == ["مهاجرت غیرقانونی"]


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
        # French verbs in the future
        ("Le ministre s'entretiendra lundi avec son homologue russe.", ("2025-02-17", "day")),
        ("Le ministre visitera Moscou lundi.", ("2025-02-17", "day")),
        ("Les deux ministres se réuniront lundi à Moscou.", ("2025-02-17", "day")),
        # a day after publication makes the event one to come, whatever the tense: Persian
        # writes plans in the present
        ("وزیر امور خارجه روسیه فردا به تهران سفر می‌کند.", ("2025-02-15", "day")),
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


def test_a_counterpart_is_a_participant_even_when_the_other_side_has_no_title():
    text = (
        "In a phone call with his Turkish counterpart Hakan Fidan on Monday, Araghchi said "
        "the talks would go on."
    )
    assert participants(facts(make(text, "en"))) == [("Hakan Fidan", None, "TR")]


@pytest.mark.parametrize(
    ("lead", "expected", "dateline"),
    [
        ("spoke by telephone on Saturday with", "2024-06-01", ""),  # the day before publication
        # a day further back: the cue's own (in its clause), not a clause's recalling
        ("spoke by telephone on 20 May with", "2024-05-20", ""),
        (", who took office on 20 May, spoke by telephone with", "2024-06-02", ""),
        ("spoke by telephone with", "2024-06-02", ""),  # no day given: the publication's
        # the dateline's date is the report's: the lead's day comes after it
        ("spoke by telephone late on Saturday with", "2024-06-01", "DOHA, June 2 (AP) - "),
        ("spoke by telephone with", "2024-06-02", "DOHA, June 2 (AP) - "),
        # the dateline may open the paragraph after a subtitle
        ("spoke by phone on Saturday with", "2024-06-01", "Talks go on\n\nDOHA, June 2 (AP) - "),
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


def test_a_place_named_twice_is_one_place_named_as_the_text_writes_it():
    text = (
        "BEIJING – The minister arrived in Beijing on Monday. Talks in Beijing lasted five hours."
    )
    extraction = facts(make(text, "en"))
    (place,) = extraction.event.places
    assert (place.name, place.evidence.text, place.country) == ("Beijing", "BEIJING", "CN")
    (entity,) = [e for e in extraction.entities if e.type == "place"]
    assert (entity.name, entity.spellings) == ("Beijing", ["BEIJING", "Beijing"])


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
        (  # what a summit was on
            "Summit in Tehran\n\ndate 2022-07-19\n\nRussian President Vladimir Putin and "
            "Turkish President Recep Tayyip Erdogan met in Tehran on Tuesday for a summit on "
            "Syria.",
            ["Syria"],
        ),
        (  # با (with) goes on a topic after a noun it completes (the fight against)…
            "ترکیه و عراق\n\n۶ اردیبهشت ۱۴۰۳\n\nرجب طیب اردوغان رئیس‌جمهور ترکیه در آنکارا "
            "با محمد شیاع السودانی نخست‌وزیر عراق دیدار کرد و دو طرف درباره صادرات نفت و "
            "مبارزه با گروه‌های مسلح گفت‌وگو کردند.",
            ["صادرات نفت و مبارزه با گروه‌های مسلح"],
        ),
        (  # …unless a title follows it: the one spoken with
            "ایران و روسیه\n\n۶ اردیبهشت ۱۴۰۳\n\nعباس عراقچی وزیر امور خارجه ایران درباره "
            "گسترش همکاری با وزیر امور خارجه روسیه سرگئی لاوروف گفت‌وگو کرد.",
            ["گسترش همکاری"],
        ),
        (  # a list of short items, with a comma before "and"
            "Rubio and Jaishankar\n\ndate 2025-09-22\n\nSecretary of State Marco Rubio met "
            "Indian External Affairs Minister Subrahmanyam Jaishankar and discussed trade, "
            "energy, and the situation in Gaza.",
            ["trade, energy, and the situation in Gaza"],
        ),
        (  # …but a longer clause between commas is no item of it
            "Rubio and Jaishankar\n\ndate 2025-09-22\n\nSecretary of State Marco Rubio met "
            "Indian External Affairs Minister Subrahmanyam Jaishankar to discuss trade, "
            "including plans for a new agreement on steel, and energy.",
            ["trade"],
        ),
    ],
)
def test_topics_are_the_words_after_a_cue_in_the_event_sentence(text, expected):
    assert topics_of(text) == expected


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
        (  # an adverb between the auxiliary and the participle of the cue
            "Barrot et Araghchi\n\ndate 2025-06-02\n\nLe ministre des Affaires étrangères, "
            "Jean-Noël Barrot, s'est entretenu lundi par téléphone avec son homologue iranien, "
            "Abbas Araghchi. Les deux ministres ont également évoqué le programme nucléaire.",
            ["le programme nucléaire"],
        ),
        (  # the fourth sentence after the lead still may
            "Wang and Araghchi\n\ndate 2025-01-07\n\nChinese Foreign Minister Wang Yi held "
            "phone talks with Iranian Foreign Minister Abbas Araghchi on Tuesday. Wang said "
            "China was willing to work with Iran. Araghchi thanked China. Wang said China "
            "opposed the use of force. The two sides also exchanged views on the situation in "
            "the Middle East.",
            ["the situation in the Middle East"],
        ),
        (  # the words before a quote are the writer's, the quote someone's
            "Araghchi meets Saudi counterpart\n\ndate 2025-09-24\n\nIranian Foreign Minister "
            "Abbas Araghchi met his Saudi counterpart Prince Faisal bin Farhan in New York on "
            "Tuesday. The two ministers discussed regional security, the ministry said, adding "
            'that both sides stressed "the importance of continued dialogue".',
            ["regional security"],
        ),
        (
            "Araghchi meets Saudi counterpart\n\ndate 2025-09-24\n\nIranian Foreign Minister "
            "Abbas Araghchi met his Saudi counterpart Prince Faisal bin Farhan in New York on "
            'Tuesday. "The two ministers discussed regional security," the ministry said.',
            [],
        ),
        (  # "les entretiens" speak of the meeting of the lead
            "Le Pakistan et la Chine\n\ndate 2025-04-22\n\nLa ministre pakistanaise des "
            "Affaires étrangères, Nadia Rahman, a rencontré mardi à Pékin son homologue chinois, "
            "Liu Wenbo. Les entretiens ont porté sur le corridor économique.",
            ["le corridor économique"],
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


def test_a_topic_ends_at_the_place_the_event_is_held():
    """``talks on Tehran's nuclear programme | in Muscat``: where the talks are held is no
    part of what they are about, and ``Tehran``, a capital inside the topic, stays in it."""
    text = (
        "Iran and US talks\n\ndate 2025-05-11\n\nIranian Foreign Minister Abbas Araghchi and "
        "U.S. envoy Steve Witkoff held a fourth round of talks on Tehran's nuclear programme in "
        "Muscat on Sunday."
    )
    assert topics_of(text) == ["Tehran's nuclear programme"]


def test_past_a_comma_a_bare_preposition_belongs_to_another_noun():
    """``sur`` after ``pression de Washington``, past the topic's comma, is the pressure's:
    Tehran is not a second topic."""
    text = (
        "Réunion à Pékin\n\ndate 2025-03-14\n\nLa Chine a accueilli vendredi une réunion "
        "avec la Russie et l'Iran sur le programme nucléaire iranien, en pleine pression de "
        "Washington sur Téhéran."
    )
    assert topics_of(text) == ["le programme nucléaire iranien"]


def test_a_french_topic_may_follow_the_medium_of_the_talks():
    """``se sont entretenus jeudi par visioconférence des tirs …``: a day and the medium
    stand between the verb and what was spoken of."""
    text = (
        "Takaichi et Lee\n\ndate 2025-11-20\n\nLa Première ministre japonaise, Sanae "
        "Takaichi, et le président sud-coréen, Lee Jae-myung, se sont entretenus jeudi par "
        "visioconférence des tirs de missiles nord-coréens."
    )
    assert topics_of(text) == ["tirs de missiles nord-coréens"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le président russe Vladimir Poutine s'est entretenu lundi par téléphone avec son "
            "homologue turc Recep Tayyip Erdogan de la situation en Ukraine, a annoncé le "
            "Kremlin.",
            ["la situation en Ukraine"],
        ),
        (
            "Emmanuel Macron s'est entretenu au téléphone avec Vladimir Poutine de l'Ukraine.",
            ["l'Ukraine"],
        ),
        # a comma after the name: "de Moscou" is no topic
        (
            "Emmanuel Macron s'est entretenu avec le président russe Vladimir Poutine, de Moscou.",
            [],
        ),
    ],
)
def test_a_french_topic_may_follow_the_partner_of_the_talks(sentence, expected):
    """``s'est entretenu avec X de Y``: what was spoken of follows the partner's name."""
    assert topics_of(f"Macron et Poutine\n\ndate 2025-07-01\n\n{sentence}") == expected


def test_a_spokesperson_reporting_on_two_others_is_no_participant():
    text = (
        "Russian President Vladimir Putin is open to dialogue with U.S. President Donald Trump, "
        "Kremlin spokesman Dmitry Peskov told reporters on Tuesday."
    )
    assert [p.name for p in facts(make(text, "en")).event.participants] == [
        "Vladimir Putin",
        "Donald Trump",
    ]


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
        (  # a place opening the sentence is no person: a capital speaks for its government
            'New Delhi, the capital, has said that "talks will go on for weeks".',
            ["government (India)"],
        ),
    ],
)
def test_an_untitled_full_name_opening_a_sentence_is_its_subject(text, expected):
    assert [q.speaker for q in facts(make(text, "en")).quotes] == expected


@pytest.mark.parametrize(
    ("text", "lang", "named", "places"),
    [
        ("The ministers met in Ankara on Monday.", "en", "Ankara", ["Ankara"]),
        ("ANKARA - The ministers met on Monday.", "en", "ANKARA", ["ANKARA"]),
        ("BEIJING, Jan. 7 (Xinhua) -- The ministers met.", "en", "BEIJING", ["BEIJING"]),
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


def test_a_call_happened_at_no_capital_the_report_names_but_its_datelines():
    text = (
        "KYIV - Le président Emmanuel Macron s'est entretenu mardi par téléphone avec le "
        "président ukrainien Volodymyr Zelensky, à une semaine du sommet de l'Otan à "
        "Washington."
    )
    assert [p.name for p in facts(make(text, "fr")).event.places] == ["KYIV"]


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
            # the Élysée, France's seat of power, says the host's country
            [("Volodymyr Zelensky", "president", "UA"), ("Emmanuel Macron", None, "FR")],
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


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Senior diplomats from China, Russia and Iran met in Beijing on Friday to discuss "
            "Iran's nuclear programme, days after U.S. President Donald Trump said he had "
            "written to Iran's supreme leader. Chinese Vice Foreign Minister Ma Zhaoxu hosted "
            "Russian Deputy Foreign Minister Sergei Ryabkov and Iranian Deputy Foreign Minister "
            "Kazem Gharibabadi.",
            "en",
            ["Ma Zhaoxu", "Sergei Ryabkov", "Kazem Gharibabadi"],
        ),
        (
            "Les diplomates se sont réunis vendredi à Pékin, au lendemain d'une déclaration du "
            "président américain Donald Trump. Le ministre russe des Affaires étrangères "
            "Sergueï Lavrov a rencontré le ministre iranien des Affaires étrangères Abbas "
            "Araghchi.",
            "fr",
            ["Sergueï Lavrov", "Abbas Araghchi"],
        ),
    ],
)
def test_someone_a_lead_names_after_days_after_did_not_take_part(text, lang, expected):
    assert [p[0] for p in participants(facts(make(text, lang)))] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chinese President Xi Jinping on Wednesday sent a congratulatory message to Lee "
            "Jae-myung on his election as president.",
            "en",
        ),
        (
            "Le président chinois Xi Jinping a adressé mercredi un message de félicitations à "
            "Lee Jae-myung, élu la veille.",
            "fr",
        ),
        # the one congratulated
        ("Chinese President Xi Jinping congratulated Lee Jae-myung on his election.", "en"),
        ("Le président chinois Xi Jinping a félicité Lee Jae-myung pour son élection.", "fr"),
    ],
)
def test_the_one_a_message_is_sent_to_takes_part(text, lang):
    extraction = facts(make(text, lang))
    assert extraction.event.type == "message"
    assert [p[0] for p in participants(extraction)] == ["Xi Jinping", "Lee Jae-myung"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "مسعود پزشکیان رئیس‌جمهور در پیامی به ولادیمیر پوتین درگذشت قربانیان حادثه را "
            "تسلیت گفت.",
            "fa",
            ["مسعود پزشکیان", "ولادیمیر پوتین"],
        ),
        (
            "President Joe Biden offered condolences to Prime Minister Narendra Modi.",
            "en",
            ["Joe Biden", "Narendra Modi"],
        ),
        (
            "Le président Emmanuel Macron a présenté ses condoléances au roi Charles III.",
            "fr",
            ["Emmanuel Macron", "Charles III"],
        ),
    ],
)
def test_condolences_are_a_message_to_the_one_they_are_offered_to(text, lang, expected):
    extraction = facts(make(text, lang))
    assert extraction.event.type == "message"
    assert [p[0] for p in participants(extraction)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "US Secretary of State Marco Rubio has called off a planned visit to Turkey. Rubio "
            "had been expected to meet Turkish Foreign Minister Hakan Fidan. The two ministers "
            "instead held a videoconference on Monday, spokesperson Tammy Bruce told reporters.",
            "en",
        ),
        (
            "Le secrétaire d'État américain Marco Rubio a annulé une visite prévue en Turquie. "
            "Marco Rubio devait rencontrer son homologue turc Hakan Fidan. Les deux ministres se "
            "sont entretenus lundi par visioconférence, a précisé la porte-parole Tammy Bruce.",
            "fr",
        ),
    ],
)
def test_the_two_sides_of_the_event_sentence_are_the_two_titled_people_of_the_lead(text, lang):
    extraction = facts(make(text, lang))
    assert extraction.event.type == "video_call"
    assert [p[0] for p in participants(extraction)] == ["Marco Rubio", "Hakan Fidan"]


def test_talks_spoken_of_in_a_later_sentence_do_not_date_the_visit():
    text = (
        "Ani Sargsyan, ministre arménienne des Affaires étrangères, a été reçue dimanche à "
        "Téhéran par son homologue iranien, Dariush Amir-Kabiri. Les entretiens ont porté sur "
        "les corridors de transit."
    )
    document = make(
        text,
        "fr",
        title="La ministre arménienne des Affaires étrangères en visite en Iran",
        published="2025-08-04",
        dates=[("dimanche", "2025-08-03")],
    )
    assert facts(document).event.date.date == "2025-08-03"


def test_to_marks_no_partner_of_other_events():
    text = "Chinese President Xi Jinping met officials on Wednesday and spoke to Lee Jae-myung."
    assert [p[0] for p in participants(facts(make(text, "en")))] == ["Xi Jinping"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le président iranien Massoud Pezeshkian est arrivé mercredi à Bagdad pour une "
            "visite de trois jours. Il a été reçu par le Premier ministre irakien Mohamed Chia "
            "al-Soudani.",
            "fr",
            ["Massoud Pezeshkian", "Mohamed Chia al-Soudani"],
        ),
        (
            "مسعود پزشکیان رئیس‌جمهور کشورمان روز چهارشنبه وارد بغداد شد. وی مورد استقبال "
            "رسمی محمد شیاع السودانی نخست‌وزیر عراق قرار گرفت.",
            "fa",
            ["مسعود پزشکیان", "محمد شیاع السودانی"],
        ),
        (  # at the airport: protocol, not the host of the talks
            "Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day "
            "visit. Modi was received at the airport by Russia's First Deputy Prime Minister "
            "Denis Manturov.",
            "en",
            ["Narendra Modi"],
        ),
    ],
)
def test_the_host_who_received_the_one_participant_in_the_next_sentence(text, lang, expected):
    assert [p[0] for p in participants(facts(make(text, lang)))] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Iranian Foreign Minister Abbas Araghchi arrived in Moscow on Tuesday. He held talks "
            "with his Russian counterpart Sergei Lavrov.",
            "en",
            ["Abbas Araghchi", "Sergei Lavrov"],
        ),
        (
            "Le ministre iranien Abbas Araghchi est arrivé mardi à Moscou. Il s'est entretenu "
            "pendant près de trois heures avec son homologue russe Sergueï Lavrov.",
            "fr",
            ["Abbas Araghchi", "Sergueï Lavrov"],
        ),
        (
            "عباس عراقچی وزیر امور خارجه ایران روز سه‌شنبه وارد مسکو شد. وی با همتای روس خود "
            "سرگئی لاوروف دیدار کرد.",
            "fa",
            ["عباس عراقچی", "سرگئی لاوروف"],
        ),
        (  # a counterpart met in another month is recalled
            "Iranian Foreign Minister Abbas Araghchi arrived in Moscow on Tuesday. He last met "
            "his Russian counterpart Sergei Lavrov in January.",
            "en",
            ["Abbas Araghchi"],
        ),
    ],
)
def test_a_counterpart_named_in_the_next_sentence_takes_part(text, lang, expected):
    """The one participant's counterpart named in the sentence after theirs is the partner."""
    extraction = parsed_facts(text, "Araghchi in Moscow")
    assert [p.name for p in extraction.event.participants] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Abbas Araghchi held a phone call with Badr Albusaidi on Monday.",
            "en",
            ["Abbas Araghchi", "Badr Albusaidi"],
        ),
        (
            "Emmanuel Macron s'est entretenu lundi par téléphone avec Olaf Scholz.",
            "fr",
            ["Emmanuel Macron", "Olaf Scholz"],
        ),
        (
            "عباس عراقچی در تماس تلفنی با بدر البوسعیدی درباره مذاکرات گفت‌وگو کرد.",
            "fa",
            ["عباس عراقچی", "بدر البوسعیدی"],
        ),
        # a name qualifying the noun before a verb cue opens no subject
        ("Apple Inc executives met with Tim Cook on Monday.", "en", ["Tim Cook"]),
        # an adverb is no such noun
        (
            "Abbas Araghchi reportedly met with Badr Albusaidi on Monday.",
            "en",
            ["Abbas Araghchi", "Badr Albusaidi"],
        ),
        # the officials are no one named: the one they met alone takes part
        ("European Union officials met with Badr Albusaidi on Monday.", "en", ["Badr Albusaidi"]),
    ],
)
def test_with_no_title_the_name_opening_the_event_and_the_one_it_was_held_with(
    text, lang, expected
):
    assert [p[0] for p in participants(facts(make(text, lang)))] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر امور خارجه عمان در تماس تلفنی با عباس عراقچی درباره مذاکرات گفت‌وگو کرد.", "fa"),
        ("Oman's foreign minister held a phone call with Abbas Araghchi on Monday.", "en"),
    ],
)
def test_the_one_called_takes_part_when_the_caller_is_named_by_a_title_alone(text, lang):
    expected = {"fa": "عباس عراقچی", "en": "Abbas Araghchi"}[lang]
    assert [p[0] for p in participants(facts(make(text, lang)))] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Abbas Araghchi and his Omani counterpart Badr Albusaidi met in Muscat on Monday.",
            "en",
            ["Abbas Araghchi", "Badr Albusaidi"],
        ),
        (
            "Jean-Noël Barrot et son homologue allemand Johann Wadephul se sont rencontrés.",
            "fr",
            ["Jean-Noël Barrot", "Johann Wadephul"],
        ),
        (
            "عباس عراقچی و همتای عمانی خود بدر البوسعیدی روز دوشنبه در مسقط دیدار کردند.",
            "fa",
            ["عباس عراقچی", "بدر البوسعیدی"],
        ),
    ],
)
def test_the_one_whose_counterpart_is_named_after_and_takes_part(text, lang, expected):
    assert [p[0] for p in participants(facts(make(text, lang)))] == expected


def test_the_full_name_opening_the_next_sentence_holds_a_title_naming_no_one():
    text = (
        "Iran's foreign minister arrived in Cairo on Sunday for talks with his Egyptian "
        "counterpart. Abbas Araghchi was received by Egyptian Foreign Minister Badr Abdelatty "
        'at the Tahrir Palace. "We agreed to continue our consultations," Araghchi said.'
    )
    extraction = facts(make(text, "en"))
    assert participants(extraction) == [
        ("Abbas Araghchi", "foreign minister", "IR"),
        ("Badr Abdelatty", "foreign minister", "EG"),
    ]
    assert [q.speaker for q in extraction.quotes] == ["Abbas Araghchi"]


def test_a_title_of_no_country_goes_to_the_name_speaking_in_the_event_next():
    """``رئیس‌جمهور`` alone, then ``دکتر مسعود پزشکیان در این گفت‌وگو``: he held the call."""
    text = (
        "رئیس‌جمهور در گفت‌وگوی تلفنی با رجب طیب اردوغان رئیس‌جمهور ترکیه، بر ضرورت توقف "
        "حملات تأکید کرد. دکتر مسعود پزشکیان در این گفت‌وگو گفت: «ایران به دنبال جنگ نیست.»"
    )
    assert participants(facts(make(text, "fa"))) == [
        ("رجب طیب اردوغان", "president", "TR"),
        ("مسعود پزشکیان", "president", None),
    ]


def test_a_title_of_no_country_does_not_go_to_a_name_that_does_not_speak_of_the_event():
    text = (
        "رئیس‌جمهور در گفت‌وگوی تلفنی با رجب طیب اردوغان رئیس‌جمهور ترکیه گفت‌وگو کرد. "
        "مسعود پزشکیان گفت که ایران به دنبال جنگ نیست."
    )
    assert participants(facts(make(text, "fa"))) == [("رجب طیب اردوغان", "president", "TR")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Iran's foreign minister spoke by phone with his Saudi counterpart on Monday. Abbas "
            "Araghchi told Prince Faisal bin Farhan that the war must stop.",
            "en",
        ),
        (
            "Le chef de la diplomatie iranienne s'est entretenu lundi par téléphone avec son "
            "homologue saoudien. Abbas Araghchi a affirmé au prince Faisal bin Farhan que la "
            "guerre devait cesser.",
            "fr",
        ),
    ],
)
def test_a_title_and_a_counterpart_naming_no_one_go_to_the_names_of_the_next_sentence(text, lang):
    """The full name opening the next sentence holds the title, though someone named with
    an honorific follows it in that sentence; that one is the counterpart."""
    assert participants(facts(make(text, lang))) == [
        ("Abbas Araghchi", "foreign minister", "IR"),
        ("Faisal bin Farhan", "foreign minister", "SA"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Emmanuel Macron est arrivé lundi à Pékin pour une visite d'État.",
            "fr",
            ["Emmanuel Macron"],
        ),
        (
            "Emmanuel Macron arrived in Beijing on Monday for a state visit.",
            "en",
            ["Emmanuel Macron"],
        ),
        ("امانوئل مکرون روز دوشنبه وارد پکن شد.", "fa", ["امانوئل مکرون"]),
        # a name that qualifies a noun is no visitor
        ("Apple Inc executives arrived in Beijing on Monday.", "en", []),
        # nor is one meeting or calling a counterpart named by no name
        (
            "Hossein Amir-Abdollahian met his Saudi counterpart on the sidelines of the UN.",
            "en",
            ["Hossein Amir-Abdollahian"],
        ),
        (
            "Jean-Noël Barrot s'est entretenu par téléphone avec son homologue saoudien.",
            "fr",
            ["Jean-Noël Barrot"],
        ),
        ("عباس عراقچی در تماس تلفنی با همتای عمانی خود گفت‌وگو کرد.", "fa", ["عباس عراقچی"]),
        (
            "حسین امیرعبداللهیان در حاشیه مجمع عمومی با همتای سعودی خود دیدار و گفت‌وگو کرد.",
            "fa",
            ["حسین امیرعبداللهیان"],
        ),
        ("Apple executives met their Samsung counterparts.", "en", []),
    ],
)
def test_with_no_title_the_visitor_or_who_meets_a_counterpart_takes_part(text, lang, expected):
    assert [p[0] for p in participants(facts(make(text, lang)))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le président français Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée.",
        "Le président français Emmanuel Macron a reçu lundi Volodymyr Zelensky à l'Élysée.",
        # met with no "with": the one met
        "Emmanuel Macron a rencontré lundi Volodymyr Zelensky à Kiev.",
        "Emmanuel Macron s'est rendu lundi à Kiev, où il a rencontré Volodymyr Zelensky.",
        "Emmanuel Macron travelled to Kyiv on Monday, where he met Volodymyr Zelensky.",
    ],
)
def test_the_one_received_named_right_after_the_verb_takes_part_in_latin_script(text):
    """Right after the verb, or after the day the parse stage found there."""
    extraction = parsed_facts(text, "Macron et Zelensky")
    assert [p.name for p in extraction.event.participants] == [
        "Emmanuel Macron",
        "Volodymyr Zelensky",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "expected"),
    [
        (
            "Donald Trump called Vladimir Putin on Tuesday to discuss Ukraine.",
            "en",
            "phone_call",
            ["Donald Trump", "Vladimir Putin"],
        ),
        (
            "US President Donald Trump called Russian President Vladimir Putin on Tuesday.",
            "en",
            "phone_call",
            ["Donald Trump", "Vladimir Putin"],
        ),
        (
            "Le président Emmanuel Macron a appelé le président russe Vladimir Poutine mardi.",
            "fr",
            "phone_call",
            ["Emmanuel Macron", "Vladimir Poutine"],
        ),
        (  # a day between the verb and the name
            "Emmanuel Macron a appelé lundi Vladimir Poutine.",
            "fr",
            "phone_call",
            ["Emmanuel Macron", "Vladimir Poutine"],
        ),
        (
            "Donald Trump welcomed Mohammed bin Salman to the White House on Tuesday.",
            "en",
            "meeting",
            ["Donald Trump", "Mohammed bin Salman"],
        ),
        # calling someone something, or on someone to do something, is no call
        ("Donald Trump called Vladimir Putin a killer.", "en", None, []),
        ("It is what Donald Trump called Vladimir Putin's war.", "en", None, []),
        ("Donald Trump called on Vladimir Putin to stop.", "en", None, []),
        (
            "Le président Emmanuel Macron a appelé le président russe Vladimir Poutine à la "
            "retenue.",
            "fr",
            None,
            ["Emmanuel Macron", "Vladimir Poutine"],
        ),
        # a word of the addressee or of meeting with between the verb and the name
        (
            "Emmanuel Macron a téléphoné mardi à Donald Trump.",
            "fr",
            "phone_call",
            ["Emmanuel Macron", "Donald Trump"],
        ),
        (
            "Emmanuel Macron a échangé mardi avec le président ukrainien Volodymyr Zelensky.",
            "fr",
            "talks",
            ["Volodymyr Zelensky", "Emmanuel Macron"],
        ),
        # the noun "téléphone" is no second verb of calling
        (
            "Volodymyr Zelensky s'est entretenu lundi par téléphone avec Emmanuel Macron.",
            "fr",
            "phone_call",
            ["Volodymyr Zelensky", "Emmanuel Macron"],
        ),
    ],
)
def test_calling_a_person_named_right_after_the_verb_is_a_telephone_call(
    text, lang, kind, expected
):
    extraction = parsed_facts(text)
    assert extraction.event.type == kind
    assert [p[0] for p in participants(extraction)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "President Donald Trump welcomed Saudi Crown Prince Mohammed bin Salman to the White "
            "House on Tuesday.",
            "en",
            "meeting",
        ),
        ("Donald Trump welcomed the decision on Tuesday.", "en", None),
        ("Donald Trump welcomed Vladimir Putin's proposal on Tuesday.", "en", None),
        ("Emmanuel Macron a accueilli mardi le président brésilien Lula.", "fr", "meeting"),
        ("Emmanuel Macron a accueilli favorablement la proposition de Lula.", "fr", None),
        ("La France a accueilli 300 réfugiés afghans.", "fr", None),
    ],
)
def test_welcoming_a_person_is_a_meeting_and_welcoming_a_thing_is_none(text, lang, kind):
    assert facts(make(text, lang)).event.type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Prime Minister spoke to President Zelenskyy this afternoon.", "talks"),
        ("The Prime Minister spoke to President Zelenskyy by phone this afternoon.", "phone_call"),
        ("Prime Minister Keir Starmer spoke to reporters this afternoon.", None),
        ("Prime Minister Keir Starmer spoke to Sky News this afternoon.", None),
    ],
)
def test_speaking_to_a_titled_person_is_talks_and_to_reporters_none(text, kind):
    """A British readout's ``spoke to``: talks with the person named, no event with the press."""
    assert facts(make(text, "en")).event.type == kind


def test_a_news_outlet_is_no_partner():
    """``Sky News``: the data's ``name_stops`` end names at words of the press."""
    text = "Prime Minister Keir Starmer spoke with Sky News on Monday."
    assert [p[0] for p in participants(facts(make(text, "en")))] == ["Keir Starmer"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "En visite à Beyrouth, Jean-Noël Barrot a été reçu lundi par le président libanais "
            "Joseph Aoun.",
            "fr",
            ["Joseph Aoun", "Jean-Noël Barrot"],
        ),
        (
            "On a visit to Beirut, Jean-Noel Barrot was received on Monday by Lebanese President "
            "Joseph Aoun.",
            "en",
            ["Joseph Aoun", "Jean-Noel Barrot"],
        ),
        # a company is no guest: Inc ends a name
        (
            "On a visit to Beirut, the delegation of Apple Inc was received by Lebanese President "
            "Joseph Aoun.",
            "en",
            ["Joseph Aoun"],
        ),
    ],
)
def test_the_guest_a_titled_host_received_takes_part(text, lang, expected):
    """The untitled full name right before a verb of hosting with its agent after it."""
    extraction = parsed_facts(text, "Visite")
    assert [p.name for p in extraction.event.participants] == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Entretien téléphonique entre Emmanuel Macron et Vladimir Poutine, le premier "
            "depuis trois ans.",
            "phone_call",
            ["Emmanuel Macron", "Vladimir Poutine"],
        ),
        (
            "Un appel entre Emmanuel Macron et Donald Trump a eu lieu mardi.",
            "phone_call",
            ["Emmanuel Macron", "Donald Trump"],
        ),
        (
            "A phone call between Donald Trump and Vladimir Putin took place on Tuesday.",
            "phone_call",
            ["Donald Trump", "Vladimir Putin"],
        ),
        (
            "گفت‌وگوی تلفنی بین مسعود پزشکیان و رجب طیب اردوغان روز سه‌شنبه انجام شد.",
            "phone_call",
            ["مسعود پزشکیان", "رجب طیب اردوغان"],
        ),
        ("The border between France and Spain was closed.", None, []),
    ],
)
def test_two_names_after_between_took_part(text, kind, expected):
    extraction = parsed_facts(text)
    assert extraction.event.type == kind
    assert [p[0] for p in participants(extraction)] == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Le 2 décembre dernier, les deux ministres se sont rencontrés à Doha.", "2024-12-02"),
        ("On December 2, the two ministers met in Doha.", "2024-12-02"),
        # a date recalled in another clause is not the event's: the publication stands in
        ("Ali Bagheri, who took office on December 2, met his counterpart.", "2025-02-14"),
    ],
)
def test_a_day_further_back_dates_the_event_when_it_opens_the_sentence_or_the_cues_clause(
    lead, expected
):
    pipe = Pipeline(extractor=["offline"])
    event = pipe.extract(pipe.parse(f"T\n\ndate 2025-02-14\n\n{lead}")[0]).event
    assert event.date.date == expected


def test_the_untitled_subject_meeting_the_one_titled_participant_named_after_with_takes_part():
    text = "عباس عراقچی در سفر به پکن با وانگ یی وزیر امور خارجه چین دیدار کرد."
    assert [p[0] for p in participants(facts(make(text, "fa")))] == ["وانگ یی", "عباس عراقچی"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Crown Prince Mohammed bin Salman received Iran's Abbas Araghchi.",
            [("Mohammed bin Salman", "crown prince", "SA"), ("Abbas Araghchi", None, "IR")],
        ),
        (
            "Iran's Abbas Araghchi met Saudi Crown Prince Mohammed bin Salman.",
            [("Mohammed bin Salman", "crown prince", "SA"), ("Abbas Araghchi", None, "IR")],
        ),
        (
            "Russia's Sergei Lavrov and Iran's Abbas Araghchi held talks in Moscow.",
            [("Sergei Lavrov", None, "RU"), ("Abbas Araghchi", None, "IR")],
        ),
        (
            "Iranian President Masoud Pezeshkian received Saudi Arabia's Faisal bin Farhan.",
            [("Masoud Pezeshkian", "president", "IR"), ("Faisal bin Farhan", None, "SA")],
        ),
    ],
)
def test_a_country_s_possessive_before_an_untitled_name_gives_its_country(text, expected):
    assert participants(facts(make(text, "en"))) == expected


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # people counted arriving are no visit
        ("Five Americans held for years in Iran arrived in Qatar on Monday.", "en", None),
        ("Cinq Américains détenus en Iran sont arrivés lundi à Doha.", "fr", None),
        ("DOHA (AP) — Five Americans held in Iran arrived in Qatar on Monday.", "en", None),
        # officials counted arriving are
        ("Three European foreign ministers arrived in Kyiv on Monday.", "en", "visit"),
        ("The foreign minister arrived in Doha on Monday.", "en", "visit"),
    ],
)
def test_a_count_of_people_arriving_is_no_visit(text, lang, kind):
    extraction = facts(make(text, lang))
    assert (extraction.event.type if extraction.event else None) == kind


def test_the_holder_of_another_kind_of_event_named_in_the_lead_takes_no_part():
    """``prepare for President Xi Jinping's state visit`` in a report of talks: Xi is of
    the visit to come."""
    text = (
        "Chinese Foreign Minister Wang Yi held talks with French Foreign Minister Jean-Noel "
        "Barrot in Paris on Tuesday, as the two countries prepare for President Xi Jinping's "
        "state visit. Wang said ties were good. Barrot said trade grew."
    )
    extraction = facts(make(text, "en", title="Wang Yi holds talks with Barrot in Paris"))
    assert extraction.event.type == "meeting"
    assert [p[0] for p in participants(extraction)] == ["Wang Yi", "Jean-Noel Barrot"]


@pytest.mark.parametrize(
    "text",
    [
        # whom a verb met takes part, whatever the cue of another kind after it
        "Chinese Foreign Minister Wang Yi met Iranian Foreign Minister Abbas Araghchi during "
        "Araghchi's visit to Beijing.",
        "Chinese Foreign Minister Wang Yi held talks with Iranian Foreign Minister Abbas "
        "Araghchi in Beijing.",
    ],
)
def test_the_one_a_cue_of_another_kind_names_as_its_object_takes_part(text):
    assert len(participants(facts(make(text, "en")))) == 2


def test_a_persian_video_conference_said_with_its_indefinite_ending_is_a_video_call():
    text = (
        "شی جین‌پینگ رئیس‌جمهور چین و ولادیمیر پوتین رئیس‌جمهور روسیه روز دوشنبه در "
        "ویدئوکنفرانسی گفت‌وگو کردند."
    )
    assert facts(make(text, "fa")).event.type == "video_call"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le ministre Jean-Noël Barrot doit rencontrer mercredi son homologue iranien.", "meeting"),
        ("Le ministre Jean-Noël Barrot va se rendre mercredi à Téhéran.", "visit"),
    ],
)
def test_a_french_infinitive_names_an_event_to_come(text, kind):
    assert parsed_facts(text, "Title here").event.type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # two countries' leaders who talked at their summit met
        (
            "Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung "
            "agreed on Monday to deepen security cooperation, during talks in Tokyo.",
            "meeting",
        ),
        # three countries' summit is a conference
        (
            "Iranian President Masoud Pezeshkian, Russian President Vladimir Putin and Turkish "
            "President Recep Tayyip Erdogan held talks in Tehran on Monday.",
            "conference",
        ),
    ],
)
def test_a_summit_of_two_countries_leaders_who_talked_is_their_meeting(text, kind):
    title = "Leaders hold summit in Tokyo" if "Tokyo" in text else "Leaders hold summit in Tehran"
    assert facts(make(text, "en", title=title)).event.type == kind


@pytest.mark.parametrize(
    ("verb", "day"),
    [
        ("سفر می‌کند", "2026-04-13"),  # the present plans: the coming Monday
        ("سفر کرد", "2026-04-06"),  # the past: the Monday gone
        ("سفر می‌کرد", "2026-04-06"),  # the past continuous too
    ],
)
def test_a_persian_present_makes_the_weekday_the_coming_one(verb, day):
    text = f"مسعود پزشکیان رئیس‌جمهور ایران روز دوشنبه به مسکو {verb}."
    assert parsed_facts(text, "Title here").event.date.date == day

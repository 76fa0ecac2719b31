"""Quotes and their speakers: verbs of speaking, names, titles, bodies and pronouns."""

from __future__ import annotations

import pytest

from polybrief import Pipeline

from offline_docs import facts, make, parsed_facts, participants, spellings


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
        # the one whose words they are, not the body reporting them
        (
            'Macron reaffirmed France\'s "unwavering support" for Kyiv, the Elysee said.',
            "en",
            "Macron",
        ),
    ],
)
def test_speaker_is_a_name_beside_the_quote_verb(text, lang, speaker):
    speakers = [q.speaker for q in facts(make(text, lang)).quotes if q.speaker]
    assert speakers == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "verb",
    [
        "a-t-il déclaré",
        "a-t-il écrit",
        "ajoute-t-il",
        "dit-il",
        "poursuit-il",
        "conclut-il",
        "a-t-il plaidé",  # the auxiliary holds the pronoun, the verb is matched alone
        "a-t-il défendu",
    ],
)
def test_french_pronoun_hyphenated_to_the_verb_is_the_last_person_named(verb):
    text = (
        "Le ministre des Affaires étrangères, Jean Dupont, est arrivé à Rome. "
        f"« Nous sommes prêts à discuter », {verb}."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == ["Jean Dupont"]


def test_a_pronoun_after_an_untitled_subject_no_rule_knows_names_no_one_spoken_of_after_it():
    """Biden is the subject; Trump, whom he speaks of, is not the one quoted."""
    text = (
        "Après avoir reçu la deuxième dose du vaccin, Joe Biden a évoqué lundi la mise en "
        "examen du président Donald Trump. « Il est important d'agir », a-t-il défendu."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == [None]


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
        "Il a pour sa part évoqué « un partenariat rénové ». "
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
    people = spellings(extraction)
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
    "text",
    [
        # the full name only opens a sentence: it could be an organisation
        "West Yorkshire Police arrived. Police also said the road was closed.",
        # a last name that is also a lower-case word
        "He saw Anna Rose on Monday. Rose said the rose garden would open.",
        # part of a longer capitalised run beside the verb, not a last name on its own
        "A unit of the Yorkshire Police came. The West Yorkshire Police said it was closed.",
        # no full name anywhere
        "The port opened. Amrani also noted the delay.",
    ],
)
def test_capitalised_words_beside_a_quote_verb_are_not_always_a_person(text):
    assert [e.name for e in facts(make(text, "en")).entities if e.type == "person"] == []


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
        (  # "le ministre iranien" is the one "chef de la diplomatie iranienne"
            "Le président turc Recep Tayyip Erdogan a reçu le ministre iranien Abbas Araghchi. "
            "« Il faut un cessez-le-feu », a insisté le chef de la diplomatie iranienne.",
            "fr",
            "Abbas Araghchi",
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
        ('"Civilians are targeted," the health ministry said.', "en", "health ministry"),
        ("« Grave », a indiqué le ministère de la Santé.", "fr", "health ministry"),
        ("وزارت بهداشت غزه اعلام کرد: «وضعیت فاجعه‌بار است.»", "fa", "health ministry"),
    ],
)
def test_a_body_beside_the_quote_verb_is_the_speaker(text, lang, speaker):
    pipe = Pipeline(extractor=["offline"])
    (quote,) = pipe.extract(pipe.parse(text)[0]).quotes
    assert quote.speaker == speaker


def test_it_after_a_verb_before_the_quote_is_the_subject_of_what_was_said():
    text = (
        '"Civilians are targeted," the health ministry said. The Israeli military said it had '
        'struck "terrorist infrastructure."'
    )
    speakers = [q.speaker for q in facts(make(text, "en")).quotes]
    assert speakers == ["health ministry", "army (Israel)"]


def test_a_title_after_a_name_is_not_a_speaker_of_its_own():
    text = (
        "محمد داوود خان، رئیس جمهور پیشین افغانستان، درگذشت. سیاف در مراسم سالگرد ربانی "
        "رئیس جمهور پیشین تاکید کرد: «این حملات حرام است.»"
    )
    extraction = facts(make(text, "fa"))
    assert participants(extraction) == [("محمد داوود خان", "former president", "AF")]
    assert [q.speaker for q in extraction.quotes] == [None]


def test_french_official_title_and_more_quote_verbs():
    text = (
        "Le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, a rencontré "
        "mardi à Téhéran son homologue iranien, Abbas Araghchi. "
        "M. Araghchi a pour sa part jugé « constructifs » les échanges, tout en appelant "
        "l'Europe à « ne pas répéter les erreurs du passé »."
    )
    extraction = facts(make(text, "fr"))
    assert participants(extraction) == [
        ("Jean-Noël Barrot", "foreign minister", "FR"),
        ("Abbas Araghchi", "foreign minister", "IR"),
    ]
    assert [q.speaker for q in extraction.quotes] == ["Abbas Araghchi", "Abbas Araghchi"]


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


def test_a_pronoun_skips_a_nearer_person_of_the_other_gender():
    text = (
        "La porte-parole du gouvernement, Maud Bregeon, a indiqué mercredi que le budget "
        "viserait un déficit de 4,7 % du PIB. Le ministre de l'Economie, Roland Lescure, doit "
        "présenter le texte lundi. « Nous tiendrons nos engagements », a-t-elle assuré."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == ["Maud Bregeon"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # the quote holds the verb of the subject: the source after it did not say it
        (
            "Le ministre Jean-Noël Barrot a « exigé leur libération immédiate », selon le Quai "
            "d'Orsay.",
            "fr",
            "Jean-Noël Barrot",
        ),
        (
            'Foreign Minister Hakan Fidan has "strongly condemned" the attack, the ministry said.',
            "en",
            "Hakan Fidan",
        ),
        # "دانست": held it to be
        (
            "عباس عراقچی وزیر امور خارجه در این گفت‌وگو این اقدام را «غیرقانونی» دانست.",
            "fa",
            "عباس عراقچی",
        ),
    ],
)
def test_the_subject_of_a_verb_the_quote_goes_on_is_the_speaker(text, lang, speaker):
    assert [q.speaker for q in facts(make(text, lang)).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'The talks were "useful", according to a statement by the Iranian foreign ministry.',
            "en",
        ),
        (
            "Les entretiens ont été « utiles », selon un communiqué du ministère iranien des "
            "Affaires étrangères.",
            "fr",
        ),
    ],
)
def test_a_body_past_the_document_it_issued_is_the_speaker(text, lang):
    assert [q.speaker for q in facts(make(text, lang)).quotes] == ["foreign ministry (Iran)"]


def test_both_sides_opening_the_sentence_before_are_not_whom_a_pronoun_means():
    text = (
        "Rubio had been expected to meet Turkish Foreign Minister Hakan Fidan. The two "
        "ministers instead held a videoconference, spokesperson Tammy Bruce told reporters. "
        '"The secretary and the minister agreed to meet soon," she said.'
    )
    assert [q.speaker for q in facts(make(text, "en")).quotes] == ["Tammy Bruce"]


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


def test_a_full_name_opening_a_sentence_before_a_verb_of_speaking_names_the_speaker():
    text = (
        "Donald Trump spoke with Vladimir Putin on Thursday. Yuri Ushakov told reporters the "
        'call lasted two and a half hours. "It was very substantive," Ushakov said. '
        'Meanwhile Peskov said the date was not set. "We will see," Peskov added.'
    )
    speakers = [q.speaker for q in facts(make(text, "en")).quotes]
    assert speakers == ["Yuri Ushakov", "Peskov"]


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


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "به گزارش خبرگزاری مهر به نقل از پایگاه اطلاع‌رسانی ریاست جمهوری، مسعود پزشکیان "
            "رئیس‌جمهور عصر دوشنبه در دیدار نیکول پاشینیان نخست‌وزیر ارمنستان روابط دو کشور "
            "را راهبردی خواند. وی افزود: «ایران از تمامیت ارضی ارمنستان حمایت می‌کند.»",
            "fa",
            "مسعود پزشکیان",
        ),
        (
            "According to the ministry, Foreign Minister Kari Nordvik met Indonesian Foreign "
            'Minister Budi Santoso on Monday. "We are ready," she added.',
            "en",
            "Kari Nordvik",
        ),
    ],
)
def test_the_subject_of_the_sentence_before_comes_after_a_phrase_naming_the_source(
    text, lang, speaker
):
    assert [q.speaker for q in facts(make(text, lang)).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are watching this very closely" - John Kirby\nThe talks went on.', "John Kirby"),
        (
            'Secretary of State Antony Blinken met Wang Yi. "It was a good day" — Blinken, after.',
            "Antony Blinken",  # a person named before, by the name he goes by
        ),
        ('"The score was high" - and it rose again later that day.', None),  # no name
    ],
)
def test_a_name_after_a_dash_right_after_a_quote_is_its_speaker(text, speaker):
    (quote,) = facts(make(text, "en")).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (
            '"Nothing is decided," Washington said. According to Moscow, "the talks were useful". '
            '"We are vigilant," Minister Jean-Noel Barrot said in Moscow.',
            "en",
            ["government (United States)", "government (Russia)", "Jean-Noel Barrot"],
        ),
        (
            "Selon Washington, « rien n'est décidé ». « Nous restons vigilants », a déclaré le "
            "ministre Jean-Noël Barrot à Moscou.",
            "fr",
            ["government (United States)", "Jean-Noël Barrot"],
        ),
        ("مسکو اعلام کرد که «گفت‌وگوها مفید بود».", "fa", ["government (Russia)"]),
        # a capital inside a quote says nothing
        (
            'Minister Sergei Lavrov said Moscow would "stand by Tehran" and called it '
            '"counterproductive."',
            "en",
            ["Sergei Lavrov", "Sergei Lavrov"],
        ),
        # so is a country named right before the verb, but not a title's country
        (
            'The talks made "some but not conclusive progress," mediator Oman said. "We will '
            'respond," the foreign minister of Iran said.',
            "en",
            ["government (Oman)", None],
        ),
        ("L'Iran a annoncé : « Nous répondrons. »", "fr", ["government (Iran)"]),
        # or right after it, ending the clause; not the subject of what was said
        ("« Nous répondrons fermement », a annoncé l'Iran.", "fr", ["government (Iran)"]),
        ('Donald Trump said Iran would "pay a big price" for it.', "en", ["Donald Trump"]),
        (
            "ایران اعلام کرد: «پاسخ خواهیم داد.» وزیر کشاورزی برزیل گفت: «تجربه ما کمک می‌کند.»",
            "fa",
            ["government (Iran)", None],
        ),
        # in a verb-final language, a country opening the sentence is its subject
        (
            "ایران روز دوشنبه در بیانیه‌ای اعلام کرد: «پاسخ خواهیم داد.» ایران و روسیه در "
            "بیانیه‌ای مشترک اعلام کردند: «همکاری ادامه دارد.»",
            "fa",
            ["government (Iran)", None],
        ),
    ],
)
def test_a_capital_speaking_is_its_countrys_government(text, lang, speakers):
    """``Washington said``, ``Selon Washington``, ``Oman said``: the government of the
    country, one name in every language; not a capital one is in (``said in Moscow``)."""
    extraction = parsed_facts(text, "Title here")
    assert [q.speaker for q in extraction.quotes] == speakers


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (
            "Le ministre Jean-Noël Barrot a parlé lundi. Pour M. Barrot, « la paix est "
            "possible ». Pour Moscou, « la diplomatie reste la seule voie ».",
            "fr",
            ["Jean-Noël Barrot", "government (Russia)"],
        ),
        (
            "عراقچی با لاوروف دیدار کرد. از نگاه مسکو، «گفت‌وگوها مفید بود».",
            "fa",
            ["government (Russia)"],
        ),
        # inside a sentence, pour is no opener: the one the ceasefire is called for by
        (
            "Le ministre Jean-Noël Barrot a plaidé pour un « cessez-le-feu immédiat et durable ».",
            "fr",
            ["Jean-Noël Barrot"],
        ),
    ],
)
def test_a_sentence_opened_by_whose_view_it_gives_quotes_them(text, lang, speakers):
    """``Pour Moscou, « … »``, ``از نگاه مسکو``: the view is the one named after the opener."""
    extraction = parsed_facts(text, "Title here")
    assert [q.speaker for q in extraction.quotes] == speakers


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # inside the clause, the closing period is the sentence's
        ('He said talks could start "in the coming days." He left.', "in the coming days"),
        # a quote a colon or a comma introduces, or one opening the sentence, keeps its own
        ('Araghchi said: "Nothing was agreed."', "Nothing was agreed."),
        ('Araghchi said, "Nothing was agreed."', "Nothing was agreed."),
        ('"Nothing was agreed." Araghchi left.', "Nothing was agreed."),
    ],
)
def test_a_period_closing_a_quote_inside_a_clause_is_the_sentence_s(text, quoted):
    assert [q.text for q in facts(make(text, "en")).quotes] == [quoted]


def test_a_title_of_no_country_is_the_home_country_s_in_a_report_from_its_side():
    """An Iranian agency's ``رئیس‌جمهور`` alone is Iran's president, though France's
    is named too; a report that does not say where it is written from leaves it open."""
    lead = (
        "مسعود پزشکیان رئیس‌جمهور {home} سه‌شنبه در گفت‌وگوی تلفنی با امانوئل مکرون "
        "رئیس‌جمهور فرانسه گفت‌وگو کرد. رئیس‌جمهور در این گفت‌وگو تاکید کرد: "
        "«ایران هرگز به دنبال سلاح هسته‌ای نبوده است.»"
    )
    home = parsed_facts(lead.format(home="کشورمان"), "Title here")
    assert [q.speaker for q in home.quotes] == ["مسعود پزشکیان"]
    elsewhere = parsed_facts(lead.format(home="ایران"), "Title here")
    assert [q.speaker for q in elsewhere.quotes] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Le ministre Jean-Noël Barrot a demandé à l'Iran de « libérer sans délai nos "
            "compatriotes ».",
            "fr",
            "Jean-Noël Barrot",
        ),
        ("« Libérez-les », a réclamé le ministre Jean-Noël Barrot.", "fr", "Jean-Noël Barrot"),
        (
            "عباس عراقچی وزیر امور خارجه درخواست کرد: «تحریم‌ها باید لغو شود.»",
            "fa",
            "عباس عراقچی",
        ),
    ],
)
def test_asking_is_saying(text, lang, speaker):
    """``a demandé``, ``a réclamé``, ``درخواست کرد`` introduce words as ``urged`` does."""
    assert [q.speaker for q in parsed_facts(text, "Title here").quotes] == [speaker]


def test_a_country_placed_by_a_preposition_does_not_speak():
    """``در سوریه تاکید کردند``: the country is where, not who; its government says
    nothing."""
    text = (
        "سران سه کشور در بیانیه پایانی بر ادامه همکاری برای «از بین بردن تروریست‌ها» "
        "در سوریه تاکید کردند."
    )
    assert [q.speaker for q in parsed_facts(text, "Title here").quotes] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "President Vladimir Putin, who hosted Prime Minister Narendra Modi on Monday, "
            'thanked him for his attention to "the most pressing issues".',
            "en",
            "Vladimir Putin",
        ),
        (
            "Le président Vladimir Poutine, qui a reçu le Premier ministre Narendra Modi "
            "lundi, a remercié son hôte pour « une amitié éprouvée ».",
            "fr",
            "Vladimir Poutine",
        ),
        # no relative clause: the one beside the verb speaks
        (
            'Prime Minister Narendra Modi, in Moscow, said "we are friends".',
            "en",
            "Narendra Modi",
        ),
    ],
)
def test_a_name_in_a_relative_clause_before_the_verb_is_not_its_subject(text, lang, speaker):
    """``Putin, who hosted Modi on Monday, thanked him``: Putin thanked; thanking, as
    ``a remercié``, introduces words."""
    assert [q.speaker for q in parsed_facts(text, "Title here").quotes] == [speaker]


def test_a_leader_s_title_of_no_country_is_left_open_beside_an_untitled_leader():
    """``Emmanuel Macron a reçu … le président ukrainien …``, then ``Le chef de l'État a
    annoncé … « … », a-t-il assuré``: the head of state may be either; not Zelensky alone."""
    text = (
        "Emmanuel Macron a reçu lundi à l'Élysée le président ukrainien Volodymyr Zelensky. "
        "« Nous devons protéger nos infrastructures », a déclaré M. Zelensky. Le chef de "
        "l'État a annoncé la livraison de batteries. « La France se tiendra aux côtés de "
        "l'Ukraine », a-t-il assuré."
    )
    speakers = [q.speaker for q in parsed_facts(text, "Title here").quotes]
    assert speakers == ["Volodymyr Zelensky", None]


def test_the_one_told_is_not_the_speaker_even_unknown():
    """``a senior U.S. official told Reuters``: Reuters heard it; the official is unnamed."""
    text = '"It was a good call," a senior U.S. official told Reuters on condition of anonymity.'
    assert [q.speaker for q in facts(make(text, "en")).quotes] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a reflexive verb of saying
        (
            "« C'est une étape importante », s'est félicité le président Emmanuel Macron.",
            "fr",
            "Emmanuel Macron",
        ),
        (
            "Le président Emmanuel Macron s'est dit « préoccupé » par la situation.",
            "fr",
            "Emmanuel Macron",
        ),
        # a body holding the auxiliary before the quote that goes on with the verb
        (
            "Dans un communiqué, le Quai d'Orsay a « condamné avec la plus grande fermeté » "
            "l'attaque.",
            "fr",
            "Quai d'Orsay",
        ),
    ],
)
def test_reflexive_verbs_and_a_body_s_auxiliary_before_the_quote(text, lang, speaker):
    assert [q.speaker for q in facts(make(text, lang)).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وزارت امور خارجه ایران در بیانیه‌ای این اقدام را «نقض آشکار حقوق بین‌الملل» خواند.",
            "foreign ministry (Iran)",
        ),
        (
            "کرملین روز دوشنبه در واکنش به سخنان رئیس‌جمهور آمریکا این طرح را «کاملاً "
            "غیرقابل قبول» دانست.",
            "Kremlin",
        ),
    ],
)
def test_a_body_opening_a_persian_sentence_speaks_the_quote_before_its_final_verb(text, speaker):
    assert [q.speaker for q in facts(make(text, "fa")).quotes] == [speaker]

"""People the offline extractor names: titles, honorifics and names in English, French
and Persian, and the mentions of each person."""

from __future__ import annotations

import pytest

from polybrief import Pipeline
from polybrief.plugins.offline.analysis import Analysis

from offline_docs import countries, facts, make, participants, spellings


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


def test_a_pronoun_is_no_mention_of_a_family_name_it_spells_nor_he_his_excellency():
    text = (
        "Chinese Vice Premier He Lifeng met Saudi Foreign Minister HE Faisal bin Farhan. "
        'He said: "The talks were candid."'
    )
    extraction = facts(make(text, "en"))
    people = spellings(extraction)
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
    assert "Lie" not in people  # one word after a plural title is no list of people
    listed = (
        "Presidents Biden and Macron met in Paris. Foreign Ministers Wang Yi and Sergei "
        "Lavrov spoke."
    )
    people = [e.name for e in facts(make(listed, "en")).entities if e.type == "person"]
    assert people == ["Biden", "Macron", "Wang Yi", "Sergei Lavrov"]


def test_a_hyphenated_last_name_alone_is_a_mention_of_the_full_name():
    text = (
        "Armenian Foreign Minister Ani Sargsyan met Iranian Foreign Minister Dariush "
        "Amir-Kabiri on Sunday. Trade has passed $700 million a year, Amir-Kabiri said. "
        '"Security in the Caucasus is a red line for Iran," he said.'
    )
    extraction = facts(make(text, "en"))
    people = spellings(extraction)
    assert people["Dariush Amir-Kabiri"] == ["Dariush Amir-Kabiri", "Amir-Kabiri"]
    assert [q.speaker for q in extraction.quotes] == ["Dariush Amir-Kabiri"]


def test_a_last_name_opening_with_a_lowercase_particle_alone_is_a_mention():
    text = (
        "Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Ankara on Thursday. "
        '"We have agreed on a new framework for water," said al-Sudani. The sudani pound fell.'
    )
    extraction = facts(make(text, "en"))
    people = spellings(extraction)
    assert people == {"Mohammed Shia al-Sudani": ["Mohammed Shia al-Sudani", "al-Sudani"]}
    assert [q.speaker for q in extraction.quotes] == ["Mohammed Shia al-Sudani"]


def test_pm_and_fm_are_titles_in_capitals_only_and_not_after_a_time():
    text = (
        "Indian PM Narendra Modi met Iran's FM Abbas Araghchi at 3 PM Tuesday. The meeting "
        "ended at 5 PM Eastern, said radio fm Jones."
    )
    people = [e.name for e in facts(make(text, "en")).entities if e.type == "person"]
    assert people == ["Narendra Modi", "Abbas Araghchi"]


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
    people = spellings(extraction)
    assert people == expected


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
            [("حسین امیرعبداللهیان", "foreign minister", "IR")],  # ایرنا: Iran's side
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
        (  # a surname part the data lists (name_exceptions) is no indefinite ending
            "حجت‌الاسلام والمسلمین غلامحسین محسنی اژه‌ای رئیس قوه قضاییه روز دوشنبه با وزیر "
            "دادگستری عراق دیدار کرد.",
            [("غلامحسین محسنی اژه‌ای", "head of the judiciary", None)],
        ),
        (  # the name right before the title holds it, not the one after its country
            "دونالد ترامپ رئیس‌جمهور آمریکا استیو ویتکاف را به مسکو فرستاده است.",
            [("دونالد ترامپ", "president", "US")],
        ),
        (  # an envoy of a country
            "عبدالفتاح السیسی رئیس‌جمهور مصر روز یکشنبه استیو ویتکاف فرستاده آمریکا را در "
            "قاهره به حضور پذیرفت.",
            [("عبدالفتاح السیسی", "president", "EG"), ("استیو ویتکاف", "envoy", "US")],
        ),
        (  # inside a clause, a given name of the news opens the name
            "مورد استقبال نیکلاس مادورو رئیس‌جمهور ونزوئلا قرار گرفت.",
            [("نیکلاس مادورو", "president", "VE")],
        ),
        (  # both Persian spellings of Dmitry are given names
            "دمیتری پسکوف سخنگوی کرملین گفت دیدار دو رهبر «در آینده نزدیک» ممکن است.",
            [("دمیتری پسکوف", "spokesperson", "RU")],
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
        # a French given name in Persian script
        ("عراقچی با همتای فرانسوی خود ژان نوئل بارو دیدار کرد.", ["ژان نوئل بارو"]),
        # a particle takes the word after it along
        ("عراقچی با شاهزاده فیصل بن فرحان دیدار کرد.", ["فیصل بن فرحان"]),
        (
            "عراقچی با شاهزاده فیصل بن فرحان وزیر خارجه عربستان سعودی دیدار کرد.",
            ["فیصل بن فرحان"],
        ),
        # after "this", a noun is a common one: "در این نشست" is no one
        ("در این نشست، ژنرال کریمی، وزیر پیشین دفاع افغانستان، سخن گفت.", ["کریمی"]),
        # a kinship word before a name is not part of it
        ("او برادرزاده محمد داوود خان، رییس جمهور سابق افغانستان است.", ["محمد داوود خان"]),
    ],
)
def test_persian_names_end_at_verbs_and_start_after_kin_and_determiners(text, names):
    assert [e.name for e in facts(make(text, "fa")).entities if e.type == "person"] == names


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


def test_president_de_la_republique_is_a_title():
    text = "Le président de la République Emmanuel Macron a reçu les joueurs à l'Élysée."
    # of the country whose seat of power the lead names
    assert participants(facts(make(text, "fr"))) == [("Emmanuel Macron", "president", "FR")]


def test_a_french_participle_after_words_between_it_and_its_auxiliary():
    text = (
        "Le président sénégalais Bassirou Diomaye Faye a été reçu jeudi à Paris. "
        "M. Faye a pour sa part plaidé pour « un partenariat rénové »."
    )
    assert [q.speaker for q in facts(make(text, "fr")).quotes] == ["Bassirou Diomaye Faye"]


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
                ("علی خامنه‌ای", "supreme leader", "IR"),
                ("محمد شیاع السودانی", "prime minister", "IQ"),
            ],
        ),
        # one word after honorifics, right before a title
        (
            "محمد شیاع السودانی نخست‌وزیر عراق با حضرت آیت‌الله خامنه‌ای رهبر انقلاب اسلامی "
            "دیدار کرد.",
            "fa",
            [
                ("محمد شیاع السودانی", "prime minister", "IQ"),
                ("خامنه‌ای", "supreme leader", "IR"),
            ],
        ),
        # an elided article before the honorific, after a title and its complement too
        (
            "Il a été reçu par le Guide suprême de la République islamique, l'ayatollah Ali "
            "Khamenei, samedi.",
            "fr",
            [("Ali Khamenei", "supreme leader", "IR")],
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
    "text",
    [
        "The UN General Assembly opened in New York on Tuesday.",
        "General Motors said on Monday that its sales rose.",
        "The army's General Staff said the drill was over.",
    ],
)
def test_general_before_a_body_or_a_company_is_no_title(text):
    assert [e for e in facts(make(text, "en")).entities if e.type == "person"] == []


def test_the_head_of_a_parliament_in_persian_is_its_speaker():
    text = "وزیر امور خارجه کشورمان با نبیه بری رئیس پارلمان لبنان دیدار کرد."
    assert participants(facts(make(text, "fa"))) == [("نبیه بری", "speaker of parliament", "LB")]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Chief of the General Staff Valery Gerasimov met Putin.", "en", "Valery Gerasimov"),
        (
            "Le chef d'état-major des armées, Fabien Mandon, a parlé.",
            "fr",
            "Fabien Mandon",
        ),
        ("سرلشکر عبدالرحیم موسوی رئیس ستاد کل نیروهای مسلح گفت.", "fa", "عبدالرحیم موسوی"),
    ],
)
def test_the_chief_of_the_general_staff_is_a_title(text, lang, name):
    assert participants(facts(make(text, lang)))[0][:2] == (name, "chief of the general staff")


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
    ("text", "lang", "expected"),
    [
        (
            "Le porte-parole du Kremlin Dmitri Peskov a parlé.",
            "fr",
            [("Dmitri Peskov", "spokesperson", "RU")],
        ),
        (
            "Le conseiller de la Maison Blanche Steve Witkoff a parlé.",
            "fr",
            [("Steve Witkoff", "adviser", "US")],
        ),
        (
            "The spokesman for the Kremlin Dmitry Peskov said so.",
            "en",
            [("Dmitry Peskov", "spokesperson", "RU")],
        ),
        # one capitalised word is no name there
        ("Le porte-parole du Kremlin Lundi a parlé.", "fr", []),
        # a body in one word, in capitals or capitalised
        (
            "Le secrétaire général de l'ONU Antonio Guterres a parlé.",
            "fr",
            [("Antonio Guterres", "secretary-general", None)],
        ),
        ("The head of NATO Mark Rutte said so.", "en", [("Mark Rutte", "head", None)]),
    ],
)
def test_a_name_after_a_titles_body_without_a_comma(text, lang, expected):
    assert participants(facts(make(text, lang))) == expected


@pytest.mark.parametrize("text", ["He quoted the spokesman of the", "Le porte-parole de la"])
def test_a_title_and_its_links_ending_the_text_is_no_error(text):
    lang = "fr" if text.startswith("Le") else "en"
    assert facts(make(text, lang)).event.participants == []


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
    ("text", "lang"),
    [("Il a démis de leurs fonctions le président, le", "fr"), ("مشاور و", "fa")],
)
def test_a_text_ending_inside_a_title_phrase_is_no_error(text, lang):
    assert facts(make(text, lang)).quotes == []


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


def test_a_persian_number_word_is_no_name_before_a_title():
    text = "خودروی برتر اروپا هر سال با رای شصت روزنامه‌نگار انتخاب می‌شود."
    assert facts(make(text, "fa")).entities == []


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
                ("Ursula von der Leyen", "president of the European Commission", "EU"),
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
            [("محمدباقر قالیباف", "speaker of parliament", "IR")],
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
        (  # a region between the country and the title is the title's
            "U.S. Middle East envoy Steve Witkoff met Omani Foreign Minister Badr Albusaidi.",
            "en",
            [("Steve Witkoff", "envoy", "US"), ("Badr Albusaidi", "foreign minister", "OM")],
        ),
        (
            "L'ambassadeur de France en Iran, Pierre Cochard, a rencontré le ministre iranien "
            "des Affaires étrangères.",
            "fr",
            [("Pierre Cochard", "ambassador", "FR")],
        ),
        (  # the envoy of a country's president is of that country
            "استیو ویتکاف، فرستاده ویژه رئیس‌جمهور آمریکا با وزیر خارجه عمان دیدار کرد.",
            "fa",
            [("استیو ویتکاف", "envoy", "US")],
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


def test_the_italian_president_du_conseil_is_a_prime_minister():
    text = (
        "La présidente du Conseil italien, Giorgia Meloni, a été reçue dimanche par le "
        "président algérien Abdelmadjid Tebboune."
    )
    assert participants(facts(make(text, "fr"))) == [
        ("Giorgia Meloni", "prime minister", "IT"),
        ("Abdelmadjid Tebboune", "president", "DZ"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "kallas"),
    [
        (
            "en",
            "European Union foreign policy chief Kaja Kallas spoke by telephone on Tuesday "
            "with Iranian Foreign Minister Abbas Araghchi.",
            ("Kaja Kallas", "foreign policy chief", "EU"),
        ),
        (
            "fr",
            "La cheffe de la diplomatie européenne, Kaja Kallas, s'est entretenue mardi par "
            "téléphone avec le ministre iranien des Affaires étrangères, Abbas Araghchi. « La "
            "diplomatie reste la seule voie », a écrit la Haute représentante.",
            ("Kaja Kallas", "foreign policy chief", "EU"),  # by the style, not européenne
        ),
        (
            "fa",
            "عباس عراقچی وزیر امور خارجه ایران در تماس تلفنی با کایا کالاس، مسئول سیاست خارجی "
            "اتحادیه اروپا، گفت‌وگو کرد.",
            ("کایا کالاس", "foreign policy chief", "EU"),
        ),
    ],
)
def test_the_eu_foreign_policy_chief_takes_part_for_the_union(lang, text, kallas):
    """The EU's foreign policy chief (High Representative) is a participant like a
    minister, for the union (``EU``, named in the reader's language: ``Union européenne``)."""
    extraction = facts(make(text, lang))
    assert kallas in participants(extraction)
    assert len(participants(extraction)) == 2
    if lang == "fr":  # the speaker named by her title alone
        assert extraction.quotes[0].speaker == "Kaja Kallas"
    else:
        assert countries(extraction)["EU"].type == "country"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La présidente de la Commission européenne, Ursula von der Leyen, a rencontré le "
            "Premier ministre chinois Li Qiang.",
            "fr",
            ("Ursula von der Leyen", "president of the European Commission", "EU"),
        ),
        (
            "آنتونیو کاستا، رئیس شورای اروپا روز پنجشنبه با لی چیانگ، نخست‌وزیر چین دیدار کرد.",
            "fa",
            ("آنتونیو کاستا", "president of the European Council", "EU"),
        ),
    ],
)
def test_the_eu_presidents_are_of_the_union(text, lang, expected):
    """The titles of the Commission's and the Council's presidents name the union
    (``style_countries``), no country being written beside them."""
    assert expected in participants(facts(make(text, lang)))


def test_roles_named_in_capitals_are_named_in_the_reader_language():
    from polybrief.plugins.events.labels import role_name

    assert role_name("MP", "fr") == "député"
    assert role_name("president of the European Commission", "fr", "f") == (
        "présidente de la Commission européenne"
    )


def test_the_union_is_named_in_the_reader_language():
    from polybrief.plugins.offline.countries import cldr_names, country_name

    assert (country_name("EU", "fr"), country_name("EU", "fa")) == (
        "Union européenne",
        "اتحادیهٔ اروپا",
    )
    assert "EU" not in cldr_names("en")  # named only where the language data says (aliases)


def test_a_word_inside_a_name_that_alone_stands_for_the_person_is_a_mention_of_them():
    """``Lula`` of ``Luiz Inacio Lula da Silva`` is neither the first nor the last word,
    but the one the report writes alone: the person speaks under it, and no second person
    ``Luiz Inacio Lula`` is made up. ``Le`` of ``Marine Le Pen`` is no such word."""
    text = (
        "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da "
        'Silva in Beijing on Tuesday. Lula said Brazil wants to "build a fairer world," adding '
        "that trade grew."
    )
    extraction = facts(make(text, "en"))
    people = spellings(extraction)
    assert people["Luiz Inacio Lula da Silva"] == ["Luiz Inacio Lula da Silva", "Lula"]
    assert "Luiz Inacio Lula" not in people
    assert extraction.quotes[0].speaker == "Luiz Inacio Lula da Silva"
    french = (
        "Le gouvernement a présenté son budget. Le texte divise, tandis que Marine Le Pen, "
        "présidente du groupe RN, a jugé le texte « inacceptable »."
    )
    people = spellings(facts(make(french, "fr")))
    assert people["Marine Le Pen"] == ["Marine Le Pen"]  # "Le" of "Le texte" is no mention


def test_in_persian_a_word_of_a_name_before_a_verb_of_saying_stands_for_the_person():
    """``شی گفت`` (Xi said) and ``لولا گفت``: with no capitals, a word of the name other
    than the last is the person's when the text writes it alone before a verb of saying."""
    text = (
        "شی جین‌پینگ رئیس‌جمهور چین در پکن با لوئیز ایناسیو لولا دا سیلوا رئیس‌جمهور برزیل "
        "دیدار کرد. شی گفت: «چین و برزیل باید با هم همکاری کنند.» لولا گفت: «ما آماده "
        "همکاری هستیم.»"
    )
    pipe = Pipeline(extractor=["offline"])  # the parse stage's sentences: "«…» لولا گفت"
    extraction = pipe.extract(pipe.parse(f"دیدار در پکن\n\n{text}")[0])
    assert [q.speaker for q in extraction.quotes] == [
        "شی جین‌پینگ",
        "لوئیز ایناسیو لولا دا سیلوا",
    ]
    assert spellings(extraction)["شی جین‌پینگ"] == ["شی جین‌پینگ", "شی"]


def test_persian_names_of_chinese_and_portuguese_leaders_open_with_their_given_names():
    """``شی`` (Xi) and ``لوئیز`` (Luiz) open names before a title; ``دا`` (da) is a
    particle inside one."""
    text = (
        "به گزارش ایرنا، شی جین‌پینگ رئیس‌جمهور چین روز سه‌شنبه در پکن با لوئیز ایناسیو لولا دا "
        "سیلوا رئیس‌جمهور برزیل دیدار و گفت‌وگو کرد."
    )
    assert participants(facts(make(text, "fa"))) == [
        ("شی جین‌پینگ", "president", "CN"),
        ("لوئیز ایناسیو لولا دا سیلوا", "president", "BR"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le président s'est entretenu avec M. Massoud Pezeshkian, Président de la "
            "République islamique d'Iran.",
            "m",  # "la République" is of the post, not the person
        ),
        (
            "Le ministre italien des Affaires étrangères Antonio Tajani s'est entretenu mardi "
            "avec la ministre de la Culture, Rachida Dati.",
            "f",
        ),
        (
            "La ministre italienne des Affaires étrangères s'est entretenue mardi avec le "
            "ministre de la Culture, Jack Lang.",
            "m",
        ),
    ],
)
def test_a_gender_comes_from_the_title_and_its_article_not_from_what_it_serves(text, expected):
    event = facts(make(text, "fr")).event
    assert [p.gender for p in event.participants][-1:] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le vice-ministre chinois des Affaires étrangères Ma Zhaoxu a reçu vendredi ses "
            "homologues russe Sergueï Riabkov et iranien Kazem Gharibabadi.",
            "fr",
            [
                ("Ma Zhaoxu", "deputy foreign minister", "CN"),
                ("Sergueï Riabkov", "deputy foreign minister", "RU"),
                ("Kazem Gharibabadi", "deputy foreign minister", "IR"),
            ],
        ),
        (
            "Chinese Vice Foreign Minister Ma Zhaoxu hosted his Russian and Iranian "
            "counterparts, Sergei Ryabkov and Kazem Gharibabadi, on Friday.",
            "en",
            [
                ("Ma Zhaoxu", "deputy foreign minister", "CN"),
                ("Sergei Ryabkov", "deputy foreign minister", "RU"),
                ("Kazem Gharibabadi", "deputy foreign minister", "IR"),
            ],
        ),
        (
            "Le vice-Premier ministre italien Antonio Tajani a appelé lundi son homologue "
            "polonais Krzysztof Gawkowski.",
            "fr",
            [
                ("Antonio Tajani", "deputy prime minister", "IT"),
                ("Krzysztof Gawkowski", "deputy prime minister", "PL"),
            ],
        ),
    ],
)
def test_vice_titles_and_counterparts_listed_each_with_their_country(text, lang, expected):
    assert participants(facts(make(text, lang))) == expected


def test_a_persian_modifier_of_several_words_before_a_title():
    """``معاون حقوقی و بین‌المللی وزیر امور خارجه``: the deputy for legal and international
    affairs is a deputy foreign minister, and the name before it is his."""
    text = (
        "کاظم غریب‌آبادی معاون حقوقی و بین‌المللی وزیر امور خارجه روز جمعه در پکن با سرگئی "
        "ریابکوف معاون وزیر خارجه روسیه دیدار کرد."
    )
    assert participants(facts(make(text, "fa"))) == [
        ("کاظم غریب‌آبادی", "deputy foreign minister", None),
        ("سرگئی ریابکوف", "deputy foreign minister", "RU"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        (
            "La ministre française de la Culture, Rachida Dati, a appelé son homologue.",
            "fr",
            "culture minister",
        ),
        (
            "Iranian Culture Minister Abbas Salehi met his Iraqi counterpart.",
            "en",
            "culture minister",
        ),
        (
            "عباس صالحی وزیر فرهنگ و ارشاد اسلامی با همتای عراقی خود دیدار کرد.",
            "fa",
            "culture minister",
        ),
        (
            "فرزانه صادق وزیر راه و شهرسازی با همتای عراقی خود دیدار کرد.",
            "fa",
            "transport minister",
        ),
        (
            "Le ministre des Transports, Philippe Tabarot, a appelé son homologue.",
            "fr",
            "transport minister",
        ),
        ("Oman's Sultan Haitham bin Tariq received the Iranian foreign minister.", "en", "sultan"),
        ("Emperor Naruhito received King Charles III.", "en", "emperor"),
        ("L'empereur Naruhito a reçu le roi Charles III.", "fr", "emperor"),
    ],
)
def test_more_ministries_have_their_role(text, lang, role):
    (first, *_) = participants(facts(make(text, lang)))
    assert first[1] == role


def test_an_acronym_a_name_never_holds_is_one_in_capitals_only():
    """``UN`` ends a name; the ``Un`` of ``Kim Jong Un`` does not."""
    text = (
        "Russia's top diplomat Sergei Lavrov held talks with North Korean leader Kim Jong Un "
        "in Wonsan on Saturday."
    )
    assert participants(facts(make(text, "en"))) == [
        ("Sergei Lavrov", "foreign minister", "RU"),
        ("Kim Jong Un", "leader", "KP"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Iran's judiciary chief Gholamhossein Mohseni-Ejei met Iraq's minister.",
            "en",
            ("Gholamhossein Mohseni-Ejei", "head of the judiciary", "IR"),
            id="head of the judiciary",
        ),
        pytest.param(
            "Le chef du pouvoir judiciaire iranien, Gholamhossein Mohseni-Ejei, a parlé.",
            "fr",
            ("Gholamhossein Mohseni-Ejei", "head of the judiciary", "IR"),
            id="chef du pouvoir judiciaire",
        ),
        pytest.param(
            "غلامحسین محسنی اژه‌ای رئیس قوه قضاییه گفت.",
            "fa",
            ("غلامحسین محسنی اژه‌ای", "head of the judiciary", None),
            id="رئیس قوه قضاییه",
        ),
        pytest.param(
            "Pakistan's Field Marshal Asim Munir met President Donald Trump on Wednesday.",
            "en",
            ("Asim Munir", "field marshal", "PK"),
            id="a rank",
        ),
        pytest.param(
            "فیلد مارشال عاصم منیر روز چهارشنبه با دونالد ترامپ دیدار کرد.",
            "fa",
            ("عاصم منیر", "field marshal", None),
            id="a rank in Persian",
        ),
        # the office, after a comma or after the name, says more than the rank
        pytest.param(
            "Pakistan's army chief, Field Marshal Asim Munir, met Donald Trump on Wednesday.",
            "en",
            ("Asim Munir", "army chief", "PK"),
            id="office over the rank after its comma",
        ),
        pytest.param(
            "Le maréchal Asim Munir, chef de l'armée pakistanaise, a rencontré Donald Trump.",
            "fr",
            ("Asim Munir", "army chief", "PK"),
            id="office over the rank before the name",
        ),
        pytest.param(
            "فیلد مارشال عاصم منیر فرمانده ارتش پاکستان با دونالد ترامپ دیدار کرد.",
            "fa",
            ("عاصم منیر", "army chief", "PK"),
            id="office over the rank in Persian",
        ),
        pytest.param(
            "Vladimir Putin had a telephone conversation with President of the Republic of "
            "Turkey Recep Tayyip Erdogan.",
            "en",
            ("Recep Tayyip Erdogan", "president", "TR"),
            id="of the Republic of Turkey",
        ),
        pytest.param(
            "Putin met the President of the Republic of Kazakhstan Kassym-Jomart Tokayev.",
            "en",
            ("Kassym-Jomart Tokayev", "president", "KZ"),
            id="of the Republic of Kazakhstan",
        ),
        pytest.param(
            "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei received Iraqi Prime "
            "Minister Mohammed Shia al-Sudani in Tehran on Tuesday.",
            "en",
            ("Ali Khamenei", "supreme leader", "IR"),
            id="Leader of the Islamic Revolution",
        ),
        pytest.param(
            "Le guide de la Révolution islamique, l'ayatollah Ali Khamenei, a reçu mardi le "
            "Premier ministre irakien Mohammed Chia al-Soudani.",
            "fr",
            ("Ali Khamenei", "supreme leader", "IR"),
            id="guide de la Révolution islamique",
        ),
        pytest.param(
            "Foreign Minister Seyyed Abbas Araghchi held a phone conversation with his Omani "
            "counterpart Sayyid Badr bin Hamad Al Busaidi.",
            "en",
            ("Abbas Araghchi", "foreign minister", None),
            id="Seyyed and Sayyid are honorifics",
        ),
        # an office of the United States, Britain or the EU in its own style, in every
        # language, so the reports of one event name the role alike
        pytest.param(
            "Le chef de la diplomatie américaine, Marco Rubio, a rencontré Wang Yi vendredi.",
            "fr",
            ("Marco Rubio", "secretary of state", "US"),
            id="US style in French",
        ),
        pytest.param(
            "مارکو روبیو وزیر امور خارجه آمریکا روز جمعه با وانگ یی دیدار کرد.",
            "fa",
            ("مارکو روبیو", "secretary of state", "US"),
            id="US style in Persian",
        ),
        pytest.param(
            "British Foreign Minister David Lammy met Abbas Araghchi on Friday.",
            "en",
            ("David Lammy", "foreign secretary", "GB"),
            id="UK style",
        ),
        pytest.param(
            "Le chef de la diplomatie de l'UE, Kaja Kallas, a parlé avec Abbas Araghchi.",
            "fr",
            ("Kaja Kallas", "foreign policy chief", "EU"),
            id="EU style",
        ),
        # a title worded so in one country only says the country
        pytest.param(
            "External Affairs Minister S. Jaishankar held talks with Abbas Araghchi.",
            "en",
            ("S. Jaishankar", "foreign minister", "IN"),
            id="External Affairs Minister",
        ),
        pytest.param(
            "EAM S. Jaishankar spoke with Marco Rubio on Tuesday.",
            "en",
            ("S. Jaishankar", "foreign minister", "IN"),
            id="EAM",
        ),
        pytest.param(
            "Le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, s'est "
            "entretenu par téléphone avec le prince Faisal ben Farhan.",
            "fr",
            ("Jean-Noël Barrot", "foreign minister", "FR"),
            id="ministre de l'Europe et des Affaires étrangères",
        ),
        pytest.param(
            "ژان نوئل بارو وزیر اروپا و امور خارجه روز دوشنبه با عباس عراقچی گفت‌وگو کرد.",
            "fa",
            ("ژان نوئل بارو", "foreign minister", "FR"),
            id="وزیر اروپا و امور خارجه",
        ),
        pytest.param(
            "محمدباقر قالیباف رئیس مجلس شورای اسلامی با ویاچسلاو ولودین دیدار کرد.",
            "fa",
            ("محمدباقر قالیباف", "speaker of parliament", "IR"),
            id="رئیس مجلس شورای اسلامی",
        ),
        pytest.param(
            "Le locataire de la Maison Blanche, Donald Trump, a appelé Vladimir Poutine.",
            "fr",
            ("Donald Trump", "president", "US"),
            id="locataire de la Maison Blanche",
        ),
        pytest.param(
            "Le chef du Kremlin, Vladimir Poutine, a reçu le président iranien.",
            "fr",
            ("Vladimir Poutine", "president", "RU"),
            id="chef du Kremlin",
        ),
        pytest.param(
            "Iran's permanent representative to the UN Amir Saeid Iravani met his US counterpart.",
            "en",
            ("Amir Saeid Iravani", "ambassador", "IR"),
            id="permanent representative to the UN",
        ),
        pytest.param(
            "Le représentant permanent de l'Iran auprès de l'ONU, Amir Saeid Iravani, a "
            "rencontré son homologue américain.",
            "fr",
            ("Amir Saeid Iravani", "ambassador", "IR"),
            id="représentant permanent auprès de l'ONU",
        ),
        pytest.param(
            "Washington's envoy Steve Witkoff met Abbas Araghchi in Muscat.",
            "en",
            ("Steve Witkoff", "envoy", "US"),
            id="Washington's (a capital the language data names)",
        ),
        pytest.param(
            "L'émissaire de Washington, Steve Witkoff, a rencontré Abbas Araghchi à Mascate.",
            "fr",
            ("Steve Witkoff", "envoy", "US"),
            id="émissaire de Washington",
        ),
        pytest.param(
            "Kremlin chief Vladimir Putin met Iranian President Masoud Pezeshkian.",
            "en",
            ("Vladimir Putin", "president", "RU"),
            id="Kremlin chief",
        ),
        pytest.param(
            "اسماعیل بقائی سخنگوی وزارت امور خارجه کشورمان در نشست خبری سخن گفت.",
            "fa",
            ("اسماعیل بقائی", "spokesperson", "IR"),
            id="سخنگوی وزارت امور خارجه کشورمان",
        ),
        pytest.param(
            "Maria Zakharova, spokeswoman for the Russian foreign ministry, said it was over.",
            "en",
            ("Maria Zakharova", "spokesperson", "RU"),
            id="spokeswoman for the Russian foreign ministry",
        ),
        pytest.param(
            "State Duma Speaker Vyacheslav Volodin met Mohammad Bagher Ghalibaf.",
            "en",
            ("Vyacheslav Volodin", "speaker of parliament", "RU"),
            id="State Duma Speaker",
        ),
    ],
)
def test_a_title_gives_the_first_participant_their_role_and_country(text, lang, expected):
    assert participants(facts(make(text, lang)))[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Amir before another given name is a given name, not an emir
        (
            "امیر سعید ایروانی سفیر ایران با همتای آمریکایی خود دیدار کرد.",
            ("امیر سعید ایروانی", "ambassador", "IR"),
        ),
        ("امیر قطر شیخ تمیم بن حمد با مسعود پزشکیان دیدار کرد.", ("تمیم بن حمد", "emir", "QA")),
        # each particle takes its word along
        (
            "امیر قطر شیخ تمیم بن حمد آل ثانی با مسعود پزشکیان دیدار کرد.",
            ("تمیم بن حمد آل ثانی", "emir", "QA"),
        ),
        # a permanent representative is an ambassador: one title joined to another
        (
            "امیر سعید ایروانی سفیر و نماینده دائم ایران در سازمان ملل با همتای آمریکایی خود "
            "دیدار کرد.",
            ("امیر سعید ایروانی", "ambassador", "IR"),
        ),
    ],
)
def test_a_title_word_that_is_a_given_name_before_another_opens_a_name(text, expected):
    assert participants(facts(make(text, "fa")))[0] == expected


@pytest.mark.parametrize("text", ["He met the ambassador to", "He met the ambassador to the"])
def test_a_text_ending_at_an_envoy_s_posting_link_is_read_whole(text):
    assert participants(facts(make(text, "en"))) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a complement with a dotted abbreviation, or a body's acronym in brackets
        (
            "The head of the U.N. nuclear watchdog, Rafael Grossi, met Iranian Foreign Minister "
            "Abbas Araghchi in Tehran.",
            "en",
            ("Rafael Grossi", "head"),
        ),
        (
            "Le directeur général de l'Agence internationale de l'énergie atomique (AIEA), "
            "Rafael Grossi, s'est entretenu mardi avec le ministre iranien des Affaires "
            "étrangères, Abbas Araghchi.",
            "fr",
            ("Rafael Grossi", "director general"),
        ),
        # a body's chief
        (
            "IAEA chief Rafael Grossi met Iranian Foreign Minister Abbas Araghchi in Tehran.",
            "en",
            ("Rafael Grossi", "head"),
        ),
    ],
)
def test_a_title_s_long_complement_before_the_name(text, lang, expected):
    assert participants(facts(make(text, lang)))[0][:2] == expected


def test_a_complement_running_into_a_date_is_no_title_s():
    """``said on Monday that in Tehran, Ali Bagheri``: the clause went on past the title."""
    text = (
        "The spokesman of the ministry said on Monday that in Tehran, Ali Bagheri met "
        "Abbas Araghchi."
    )
    assert ("Ali Bagheri", "spokesperson", None) not in participants(facts(make(text, "en")))


def test_a_title_serving_an_organisation_after_a_is_no_link_to_a_name():
    """``chercheur à l'International Crisis Group``: the researcher is the one named before
    the title, not ``Crisis Group``."""
    text = "Ali Vaez, chercheur à l'International Crisis Group, a déclaré : « C'est fini »."
    extraction = facts(make(text, "fr"))
    assert participants(extraction) == [("Ali Vaez", "researcher", None)]
    assert [q.speaker for q in extraction.quotes] == ["Ali Vaez"]


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        (
            "به گزارش ایرنا، سید عباس عراقچی روز یکشنبه در تماس تلفنی با همتای عمانی خود "
            "بدر البوسعیدی درباره مذاکرات گفت‌وگو کرد.",
            "fa",
            "عباس عراقچی",
        ),
        (
            "According to the ministry, Claire Delmas held a phone call with Foreign Minister "
            "Abbas Araghchi on Monday.",
            "en",
            "Claire Delmas",
        ),
    ],
)
def test_the_subject_opening_the_event_sentence_comes_after_its_source(text, lang, subject):
    """``به گزارش ایرنا، …``, ``According to the ministry, …``: the untitled subject after
    the source phrase takes part."""
    assert subject in [p[0] for p in participants(facts(make(text, lang)))]

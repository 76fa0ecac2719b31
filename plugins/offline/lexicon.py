"""The per-language data of the offline plugin, read once from ``data/<lang>.json``.

Adding a language is adding a data file: cue phrases of event types, person titles and the
roles they give, quote verbs, figure qualifiers, scales, currencies and units, words that
make a number a name (``Resolution 2231``), stop words, and country names and adjectives
the generated country data lacks. A language without a file still gets what needs no data:
numbers, quotes, CLDR country names and summaries.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .scan import PhraseTable, Token, accented_key, key, phrase_keys

DATA = "polybrief.plugins.offline"


@dataclass(frozen=True, eq=False)
class Lexicon:
    lang: str
    known: bool
    """Whether the language has a data file of its own."""
    events: PhraseTable[str]
    split_events: tuple[tuple[str, str, str], ...]
    """Cues in two words with a few between (Persian ``وارد تهران شد``, arrived in Tehran):
    first word's key, last word's key, event type."""
    conversations: PhraseTable[bool]
    """Event cues that say two people talked, not how (``se sont entretenus``): with a
    telephone or video cue in the same sentence they name a call."""
    object_cues: frozenset[str]
    """Cues that are verbs whose object may be a thing (``met``, ``rencontré``)…"""
    non_event_objects: frozenset[str]
    """…and the things that make them no event (``met the targets``, ``a rencontré des
    difficultés``)."""
    contest_words: PhraseTable[bool]
    """Words of sport (``league``, ``فوتبال``): in their sentence or the title, a meeting
    (``rencontre``, ``دیدار``) is a match."""
    event_weights: dict[str, float]
    future_before: frozenset[str]
    """Words before an event's cue that make it one to come (``will``, ``would``, ``to``)…"""
    future_after: frozenset[str]
    """…and words after it that do (Persian ``خواهد``)."""
    titles: PhraseTable[str]
    title_modifiers: PhraseTable[str]
    title_joiners: frozenset[str]
    plural_titles: frozenset[str]
    """Plural title words (``ministers``, ``ministres``, ``وزیران``): such a title names
    several people."""
    counterparts: PhraseTable[bool]
    country_links: frozenset[str]
    name_links: frozenset[str]
    possessive: frozenset[str]
    honorifics: PhraseTable[bool]
    name_particles: frozenset[str]
    name_stops: frozenset[str]
    """Words a name never holds, by key (``Council``, ``News``)…"""
    acronym_stops: frozenset[str]
    """…and acronyms among them, as written (``UN``): ``Un`` of ``Kim Jong Un`` is no
    acronym."""

    def stops_names(self, token: Token) -> bool:
        """Whether a name never holds this word (see ``name_stops``)."""
        return token.key in self.name_stops or token.text in self.acronym_stops

    light_verbs: frozenset[str]
    have_verbs: frozenset[str]
    """Forms of "to have" among the light verbs: the noun before one is its object, not
    part of a verb (``سه پسر دارد``, has three sons)."""
    given_names: frozenset[str]
    """Common first names (``عباس``, ``محمد``): in scripts without capitals, where a name
    after an honorific ends when no punctuation shows it."""
    """Verbs that follow a noun to make a verb (``تهدید کرد``, threatened): the word before
    one is no name's last word."""
    determiners: frozenset[str]
    """Words that make the noun after them a common one (``این انتخابات``, this election):
    in scripts without capitals no name follows them; nor is ``the three ministers`` a
    figure."""
    name_openers: frozenset[str]
    """In scripts without capitals, words after which a name may start right before a title
    with no comma (``با``, with): see ``PeopleFinder._opened_name_before``."""
    pronouns: frozenset[str]
    genders: dict[str, str]
    """Word key → ``f`` or ``m``: pronouns (``she``, ``elle``), honorifics (``Mme``) and
    title words (``spokeswoman``, ``présidente``, ``la`` before a title)."""
    object_markers: frozenset[str]
    """Words after which a name is the object of the sentence, not its speaker (``with``,
    ``of``, ``avec``, ``de``, ``با``): ``عراقچی در دیدار با لاوروف گفت`` is Araghchi speaking,
    and ``he`` after ``met with Lavrov`` is not Lavrov."""
    quote_verbs: PhraseTable[bool]
    source_documents: frozenset[str]
    """Words of a document a body issued, between a verb of saying and the body (``according
    to a statement by the foreign ministry``, ``selon un communiqué du ministère``)."""
    quote_auxiliaries: frozenset[str]
    """Auxiliaries right before a quote that holds the rest of the verb (``M. Barrot a
    « exigé leur libération »``): the sentence's subject said it."""
    name_cues: PhraseTable[bool]
    """Words after which quote marks hold a name or a term, not words spoken (``so-called``,
    ``intitulé``, ``به عنوان``): ``به عنوان "وزیر ارشد"``, as "senior minister"."""
    source_openers: PhraseTable[bool]
    """Words opening a phrase that names the report's source (``according to``, ``selon``,
    ``به گزارش``): a sentence's subject comes after its comma."""
    opinion_openers: PhraseTable[bool]
    """Words opening a sentence to say whose view its quote gives (``Pour Moscou, « … »``,
    ``از نگاه مسکو``): a verb of saying there."""
    topic_cues: PhraseTable[bool]
    """Words after which an event's topic follows (``to discuss``, ``pour évoquer``,
    ``درباره``)."""
    recall_markers: PhraseTable[bool]
    """Phrases after which a clause speaks of another event (``days after``, ``ahead of``,
    ``au lendemain``): the people it names did not take part, its cues name no event."""
    purpose_markers: frozenset[str]
    """Words after which a clause says what a meeting was for (``met … for a summit``,
    ``réunis … pour un sommet``): a conference named there is the event, not the
    meeting."""
    call_verbs: frozenset[str]
    """Verbs that make a telephone call of their object when it is a person named (``Trump
    called Putin``, ``Macron a appelé Vladimir Poutine``)…"""
    welcome_verbs: frozenset[str]
    """Verbs that make a meeting of their object when it is a person named, as
    ``call_verbs`` do a call (``Trump welcomed Mohammed bin Salman to the White House``;
    not ``welcomed the decision``)."""
    talk_verbs: PhraseTable[bool]
    """Verbs that make talks of their object when it is a person named (``spoke to President
    Zelenskyy``; not ``spoke to reporters``)."""
    call_blockers: frozenset[str]
    """…unless one of these words follows the name (``called Putin a killer``, ``a appelé
    Poutine à la retenue``, ``Putin's``)."""
    cancel_words: PhraseTable[bool]
    """Words before an event's cue saying it did not take place (``called off a planned
    visit``, ``a annulé sa visite``, ``لغو سفر``): that cue names no event."""
    cancelled_after: PhraseTable[bool]
    """The same after the cue (``the visit was postponed``, ``a été reportée``, ``سفر … را
    لغو کرد``)."""
    partner_topic_cues: PhraseTable[bool]
    """Words that open a topic right after the partner named past ``partner_markers`` and
    the event's cue (French ``s'est entretenu avec Recep Tayyip Erdogan de la situation en
    Ukraine``)."""
    topic_ends: frozenset[str]
    """Words that end a topic (``with``, ``avec``, ``گفت‌وگو``), by :func:`accented_key`:
    the verb ``a`` ends one, ``à Gaza`` does not."""
    topic_keepers: frozenset[str]
    """Nouns after which a word of ``topic_ends`` goes on the topic, unless a title or
    counterpart follows it (Persian ``مبارزه با تروریسم``, the fight against terrorism)."""
    event_references: PhraseTable[bool]
    """Words that speak of an event already named (``the call``, ``les entretiens``): a
    sentence with one may say what the event was about; an event cue inside one names no
    new event."""
    side_references: PhraseTable[bool]
    """Words that speak of an event's two sides (``the two ministers``, ``les deux
    parties``, ``دو طرف``): as ``event_references``, and they say two took part."""
    relative_pronouns: frozenset[str]
    """Words opening a relative clause (``who``, ``qui``): a name inside one set off by
    commas before the verb is not its subject (``Putin, who hosted Modi, thanked him``)."""
    object_verbs: frozenset[str]
    """Quote verbs whose object is the one spoken to (``told``, ``urged``): a person right
    after one is not the speaker."""
    bodies: PhraseTable[str]
    """Institutions that speak in quotes, with their name in English (``وزارت امور خارجه``
    → ``foreign ministry``, ``Maison Blanche`` → ``White House``); a plain list names each
    as written."""
    qualifiers: PhraseTable[str]
    span_qualifiers: frozenset[str]
    """Qualifiers that before a duration say over what time (``$53bn over five years``)…"""
    span_keepers: frozenset[str]
    """…unless one of these comes before them (``for over five years``: more than)."""
    scales: PhraseTable[float]
    capital_scales: dict[str, float]
    """Scales written short in capitals, matched as written (French ``1,2 M de personnes``
    is 1.2 million; ``m`` is metres)."""
    number_words: PhraseTable[float]
    lower_bounds: frozenset[tuple[str, ...]]
    """Number words (as word keys) that say "at least so many" (``tens of``, ``des
    dizaines de``, ``ده‌ها``): with a scale they are figures qualified ``at least``."""
    ambiguous_numbers: frozenset[str]
    """Number words that are as often other words (Persian ``نه``, nine and not)."""
    measures: PhraseTable[str]
    """What a sum of money or a percentage measures (``trade``, ``déficit commercial``,
    ``دارایی‌های``, ``inflation``), with an English key of the same thing in every
    language (``deficit``): the phrase is given as what the figure counts, and the events
    stage compares figures only of one key."""
    measure_bases: frozenset[str]
    """Keys of ``measures`` that are what a share is of, not what it measures (``5 % du
    PIB``: the deficit before it, if the sentence names one)."""
    measure_links: frozenset[str]
    """Words between a sum and what it measures after it (``in``, ``d'``, ``از``)."""
    currencies: PhraseTable[str]
    units: PhraseTable[str]
    head_units: frozenset[str]
    """Units that also count people (Persian ``تن``: tonnes and persons)…"""
    head_counts: frozenset[str]
    """…and the words after them that make them a head count (``کشته``, killed)."""
    rates: PhraseTable[str]
    """What a quantity is counted per, after its unit (``per day``, ``a barrel``, ``par
    an``, ``در روز``): ``2 million barrels of oil per day`` is ``barrels/day``…"""
    rate_blockers: frozenset[str]
    """…unless one of these words follows, making it a time (``a year ago``, ``در روز
    دوشنبه``, on Monday)."""
    rates_before: PhraseTable[str]
    """What a quantity is counted per, written before the number (``روزانه ۲۵ میلیون متر
    مکعب``, 25 million cubic metres a day)."""
    rate_links: frozenset[str]
    """Words between a rate written before a quantity and the quantity, left out of the
    figure (``روزانه به ۱.۸ میلیون بشکه``, to 1.8 million barrels a day)."""
    units_before: PhraseTable[str]
    """Units written before the number (``magnitude 6.0``, ``به بزرگی ۶``)."""
    count_joiners: frozenset[str]
    count_modifiers: frozenset[str]
    """Words between a number and what it counts, not part of it (``2,000 more
    soldiers``, ``three other people``)."""
    sum_joiners: frozenset[str]
    """Words that add a smaller number to a scaled one (Persian ``۴۸ هزار و ۵۰۰``)."""
    halves: PhraseTable[bool]
    """``and a half``, ``et demie``, ``و نیم``: half a unit more (``two and a half hours``)."""
    approximates: PhraseTable[float]
    """Round numbers said as about them (``une trentaine``, ``a dozen``): figures
    qualified ``about`` when what they count follows."""
    uncounted_endings: tuple[str, ...]
    """Word endings only verbs or adverbs have (French ``-aient``: ``pourraient``; English
    ``-ously``): what a figure counts stops before such a word."""
    participle_endings: tuple[str, ...]
    """Endings of verbs that may follow a counted noun (English ``-ed``: ``people marched``);
    ``head_counts`` words among them (``killed``) still say what is counted."""
    partner_markers: frozenset[str]
    """Words before the person one meets or calls (``with``, ``avec``, ``با``): a full name
    after one in the sentence naming the event took part, with no title needed."""
    week_dates: frozenset[tuple[str, ...]]
    """Dates that name a week (``last week``, ``la semaine dernière``, ``هفته گذشته``), by
    :func:`phrase_keys`: with no day in its sentence, the event took place then, not on the
    day of publication; the parse stage gives their month."""
    body_pronouns: frozenset[str]
    """Pronouns that stand for a body, never a person (``it`` in ``"…," it added``)."""
    host_verbs: frozenset[str]
    """Verbs of hosting a visitor (``received``, ``reçu``): after one in the sentence…"""
    message_verbs: frozenset[str]
    """Verbs of a message whose object is the one it is sent to (``congratulated``,
    ``félicité``): in scripts with capitals, the full name after one is the partner."""
    pair_markers: frozenset[str]
    """Words before two people something was between (``between``, ``entre``, ``بین``)."""
    meet_verbs: frozenset[str]
    """Verbs of meeting whose object is the person met: in scripts with capitals, the full
    name after one is the partner, as after ``with`` (``a rencontré lundi Volodymyr
    Zelensky``)."""
    agent_markers: frozenset[str]
    """…a word of the agent (``by``, ``par``) marks the host, as ``with`` marks a partner."""
    addressee_markers: frozenset[str]
    """Words before the one a message is sent to (``to``, ``à``)."""
    protocol_places: frozenset[str]
    """Where a guest is received by protocol, not by the host of the talks (``airport``)."""
    posting_links: frozenset[str]
    posting_bodies: PhraseTable[bool]
    """Bodies an envoy may be posted to as to a country (``to the UN``, ``auprès de
    l'ONU``, ``در سازمان ملل``)."""
    """Words between an envoy's title and the country they are posted to (``Ambassador to
    Israel``, ``ambassadeur de France en Iran``, ``سفیر ایران در فرانسه``), by
    :func:`accented_key`: the country is where the title holder serves, not theirs."""
    place_markers: frozenset[str]
    """Words that make the capital after them where an event happened (``in``, ``à``,
    ``در``), by :func:`accented_key` (``à``, not ``a``)."""
    designators: frozenset[str]
    """Words after which a number names something (``Resolution 2231``, ``ماده ۱۰``)."""
    clock_before: frozenset[str]
    """Words that make a number of hours after them a time of day (``à 14 heures``,
    ``vers 23 h``), not how long something lasted; by :func:`accented_key` (``il a 14
    heures`` is not ``à``)."""
    stopwords: frozenset[str]
    months: frozenset[str]
    decimal_comma: bool
    decimal_slash: bool
    latin_capitals: bool
    adjectives_lowercase: bool
    names_qualify_nouns: bool = False
    """A capitalised name may qualify a noun after it (English ``European Union officials``);
    in French a lower-case word after a name is no sign of that (``avec Abbas Araghchi
    mardi``)."""
    verb_final: bool = False
    """The verb ends the sentence (Persian): a quote's speaker opens the sentence, however
    far before a verb that follows the quote (``پسکوف … این پیشنهاد را «جالب» خواند``)."""
    country_aliases: dict[str, list[str]] = field(default_factory=dict)
    country_adjectives: dict[str, list[str]] = field(default_factory=dict)
    """Adjectives the generated country data lacks (``qatari`` beside ``qatarien``)."""
    country_skip: frozenset[str] = frozenset()
    noun_bound_countries: dict[str, frozenset[str]] = field(default_factory=dict)
    """Country adjectives that are common words too (Persian ``ترک``, Turkish, is also
    "leaving": ``پیش از ترک تهران``): a country only right after a word that is not a
    function word, which it qualifies, and not before a light verb or one of the words
    listed with it (``ترک مخاصمه``, ceasefire); by :func:`key`."""
    home_country: str | None = None
    """The country a report in the language is written from when it says one of
    ``home_markers`` (Persian: Iran, for ``کشورمان`` or an Iranian agency's name)."""
    home_markers: PhraseTable[bool] = field(default_factory=lambda: _table([]))
    home_offices: frozenset[str] = frozenset()
    """Roles of government whose holder, titled with no country in a report from the home
    country's side, is of that country (``وزیر امور خارجه``); ``home_office_words`` do
    the same inside a title of any role (``سخنگوی وزارت امور خارجه``, of a ministry)."""
    home_office_words: frozenset[str] = frozenset()
    style_countries: dict[str, str] = field(default_factory=dict)
    """Roles whose title only one country's holder has in the language's news, and that
    country (English ``secretary of state``: US; a foreign secretary may be British,
    Indian or Pakistani, and a French ``secrétaire d'État`` is a junior minister)."""
    title_countries: PhraseTable[str] = field(default_factory=lambda: _table([]))
    """Titles worded so in one country only, and that country (``External Affairs
    Minister``: India; ``ministre de l'Europe et des Affaires étrangères``: France)."""
    strip_suffixes: tuple[str, ...] = ()
    non_name_prefixes: tuple[str, ...] = ()
    non_name_suffixes: tuple[str, ...] = ()
    name_exceptions: frozenset[str] = frozenset()
    """Names that look like other words to the prefix and suffix rules (``خامنه‌ای`` ends
    as the adjective ``هسته‌ای`` does)."""


def _keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(key(w) for w in words)


def _acronym(word: str) -> bool:
    """A word in capitals of a few letters (``UN``, ``EU``, ``TV``)."""
    return word.isupper() and len(word) <= 4


def _accented(words: list[str]) -> frozenset[str]:
    return frozenset(accented_key(w) for w in words)


def _with_prefixes(data: dict[str, Any]) -> dict[str, Any]:
    """The titles, and each again behind the language's ``title_prefixes`` (French
    ``vice-ministre des affaires étrangères``: deputy foreign minister), unless given."""
    titles = data.get("titles", {})
    prefixed = {
        f"{prefix}{phrase}": f"{modifier} {role}"
        for prefix, modifier in data.get("title_prefixes", {}).items()
        for phrase, role in titles.items()
        if role and not phrase.startswith(prefix)
    }
    return {**prefixed, **titles}  # a title given as such keeps its own role


def _table(mapping: dict[str, Any] | list[str], commas: bool = False) -> PhraseTable:
    if isinstance(mapping, list):
        return PhraseTable(((phrase, True) for phrase in mapping), commas=commas)
    return PhraseTable(mapping.items(), commas=commas)


def _labelled(mapping: dict[str, str] | list[str]) -> PhraseTable[str]:
    """Phrases with a label each: a list's phrases are their own labels."""
    if isinstance(mapping, list):
        return PhraseTable((phrase, phrase) for phrase in mapping)
    return PhraseTable(mapping.items())


def read_data(name: str) -> dict[str, Any] | None:
    """A JSON file of ``data/``, or None if there is none."""
    path = resources.files(DATA).joinpath("data", f"{name}.json")
    if not path.is_file():
        return None
    return json.loads(path.read_text("utf-8"))


def base_language(lang: str | None) -> str:
    """``pt-BR`` → ``pt``; None → ``und``."""
    return (lang or "und").split("-")[0].split("_")[0].lower() or "und"


_lock = threading.Lock()


def _cldr_months(lang: str) -> frozenset[str]:
    """The month names CLDR gives a language without rules of its own (``marzo``, ``آذار``),
    so that ``12 de marzo`` is read as no figure."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    names = {
        name
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in locale.months.get(context, {}).get(width, {}).values()
    }
    return frozenset(key(n) for name in names for n in name.split())


def lexicon(lang: str | None) -> Lexicon:
    """The lexicon of a language (thread-safe, built once)."""
    with _lock:
        return _build(base_language(lang))


@cache
def _build(lang: str) -> Lexicon:
    data = read_data(lang) if lang.isalpha() else None
    known = data is not None
    data = data or {}
    return Lexicon(
        lang=lang,
        known=known,
        events=PhraseTable(
            (cue, kind) for kind, cues in data.get("events", {}).items() for cue in cues
        ),
        split_events=tuple(
            (key(first), key(last), kind)
            for kind, pairs in sorted(data.get("split_events", {}).items())
            for first, last in pairs
        ),
        conversations=_table(data.get("conversation_cues", [])),
        object_cues=_keys(data.get("object_cues", [])),
        non_event_objects=_keys(data.get("non_event_objects", [])),
        contest_words=_table(data.get("contest_words", [])),
        event_weights=data.get("event_weights", {}),
        future_before=_keys(data.get("future_before", [])),
        future_after=_keys(data.get("future_after", [])),
        titles=_table(_with_prefixes(data), commas=True),
        title_modifiers=_table(data.get("title_modifiers", {})),
        title_joiners=_keys(data.get("title_joiners", [])),
        plural_titles=_keys(data.get("plural_titles", [])),
        counterparts=_table(data.get("counterpart", [])),
        country_links=_keys(data.get("country_links", [])),
        name_links=_keys(data.get("name_links", [])),
        possessive=_keys(data.get("possessive", [])),
        honorifics=_table(data.get("honorifics", [])),
        name_particles=_keys(data.get("name_particles", [])),
        name_stops=_keys(w for w in data.get("name_stops", []) if not _acronym(w)),
        acronym_stops=frozenset(w for w in data.get("name_stops", []) if _acronym(w)),
        light_verbs=_keys(data.get("light_verbs", [])),
        have_verbs=_keys(data.get("have_verbs", [])),
        given_names=_keys(data.get("given_names", [])),
        determiners=_keys(data.get("determiners", [])),
        name_openers=_keys(data.get("name_openers", [])),
        pronouns=_keys(data.get("pronouns", [])),
        genders={key(word): g for word, g in data.get("genders", {}).items()},
        object_markers=_keys(data.get("object_markers", [])),
        relative_pronouns=_keys(data.get("relative_pronouns", [])),
        object_verbs=_keys(data.get("object_verbs", [])),
        quote_verbs=_table(data.get("quote_verbs", [])),
        quote_auxiliaries=_keys(data.get("quote_auxiliaries", [])),
        source_documents=_keys(data.get("source_documents", [])),
        name_cues=_table(data.get("name_cues", [])),
        source_openers=_table(data.get("source_openers", [])),
        opinion_openers=_table(data.get("opinion_openers", [])),
        topic_cues=_table(data.get("topic_cues", [])),
        recall_markers=_table(data.get("recall_markers", [])),
        purpose_markers=_keys(data.get("purpose_markers", [])),
        call_verbs=_keys(data.get("call_verbs", [])),
        welcome_verbs=_keys(data.get("welcome_verbs", [])),
        talk_verbs=_table(data.get("talk_verbs", [])),
        call_blockers=_keys(data.get("call_blockers", [])),
        cancel_words=_table(data.get("cancel_words", [])),
        cancelled_after=_table(data.get("cancelled_after", [])),
        partner_topic_cues=_table(data.get("partner_topic_cues", [])),
        topic_ends=_accented(data.get("topic_ends", [])),
        topic_keepers=_keys(data.get("topic_keepers", [])),
        event_references=_table(data.get("event_references", [])),
        side_references=_table(data.get("side_references", [])),
        bodies=_labelled(data.get("bodies", [])),
        qualifiers=_table(data.get("qualifiers", {})),
        span_qualifiers=_keys(data.get("span_qualifiers", [])),
        span_keepers=_keys(data.get("span_keepers", [])),
        scales=_table(data.get("scales", {})),
        capital_scales={k: float(v) for k, v in data.get("capital_scales", {}).items()},
        number_words=_table(data.get("number_words", {})),
        ambiguous_numbers=_keys(data.get("ambiguous_numbers", [])),
        lower_bounds=frozenset(phrase_keys(p) for p in data.get("lower_bounds", [])),
        measures=_table(data.get("measures", {})),
        measure_links=_keys(data.get("measure_links", [])),
        measure_bases=frozenset(data.get("measure_bases", [])),
        currencies=_table(data.get("currencies", {})),
        units=_table(data.get("units", {})),
        rates=_table(data.get("rates", {})),
        rates_before=_table(data.get("rates_before", {})),
        rate_blockers=_keys(data.get("rate_blockers", [])),
        head_units=_keys(data.get("head_units", [])),
        head_counts=_keys(data.get("head_counts", [])),
        rate_links=_keys(data.get("rate_links", [])),
        units_before=_table(data.get("units_before", {})),
        count_joiners=_keys(data.get("count_joiners", [])),
        count_modifiers=_keys(data.get("count_modifiers", [])),
        sum_joiners=_keys(data.get("sum_joiners", [])),
        halves=_table(data.get("halves", [])),
        approximates=_table(data.get("approximates", {})),
        uncounted_endings=tuple(data.get("uncounted_endings", [])),
        participle_endings=tuple(data.get("participle_endings", [])),
        designators=_keys(data.get("designators", [])),
        posting_links=_accented(data.get("posting_links", [])),
        posting_bodies=_table(data.get("posting_bodies", [])),
        partner_markers=_keys(data.get("partner_markers", [])),
        week_dates=frozenset(phrase_keys(p) for p in data.get("week_dates", [])),
        body_pronouns=_keys(data.get("body_pronouns", [])),
        host_verbs=_keys(data.get("host_verbs", [])),
        meet_verbs=_keys(data.get("meet_verbs", [])),
        pair_markers=_keys(data.get("pair_markers", [])),
        message_verbs=_keys(data.get("message_verbs", [])),
        agent_markers=_keys(data.get("agent_markers", [])),
        addressee_markers=_keys(data.get("addressee_markers", [])),
        protocol_places=_keys(data.get("protocol_places", [])),
        place_markers=_accented(data.get("place_markers", [])),
        clock_before=_accented(data.get("clock_before", [])),
        stopwords=_keys(data.get("stopwords", [])),
        months=_keys(data.get("months", [])) if known else _cldr_months(lang),
        decimal_comma=bool(data.get("decimal_comma", False)),
        decimal_slash=bool(data.get("decimal_slash", False)),
        latin_capitals=bool(data.get("latin_capitals", False)),
        verb_final=bool(data.get("verb_final", False)),
        names_qualify_nouns=bool(data.get("names_qualify_nouns", False)),
        adjectives_lowercase=bool(data.get("adjectives_lowercase", False)),
        country_aliases=data.get("country_aliases", {}),
        country_adjectives=data.get("country_adjectives", {}),
        country_skip=_keys(data.get("country_skip", [])),
        style_countries=dict(data.get("style_countries", {})),
        title_countries=_table(data.get("title_countries", {})),
        home_country=data.get("home_country", {}).get("country"),
        home_markers=_table(data.get("home_country", {}).get("markers", [])),
        home_offices=frozenset(data.get("home_country", {}).get("offices", [])),
        home_office_words=_keys(data.get("home_country", {}).get("office_words", [])),
        noun_bound_countries={
            key(form): _keys(objects)
            for form, objects in data.get("noun_bound_countries", {}).items()
        },
        strip_suffixes=tuple(data.get("strip_suffixes", [])),
        non_name_prefixes=tuple(data.get("non_name_prefixes", [])),
        non_name_suffixes=tuple(data.get("non_name_suffixes", [])),
        name_exceptions=_keys(data.get("name_exceptions", [])),
    )

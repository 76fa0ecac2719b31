"""The offline extractor: every rule run over one document, assembled into an Extraction."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from polybrief.records import (
    DateFact,
    DateMention,
    DateValue,
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Figure,
    Participant,
    Place,
    Quote,
)

from .analysis import Analysis
from .countries import NAME, country_name
from .events import MEDIUMS, SHAPES, UNSHAPED, FoundEvent, find_event
from .figures import find_figures
from .gazetteer import Gazetteer
from .people import PeopleFinder, Person, same_person
from .places import FoundPlace, dateline_end, find_places, where_it_happened
from .quotes import find_quotes
from .roster import find_people
from .scan import phrase_keys
from .titles import BODY_COUNTRIES
from .topics import event_topics, find_topics

PLUGIN = "offline"
AHEAD_DAYS = 60
"""How long after its publication a report's event to come may be (``will visit Ankara on
Monday``)."""
RECENT_DAYS = 7
"""How long before its publication a report's event may be: ``on Saturday`` in a Monday
report is two days before it; a date further back is something the report recalls."""
LEAD_SENTENCES = 3
"""The participants are the titled, gazetteer-listed or counterpart (``his Turkish
counterpart Hakan Fidan``) people of the first sentence, among the first three, that names
any: a report says who took part first; later sentences recall other people."""
SOURCE_ROLES = frozenset(
    {"spokesperson", "adviser", "economist", "researcher", "historian", "journalist"}
    | {"correspondent", "editor", "professor", "lawyer"}
)
"""Roles of people who report or comment on an event more often than they take part in it:
beside two others in the sentence naming the participants, they are left out."""
NOTE = (
    "Offline rules: people are found next to a title or an honorific, when they speak "
    "under a full name given earlier, as the one person met or called, or when people_file "
    "lists them; topics are the words after a cue such as 'to discuss', as written; names "
    "are not transliterated across scripts; an LLM endpoint adds that."
)


def _evidence(document: Document, start: int, end: int) -> Evidence:
    return Evidence(document.text[start:end], start, end)


def extract_document(document: Document, gazetteer: Gazetteer | None = None) -> Extraction:
    """Every rule run over ``document``; ``gazetteer`` lists people to find without a title."""
    analysis = Analysis.of(document)
    people = find_people(analysis, gazetteer)
    _give_officials_the_home_country(analysis, people)
    named = PeopleFinder(analysis).called()
    named.update((start, end) for person in people for start, end in person.mentions)
    named.update(person.evidence for person in people)  # "called Russian President …"
    found_event = find_event(analysis, document.title, named)
    takers = _named_takers_part(analysis, people, found_event)
    people += [p for p in takers if p not in people]
    places = find_places(analysis)
    skip = [(m.start, m.end) for m in document.dates]
    event_sentence = (
        analysis.sentence_of(found_event.start)
        if found_event and found_event.start is not None
        else None
    )
    elsewhere = {id(p) for p in _of_other_events(analysis, people, found_event)}
    candidates = [p for p in people if id(p) not in elsewhere] or people
    participants = _participants(document, analysis, candidates, takers, event_sentence)
    found_event = _bilateral(analysis, document, named, found_event, participants)
    partner = _untitled_partner(analysis, people, found_event, participants)
    if partner is not None:
        people.append(partner)
        participants.append(_participant(document, partner))
    _give_home_country(analysis, participants)
    event = Event(
        type=found_event.type if found_event else None,
        date=_event_date(document, analysis, found_event),
        participants=participants,
        places=[
            Place(name, _evidence(document, p.start, p.end), p.country)
            for name, (p, *_) in _places_by_name(
                where_it_happened(analysis, places, _remote(found_event))
            ).items()
            if analysis.sentence_of(p.start) < LEAD_SENTENCES
        ],
        topics=_topics(
            analysis,
            found_event,
            _with_places(skip, analysis, places),
            participants,
            document.title,
        ),
        evidence=(
            _evidence(document, found_event.start, found_event.end)
            if found_event and found_event.start is not None
            else None
        ),
    )
    _give_the_host_country(event)
    return Extraction(
        document=document.ref(),
        extractors=[PLUGIN],
        event=event,
        quotes=[
            Quote(q.text, _evidence(document, q.start, q.end), q.speaker)
            for q in find_quotes(analysis, people, places)
        ],
        figures=[
            Figure(
                text=f.text,
                evidence=_evidence(document, f.start, f.evidence_end),
                value=f.value,
                unit=f.unit,
                counts=f.counts,
                qualifier=f.qualifier,
            )
            for f in find_figures(analysis, skip)
        ],
        entities=_country_entities(document, analysis, people)
        + [_person_entity(document, p) for p in people]
        + _place_entities(document, places),
        dates=[
            DateFact(
                raw=m.raw,
                evidence=_evidence(document, m.start, m.end),
                date=m.date,
                precision=m.precision,
                calendar=m.calendar,
            )
            for m in document.dates
        ],
        notes=[NOTE],
    )


def _event_date(
    document: Document, analysis: Analysis, found: FoundEvent | None
) -> DateValue | None:
    """The day the sentence naming the event gives (``on Saturday``, in a report published
    on Sunday; not the dateline's), when it is at most :data:`RECENT_DAYS` before the
    publication (for an event to come, ``will visit … on Monday``, at most
    :data:`AHEAD_DAYS` after it, as a day after it is whatever the verb's tense: Persian
    writes plans in the present, ``فردا به تهران سفر می‌کند``); else the month of a week
    it names (``last week``, ``next week``); else the publication date; without one, the
    first date of the first sentence. The first date of a sentence decides: when it cannot
    be resolved (``jeudi 10 octobre`` with no year known), a later one (``en 2025``) is no
    stand-in."""
    published = document.published
    sentence = analysis.sentence_of(found.start) if found and found.start is not None else 0
    to_come = found is not None and found.to_come
    report_dated = dateline_end(analysis.text)
    week = None  # "last week": its month (the parse stage's), when no day is given
    earlier = None  # a day further back than RECENT_DAYS, when no later one is nearer
    for mention in document.dates:
        if analysis.sentence_of(mention.start) != sentence or mention.start < report_dated:
            continue  # not this sentence, or "KABUL, Sept 1 (AP) -": the report's date
        if not mention.date:
            break  # "jeudi 10 octobre" with no year known: not the "2025" after it
        value = DateValue(mention.date, mention.precision, mention.raw, mention.calendar)
        if mention.precision != "day":
            if week is None and phrase_keys(mention.raw) in analysis.lexicon.week_dates:
                week = value
                if to_come:
                    break  # "will visit Tehran next week, IRNA reported on Saturday"
            continue  # "who met last year, spoke by phone on Monday": a day is looked for
        if published is None or not published.date:
            return value
        before = _days_between(mention.date, published.date)
        if published.precision == "day" and before is not None:
            if to_come and -AHEAD_DAYS <= before <= 0:
                return value  # "will visit Ankara on Monday"
            if not to_come and 0 < before <= RECENT_DAYS:
                return value
            if week is None and -AHEAD_DAYS <= before < 0:
                return value  # "فردا به تهران سفر می‌کند": a day to come says the event is
            if to_come:
                continue  # "…, the agency reported on Saturday": not the day of what is to come
            if before > RECENT_DAYS and earlier is None:
                # "spoke by telephone on 20 May", "Le 2 décembre dernier, … se sont
                # rencontrés"; not "who took office on August 21, met …"
                earlier = value if found and _dates_the_cue(analysis, mention, found) else None
                continue
        break  # the sentence's first date decides
    if week is not None:
        return week  # "met last week": not on the day of publication
    if earlier is not None:
        return earlier  # "Le 2 décembre dernier, les deux ministres se sont rencontrés"
    if published is not None and published.date:
        return published
    return _lead_date(document, analysis)


_PUNCTUATION = re.compile(r"[,;:()«»\"“”]")


def _dates_the_cue(analysis: Analysis, mention: DateMention, found: FoundEvent) -> bool:
    """Whether a date is the event cue's: in its clause (no punctuation between them), or
    opening the sentence (``On December 2, …``, ``Le 2 décembre dernier, …``)."""
    if found.start is None or found.end is None:
        return False
    sentence_start = analysis.sentence_span(mention.start)[0]
    if len(analysis.text[sentence_start : mention.start].split()) <= 1:
        return True
    if mention.end <= found.start:
        between = (mention.end, found.start)  # "Le 2 décembre, … se sont rencontrés"
    else:
        between = (found.end, mention.start)  # "spoke by telephone on 20 May"
    return not _PUNCTUATION.search(analysis.text, *between)


def _named_takers_part(
    analysis: Analysis, people: list[Person], found: FoundEvent | None
) -> list[Person]:
    """When no one has a title, two full names opening the sentence naming the event
    (``Emmanuel Macron et Vladimir Poutine se sont entretenus``) took part, or the full name
    opening it and the one it was held with (``Abbas Araghchi held a phone call with Badr
    Albusaidi``, ``… با بدر البوسعیدی …``)."""
    if found is None or found.start is None or any(p.role or p.counterpart for p in people):
        return []
    sentence = analysis.sentence_of(found.start)
    if sentence >= LEAD_SENTENCES:
        return []
    finder = PeopleFinder(analysis)
    pair = finder.opening_pair(sentence) or finder.between_pair(sentence)
    if not pair:
        subject = finder.opening_subject(sentence, found.start)
        partner = finder.partner_in(sentence, found.type == "message")
        if subject and partner and not same_person(subject.name, partner.name):
            pair = [subject, partner]
    takers = []
    for person in pair:
        known = next((q for q in people if same_person(q.name, person.name)), None)
        if known is None:
            person.spellings = [person.name]
        takers.append(known or person)
    return takers


def _topics(
    analysis: Analysis,
    found: FoundEvent | None,
    skip: list[tuple[int, int]],
    participants: list[Participant],
    title: str | None,
) -> list[str]:
    """What the sentence naming the event (the lead, when only the title names it), the
    ones near it speaking of it, or else the title, say it was about, as written."""
    if not found:
        return []  # no event named: nothing to be about
    if found.start is None or found.end is None:
        # named in the title only: the lead says what about, from where it names who
        named = [p.evidence.start for p in participants if p.evidence.start is not None]
        sentence, event = (analysis.sentence_of(min(named)) if named else 0), None
    else:
        sentence, event = analysis.sentence_of(found.start), (found.start, found.end)
    names = [name for p in participants for name in (p.name, p.native_name) if name]
    roles = {p.role for p in participants if p.role}
    topics = event_topics(analysis, sentence, skip, event, names, found.type, roles)
    if not topics and title:  # "Blinken and Wang discuss Taiwan in phone call"
        headline = Analysis.of(Document.from_text(title, "title", lang=analysis.lexicon.lang))
        named = next(headline.find(headline.lexicon.events), None)  # ends a topic
        topics = find_topics(headline, 0, [], (named.start, named.end) if named else None)
    return [text for text, _, _ in topics]


def _with_places(
    skip: list[tuple[int, int]], analysis: Analysis, places: list[FoundPlace]
) -> list[tuple[int, int]]:
    """The spans a topic ends at: the dates, and the places an event is said to happen at
    (``talks on the nuclear programme | in Muscat``), in order."""
    return sorted(skip + [(p.start, p.end) for p in where_it_happened(analysis, places)])


def _days_between(earlier: str, later: str) -> int | None:
    try:
        return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days
    except ValueError:
        return None


def _lead_date(document: Document, analysis: Analysis) -> DateValue | None:
    """The first date in the first sentence, if it is resolved."""
    for mention in document.dates:
        if analysis.sentence_of(mention.start) == 0:
            if not mention.date:
                return None
            return DateValue(mention.date, mention.precision, mention.raw, mention.calendar)
    return None


def _bilateral(
    analysis: Analysis,
    document: Document,
    named: dict[int, int],
    found: FoundEvent | None,
    participants: list[Participant],
) -> FoundEvent | None:
    """A summit of two countries' leaders who talked is their meeting, as a conference is of
    more: ``… summit`` over ``Japanese Prime Minister … and South Korean President … agreed
    …, during talks in Tokyo``. Named by the kind of their talks, if the lead names one."""
    countries = {p.country for p in participants}
    if found is None or found.type != "conference" or len(countries) != 2 or None in countries:
        return found
    other = find_event(analysis, document.title, named, without=frozenset({"conference"}))
    if other is None or other.start is None or other.type not in SHAPES | UNSHAPED:
        return found
    return other if other.type in SHAPES else replace(other, type="meeting")


def _of_other_events(
    analysis: Analysis, people: list[Person], found: FoundEvent | None
) -> list[Person]:
    """The people whose titled mention is bound to a cue of another kind of event than the
    report's, in the lead: its possessor (``as the two countries prepare for President Xi
    Jinping's state visit`` in a report of talks) or named right after it and a link
    (``la visite du président Xi Jinping``). They are of that event, not this one."""
    if found is None:
        return []
    lex, tokens = analysis.lexicon, analysis.tokens
    links = lex.country_links | lex.name_links
    cues = [
        m
        for m in analysis.find(lex.events)
        if m.value != found.type and analysis.sentence_of(m.start) < LEAD_SENTENCES
    ]
    bound = []
    for person in people:
        first = bisect.bisect_left(analysis.token_starts, person.evidence[0])
        last = bisect.bisect_left(analysis.token_starts, person.end) - 1
        for cue in cues:
            between = range(cue.last + 1, first)
            after = (
                1 <= len(between) <= 2
                and tokens[between[0]].key in lex.country_links
                and all(tokens[i].key in links for i in between)
            )  # "the visit of", not "met" nor "talks with": whom the verb met took part
            owner = (
                last + 1 < cue.first <= last + 4
                and tokens[last + 1].key in lex.possessive
                and analysis.text[tokens[last].end : tokens[last + 1].start] in ("'", "’")
            )
            if (after and cue.last < first) or owner:
                bound.append(person)
                break
    return bound


def _participants(
    document: Document,
    analysis: Analysis,
    people: list[Person],
    takers: list[Person],
    event_sentence: int | None = None,
) -> list[Participant]:
    marked = [
        p
        for p in people
        if (p.role or p.listed or p.counterpart)
        and not (
            analysis.sentence_of(p.evidence[0]) < LEAD_SENTENCES
            and analysis.recalled_at(p.evidence[0])
        )
    ] or takers
    # where the title is: a name given a sentence after its title counts where the title is
    lead = [p for p in marked if analysis.sentence_of(p.evidence[0]) < LEAD_SENTENCES]
    # the first sentence naming someone other than a source ("The below is attributable to
    # Spokesperson Tammy Bruce:" comes before the call)
    opener = next((p for p in lead if p.role not in SOURCE_ROLES), lead[0] if lead else None)
    first = analysis.sentence_of(opener.evidence[0]) if opener else None
    chosen = [p for p in lead if analysis.sentence_of(p.evidence[0]) == first] or marked[:2]
    if len(chosen) == 1 and event_sentence is not None and event_sentence != first:
        # "به گفته X، …" first, then "X … در دیدار با Y … گفت": who the event sentence names
        chosen += [
            p
            for p in lead
            if analysis.sentence_of(p.evidence[0]) == event_sentence
            and p not in chosen
            and p.role not in SOURCE_ROLES
        ]
    if len(chosen) == 1:
        chosen += _host_after(document, analysis, lead, chosen[0])
    if len(chosen) == 1 and event_sentence is not None:
        chosen += _other_side(analysis, lead, chosen[0], event_sentence)
    principals = [p for p in chosen if p.role not in SOURCE_ROLES]
    if len(principals) >= 2:
        chosen = principals  # "…, Kremlin spokesman Dmitry Peskov told reporters": a source
    return [_participant(document, p) for p in chosen]


def _other_side(
    analysis: Analysis, lead: list[Person], side: Person, event_sentence: int
) -> list[Person]:
    """The one other titled person of the lead, when the sentence naming the event says
    two sides took part (``The two ministers instead held a videoconference``)."""
    lo, hi = analysis.sentences[event_sentence]
    if not any(lo <= m.start < hi for m in analysis.find(analysis.lexicon.side_references)):
        return []
    others = [
        p
        for p in lead
        if p.role and p.role not in SOURCE_ROLES and not same_person(p.name, side.name)
    ]
    return others if len(others) == 1 else []


def _host_after(
    document: Document, analysis: Analysis, lead: list[Person], guest: Person
) -> list[Person]:
    """The one titled person of the sentence after the only participant's, when it says
    they were received (``Il a été reçu par le Premier ministre irakien …``) or names them
    as a counterpart (``Il s'est entretenu avec son homologue russe Sergueï Lavrov``) and
    dates nothing to another time (``He last met his counterpart … in January``)."""
    following = analysis.sentence_of(guest.evidence[0]) + 1
    if following >= LEAD_SENTENCES or following >= len(analysis.sentences):
        return []
    lex, words = analysis.lexicon, analysis.tokens_between(*analysis.sentences[following])
    keys = {analysis.tokens[i].key for i in words}
    if keys & lex.protocol_places:
        return []  # "received at the airport by …": protocol, not the host of the talks
    named = [
        p
        for p in lead
        if analysis.sentence_of(p.evidence[0]) == following
        and p.role not in SOURCE_ROLES
        and not same_person(p.name, guest.name)
    ]
    if len(named) != 1:
        return []
    counterpart = named[0].counterpart and not _dates_another_time(document, analysis, following)
    return named if counterpart or keys & lex.host_verbs else []


def _dates_another_time(document: Document, analysis: Analysis, sentence: int) -> bool:
    """Whether sentence ``sentence`` speaks of a time other than the report's days: a
    month or a year, or a day more than :data:`RECENT_DAYS` before the publication."""
    published = document.published.date if document.published else None
    for mention in document.dates:
        if analysis.sentence_of(mention.start) != sentence:
            continue
        if mention.precision != "day":
            return True
        before = _days_between(mention.date, published) if mention.date and published else None
        if before is not None and before > RECENT_DAYS:
            return True
    return False


def _participant(document: Document, person: Person) -> Participant:
    latin = (document.script or "Latn") == "Latn"
    return Participant(
        name=person.name,
        evidence=_evidence(document, *person.evidence),
        native_name=None if latin else (person.written or person.name),
        role=person.role,
        country=person.country,
        gender=person.gender,
    )


def _untitled_partner(
    analysis: Analysis,
    people: list[Person],
    found: FoundEvent | None,
    participants: list[Participant],
) -> Person | None:
    """With one participant known, the person the sentence naming the event says they met
    or called, or the one opening it as its subject, named in full with no title (``… با
    عباس عراقچی دیدار کرد``, ``Claire Delmas a eu lundi un entretien téléphonique avec …``);
    with none known (the other named by a title alone: ``وزیر امور خارجه عمان در تماس
    تلفنی با عباس عراقچی …``), the one they met or called, or the visitor opening the
    sentence of a visit (``Emmanuel Macron est arrivé lundi à Pékin``) or of their
    counterpart met or called, named by no name (``Hossein Amir-Abdollahian met his Saudi
    counterpart``)."""
    if len(participants) > 1 or found is None or found.start is None:
        return None
    latin = analysis.lexicon.latin_capitals
    sentence = analysis.sentence_of(found.start)
    if sentence >= LEAD_SENTENCES:
        return None
    finder = PeopleFinder(analysis)
    partner = finder.partner_in(sentence, found.type == "message")
    if partner is not None and any(same_person(partner.name, p.name) for p in participants):
        partner = finder.guest_in(sentence)  # "X a été reçu par <the one participant>"
    if partner is None and participants:  # "عباس عراقچی در سفر به پکن با <the one> دیدار کرد"
        partner = finder.opening_subject(sentence, found.start) or finder.guest_in(sentence)
    elif partner is None and found.type == "visit":
        partner = finder.opening_subject(sentence, found.start)
        if partner and latin and analysis.text[partner.end : found.start].strip():
            partner = None  # "Apple Inc executives arrived": the name qualifies a noun
    elif partner is None and _counterpart_in(analysis, found):
        partner = finder.opening_subject(sentence, found.start)
    if partner is None or any(same_person(partner.name, p.name) for p in participants):
        return None
    known = next((p for p in people if same_person(p.name, partner.name)), None)
    if known is not None:
        return known if not (known.role or known.counterpart) else None
    partner.spellings = [partner.name]
    return partner


def _counterpart_in(analysis: Analysis, found: FoundEvent) -> bool:
    """Whether a counterpart named by no name is in the cue's sentence (after it, or before
    it where the verb ends the sentence: ``… با همتای سعودی خود دیدار کرد``)."""
    sentence = analysis.sentence_of(found.start)
    return any(
        title.role is None
        and (title.start > found.start or analysis.lexicon.verb_final)
        and analysis.sentence_of(title.start) == sentence
        for title in analysis.bare_titles
    )


def _country_entities(document: Document, analysis: Analysis, people: list[Person]) -> list[Entity]:
    """The countries named, but not a word of a person's name (``Jordan Bardella``). Each is
    called by its own name in the language when the text writes it, or else by the first
    name the text gives it (``Saudi`` in ``his Saudi counterpart`` is an adjective too)."""
    entities: dict[str, Entity] = {}
    named: dict[str, str] = {}
    names = [(p.start, p.end) for p in people]
    for mention in analysis.countries:
        if any(start <= mention.start and mention.end <= end for start, end in names):
            continue
        entity = entities.get(mention.code)
        if entity is None:
            evidence = _evidence(document, mention.start, mention.end)
            entity = Entity(mention.text, "country", evidence, [], key=mention.code)
            entities[mention.code] = entity
        if mention.text not in entity.spellings:
            entity.spellings.append(mention.text)
        if mention.kind == NAME:
            named.setdefault(mention.code, mention.text)
    for code, entity in entities.items():
        own = country_name(code, analysis.lexicon.lang)
        entity.name = own if own in entity.spellings else named.get(code) or own
    return list(entities.values())


def _person_entity(document: Document, person: Person) -> Entity:
    return Entity(
        person.name,
        "person",
        _evidence(document, person.start, person.end),
        list(person.spellings),
    )


def _give_officials_the_home_country(analysis: Analysis, people: list[Person]) -> None:
    """In a report written from a country's side, an office of government titled with no
    country is that country's: the press names foreign officials' countries, not its own
    (``اسماعیل بقائی سخنگوی وزارت امور خارجه`` in an Iranian agency's report). Offices of
    a body (``دبیرکل سازمان ملل``) are not of government, and a title naming countries
    without saying whose is whose (``وزیران امور خارجه ایران و فرانسه``) is left so."""
    home, lex = analysis.home, analysis.lexicon
    if home is None:
        return
    for person in people:
        if person.country or person.counterpart or not person.role:
            continue
        words = analysis.tokens_between(*person.evidence)
        if any(i in analysis.country_at for i in words):
            continue
        if person.role in lex.home_offices or any(
            analysis.tokens[i].key in lex.home_office_words for i in words
        ):
            person.country = home


def _give_home_country(analysis: Analysis, participants: list[Participant]) -> None:
    """In a report written from a country's side (the language data's ``home_country``:
    Persian ``کشورمان``, our country, or an Iranian agency's name), the one participant
    given no country, when every other is of another country, is of that one
    (``مسعود پزشکیان رئیس‌جمهور … در دیدار نیکول پاشینیان نخست‌وزیر ارمنستان``). Else,
    when the lead names the seat of one country's power that no other participant is of,
    the one participant given no country is of that country (``President Donald J. Trump met
    with President Recep Tayyip Erdoğan of the Republic of Türkiye today at the White
    House``), also when alone, if they hold an office of government (``Le ministre des
    Affaires étrangères Jean-Noël Barrot se rendra à Téhéran, a annoncé le Quai d'Orsay``)."""
    unknown = [p for p in participants if p.country is None]
    if len(unknown) != 1:
        return
    alone = len(participants) == 1
    held = {p.country for p in participants}
    home = analysis.home
    if home is not None and home not in held and not alone:
        unknown[0].country = home
        return
    if not analysis.sentences or (alone and not _of_government(unknown[0].role)):
        return  # alone, a minister: "Jean-Noël Barrot se rendra …, a annoncé le Quai d'Orsay"
    lead_end = analysis.sentences[min(LEAD_SENTENCES, len(analysis.sentences)) - 1][1]
    seats = {
        BODY_COUNTRIES[m.value]
        for m in analysis.find(analysis.lexicon.bodies)
        if m.start < lead_end and m.value in BODY_COUNTRIES
    }
    if len(seats) == 1 and not seats & held:
        unknown[0].country = seats.pop()


def _give_the_host_country(event: Event) -> None:
    """In a visit to one country's place, the one participant given no country is its host,
    of that country, when no other participant is of it (``Giorgia Meloni s'est rendue à
    Washington, où elle a été reçue par Donald Trump``); a visitor alone is not."""
    if event.type != "visit" or len(event.participants) < 2:
        return
    unknown = [p for p in event.participants if p.country is None]
    held = {p.country for p in event.participants}
    visited = {place.country for place in event.places if place.country} - held
    if len(unknown) == 1 and len(visited) == 1:
        unknown[0].country = visited.pop()


GOVERNMENT_ROLES = frozenset(
    {"president", "vice president", "prime minister", "chancellor", "secretary of state"}
)


def _of_government(role: str | None) -> bool:
    """Whether a role is an office of a country's government, whose seat may speak for it:
    a minister's, a head of state's or of government (not ``secretary-general``)."""
    return bool(role) and (role in GOVERNMENT_ROLES or role.endswith("minister"))


def _remote(event: FoundEvent | None) -> bool:
    """Whether the event was held at a distance (a call): no capital the text names is
    where it happened."""
    return event is not None and event.type in MEDIUMS


def _places_by_name(places: list[FoundPlace]) -> dict[str, list[FoundPlace]]:
    """The mentions of each place, under one name: a dateline's ``BEIJING`` and the text's
    ``Beijing`` are one place, named as the text writes it when it does."""
    groups: dict[str, list[FoundPlace]] = {}
    for place in places:
        groups.setdefault(place.name.casefold(), []).append(place)
    named: dict[str, list[FoundPlace]] = {}
    for mentions in groups.values():
        written = [m.name for m in mentions if not m.name.isupper()]
        named[(written or [mentions[0].name])[0]] = mentions
    return named


def _place_entities(document: Document, places: list[FoundPlace]) -> list[Entity]:
    return [
        Entity(
            name,
            "place",
            _evidence(document, mentions[0].start, mentions[0].end),
            list(dict.fromkeys(m.name for m in mentions)),
        )
        for name, mentions in _places_by_name(places).items()
    ]

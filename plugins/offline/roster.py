"""The people of one document: every mention found, merged into one person per name.

Mentions with the same last name (``Kari Nordvik``, ``Mme Nordvik``, ``Nordvik``) are one
person; the gazetteer's people take its names; a title that names no one may go to the
person named right after it; a counterpart takes the role of a titled person of another
country.
"""

from __future__ import annotations

import bisect
from itertools import accumulate

from .analysis import Analysis
from .gazetteer import Gazetteer
from .names import has_case, honorific_words, name_joined, particle_joined
from .people import PeopleFinder, Person, name_words, same_person
from .scan import key, tokenize
from .titles import RANKS, Title, title_words


def find_people(analysis: Analysis, gazetteer: Gazetteer | None = None) -> list[Person]:
    """The people of a document, one per surname, in order of first mention.

    Mentions with the same last name (``Kari Nordvik``, ``Mme Nordvik``, ``Nordvik``) are
    one person; a counterpart takes the role of the first titled person of another country.
    People of the ``gazetteer`` are found wherever a spelling of theirs is, and take its name.
    """
    finder = PeopleFinder(analysis)
    people: list[Person] = []
    for found in sorted(finder.people(), key=lambda p: (p.start, -len(p.name))):
        if not found.surname:
            continue
        found.name = _said_once(found.name)  # "Zalmai Rassoul Zalmai Rassoul, a former …"
        person = next((p for p in people if same_person(p.name, found.name)), None)
        if person is None and analysis.lexicon.latin_capitals:
            person = _by_family_name(people, found)
        if person is None:
            people.append(found)
            found.spellings = [found.name]
            found.mentions = [(found.start, found.end)]
            continue
        if found.name not in person.spellings:
            person.spellings.append(found.name)
        person.mentions.append((found.start, found.end))
        if len(name_words(found.name)) > len(name_words(person.name)):
            person.name = found.name
        if found.role and (not person.role or person.role in RANKS and found.role not in RANKS):
            person.role, person.evidence = found.role, found.evidence
            person.counterpart = found.counterpart
        person.country = person.country or found.country
        person.gender = person.gender or found.gender
    if gazetteer is not None:
        _add_listed_people(analysis, gazetteer, people)
    people.sort(key=lambda p: p.start)
    _add_holders_opening_the_next_sentence(analysis, finder, people)
    _add_surname_mentions(analysis, people)
    _name_nameless_titles(analysis, finder.nameless, people)
    analysis.bare_titles = sorted(finder.nameless, key=lambda title: title.first)
    _resolve_counterparts(people, analysis, finder.nameless)
    styles = analysis.lexicon.style_countries
    for person in people:  # "Secretary of State Marco Rubio": the style says the country
        person.country = person.country or styles.get(person.role or "")
        # "le chef de la diplomatie américaine", "وزیر امور خارجه آمریکا": the US style
        person.role = STYLES.get((person.role or "", person.country or ""), person.role)
    return people


def _said_once(name: str) -> str:
    """A name a copied picture caption says two or three times over, said once."""
    words = name.split()
    if len(words) < 4:  # two words said twice at the least
        return name
    for times in (3, 2):
        size, rest = divmod(len(words), times)
        if (
            size >= 2
            and not rest
            and all(
                [key(w) for w in words[i * size : (i + 1) * size]] == [key(w) for w in words[:size]]
                for i in range(1, times)
            )
        ):
            return " ".join(words[:size])
    return name


def _by_family_name(people: list[Person], found: Person) -> Person | None:
    """The one person whose name starts with ``found``'s one word, when no name ends with
    it: ``M. Wang`` is the ``Wang Yi`` named before (a family name written first)."""
    words = name_words(found.name)
    if len(words) != 1 or any(name_words(p.name)[-1:] == words for p in people):
        return None
    starting = [
        p for p in people if len(name_words(p.name)) > 1 and name_words(p.name)[0] == words[0]
    ]
    return starting[0] if len(starting) == 1 else None


def _name_nameless_titles(analysis: Analysis, titles: list[Title], people: list[Person]) -> None:
    """Give a title that names no one to the person the next words name.

    News often opens with a role and names its holder a sentence later ("Iran's acting
    foreign minister spoke with … During the call, Ali Bagheri, …"). The title goes to that
    person when it is singular, of one country, held by no one named here, and exactly one
    untitled person is first named after it, in its sentence or the next. The evidence then
    runs from the title to the name.
    """
    for title in titles:
        if not title.role:
            _name_counterpart(analysis, title, people)
            continue
        if title.plural:
            _name_plural_title(analysis, title, people)
            continue
        if len(title.countries) != 1:
            continue
        country = title.countries[0]
        if any(p.role == title.role and p.country == country for p in people):
            continue
        after = _first_named_after(analysis, title, people)
        if len(after) == 1:
            person = after[0]
            person.role, person.country = title.role, country
            person.evidence = (title.start, person.end)


def _add_holders_opening_the_next_sentence(
    analysis: Analysis, finder: PeopleFinder, people: list[Person]
) -> None:
    """The full name opening the sentence after one with a singular title that names no
    one, when no one is named between (``Iran's foreign minister arrived in Cairo on Sunday
    … . Abbas Araghchi was received by …``): a person, who holds the title (not one named
    after them: ``Abbas Araghchi told Prince Faisal bin Farhan …``). A title of no country
    goes to a name only when its sentence goes on with words naming the event (``رئیس‌جمهور
    در گفت‌وگوی تلفنی با … . دکتر مسعود پزشکیان در این گفت‌وگو گفت``)."""
    for title in finder.nameless:
        if not title.role or title.plural or len(title.countries) > 1:
            continue
        following = analysis.sentence_of(title.start) + 1
        if following >= len(analysis.sentences) or any(
            analysis.sentence_of(p.start) < following
            for p in _first_named_after(analysis, title, people)
        ):
            continue
        person = finder.opening_subject(following, analysis.sentences[following][1])
        if person is None:
            continue
        if not title.countries and not _refers_to_the_event(analysis, following, person.end):
            continue
        known = next((p for p in people if same_person(p.name, person.name)), None)
        if known is not None and (known.role or known.counterpart):
            continue
        if known is None:  # else one an honorific marks: "دکتر مسعود پزشکیان"
            person.spellings = [person.name]
            people.append(person)
            people.sort(key=lambda p: p.start)
        holder = known or person
        holder.role = title.role
        holder.country = title.countries[0] if title.countries else None
        holder.evidence = (title.start, holder.end)


def _refers_to_the_event(analysis: Analysis, sentence: int, after: int) -> bool:
    """Whether words naming an event already told (``در این گفت‌وگو``, ``during the call``;
    not a pronoun alone) come after offset ``after`` in sentence ``sentence``."""
    end = analysis.sentences[sentence][1]
    return any(
        after <= m.start < end and m.last > m.first
        for m in analysis.find(analysis.lexicon.event_references)
    )


def _name_counterpart(analysis: Analysis, title: Title, people: list[Person]) -> None:
    """A counterpart of one country named by no one (``his Saudi counterpart``) is the one
    untitled person first named after it, in its sentence or the next (``Abbas Araghchi
    told Prince Faisal bin Farhan …``), when no one of that country is named already."""
    if title.plural or len(title.countries) != 1:
        return
    country = title.countries[0]
    if any(p.country == country for p in people):
        return
    after = _first_named_after(analysis, title, people)
    if len(after) == 1:
        person = after[0]
        person.counterpart, person.country = True, country
        person.evidence = (title.start, person.end)


def _first_named_after(analysis: Analysis, title: Title, people: list[Person]) -> list[Person]:
    """The untitled people first named after ``title``, in its sentence or the next."""
    last_sentence = analysis.sentence_of(title.start) + 1
    return [
        p
        for p in people
        if not p.role
        and not p.counterpart
        and p.mentions
        and p.mentions[0][0] >= title.end
        and analysis.sentence_of(p.start) <= last_sentence
    ]


def _name_plural_title(analysis: Analysis, title: Title, people: list[Person]) -> None:
    """``وزیران امور خارجه ایران و فرانسه`` then ``سید عباس عراقچی … با …``: the role goes
    to the untitled people named next, no more of them than the title's countries, and
    none of those countries' holders named already; which country is whose is not said.
    When all but one of the countries have their holder named, the one untitled person
    named next holds it for the country left (``وزیران امور خارجه ایران و عربستان`` …
    ``عباس عراقچی … گفت`` … ``فیصل بن فرحان، وزیر خارجه عربستان``)."""
    if len(title.countries) < 2:
        return
    held = {p.country for p in people if p.role == title.role and p.country in title.countries}
    after = _first_named_after(analysis, title, people)
    left = [c for c in title.countries if c not in held]
    if held and len(left) == 1 and len(after) == 1:
        after[0].role, after[0].country = title.role, left[0]
        after[0].evidence = (title.start, after[0].end)
        near = analysis.sentence_of(title.start) + 2
        for holder in people:  # the other side took part too: the title says so
            if (
                holder.role == title.role
                and holder.country in held
                and holder.start > title.end
                and analysis.sentence_of(holder.start) <= near
            ):
                holder.evidence = (title.start, max(holder.end, holder.evidence[1]))
    elif not held and 0 < len(after) <= len(title.countries):
        for person in after:
            person.role = title.role
            person.evidence = (title.start, person.end)


def _add_listed_people(analysis: Analysis, gazetteer: Gazetteer, people: list[Person]) -> None:
    """Give the gazetteer's name to the people it lists, and add those found nowhere else.

    In scripts with capitals a spelling counts only when capitalised (``Rose``, not
    ``rose``).
    """
    cased = analysis.lexicon.latin_capitals
    for match in analysis.find(gazetteer.names):
        text = analysis.text[match.start : match.end]
        if cased and has_case(text) and not text[:1].isupper():
            continue
        span = (match.start, match.end)
        person = next((p for p in people if _overlaps(p.mentions, span)), None) or next(
            (p for p in people if p.listed and p.name == match.value), None
        )
        if person is None:
            person = Person(match.value, *span, evidence=span, mentions=[span])
            people.append(person)
        elif not _overlaps(person.mentions, span):
            person.mentions.append(span)
            person.mentions.sort()
        if person.name != match.value:
            person.written = person.written or person.name
            person.name = match.value
        elif text != match.value and person.written is None and not person.listed:
            person.written = text
        person.listed = True
        if text not in person.spellings:
            person.spellings.append(text)


def _overlaps(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _short_name(analysis: Analysis, person: Person) -> str:
    """The word that stands for a person alone: the last name, or, where only the first
    word ever stands alone, the first: ``Wang`` of ``Wang Yi``, ``Xi`` of ``Xi Jinping``
    (names written family name first); where only one word inside does, that one: ``Lula``
    of ``Luiz Inacio Lula da Silva``. In scripts without capitals a word stands alone
    before a verb of saying (``شی گفت``)."""
    words = name_words(person.written or person.name)
    if len(words) < 2:
        return words[-1] if words else ""
    first, last = words[0], words[-1]
    if key(first) in analysis.lexicon.stopwords:
        return last  # "He" of "He Lifeng" alone is the pronoun
    if _stands_alone(analysis, person, last):
        return last
    if _stands_alone(analysis, person, first):
        return first
    lex = analysis.lexicon
    inner = {
        w
        for w in words[1:-1]
        if w not in lex.stopwords
        and w not in lex.name_particles
        and _stands_alone(analysis, person, w)
    }
    return inner.pop() if len(inner) == 1 else last


def _stands_alone(analysis: Analysis, person: Person, word: str) -> bool:
    """Whether ``word`` is written outside the person's full-name mentions as a name:
    capitalised, or in scripts without capitals right before a verb of saying."""
    spans = sorted(person.mentions)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # furthest end so far
    lex, tokens = analysis.lexicon, analysis.tokens
    for i in analysis.positions.get(word, ()):
        token = tokens[i]
        at = bisect.bisect_right(starts, token.start) - 1
        if at >= 0 and token.start < reach[at]:
            continue  # inside a mention
        if lex.latin_capitals:
            named = token.text[:1].isupper() and not _in_another_name(analysis, i, person)
        else:
            named = i + 1 < len(tokens) and lex.quote_verbs.match_at(analysis.text, tokens, i + 1)
        if named and i not in analysis.country_at:
            return True
    return False


def _in_another_name(analysis: Analysis, i: int, person: Person) -> bool:
    """Whether word ``i`` follows a capitalised word of another name, not a title, an
    honorific, a stop word or a word of the person's own name (``Amir Abdollahian``):
    ``Mohammed`` of ``Um Mohammed`` is not Sheikh Mohammed's."""
    if i == 0:
        return False
    before, token = analysis.tokens[i - 1], analysis.tokens[i]
    lex = analysis.lexicon
    return (
        has_case(before.text)
        and before.text[:1].isupper()
        and name_joined(analysis.text, before, token)
        and before.key not in honorific_words(lex)
        and before.key not in title_words(lex)
        and before.key not in lex.stopwords
        and i - 1 not in analysis.country_at
        and before.key not in {key(w) for w in name_words(person.written or person.name)}
    )


def _add_surname_mentions(analysis: Analysis, people: list[Person]) -> None:
    short = [_short_name(analysis, p) for p in people]
    lex = analysis.lexicon
    for person, surname in zip(people, short, strict=True):
        if short.count(surname) > 1:
            continue  # two people of one family: a bare surname could be either
        known = {start for start, _ in person.mentions}
        spans = sorted(person.mentions)
        starts = [start for start, _ in spans]
        reach = list(accumulate((end for _, end in spans), max))  # furthest end so far
        for i in _written_alone(analysis, person, surname):
            token = analysis.tokens[i]
            lower = has_case(token.text) and not token.text[:1].isupper()
            if i in analysis.country_at or (lower and not particle_joined(token.text, lex)):
                continue  # "al-Sudani" alone is a mention, "sudani" is not
            if _in_another_name(analysis, i, person):
                continue  # "Um Mohammed" is no mention of Sheikh Mohammed
            at = bisect.bisect_right(starts, token.start)
            inside = at > 0 and token.start < reach[at - 1]
            if not inside and token.start not in known:
                person.mentions.append((token.start, token.end))
                if token.text not in person.spellings:
                    person.spellings.append(token.text)
        person.mentions.sort()


def _written_alone(analysis: Analysis, person: Person, surname: str) -> list[int]:
    """The words that may be ``surname`` alone: the word itself, and the hyphenated last
    word of the name that ends with it (``Amir-Kabiri`` of ``Dariush Amir-Kabiri``)."""
    found = list(analysis.positions.get(surname, ()))
    name = person.written or person.name
    if "-" not in name:
        return found
    words = tokenize(name)
    last = words[-1].key if words else ""
    if last != surname and last.endswith("-" + surname):
        found = sorted(found + list(analysis.positions.get(last, ())))
    return found


OFFICES = {
    "secretary of state": "foreign minister",
    "foreign secretary": "foreign minister",
    "defense secretary": "defence minister",
    "defence secretary": "defence minister",
    "treasury secretary": "finance minister",
    "home secretary": "interior minister",
    "health secretary": "health minister",
    "energy secretary": "energy minister",
    "commerce secretary": "trade minister",
}
"""Roles named in one country's style, and the office they are elsewhere: the Saudi
counterpart of the US secretary of state is a foreign minister…"""
STYLES = {
    ("foreign minister", "US"): "secretary of state",
    ("foreign minister", "EU"): "foreign policy chief",
    ("foreign minister", "GB"): "foreign secretary",
    ("defence minister", "US"): "defense secretary",
    ("defence minister", "GB"): "defence secretary",
    ("finance minister", "US"): "treasury secretary",
    ("interior minister", "GB"): "home secretary",
}
"""…and the US, UK and EU style of an office: the American counterpart of the Saudi
foreign minister is the secretary of state, the EU's top diplomat its foreign policy chief."""


def _resolve_counterparts(people: list[Person], analysis: Analysis, nameless: list[Title]) -> None:
    """A counterpart takes the office of a titled person of another country; with none, of a
    title naming no one before it in its sentence (``Le chef de l'État a reçu son homologue
    ukrainien Volodymyr Zelensky``: a president)."""
    for person in people:
        if person.role is not None:
            continue
        if not person.counterpart:
            continue
        other = next(
            (p for p in people if p.role and p is not person and p.country != person.country),
            None,
        )
        role = other.role if other is not None else _nameless_before(analysis, nameless, person)
        if role is not None:
            office = OFFICES.get(role, role)
            person.role = STYLES.get((office, person.country), office)


def _nameless_before(analysis: Analysis, nameless: list[Title], person: Person) -> str | None:
    """The role of the last title naming no one before ``person`` in the sentence their
    evidence starts in, of no country or another country than theirs."""
    sentence = analysis.sentence_of(person.evidence[0])
    roles = [
        t.role
        for t in nameless
        if t.role
        and t.end <= person.evidence[0]
        and analysis.sentence_of(t.start) == sentence
        and person.country not in t.countries
    ]
    return roles[-1] if roles else None

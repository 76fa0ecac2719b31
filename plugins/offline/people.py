"""Mentions of people: named next to a title (``Foreign Minister Kari Nordvik``, ``کاری
نوردویک، وزیر امور خارجه نروژ``) or an honorific (``Mme Nordvik``), with their role and
country; and, in scripts with capitals, people who speak without a title (see
:meth:`PeopleFinder.speakers`). :mod:`roster` merges the mentions into people.

The name is the run of words right after the title (or after its comma, or after the
title's complement and a comma), or right before a comma that precedes it; where a name
starts and ends is :mod:`names`'s to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .analysis import Analysis
from .countries import ADJECTIVE, NAME
from .names import MAX_UNCASED_NAME_WORDS, NameReader, has_case, name_joined
from .scan import Match, joined, key, tokenize
from .titles import RANKS, Title, TitleFinder

_COMMA = re.compile(r"^[\s\u200c]*[,،][\s\u200c]*$")
_SPACE = re.compile(r"^[\s\u200c]*$")
_ACRONYM_OPEN = re.compile(r"^ \($")
"""Between a body's name and its acronym in brackets: ``… atomique (AIEA), Rafael``."""
_ACRONYM_CLOSE = re.compile(r"^\)[,،] *$")
_INITIAL_DOT = re.compile(r"^\. ?$")
"""After a capital of a dotted abbreviation: ``U.N. nuclear watchdog``."""
_INITIAL = re.compile(r"^[A-Z]$")
_WORDS_ONLY = re.compile(r"[\s\w]*")
MAX_COMPLEMENT_WORDS = 6
"""Words of a title's complement before the name, function words and the letters of an
abbreviation aside (``du ministère russe des Affaires étrangères``, ``de l'Agence
internationale de l'énergie atomique (AIEA)``)."""
MAX_COMPLEMENT_SPAN = 12
"""All its words."""


@dataclass
class Person:
    name: str
    start: int
    end: int
    role: str | None = None
    country: str | None = None
    evidence: tuple[int, int] = (0, 0)
    """The span that shows name, role and country together."""
    spellings: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    counterpart: bool = False
    listed: bool = False
    """Named in the gazetteer (``people_file``): ``name`` is then the gazetteer's."""
    written: str | None = None
    """The name as the text first writes it, when the gazetteer's name differs."""
    gender: str | None = None
    """``f`` or ``m`` when an honorific or title says so (``Mme``, ``spokeswoman``), for
    the pronouns that point back to a person (``she said``)."""

    @property
    def surname(self) -> str:
        words = name_words(self.name)
        return words[-1] if words else ""


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """The keys of a name's words, hyphenated parts apart (``Al-Kuwari`` = ``Al Kuwari``)."""
    return tuple(part for t in tokenize(name) for part in t.key.split("-") if part)


def same_person(one: str, other: str) -> bool:
    """Whether one name is a shorter form of the other (``Nordvik``, ``Kari Nordvik``)."""
    a, b = name_words(one), name_words(other)
    if not a or not b or a[-1] != b[-1]:
        return False
    shorter, longer = sorted((a, b), key=len)
    return set(shorter) <= set(longer)


CAPTION_WORDS = (2, 3, 4)
"""How many words a name said over in a copied picture caption may have."""


GUEST_REACH = 4
"""Words after a verb of hosting its agent marker may come in (``reçu lundi à l'Élysée
par``)."""


class PeopleFinder(NameReader):
    """People named beside titles and honorifics, and untitled people who speak, found with
    the name rules of :class:`names.NameReader`."""

    def __init__(self, analysis: Analysis) -> None:
        super().__init__(analysis)
        self.nameless: list[Title] = []
        """Titles :meth:`people` found no name for (``Iran's acting foreign minister spoke``)."""

    def _name_after_complement(self, title: Title) -> tuple[int, int] | None:
        """The name after a title's complement and a comma: ``porte-parole du Kremlin,
        Dmitri Peskov``, ``spokesman for the foreign ministry, Ismail Baghaei``. The
        complement starts with a linking word (``du``, ``of``), runs up to
        :data:`MAX_COMPLEMENT_WORDS` words within one clause, and ends at the comma; a
        country in it is the title's."""
        tokens, first = self.tokens, title.last + 1
        if first >= len(tokens) or tokens[first].key not in self.lex.country_links:
            return None
        if not joined(self.text, tokens[title.last], tokens[first]):
            return None
        last, content = first, 0
        function_words = self.lex.stopwords | self.lex.country_links | self.lex.name_links
        while last + 1 < len(tokens) and last - first < MAX_COMPLEMENT_SPAN:
            if tokens[last].key not in function_words and len(tokens[last].text) > 1:
                content += 1
            if content > MAX_COMPLEMENT_WORDS or self.a.past_a_date(last) != last:
                return None  # a date: the clause has gone on ("said on Monday that …")
            if self.lex.quote_verbs.match_at(self.text, tokens, last):
                return None
            gap = self.a.gap(last, last + 1)
            if _COMMA.match(gap) or (_ACRONYM_CLOSE.match(gap) and last > first):
                name = self.name_after(self._honorific_after_links(last + 1))
                if name is None or not has_case(tokens[name[0]].text):
                    return None
                if not title.countries:
                    title.countries = self.a.countries_in(first, last)
                return name
            if not (
                joined(self.text, tokens[last], tokens[last + 1])
                or (_ACRONYM_OPEN.match(gap) and tokens[last + 1].text.isupper())
                or (_INITIAL_DOT.match(gap) and _INITIAL.match(tokens[last].text))
            ):
                return None  # not "of the U.N. nuclear watchdog", "de l'Agence … (AIEA)"
            last += 1
        return None

    def _name_after_body(self, title: Title) -> tuple[int, int] | None:
        """The name after a title whose complement is a body, perhaps with its country, and
        a comma: ``سخنگوی وزارت امور خارجه ایران، اسماعیل بقائی``, ``سخنگوی کرملین، دیمیتری
        پسکوف``; in scripts without capitals also with no comma, when a common given name
        opens it (``سخنگوی وزارت امور خارجه ایران اسماعیل بقائی``); in scripts with them
        after a link to the body too, and with no comma a name of two words or more
        (``le porte-parole du Kremlin Dmitri Peskov``), where one word in capitals or
        capitalised names the body too (``le secrétaire général de l'ONU Antonio
        Guterres``). The country is the title's."""
        tokens, first = self.tokens, title.last + 1
        if first >= len(tokens) or not joined(self.text, tokens[title.last], tokens[first]):
            return None
        linked = first
        while self.lex.latin_capitals and linked < len(tokens) and linked - first < 2:
            if tokens[linked].key not in self.lex.country_links | self.lex.name_links:
                break  # not "à", "at": "chercheur à l'International Crisis Group" serves it
            linked += 1  # "du", "de la", "of the"
        body = self.lex.bodies.match_at(self.text, tokens, linked) if linked < len(tokens) else None
        if body is None and linked > first and self._one_word_body(linked):
            body = Match(linked, linked, tokens[linked].start, tokens[linked].end, "")
        if body is None:
            return None
        last, country = body.last, self.a.country_at.get(body.last + 1)
        if country is None or country.first != last + 1:
            country = None
        elif joined(self.text, tokens[last], tokens[last + 1]):
            last = country.last  # "وزارت امور خارجه ایران"
        else:
            country = None
        if last + 1 >= len(tokens):
            return None
        if _COMMA.match(self.a.gap(last, last + 1)):
            name = self.name_after(last + 1)
        elif not joined(self.text, tokens[last], tokens[last + 1]):
            return None
        elif not self.lex.latin_capitals:
            name = self._given_name_at(last + 1)  # "… ایران اسماعیل بقائی"
        else:
            name = self.name_after(last + 1)  # "du Kremlin Dmitri Peskov"
            if name is None or self._name_length(*name) < 2:
                return None
        if name and country and not title.countries:
            title.countries = [country.code]
        return name

    def _one_word_body(self, i: int) -> bool:
        """Whether word ``i``, after a link, may name a body in a script with capitals: an
        acronym (``ONU``, ``NATO``) or a capitalised word no name holds that is no country
        (``Otan``, ``Gazprom``)."""
        if i >= len(self.tokens) or i in self.a.country_at:
            return False
        token = self.tokens[i]
        return (
            token.text[:1].isupper()
            and token.text.isalpha()
            and not self.lex.stops_names(token)
            and token.key not in self.lex.stopwords
        )

    def _name_right_before(self, title: Title) -> bool:
        """In scripts without capitals, whether a name stands right before the title, whose
        holder it is then, not a name after the title's complement (``دونالد ترامپ
        رئیس‌جمهور آمریکا استیو ویتکاف را … فرستاد``)."""
        before = title.first - 1
        return (
            not self.lex.latin_capitals
            and before > 0
            and _SPACE.match(self.a.gap(before, title.first)) is not None
            and self._opened_name_before(before) is not None
        )

    def _name_after_uncased_complement(self, title: Title) -> tuple[int, int] | None:
        """In scripts without capitals, a name of two words or more after a title's
        complement of plain words and a comma: ``وزیر ورزش و جوانان، احمد دنیامالی``, or
        with no comma, right after the title or after a country ending the complement, when
        a common given name opens it: ``سخنگوی وزارت امور خارجه ایران اسماعیل بقائی``,
        ``وزیر امور خارجه عباس عراقچی``. Words that cannot be in a name
        (``در``, ``با``, verbs) end the complement, and no name follows."""
        if self.lex.latin_capitals:
            return None
        tokens, last = self.tokens, title.last
        linked = self._skip_links(last + 1)  # "همتای آمریکایی خود مارکو روبیو"
        if (
            linked > last + 1
            and linked < len(tokens)
            and joined(self.text, tokens[last], tokens[last + 1])
        ):
            return self._given_name_at(linked)
        while last + 1 < len(tokens) and last - title.last < MAX_COMPLEMENT_WORDS:
            nxt = last + 1
            if not joined(self.text, tokens[last], tokens[nxt]):
                return None
            opens = last == title.last or last in self.a.country_at
            name = (self._given_name_at(nxt) or self._repeated_name_at(nxt)) if opens else None
            if name:  # "… ایران اسماعیل بقائی", "وزیر امور خارجه عباس عراقچی"
                title.countries = title.countries or self.a.countries_in(title.last + 1, last)
                return name
            plain = self._name_word(nxt, False) or nxt in self.a.country_at
            if not (plain or tokens[nxt].key in self.lex.title_joiners):
                return None
            last = nxt
            if last + 1 < len(tokens) and _COMMA.match(self.a.gap(last, last + 1)):
                name = self.name_after(last + 1)
                if name is None or self._name_length(*name) < 2:
                    return None
                if not title.countries:
                    title.countries = self.a.countries_in(title.last + 1, last)
                return name
        return None

    def _name_opened_by_country(self, title: Title, i: int) -> tuple[int, int] | None:
        """A name whose first word is a country's name, right after its title with nothing
        between: ``Defence Minister Israel Katz``. Only a name of a country, one word, and
        with a name of capitalised words after it: ``Ambassador to Israel Mike Huckabee``
        has a linking word before the country, and the country is the title's."""
        mention = self.a.country_at.get(i)
        if (
            mention is None
            or mention.first != i
            or mention.last != i
            or mention.kind != NAME
            or i != title.last + 1
            or i + 1 >= len(self.tokens)
            or not self.lex.latin_capitals
            or not name_joined(self.text, self.tokens[i], self.tokens[i + 1])
        ):
            return None
        rest = self.name_after(i + 1)
        if rest is None or self.lex.honorifics.match_at(self.text, self.tokens, i + 1):
            return None
        return i, rest[1]

    def _name_opened_by_pronoun(self, title: Title, i: int) -> tuple[int, int] | None:
        """A capitalised pronoun right after its title and before one capitalised name word:
        a family name (``Vice Premier He Lifeng``), not the start of a clause (``the
        minister. He said``: a full stop between)."""
        tokens = self.tokens
        if (
            i != title.last + 1
            or i + 1 >= len(tokens)
            or not self.lex.latin_capitals
            or tokens[i].key not in self.lex.pronouns
            or not tokens[i].text[:1].isupper()
            or not name_joined(self.text, tokens[i], tokens[i + 1])
        ):
            return None
        rest = self.name_after(i + 1)
        if rest is None or rest[0] != rest[1]:
            return None
        return i, rest[1]

    def _repeated_name_at(self, i: int) -> tuple[int, int] | None:
        """In scripts without capitals, two to four name words at word ``i`` (after a title
        and its country, no comma) that the text says again as a subject: opening a clause
        or before a verb of saying (``وزیر امور خارجه چین وانگ یی …`` and ``وانگ یی گفت``).
        Where a name with no common given name ends is otherwise a guess."""
        tokens, last = self.tokens, i
        if not self._name_word(i, False):
            return None
        while (
            last + 1 < len(tokens)
            and last - i + 1 < MAX_UNCASED_NAME_WORDS
            and name_joined(self.text, tokens[last], tokens[last + 1])
            and self._name_word(last + 1, False)
        ):
            last += 1
        for end in range(last, i, -1):
            keys = [t.key for t in tokens[i : end + 1]]
            for j in self.a.positions.get(keys[0], ()):
                after = j + len(keys)
                if j == i or [t.key for t in tokens[j:after]] != keys:
                    continue
                if self._opens_clause(j) or (
                    after < len(tokens)
                    and self.lex.quote_verbs.match_at(self.text, tokens, after) is not None
                ):
                    return i, end
        return None

    def _given_name_at(self, i: int) -> tuple[int, int] | None:
        """A name of two words or more that a common given name opens at word ``i``: where
        it starts even with no comma before it, in scripts without capitals."""
        if self.tokens[i].key not in self.lex.given_names:
            return None
        name = self.name_after(i, marked=True)
        if name is None or self._name_length(*name) < 2:
            return None
        first, last = name
        keys = [t.key for t in self.tokens[first : last + 1]]
        half = len(keys) // 2
        if len(keys) >= 4 and len(keys) % 2 == 0 and keys[:half] == keys[half:]:
            return first, first + half - 1  # a caption said twice: "عبدالله عبدالله" twice
        return name

    def _country_after_name(self, last: int) -> tuple[str, int] | None:
        """``of Iran`` right after a name that follows its title (``Foreign Minister Abbas
        Araghchi of Iran``): the country and where it ends."""
        link = last + 1
        if link >= len(self.tokens) or self.tokens[link].key not in self.lex.country_links:
            return None
        mention = self.a.country_named_after_link(last)
        return (mention.code, self.tokens[mention.last].end) if mention else None

    def _honorific_after_links(self, i: int) -> int:
        """Word ``i``, or past linking words (``le``, ``son``) when an honorific follows."""
        start = self._skip_links(i)
        if (
            start != i
            and start < len(self.tokens)
            and self.lex.honorifics.match_at(self.text, self.tokens, start)
        ):
            return start
        return i

    def _past_a_rank(self, i: int) -> int:
        """Past a rank opening the name after a title's comma (``Pakistan's army chief,
        Field Marshal Asim Munir``): the office is the title's, the rank a word before."""
        rank = self.lex.titles.match_at(self.text, self.tokens, i) if i < len(self.tokens) else None
        return rank.last + 1 if rank is not None and rank.value in RANKS else i

    def _skip_links(self, i: int) -> int:
        """The word after the articles and possessives from word ``i`` on, and after a
        country's possessive (``received Iran's Abbas Araghchi``)."""
        while i < len(self.tokens) and self.tokens[i].key in self.lex.name_links:
            i += 1
        owner = self._country_owning(i)
        return i if owner is None else owner[1] + 1

    def _country_owning(self, i: int) -> tuple[str, int] | None:
        """A country's name and possessive from word ``i`` on (``Iran's``): its code and the
        possessive's word."""
        mention = self.a.country_at.get(i)
        if mention is None or mention.first != i or mention.kind != NAME:
            return None
        possessive = mention.last + 1
        if (
            possessive + 1 < len(self.tokens)
            and self.tokens[possessive].key in self.lex.possessive
            and joined(self.text, self.tokens[possessive], self.tokens[possessive + 1])
        ):
            return mention.code, possessive
        return None

    def people(self) -> list[Person]:
        found: list[Person] = []
        self.nameless = []
        for title in TitleFinder(self.a).titles():
            people = self._people_of(title)
            found.extend(people)
            if not people:
                self.nameless.append(title)
        found.extend(self._honorific_people())
        found.extend(self._caption_names())
        found.extend(self.speakers())
        found.extend(self._full_names_of_last_names(found))
        return found

    def _full_names_of_last_names(self, people: list[Person]) -> list[Person]:
        """The full name a last name taken alone stands for (``Araghchi, Iran's foreign
        minister`` … ``Abbas Araghchi``), as a mention of its own: the roster then names the
        person in full."""
        full = []
        for person in people:
            if " " in person.name:
                continue
            span = self._full_names.get(key(person.name))
            if span:
                start, end = self.tokens[span[0]].start, self.tokens[span[1]].end
                full.append(Person(self.text[start:end], start, end, evidence=(start, end)))
        return full

    def _caption_names(self) -> list[Person]:
        """A name said two or three times over at the start of a sentence, as a page copied
        with its picture captions writes it (``زلمی رسول زلمی رسول زلمی رسول، از ژانویه …``,
        ``Zalmai Rassoul Zalmai Rassoul, …``): the person the paragraph is about. Two to
        four name words; in scripts without capitals a common given name opens them."""
        found, tokens = [], self.tokens
        for lo, hi in self.a.sentences:
            words = self.a.tokens_between(lo, hi)
            first = words.start
            for size in CAPTION_WORDS:
                if first + 2 * size > words.stop:
                    break
                # the first word said again is checked first: most sentences stop there
                if tokens[first].key == tokens[first + size].key and self._said_over(words, size):
                    found.append(self._untitled(first, first + size - 1))
                    break
        return found

    def _said_over(self, words: range, size: int) -> bool:
        """Whether the first ``size`` of ``words`` are name words said again right after."""
        first, tokens = words.start, self.tokens  # the caller saw 2 × size words are there
        keys = [t.key for t in tokens[first : first + 2 * size]]
        if keys[:size] != keys[size:]:
            return False
        cased = self.lex.latin_capitals
        if not cased and keys[0] not in self.lex.given_names:
            return False  # "جانور مرداب سیاه" three times over: a film's caption
        return all(self._name_word(i, cased) for i in range(first, first + size)) and all(
            name_joined(self.text, tokens[i], tokens[i + 1])
            for i in range(first, first + 2 * size - 1)
        )

    def _people_of(self, title: Title) -> list[Person]:
        tokens = self.tokens
        names: list[tuple[int, int]] = []
        nxt = title.last + 1
        if nxt < len(tokens):
            gap = self.a.gap(title.last, nxt)
            start = self._skip_links(nxt) if _SPACE.match(gap) else nxt
            if _COMMA.match(gap):  # ", le prince Fayçal ben Farhane", ", Field Marshal Asim Munir"
                start = self._past_a_rank(self._honorific_after_links(nxt))
            elif start != nxt and start < len(tokens):
                gap = self.a.gap(start - 1, start)
            cased = start < len(tokens) and has_case(tokens[start].text)
            if start < len(tokens) and (_COMMA.match(gap) or (_SPACE.match(gap) and cased)):
                name = (
                    self.name_after(start)
                    or self._name_opened_by_country(title, start)
                    or self._name_opened_by_pronoun(title, start)
                )
                while name:
                    names.append(name)
                    after = name[1] + 1
                    if not title.plural or after + 1 >= len(tokens):
                        break
                    if tokens[after].key not in self.lex.title_joiners:
                        break
                    name = self.name_after(after + 1) or self._name_after_adjective(
                        title, after + 1
                    )
                if title.plural and len(names) == 1 and names[0][0] == names[0][1]:
                    names = []  # "Why Presidents Lie": one word is no list of people
        if not names and self.lex.latin_capitals:
            name = self._name_after_complement(title)
            if name:
                names.append(name)  # "le porte-parole du Kremlin, Dmitri Peskov"
        if not names and not self._name_right_before(title):
            name = self._name_after_body(title) or self._name_after_uncased_complement(title)
            if name:
                names.append(name)  # "سخنگوی وزارت امور خارجه ایران، اسماعیل بقائی"
        if not names and title.first > 0:
            before = self._skip_organisation(title.first - 1)
            while before >= 0 and tokens[before].key in self.lex.name_links:
                before -= 1
            if before >= 0 and _COMMA.match(self.a.gap(before, before + 1)):
                name = self.name_before(before) or self._last_name_at(before)
                if name:
                    names.append(name)
            elif before >= 0 and _SPACE.match(self.a.gap(before, before + 1)):
                name = self._opened_name_before(before) or self._known_surname_before(before)
                while name:
                    names.insert(0, name)  # "با بدر البوسعیدی وزیر خارجه عمان"
                    joiner = name[0] - 1  # "… و دونالد تاسک نخست‌وزیران بریتانیا و لهستان"
                    if not title.plural or joiner < 1:
                        break
                    if tokens[joiner].key not in self.lex.title_joiners:
                        break
                    name = self._opened_name_before(joiner - 1)
        people = []
        for n, (first, last) in enumerate(names):
            country = None
            if len(names) > 1 and len(title.countries) == len(names):
                country = title.countries[n]
            elif len(title.countries) == 1:
                country = title.countries[0]
            start, end = tokens[first].start, tokens[last].end
            span = (min(start, title.start), max(end, title.end))
            if country is None and not title.countries and first > title.last:
                after = self._country_after_name(last)
                if after:
                    country, span = after[0], (span[0], after[1])  # "Araghchi of Iran"
            person = Person(
                name=self.text[start:end],
                start=start,
                end=end,
                role=title.role,
                country=country,
                evidence=span,
                counterpart=title.role is None,
                gender=self._gender_of_title(title),
            )
            people.append(person)
        if people and title.role is None:
            people[:0] = self._counterpart_of(title)
        return people

    def _counterpart_of(self, title: Title) -> list[Person]:
        """The one whose counterpart a title names, written right before it with ``and``
        (``Abbas Araghchi and his Omani counterpart Badr Albusaidi``, ``عباس عراقچی و همتای
        عمانی خود``): a counterpart too, of no role the text gives."""
        i = title.first - 1
        while i >= 0 and (i in self.a.country_at or self.tokens[i].key in self.lex.name_links):
            i -= 1  # "his Omani", "son homologue"
        if i < 1 or self.tokens[i].key not in self.lex.title_joiners:
            return []
        if not all(_SPACE.match(self.a.gap(j, j + 1)) for j in range(i - 1, title.first)):
            return []
        name = self.name_before(i - 1)
        if name is None or self._name_length(*name) < 2:
            return []
        start, end = self.tokens[name[0]].start, self.tokens[name[1]].end
        return [Person(self.text[start:end], start, end, evidence=(start, end), counterpart=True)]

    def _name_after_adjective(self, title: Title, i: int) -> tuple[int, int] | None:
        """A name after its own country's adjective in a plural title's list (``ses
        homologues russe Sergueï Riabkov et iranien Kazem Gharibabadi``); the country joins
        the title's, in the order of the names."""
        mention = self.a.country_at.get(i)
        if mention is None or mention.kind != ADJECTIVE or mention.first != i:
            return None
        if mention.last + 1 >= len(self.tokens):
            return None
        name = self.name_after(mention.last + 1)
        if name and mention.code not in title.countries:
            title.countries.append(mention.code)
        return name

    def _gender_of_title(self, title: Title) -> str | None:
        """``f`` or ``m`` from a title's words or the article right before it (``la
        ministre``, ``spokeswoman``, ``présidente``), else None; not from the words after
        ``de`` or ``of``, which are of what the title serves (``Président de la
        République``)."""
        genders, links = self.lex.genders, self.lex.country_links
        for i in range(max(0, title.first - 1), title.last + 1):
            key = self.tokens[i].key
            if i > title.first and key in links:
                break
            gender = genders.get(key)
            if gender:
                return gender
        return None

    def _skip_organisation(self, i: int) -> int:
        """Word ``i``, or the word before the capitalised words, perhaps possessive, that
        name the body a title serves, written right before it (``Mujahid, the Taliban's
        chief spokesman``, ``…, a Hamas official``)."""
        if not self.lex.latin_capitals:
            return i
        tokens, start = self.tokens, i
        if i > 0 and tokens[i].key in self.lex.possessive:
            i -= 1
        skipped = 0
        while (
            i >= 0
            and skipped < 3
            and tokens[i].text[:1].isupper()
            and joined(self.text, tokens[i], tokens[i + 1])
            and self.a.country_at.get(i) is None
        ):
            i -= 1
            skipped += 1
        return i if skipped else start

    def _honorific_people(self) -> list[Person]:
        people = []
        for match in self.a.find(self.lex.honorifics):
            nxt = match.last + 1
            if nxt >= len(self.tokens) or not self._after_honorific(match.last, nxt):
                continue
            name = self.name_after(nxt, marked=True)
            if name:
                start, end = self.tokens[name[0]].start, self.tokens[name[1]].end
                gender = self.lex.genders.get(self.tokens[match.first].key)
                people.append(
                    Person(self.text[start:end], start, end, evidence=(start, end), gender=gender)
                )
                full = self._full_name_of(name)
                if full:
                    people.append(full)  # "M. Newman" is the "Michael Newman" named before
        return people

    def _full_name_of(self, name: tuple[int, int]) -> Person | None:
        """For a last name alone in a script with capitals, the full name given elsewhere."""
        first, last = name
        if first != last or not self.lex.latin_capitals:
            return None
        full = self._full_name(self.tokens[last].key)
        if full is None:
            return None
        start, end = self.tokens[full[0]].start, self.tokens[full[1]].end
        return Person(self.text[start:end], start, end, evidence=(start, end))

    def opening_pair(self, sentence: int) -> list[Person]:
        """Two full names opening a sentence, joined by ``and``/``et`` (``Emmanuel Macron et
        Vladimir Poutine se sont entretenus …``): the sentence naming a call or a meeting
        names who took part so when they need no title. In scripts without capitals, common
        given names open both (``ولادیمیر پوتین و رجب طیب اردوغان … دیدار کردند``)."""
        if sentence >= len(self.a.sentences):
            return []
        words = self.a.tokens_between(*self.a.sentences[sentence])
        return self._pair_at(words[0]) if words else []

    def between_pair(self, sentence: int) -> list[Person]:
        """Two full names joined by ``and``/``et`` right after the one word saying what
        was between them (``pair_markers``: ``un entretien téléphonique entre Emmanuel
        Macron et Vladimir Poutine``, ``a call between …``)."""
        if sentence >= len(self.a.sentences):
            return []
        words = self.a.tokens_between(*self.a.sentences[sentence])
        markers = [i for i in words if self.tokens[i].key in self.lex.pair_markers]
        pairs = [self._pair_at(i + 1) for i in markers if i + 1 in words]
        found = [pair for pair in pairs if pair]
        return found[0] if len(found) == 1 else []

    def _pair_at(self, i: int) -> list[Person]:
        """Two full names from word ``i`` on, joined by ``and``/``et``/``و``."""
        first = self._full_name_at(i)
        if first is None or first[1] + 2 >= len(self.tokens):
            return []
        joiner = first[1] + 1
        if self.tokens[joiner].key not in self.lex.title_joiners:
            return []
        second = self._full_name_at(joiner + 1)
        if second is None:
            return []
        return [self._untitled(*first), self._untitled(*second)]

    def _full_name_at(self, i: int) -> tuple[int, int] | None:
        """A name of two words or more at word ``i``: capitalised words, or in scripts
        without capitals, a name a common given name opens."""
        if not self.lex.latin_capitals:
            return self._given_name_at(i)
        owner = self._country_owning(i)  # "Russia's Sergei Lavrov"
        name = self.name_after(owner[1] + 1 if owner else i)
        return name if name is not None and name[1] > name[0] else None

    def partner_in(self, sentence: int, message: bool = False) -> Person | None:
        """The one full name after a word of meeting with (``with``, ``avec``, ``با``), a verb
        of calling or, in scripts with capitals, of hosting or meeting (``Macron a reçu
        Volodymyr Zelensky``, ``il a rencontré Volodymyr Zelensky``) in a sentence, or of the
        agent after a verb of hosting (``received by``, ``reçu … par``), or for a
        ``message`` of its addressee (``a message to``, ``un message à``, ``a félicité
        Friedrich Merz``): ``Sergei
        Lavrov met with Abbas Araghchi``, ``… با عباس عراقچی دیدار کرد``; in scripts without
        capitals a common given name opens it."""
        if sentence >= len(self.a.sentences):
            return None
        found = []
        words = self.a.tokens_between(*self.a.sentences[sentence])
        hosted = False  # "a été reçu vendredi à l'Élysée par Emmanuel Macron": the host
        for i in words:
            word = self.tokens[i].key
            hosted = hosted or word in self.lex.host_verbs
            marks = (
                word in self.lex.partner_markers
                or word in self.lex.call_verbs
                or (self.lex.latin_capitals and word in self.lex.host_verbs)
                or (self.lex.latin_capitals and word in self.lex.meet_verbs)
                or (hosted and word in self.lex.agent_markers)
                or (message and word in self.lex.addressee_markers)
                or (message and self.lex.latin_capitals and word in self.lex.message_verbs)
            )
            if not marks or i + 1 >= len(self.tokens):
                continue
            if not joined(self.text, self.tokens[i], self.tokens[i + 1]):
                continue
            if self.lex.latin_capitals:
                name = self.name_after(self._skip_links(self.a.object_after(i)))
                if name and (name[1] == name[0] or not self._names_a_person(name)):
                    name = None
            else:
                name = self._given_name_at(i + 1)
            if name:
                found.append(name)
        if len(set(found)) != 1:  # "par téléphone avec X": the noun is a verb's key too
            return None
        return self._untitled(*found[0])

    def guest_in(self, sentence: int) -> Person | None:
        """In scripts with capitals, the untitled full name right before a verb of hosting
        that an agent follows, auxiliaries between aside: the guest (``Jean-Noël Barrot a
        été reçu lundi par le président libanais``)."""
        if not self.lex.latin_capitals or sentence >= len(self.a.sentences):
            return None
        words = self.a.tokens_between(*self.a.sentences[sentence])
        keys = [self.tokens[i].key for i in words]
        for n, i in enumerate(words):
            if keys[n] not in self.lex.host_verbs:
                continue
            if not any(k in self.lex.agent_markers for k in keys[n + 1 : n + 1 + GUEST_REACH]):
                continue
            before = i - 1
            while before >= words.start and i - before <= 3 and self._auxiliary(before):
                before -= 1  # "a été", "was"
            name = self.name_before(before) if before >= words.start else None
            if name and name[1] > name[0] and self._names_a_person(name):
                return self._untitled(*name)
        return None

    def _auxiliary(self, i: int) -> bool:
        """Whether word ``i`` may be an auxiliary before a verb: a stop word (``a``, ``été``,
        ``was``)."""
        return self.tokens[i].key in self.lex.stopwords

    def called(self) -> dict[int, int]:
        """Where each full name right after a verb of calling or welcoming starts, and
        where it ends (``Trump called Vladimir Putin``, ``a appelé lundi Vladimir
        Poutine``), in scripts with capitals."""
        found = {}
        verbs = self.lex.call_verbs | self.lex.welcome_verbs if self.lex.latin_capitals else ()
        for verb in verbs:
            for i in self.a.positions.get(verb, ()):
                at = self.a.object_after(i)
                if at >= len(self.tokens) or not all(
                    joined(self.text, *self.tokens[k : k + 2]) for k in range(i, at)
                ):
                    continue
                name = self.name_after(at)
                if name and name[1] > name[0] and self._names_a_person(name):
                    found[self.tokens[name[0]].start] = self.tokens[name[1]].end
        return found

    def opening_subject(self, sentence: int, before: int) -> Person | None:
        """The full name opening a sentence, right before its verb, that names the event at
        offset ``before`` (``Claire Delmas a eu lundi un entretien téléphonique avec …``);
        in scripts without capitals a common given name opens it."""
        if sentence >= len(self.a.sentences):
            return None
        # "به گزارش ایرنا، عباس عراقچی …": the subject comes after the source
        words = self.a.past_source_phrase(self.a.tokens_between(*self.a.sentences[sentence]))
        if not words:
            return None
        if self.lex.latin_capitals:
            owner = self._country_owning(words[0])  # "Iran's Abbas Araghchi met …"
            name = self.name_after(owner[1] + 1 if owner else words[0])
            if name and (
                name[1] == name[0]
                or self._names_a_body(name)
                or (self._qualifies_a_noun(name) and not self._verb_then_event(name, before))
            ):
                name = None
        else:  # "دکتر مسعود پزشکیان …": an honorific may open it
            honorific = self._honorific_at(words[0])
            name = self._given_name_at(honorific.last + 1 if honorific else words[0])
        if name is None or name[1] + 1 >= len(self.tokens):
            return None
        after = self.tokens[name[1] + 1]
        if self.tokens[name[1]].end >= before or not joined(self.text, self.tokens[name[1]], after):
            return None  # "Claire Delmas, …": an apposition may say who she is not
        if after.key in self.lex.title_joiners:
            return None  # "Emmanuel Macron and Olaf Scholz met …": one subject of two
        return self._untitled(*name)

    def _verb_then_event(self, name: tuple[int, int], event: int) -> bool:
        """Whether the words naming the event start right after a name and one or two
        words more (``Abbas Araghchi held a phone call``): those are a verb, not a noun the
        name qualifies; but one word before a verb cue is the noun the name qualifies
        (``Apple Inc executives met with``), unless its ending says it is no noun
        (``reportedly``)."""
        after = name[1] + 1
        if after + 1 < len(self.tokens) and self.tokens[after + 1].start == event:
            cue, between = self.tokens[after + 1].key, self.tokens[after].key
            endings = self.lex.uncounted_endings
            if cue in self.lex.object_cues and not (endings and between.endswith(endings)):
                return False
        return (
            after < len(self.tokens)
            and event <= self.tokens[min(after + 2, len(self.tokens) - 1)].start
        )

    def _untitled(self, first: int, last: int) -> Person:
        """A person named by words ``first`` to ``last``, with no title."""
        start, end = self.tokens[first].start, self.tokens[last].end
        person = Person(
            self.text[start:end], start, end, evidence=(start, end), mentions=[(start, end)]
        )
        mention = self.a.country_at.get(first - 2) if first >= 2 else None
        owner = self._country_owning(mention.first) if mention else None
        if mention and owner and owner[1] == first - 1:
            person.country = owner[0]  # "Iran's Abbas Araghchi", "Saudi Arabia's …"
            person.evidence = (self.tokens[mention.first].start, end)
        return person

    def _names_a_person(self, name: tuple[int, int]) -> bool:
        """Whether capitalised words are a person's name rather than a body's: no country
        and no body among them, and no noun they qualify after them (``with European Union
        officials``)."""
        return not self._qualifies_a_noun(name) and not self._names_a_body(name)

    def _qualifies_a_noun(self, name: tuple[int, int]) -> bool:
        """Whether the word after a name is a noun the name qualifies (``Apple Inc
        executives``): a word in small letters, no stop word, no verb the data names
        (``Abbas Araghchi told …``)."""
        after = name[1] + 1
        lex = self.lex
        if not lex.names_qualify_nouns or after >= len(self.tokens):
            return False
        word = self.tokens[after].key
        return (
            joined(self.text, self.tokens[name[1]], self.tokens[after])
            and not self.tokens[after].text[:1].isupper()
            and word not in lex.stopwords
            and not any(
                word in verbs
                for verbs in (lex.object_verbs, lex.host_verbs, lex.call_verbs, lex.meet_verbs)
            )
            and lex.quote_verbs.match_at(self.text, self.tokens, after) is None
        )

    def _names_a_body(self, name: tuple[int, int]) -> bool:
        first, last = name
        return any(i in self.a.country_at for i in range(first, last + 1)) or any(
            self.lex.bodies.match_at(self.text, self.tokens, i) for i in range(first, last + 1)
        )

    def speakers(self) -> list[Person]:
        """Untitled people a report names in full once and then by last name beside a quote
        verb (``Ali Bagheri, …`` … ``Bagheri also noted``), as news writing does.

        Only in scripts with capitals, and only when the last name is never written in lower
        case and the full name is two or more capitalised words inside a sentence.
        """
        if not self.lex.latin_capitals:
            return self._opening_speakers()
        people = []
        for surname in self._surnames_beside_verbs():
            full = self._full_name(surname)
            if full:
                first, last = full
                start, end = self.tokens[first].start, self.tokens[last].end
                people.append(Person(self.text[start:end], start, end, evidence=(start, end)))
        return people

    def _opening_speakers(self) -> list[Person]:
        """In scripts without capitals, untitled people opening a sentence with a verb of
        saying in it, a common given name opening their name (``عباس عراقچی در این دیدار
        گفت: …``): the verb ends the sentence, its subject opens it."""
        people, seen = [], set()
        for verb in self.a.find(self.lex.quote_verbs):
            sentence = self.a.sentence_span(self.tokens[verb.first].start)
            words = self.a.tokens_between(*sentence)
            if not words or words[0] in seen or words[0] >= verb.first:
                continue
            seen.add(words[0])
            name = self._given_name_at(words[0])
            if name and name[1] < verb.first:
                people.append(self._untitled(*name))
        return people

    def _surnames_beside_verbs(self) -> list[str]:
        tokens, found = self.tokens, []
        for verb in self.a.find(self.lex.quote_verbs):
            before = verb.first - 1
            if before > 0 and tokens[before].key in self.lex.stopwords:
                before -= 1  # "Bagheri also noted"
            for i in (before, verb.last + 1):  # "said Bagheri"
                if (
                    0 <= i < len(tokens)
                    and self._lone_name_word(i, verb.first, verb.last)
                    and tokens[i].key not in found
                ):
                    found.append(tokens[i].key)
        return found

    def _lone_name_word(self, i: int, verb_first: int, verb_last: int) -> bool:
        """A capitalised name word on its own (a last name, not the end of ``West Yorkshire
        Police``), joined to the verb by spaces and words only."""
        tokens = self.tokens
        if not self._capitalised_name_word(i):
            return False
        if tokens[i].key in self.lex.stopwords or tokens[i].key in self.lex.pronouns:
            return False
        for j in (i - 1, i + 1):
            if 0 <= j < len(tokens) and self._capitalised_name_word(j):
                left, right = min(i, j), max(i, j)
                if name_joined(self.text, tokens[left], tokens[right]):
                    return False
        left, right = (i, verb_first) if i < verb_first else (verb_last, i)
        return _WORDS_ONLY.fullmatch(self.a.gap(left, right)) is not None

    def _capitalised_name_word(self, i: int) -> bool:
        return self.tokens[i].text[:1].isupper() and self._name_word(i, True)

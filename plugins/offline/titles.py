"""Titles in a text (``Foreign Minister``, ``ministre norvégienne des Affaires étrangères``,
``وزیر امور خارجه نروژ``) with the role they give in English and their countries.

A title is looked up with the country adjectives inside it blanked out, so ``ministre
norvégienne des Affaires étrangères`` is the title ``ministre des affaires étrangères`` of
Norway; modifiers (``acting``, ``former``) and the countries given before, inside or
after it are added; two titles joined by ``and`` are one with two roles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from .analysis import Analysis
from .countries import ADJECTIVE, NAME, capital_codes
from .lexicon import Lexicon
from .scan import accented_key, joined

BODY_COUNTRIES = {
    "Kremlin": "RU",
    "White House": "US",
    "Pentagon": "US",
    "State Department": "US",
    "Élysée": "FR",
    "Quai d'Orsay": "FR",
    "Downing Street": "GB",
    "Foreign Office": "GB",
}
"""The country of a body named by its seat (English names of the language data's
``bodies``): a Kremlin spokesman speaks for Russia."""
ABBREVIATION_LETTERS = 2
"""A title this short is an abbreviation (``PM``, ``FM``, ``MP``): only in capitals."""
POSTED_ROLES = frozenset({"ambassador", "envoy"})
"""Roles held in another country, named after the title (``Ambassador to Israel``)."""


RANKS = frozenset({"general", "field marshal"})
"""Roles that are ranks: a person's office, named too, says more (``سرلشکر عبدالرحیم
موسوی رئیس ستاد کل نیروهای مسلح`` is the chief of the general staff)."""


@dataclass
class Title:
    first: int
    last: int
    start: int
    end: int
    role: str | None
    """English role; None for a counterpart, who takes the role of the other participant."""
    countries: list[str] = field(default_factory=list)
    plural: bool = False


@cache
def title_words(lexicon: Lexicon) -> frozenset[str]:
    """The word keys of every title of a language, looked up for each name word."""
    return frozenset(t for phrase in lexicon.titles._exact for t in phrase)  # noqa: SLF001


class TitleFinder:
    def __init__(self, analysis: Analysis) -> None:
        self.a = analysis
        self.lex = analysis.lexicon
        self.tokens = analysis.tokens
        self.text = analysis.text

    def titles(self) -> list[Title]:
        tables = ((self.lex.titles, False), (self.lex.counterparts, True))
        found: list[Title] = []
        for table, is_counterpart in tables:
            for first, last, match in self.a.find_across_adjectives(table):
                if first == last and not self._abbreviation_stands(first):
                    continue  # "3 pm Eastern", "radio fm": no prime or foreign minister
                if (
                    first == last
                    and not self.lex.latin_capitals
                    and self.a.two_given_names_at(first)
                ):
                    continue  # "امیر سعید ایروانی": the given name Amir, not an emir
                role = None if is_counterpart else match.value
                plural = self._plural(first, last)
                found.append(Title(first, last, match.start, match.end, role, plural=plural))
        found.sort(key=lambda t: t.start)
        firsts = {t.first for t in found}
        found = [t for t in found if not self._modifies_the_next(t, firsts)]
        return [self._extend(t) for t in self._join(found)]

    def _modifies_the_next(self, title: Title, firsts: set[int]) -> bool:
        """Whether a one-word title is a modifier of the title right after it (``chief``
        of ``chief spokesman``, a title alone in ``IAEA chief Rafael Grossi``)."""
        after = title.last + 1
        return (
            title.first == title.last
            and after in firsts
            and joined(self.text, self.tokens[title.last], self.tokens[after])
            and self.lex.title_modifiers.match_at(self.text, self.tokens, title.first) is not None
        )

    def _abbreviation_stands(self, i: int) -> bool:
        """Whether a title of two letters or fewer (``PM``, ``FM``, ``MP``) is one here:
        written in capitals, and not after a number (``3 PM``, a time)."""
        token = self.tokens[i]
        if len(token.text) > ABBREVIATION_LETTERS or token.text.lower() == token.text.upper():
            return True  # a word, or a script without capitals
        before = self.text[max(0, token.start - 3) : token.start]
        return token.text.isupper() and not before.rstrip()[-1:].isdigit()

    def _plural(self, first: int, last: int) -> bool:
        """Whether a title names several people (``foreign ministers``, ``ministres``,
        ``وزیران``): one of its words is a plural of the language data's ``plural_titles``."""
        return any(self.tokens[i].key in self.lex.plural_titles for i in range(first, last + 1))

    def _join(self, titles: list[Title]) -> list[Title]:
        """``Prime Minister and Foreign Minister`` is one title with two roles."""
        joined_titles: list[Title] = []
        for title in titles:
            if joined_titles:
                previous = joined_titles[-1]
                between = range(previous.last + 1, title.first)
                if (
                    len(between) == 1
                    and self.tokens[between[0]].key in self.lex.title_joiners
                    and previous.role
                    and title.role
                ):
                    roles = previous.role if previous.role == title.role else None
                    previous.role = roles or f"{previous.role} and {title.role}"
                    previous.last, previous.end = title.last, title.end
                    continue
            joined_titles.append(title)
        return joined_titles

    def _extend(self, title: Title) -> Title:
        """Add modifiers (``acting``) and the country given before, inside or after."""
        a, tokens = self.a, self.tokens
        title.countries += [
            c for c in a.countries_in(title.first, title.last) if c not in title.countries
        ]
        before = title.first - 1
        modifier = self._modifier_before(before)
        if modifier:
            first, value = modifier
            title.role = f"{value} {title.role}" if title.role and value else title.role
            title.first, title.start = first, tokens[first].start
            before = first - 1
        after = title.last + 1
        modifier_after = (
            self.lex.title_modifiers.match_at(self.text, tokens, after)
            if (after < len(tokens) and joined(self.text, tokens[title.last], tokens[after]))
            else None
        )
        if modifier_after:
            value = modifier_after.value
            title.role = f"{value} {title.role}" if title.role and value else title.role
            title.last, title.end = modifier_after.last, modifier_after.end
            after = title.last + 1
        countries_before = self._countries_before(before)
        if countries_before:
            codes, first = countries_before
            title.countries = codes + [c for c in title.countries if c not in codes]
            title.first, title.start = first, tokens[first].start
        country_after = self._country_after(after, title)
        while country_after:
            code, last = country_after
            if code not in title.countries:
                title.countries.append(code)
            title.last, title.end = last, tokens[last].end
            country_after = self._another_country(last + 1, title)
        if not title.countries:
            title.countries = self._seat_country(title) or self._style_country(title)
        posted = self._posting_after(title)
        if posted is not None:
            title.last, title.end = posted, tokens[posted].end
        return title

    def _seat_country(self, title: Title) -> list[str]:
        """The country of a body named by its seat right before the title or in its
        complement (``Kremlin spokesman``, ``porte-parole du Kremlin``, ``سخنگوی کاخ سفید``):
        the title then starts at the body before it, which is its evidence."""
        tokens, bodies = self.tokens, self.lex.bodies
        for first in range(max(0, title.first - 3), title.first):
            body = bodies.match_at(self.text, tokens, first)
            if (
                body is not None
                and body.last == title.first - 1
                and body.value in BODY_COUNTRIES
                and joined(self.text, tokens[body.last], tokens[title.first])
            ):
                title.first, title.start = first, tokens[first].start
                return [BODY_COUNTRIES[body.value]]
        after = title.last + 1
        while after < len(tokens) and (
            tokens[after].key in self.lex.country_links or tokens[after].key in self.lex.name_links
        ):
            after += 1
        if after >= len(tokens) or not all(
            joined(self.text, tokens[i], tokens[i + 1]) for i in range(title.last, after)
        ):
            return []
        body = bodies.match_at(self.text, tokens, after)
        return [BODY_COUNTRIES[body.value]] if body and body.value in BODY_COUNTRIES else []

    def _style_country(self, title: Title) -> list[str]:
        """The one country whose title is worded so (``External Affairs Minister``)."""
        table = self.lex.title_countries
        for i in range(title.first, title.last + 1):
            match = table.match_at(self.text, self.tokens, i)
            if match is not None and match.last <= title.last:
                return [match.value]
        return []

    def _posting_after(self, title: Title) -> int | None:
        """The last word of ``to Israel`` after an envoy's title (``Ambassador to Israel
        Mike Huckabee``): the title runs on to it, so that the name after it is found, but
        the country is where the envoy serves, not the envoy's; so for a body they serve at
        (``Permanent Representative to the UN``)."""
        link = title.last + 1
        if title.role not in POSTED_ROLES or link >= len(self.tokens):
            return None
        if accented_key(self.tokens[link].text) not in self.lex.posting_links:
            return None
        mention = self.a.country_named_after_link(title.last)
        if mention:
            return mention.last
        at = link + 1  # "to the UN", "auprès de l'ONU": a body, an article or two before it
        while at < min(link + 3, len(self.tokens)) and self.tokens[at].key in self.lex.stopwords:
            at += 1
        if at >= len(self.tokens):
            return None  # the text ends at the link: "… the ambassador to"
        body = self.lex.posting_bodies.match_at(self.text, self.tokens, at)
        return body.last if body else None

    def _another_country(self, i: int, title: Title) -> tuple[str, int] | None:
        """After a plural title's country, ``and France``, ``et de la France``, ``و فرانسه``:
        the ministers of both."""
        tokens = self.tokens
        if (
            not title.plural
            or i + 1 >= len(tokens)
            or tokens[i].key not in self.lex.title_joiners
            or not joined(self.text, tokens[i - 1], tokens[i])
        ):
            return None
        if self.lex.country_links and tokens[i + 1].key not in self.lex.country_links:
            mention = self.a.country_at.get(i + 1)  # "of Iran and France": no second "of"
            if mention and mention.first == i + 1 and mention.kind == NAME:
                return mention.code, mention.last
        return self._country_after(i + 1, title)

    def _modifier_before(self, i: int) -> tuple[int, str] | None:
        """A modifier ending at word ``i``, the longest first (``معاون حقوقی و بین‌المللی``)."""
        modifiers = self.lex.title_modifiers
        for first in range(i - modifiers.longest + 1, i + 1):
            if first < 0:
                continue
            match = modifiers.match_at(self.text, self.tokens, first)
            if match and match.last == i and joined(self.text, self.tokens[i], self.tokens[i + 1]):
                return first, match.value
        return None

    def _countries_before(self, i: int) -> tuple[list[str], int] | None:
        """``Indonesian``, ``Norway's``, ``Iran and Qatar's`` right before a title; in scripts
        with capitals a country's name too (``Qatar Prime Minister``, ``U.S. Secretary``)."""
        a, tokens = self.a, self.tokens
        if i < 0:
            return None
        if tokens[i].key in self.lex.possessive and i > 0 and self._capital_at(i - 1):
            return [self._capital_at(i - 1)], i - 1  # "Tehran's foreign ministry spokesman"
        if tokens[i].key in self.lex.possessive and i > 0 and a.country_at.get(i - 1):
            mention = a.country_at[i - 1]
            codes, first = [mention.code], mention.first
            j = first - 1
            if j > 0 and tokens[j].key in self.lex.title_joiners and a.country_at.get(j - 1):
                other = a.country_at[j - 1]
                codes, first = [other.code, mention.code], other.first
            return codes, first
        mention = a.country_at.get(i)
        if (
            mention
            and (mention.kind == ADJECTIVE or self.lex.latin_capitals)
            and mention.last == i
            and i + 1 < len(tokens)
            and (
                joined(self.text, tokens[i], tokens[i + 1])
                or (len(tokens[i].text) == 1 and a.gap(i, i + 1) == ". ")  # "U.S. Secretary"
            )
        ):
            j = mention.first - 1  # "Russian and Iranian counterparts": both, in order
            other = a.country_at.get(j - 1) if j > 0 else None
            if (
                other is not None
                and tokens[j].key in self.lex.title_joiners
                and other.last == j - 1
                and other.code != mention.code
            ):
                return [other.code, mention.code], other.first
            return [mention.code], mention.first  # "Indonesian", "Saudi", "Qatar"
        return None

    def _capital_at(self, i: int) -> str | None:
        """The country of a capital written at word ``i``, in scripts with capitals."""
        token = self.tokens[i]
        if not self.lex.latin_capitals or not token.text[:1].isupper():
            return None
        return capital_codes(self.lex.lang).get(token.key)

    def _country_after(self, i: int, title: Title) -> tuple[str, int] | None:
        """``of Qatar``, ``du Qatar``, ``وزیر امور خارجه نروژ``, ``homologue indonésien``,
        and in scripts with capitals a one-word capital after the link (``l'émissaire de
        Washington``)."""
        a, tokens = self.a, self.tokens
        if i >= len(tokens) or not joined(self.text, tokens[i - 1], tokens[i]):
            return None
        mention = a.country_at.get(i)
        if (
            mention
            and mention.first == i
            and (mention.kind == ADJECTIVE or not self.lex.country_links)
        ):
            return mention.code, mention.last
        if tokens[i].key in self.lex.country_links:
            j = i + 1
            if j < len(tokens) and tokens[j].key in self.lex.country_links:
                j += 1  # "de la"
            mention = a.country_at.get(j)
            if (
                mention
                and mention.first == j
                and mention.kind == NAME
                and joined(self.text, tokens[j - 1], tokens[j])
            ):
                return mention.code, mention.last
            mention = a.country_named_after_link(i - 1)  # "of the Republic of Turkey"
            if mention:
                return mention.code, mention.last
            capital = self._capital_at(j) if j < len(tokens) else None
            if capital and joined(self.text, tokens[j - 1], tokens[j]):
                return capital, j  # "l'émissaire de Washington"
        return None

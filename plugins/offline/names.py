"""Where a person's name starts and ends among the words of a text.

In scripts with capital letters a name is a run of capitalised words (with particles such
as ``bin`` or ``al-``); in others it is up to four words between punctuation, without stop
words, verbs, kinship words or the affixes of other words (``هسته‌ای``). Where such a name
starts is a guess unless something marks it: punctuation, an honorific, a word that opens
names (``با``) or the start of a clause. :class:`NameReader` holds these rules;
:class:`people.PeopleFinder` uses them next to titles and honorifics.
"""

from __future__ import annotations

import re
from functools import cache

from .analysis import Analysis
from .lexicon import Lexicon
from .scan import Match, Token, joined, key
from .titles import title_words

_NAME_GAP = re.compile(r"[ \u00a0]?")
_INITIAL_GAP = re.compile(r"\.?[ \u00a0]?")
_CLAUSE_END = re.compile(r"^[\s\u200c]*(?:[,،.;:!?؟)»”\"]|$)")
_CLAUSE_GAP = re.compile(r"^[\s\u200c]*[,،:؛][\s\u200c]*$")
_OPENING_MARKS = ' \t\n\u200c«“"(-–—'
MAX_NAME_WORDS = 7
MAX_UNCASED_NAME_WORDS = 4


@cache
def honorific_words(lexicon: Lexicon) -> frozenset[str]:
    """One-word honorifics (``آقای``, ``شیخ``): the word before a name, not part of it."""
    return frozenset(p[0] for p in lexicon.honorifics._exact if len(p) == 1)  # noqa: SLF001


def name_joined(text: str, left: Token, right: Token) -> bool:
    """Words of one name: at most one space between them (no line break, dash or dot),
    or the dot of an initial (``George W. Bush``, ``George H.W. Bush``)."""
    pattern = _INITIAL_GAP if len(left.text) == 1 and left.text.isupper() else _NAME_GAP
    gap = pattern.match(text, left.end, right.start)
    return gap is not None and gap.end() == right.start


def particle_joined(word: str, lex: Lexicon) -> bool:
    """A particle hyphenated to a capitalised name: ``al-Sisi``, ``el-Sisi``."""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].isupper() and key(particle) in lex.name_particles


def has_case(word: str) -> bool:
    """Whether a word's script has capitals (Latin, Cyrillic…; not Arabic)."""
    return word[:1].lower() != word[:1].upper()


class NameReader:
    """The name rules over one document's words; word indexes in, ``(first, last)`` out."""

    def __init__(self, analysis: Analysis) -> None:
        self.a = analysis
        self.lex = analysis.lexicon
        self.tokens = analysis.tokens
        self.text = analysis.text
        self.title_words = title_words(self.lex)
        self.honorific_words = honorific_words(self.lex)
        self._full_names: dict[str, tuple[int, int] | None] = {}

    def _name_word(self, i: int, cased: bool) -> bool:
        token = self.tokens[i]
        if i in self.a.country_at or self.lex.stops_names(token):
            return False
        if cased:
            return (
                token.text[:1].isupper() or self._particle_joined(token)
            ) and token.key not in self.title_words
        return (
            token.key not in self.lex.stopwords
            and (token.key not in self.title_words or self.a.two_given_names_at(i))
            and token.key not in self.honorific_words
            and token.key not in self.lex.pronouns
            and len(token.key) > 1
            and (
                token.key in self.lex.name_exceptions
                or not (
                    token.text.startswith(self.lex.non_name_prefixes)
                    or token.text.endswith(self.lex.non_name_suffixes)
                )
            )
        )

    def _particle_joined(self, token: Token) -> bool:
        return particle_joined(token.text, self.lex)

    def _particle(self, i: int) -> bool:
        return self.tokens[i].key in self.lex.name_particles

    def _particles_from(self, i: int) -> int:
        """How many particles run from word ``i``, joined to each other (``von der`` in
        ``Ursula von der Leyen``): at most two."""
        run = 0
        while (
            run < 2
            and i + run < len(self.tokens)
            and self._particle(i + run)
            and (run == 0 or name_joined(self.text, self.tokens[i + run - 1], self.tokens[i + run]))
        ):
            run += 1
        return run

    def _name_length(self, first: int, last: int) -> int:
        """Words of a name, particles (``bin``, ``آل``) not counted: ``محمد بن عبدالرحمن آل
        ثانی`` is three words long."""
        return sum(1 for i in range(first, last + 1) if not self._particle(i))

    def name_after(self, i: int, marked: bool = False) -> tuple[int, int] | None:
        """The name starting at word ``i`` (honorifics skipped): ``(first, last)``.
        ``marked``: an honorific comes right before ``i``, so an uncased name may end
        before a stop word as well as at punctuation."""
        tokens = self.tokens
        if i >= len(tokens):
            return None
        honorific = self._honorific_at(i)
        while honorific and honorific.last + 1 < len(tokens):
            marked = True
            i = honorific.last + 1
            if not self._after_honorific(i - 1, i):
                return None
            honorific = self._honorific_at(i)
        cased = has_case(tokens[i].text)
        if not self._name_word(i, cased):
            return None
        last = i
        limit = MAX_NAME_WORDS if cased else MAX_UNCASED_NAME_WORDS
        while last + 1 < len(tokens) and self._name_length(i, last) < limit:
            nxt = last + 1
            if not name_joined(self.text, tokens[last], tokens[nxt]):
                break
            if self._name_word(nxt, cased):
                last = nxt
                continue
            run = self._particles_from(nxt) if cased else 0  # "von der", "bin", "de la"
            if run and nxt + run < len(tokens) and self._name_word(nxt + run, cased):
                last = nxt + run - 1  # the name word after them joins on the next turn
                continue
            break
        if cased or _CLAUSE_END.match(self.text[tokens[last].end :][:3]):
            return i, last
        if marked or tokens[i].key in self.lex.given_names:  # "سرگئی لاوروف روز شنبه"
            return self._ended_by_a_stop(i, last)
        return None  # an unmarked uncased name ends at punctuation, or after a given name

    def _honorific_at(self, i: int) -> Match[str] | None:
        """The honorific at word ``i``; not a pronoun as the sentence writes it: ``HE`` is His
        Excellency, ``He`` in ``Vice Premier He Lifeng`` a family name."""
        found = self.lex.honorifics.match_at(self.text, self.tokens, i)
        if found and found.first == found.last and self.tokens[i].key in self.lex.pronouns:
            return found if self.tokens[i].text.isupper() else None
        return found

    def _ended_by_a_stop(self, first: int, last: int) -> tuple[int, int] | None:
        """An uncased name after an honorific that ends before a word no name holds
        (``آقای عراقچی در …``): given names and one more word; before a light verb its last
        word is the verb's noun (``آقای ترامپ تهدید کرد``: ``ترامپ``)."""
        nxt = last + 1
        tokens = self.tokens
        if nxt >= len(tokens) or not name_joined(self.text, tokens[last], tokens[nxt]):
            return None
        word = tokens[nxt].key
        if word in self.lex.light_verbs:
            last -= 1
        elif word not in self.lex.stopwords and not self.lex.stops_names(tokens[nxt]):
            return None
        # given names, then one word: "عباس عراقچی", but "احمدزی سالها" ("for years") is
        # "احمدزی"; a particle takes the word after it along: "فیصل بن فرحان", and each
        # particle after that word too
        end = first
        while end < last and tokens[end].key in self.lex.given_names:
            end += 1
        while end < last and tokens[end].key in self.lex.name_particles:
            end += 1
            if end < last and tokens[end + 1].key in self.lex.name_particles:
                end += 1  # and on past another: "تمیم بن حمد آل ثانی"
        while end < last and tokens[end + 1].key in self.lex.name_exceptions:
            end += 1  # a surname of two words the data lists: "محسنی اژه‌ای"
        return (first, end) if end <= last else None

    def _bounded_before(self, first: int) -> bool:
        """Whether an uncased name starting at word ``first`` starts after a boundary:
        the sentence start, punctuation, or a word that cannot be in a name."""
        prev = first - 1
        if prev < 0 or not name_joined(self.text, self.tokens[prev], self.tokens[first]):
            return True
        return not self._name_word(prev, False)

    def name_before(self, i: int) -> tuple[int, int] | None:
        """The name ending at word ``i``."""
        tokens = self.tokens
        if i < 0:
            return None
        cased = has_case(tokens[i].text)
        if not self._name_word(i, cased):
            return None
        first = i
        limit = MAX_NAME_WORDS if cased else MAX_UNCASED_NAME_WORDS
        while first - 1 >= 0 and self._name_length(first, i) < limit:
            prev = first - 1
            if not name_joined(self.text, tokens[prev], tokens[first]):
                break
            if self._name_word(prev, cased) or (
                cased and self._particle(prev) and prev > 0 and self._name_word(prev - 1, cased)
            ):
                first = prev
                continue
            break
        if cased and first == i:
            return None  # one capitalised word before a comma is as often a place
        if not cased and not self._bounded_before(first):
            given = self._from_given_name(first, i)
            if given == first:
                return None  # the end of a longer phrase, not a name
            first = given  # "مورد استقبال رسمی نیکول پاشینیان": a given name opens it
        if not cased and self._after_determiner(first):
            return None  # "در این انتخابات، ژنرال …": this election
        if not cased:
            first = self._from_given_name(first, i)  # "سفر قریب‌الوقوع رافائل گروسی، …"
        if not cased and first == i and not self._one_word_name_may_start(first):
            return None  # "در جنگ علیه طالبان، سخنگوی …": a group, not a person
        return first, i

    def _from_given_name(self, first: int, last: int) -> int:
        """Where an uncased name from ``first`` to ``last`` starts: at the first common given
        name inside it when its first word is none (``قریب‌الوقوع رافائل گروسی``, the
        imminent Rafael Grossi, is ``رافائل گروسی``)."""
        if self.tokens[first].key in self.lex.given_names:
            return first
        for i in range(first + 1, last):
            if self.tokens[i].key in self.lex.given_names:
                return i
        return first

    def _last_name_at(self, i: int) -> tuple[int, int] | None:
        """One capitalised word before a title's comma (``Araghchi, Iran's foreign
        minister``): a last name only when the text gives a full name ending with it, since
        a place or ``Meanwhile`` stands there as often."""
        token = self.tokens[i]
        if not has_case(token.text) or not token.text[:1].isupper():
            return None
        if not self._name_word(i, True) or not self._full_name(token.key):
            return None
        return i, i

    def _one_word_name_may_start(self, i: int) -> bool:
        """Whether a one-word name in a script without capitals may start at word ``i``: it
        opens its clause, or follows an honorific, a title (``ژنرال خداداد``) or a word that
        opens names (``با``)."""
        if self._opens_clause(i):
            return True
        before = self.tokens[i - 1].key
        return (
            before in self.lex.name_openers
            or before in self.honorific_words
            or before in self.title_words
        )

    def _after_determiner(self, first: int) -> bool:
        prev = first - 1
        return (
            prev >= 0
            and self.tokens[prev].key in self.lex.determiners
            and name_joined(self.text, self.tokens[prev], self.tokens[first])
        )

    def _opened_name_before(self, i: int) -> tuple[int, int] | None:
        """In scripts without capitals, a name of two words or more ending at word ``i``
        right before a title, with no comma between, when its start is marked: an honorific
        or a word that opens names (``name_openers``: ``با``, with; ``میزبان``, host of)
        comes before it (``با بدر البوسعیدی وزیر خارجه عمان``), or it opens its clause and
        starts with a common given name or ends with a last name used again (``به گزارش
        ایرنا، حسین امیرعبداللهیان وزیر امور خارجه``). Otherwise the start of the name is
        a guess."""
        if has_case(self.tokens[i].text) or not self.lex.name_openers:
            return None
        opened = self._after_opener(i)
        if opened:
            return opened
        name = self.name_before(i)
        if name is None or self._name_length(*name) < 2:
            return None
        keys = [t.key for t in self.tokens[name[0] : name[1] + 1]]
        if len(set(keys)) < len(keys):
            return None  # a caption said twice, not a name
        known = keys[0] in self.lex.given_names
        if not self._opens_clause(name[0]):
            # inside a clause only a common given name marks where a name starts:
            # "مورد استقبال رسمی نیکول پاشینیان نخست‌وزیر ارمنستان قرار گرفت"
            return name if known else None
        return name if known or self._named_again(*name) else None

    def _known_surname_before(self, i: int) -> tuple[int, int] | None:
        """In scripts without capitals, one word opening its clause right before a title
        (``لاوروف وزیر امور خارجه روسیه …``) when the text gives it in full after a common
        given name elsewhere (``سرگئی لاوروف``): a last name, not a word opening the clause."""
        if has_case(self.tokens[i].text) or not self.lex.given_names:
            return None
        if not self._name_word(i, False) or not self._opens_clause(i):
            return None
        return (i, i) if self._given_full_name(self.tokens[i].key) else None

    def _given_full_name(self, surname: str) -> tuple[int, int] | None:
        """In scripts without capitals, the one full name ending in ``surname`` that common
        given names open (``سرگئی لاوروف``, ``سید عباس عراقچی``: honorifics aside)."""
        if surname in self._full_names:
            return self._full_names[surname]
        spans = set()
        for i in self.a.positions.get(surname, ()):
            first = i
            while (
                first > 0
                and self.tokens[first - 1].key in self.lex.given_names
                and name_joined(self.text, self.tokens[first - 1], self.tokens[first])
            ):
                first -= 1
            if first < i:
                spans.add((first, i))
        names = {tuple(t.key for t in self.tokens[a : b + 1]) for a, b in spans}
        found = min(spans) if len(names) == 1 else None
        self._full_names[surname] = found
        return found

    def _after_opener(self, last: int) -> tuple[int, int] | None:
        """The name of two to :data:`MAX_UNCASED_NAME_WORDS` words ending at word ``last``
        right after a word opening it (:meth:`_opens_name`), all of it name words; of one
        word after an honorific (``حضرت آیت‌الله خامنه‌ای رهبر انقلاب``)."""
        tokens = self.tokens
        first = last
        while first >= 0 and self._name_word(first, False):
            opener = first - 1
            if opener < 0 or not name_joined(self.text, tokens[opener], tokens[first]):
                return None
            least = 1 if tokens[opener].key in self.honorific_words else 2
            if self._name_length(first, last) >= least and self._opens_name(opener, first):
                return first, last
            if self._name_length(first, last) >= MAX_UNCASED_NAME_WORDS:
                return None
            first = opener
        return None

    def _opens_name(self, opener: int, first: int) -> bool:
        """Whether word ``opener`` marks the start of a name at word ``first``: an opener or
        an honorific; ``and`` after a country ending another title (``… رئیس‌جمهور اوکراین
        و کی‌یر استارمر نخست‌وزیر بریتانیا``) or before a common given name."""
        word = self.tokens[opener].key
        if word in self.lex.name_openers or word in self.honorific_words:
            return True
        return word in self.lex.title_joiners and (
            opener - 1 in self.a.country_at or self.tokens[first].key in self.lex.given_names
        )

    def _named_again(self, first: int, last: int) -> bool:
        """Whether the last word of a name its start only guesses stands elsewhere in the
        text on its own, as a last name does (``امیرعبداللهیان در این گفت‌وگو گفت``): a
        phrase that opens a clause (``امروز صبح``, this morning) seldom comes back."""
        keys = [self.tokens[w].key for w in range(first, last + 1)]
        elsewhere = [i for i in self.a.positions.get(keys[-1], ()) if not first <= i <= last]
        return any(self.tokens[i - 1].key != keys[-2] for i in elsewhere if i > 0)

    def _opens_clause(self, first: int) -> bool:
        """Whether word ``first`` starts a sentence or follows a comma or a colon."""
        start = self.tokens[first].start
        sentence_start = self.a.sentence_span(start)[0]
        if first == 0 or self.tokens[first - 1].end <= sentence_start:
            return not self.text[sentence_start:start].strip(_OPENING_MARKS)
        return bool(_CLAUSE_GAP.match(self.a.gap(first - 1, first)))

    def _after_honorific(self, honorific: int, word: int) -> bool:
        """Whether word ``word`` follows the honorific ending at word ``honorific``, its
        abbreviation dot included (``M. Araghchi``, ``Mr. Lavrov``)."""
        gap = _INITIAL_GAP.match(self.text, self.tokens[honorific].end, self.tokens[word].start)
        return (gap is not None and gap.end() == self.tokens[word].start) or joined(
            self.text, self.tokens[honorific], self.tokens[word]
        )

    def _full_name(self, surname: str) -> tuple[int, int] | None:
        """The first full name ending in ``surname`` inside a sentence (at the start of one,
        ``West Yorkshire Police`` or ``Meanwhile Bagheri`` could be anything, unless a verb
        of speaking follows), or None if the surname is also a lower-case word here or ends
        two different full names (``Joe Biden``, ``Hunter Biden``)."""
        if surname in self._full_names:
            return self._full_names[surname]
        self._full_names[surname] = found = self._find_full_name(surname)
        return found

    def _speaks(self, name: tuple[int, int]) -> bool:
        """Whether two words opening a sentence are a name by the verb after them (``Yuri
        Ushakov told reporters``): said of a given name and a surname, not ``Meanwhile
        Bagheri``."""
        first, last = name
        after = last + 1
        return (
            last - first == 1
            and self.tokens[first].key not in self.lex.stopwords
            and after < len(self.tokens)
            and self.lex.quote_verbs.match_at(self.text, self.tokens, after) is not None
        )

    def _find_full_name(self, surname: str) -> tuple[int, int] | None:
        tokens, sentence_starts = self.tokens, {s for s, _ in self.a.sentences}
        found, seen = None, set()
        for i in self.a.positions.get(surname, ()):
            if not tokens[i].text[:1].isupper():
                return None
            name = self.name_before(i)
            if name:  # "Lula" in "Luiz Inacio Lula da Silva": the name goes on past it
                whole = self.name_after(name[0])
                name = (name[0], whole[1]) if whole and whole[0] == name[0] else name
            if name and (tokens[name[0]].start not in sentence_starts or self._speaks(name)):
                seen.add(tuple(t.key for t in tokens[name[0] : name[1] + 1]))
                found = found or name
        return found if len(seen) == 1 else None

"""Quotes in “…”, «…», „…“ or "…", with the speaker when the sentence names one.

The speaker is found beside a quote verb (``said``, ``a déclaré``, ``گفت``) of the quote's
own sentence, the nearest verb first: the person nearest it, unless spoken *with* or *to*
(``in a meeting with Lavrov, Araghchi said``, ``Araghchi told Barrot``); a pronoun next to
the verb (``He asserted``) or hyphenated to it (``a-t-il déclaré``) points to the person
opening the sentence before, else to the last person named before the quote, not as an
object (``sous le règne de Nyerere``), of its gender where one is known; the person
opening the sentence, however far from the verb (in scripts with capitals also an untitled
full name: ``Bernie Sanders, one of the front-runners, …``); a title next to the verb (``the
president said``) or opening the sentence (``Le chancelier a, de son côté, estimé``)
names the one person holding it; in scripts with capitals, capitalised words right next
to the verb (``Santoso also noted``) name the speaker even without a title; failing all
these, a body beside the verb (``the Kremlin said``, ``a indiqué le ministère``) is the
speaker. A quote going on in the next sentence, with no verb of its own, keeps its
speaker; one running over paragraphs (opened in each, closed in the last) takes the
speaker of its end.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .analysis import Analysis
from .countries import NAME, CountryMention, country_name
from .names import honorific_words
from .people import Person
from .places import FoundPlace, dateline_end
from .scan import Match, accented_key, joined
from .titles import Title, title_words

_QUOTE = re.compile(
    r"“(?P<a>[^”“\n]{2,1500})”|«\s?(?P<b>[^»«\n]{2,1500}?)\s?»|„(?P<c>[^“”\n]{2,1500})[“”]"
    r"|\"(?<![\w\"]\")(?P<d>[^\"\n]{2,1500})\"(?!\w)"
)
"""Every form opens with its mark, the look behind a straight one coming after it, so that
the engine looks for the marks alone through the text instead of trying every position."""
_OPEN_PARAGRAPH = re.compile(r'^[ \t]*["“«][ \t]?(?P<text>[^"“”«»\n]{2,1500}?)[ \t]*$', re.M)
"""A paragraph that opens a quote and never closes it…"""
_OPEN_AFTER_SENTENCE = re.compile(
    r'[.?!…][ \t]["“«][ \t]?(?P<text>[^"“”«»\n]{2,1500}?)[ \t]*$', re.M
)
"""…or opens one after a sentence and leaves it open (``"…," Nordvik said. "We will not
wait.``): the quote goes on in the next paragraph."""
_NEXT_PARAGRAPH = re.compile(r'\n(?:[ \t]*\n)*[ \t]*["“«]')
_OPEN_RUN_ON = re.compile(r'"(?<!\S")(?P<text>[^"\s][^"\n]{1,400}?[.?!…])[ \t]+(?="[^\W\d_])')
"""The same in text whose paragraphs were joined with spaces: a quote mark opening (after a
space, before a word), a short paragraph ending a sentence, and the quote mark opening the
next one (``"… my wife Ashley. "It was a purely personal decision …"``). Where such a
paragraph ends is not written: a run of more than :data:`RUN_ON_SENTENCES` sentences may
hold narration, and one opening in lower case is the end of another quote; both are left
out."""
RUN_ON_SENTENCES = 3
_SENTENCE_END = re.compile(r"[.?!…][ \t]")
_NO_PUNCTUATION = re.compile(r"[\w\s]*")
"""Between a speaker's name and the verb: words ("also"), never a comma or a quote mark."""
_COMMA_GAP = re.compile(r"^[\s\u200c]*[,،][\s\u200c]*$")
MIN_WORDS = 3
_DASH_AFTER = re.compile(r"[ \t]*[-–—][ \t]*(?=\w)")
"""A dash between a quote and its speaker's name: ``"…" - John Kirby``."""
_NAME_LINE = re.compile(r"[^\n,،.]*")
"""The words after it up to a comma, a full stop or the end of the line."""
MAX_DASH_NAME = 4
"""Words at most of a name after a dash (more is a sentence going on)."""
SHORT_TAIL = 40
"""A sentence ending this soon after a quote may be cut at an abbreviation: read on."""
SPEAKER_REACH = 600
"""How many characters of its sentence, on each side, a quote's speaker is looked for in:
a whole sentence, but for a run-on one (text without its punctuation) the part near."""
_FIRST = operator.attrgetter("first")
_START = operator.attrgetter("start")
LEADER_ROLES = frozenset({"president", "prime minister", "chancellor"})
"""Roles whose holders the press often names with no title (``Emmanuel Macron``)."""
VERB_REACH = 8
"""How many words from the verb a speaker may be."""
DOCUMENT_REACH = 6
"""How many words a document a body issued may take between the verb and the body."""
PRONOUN_CHAIN = 4
"""How many sentences back a pronoun may reach through sentences opening with one."""
PRONOUN_REACH = 4 * SPEAKER_REACH
"""How many characters back a pronoun may reach, whatever the sentences (a run-on one)."""


def _last_before(found: list[FoundQuote], offset: int) -> FoundQuote | None:
    """The last of ``found`` (in text order) starting before ``offset``."""
    at = bisect.bisect_left(found, offset, key=_START)
    return found[at - 1] if at > 0 else None


def _first_from(found: list[FoundQuote], offset: int) -> FoundQuote | None:
    """The first of ``found`` (in text order) starting at or after ``offset``."""
    at = bisect.bisect_left(found, offset, key=_START)
    return found[at] if at < len(found) else None


_NOT_THE_ONE = ("vice", "deputy", "former", "prime")
"""First words of roles a bare title does not stand for: ``the minister`` is no prime
minister, ``the president`` no vice president."""


def _kind_of(bare: str, role: str) -> bool:
    """Whether a role is of the kind a one-word title names (``foreign minister`` is a
    ``minister``; ``prime minister`` and ``deputy foreign minister`` are not)."""
    return any(
        part.endswith(" " + bare) and part.split(" ", 1)[0] not in _NOT_THE_ONE
        for part in role.split(" and ")
    )


@dataclass
class FoundQuote:
    text: str
    start: int
    end: int
    speaker: str | None


class QuoteFinder:
    def __init__(
        self, analysis: Analysis, people: list[Person], places: Sequence[FoundPlace] = ()
    ) -> None:
        self.a = analysis
        self.lex = analysis.lexicon
        self.people = people
        self.place_words = {
            i for place in places for i in analysis.tokens_between(place.start, place.end)
        }
        """Words of a place name: "dérisoire », selon Tokyo" names no speaker."""
        self.mentions = sorted(
            ((start, end, person) for person in people for start, end in person.mentions),
            key=lambda m: (m[0], m[1]),
        )
        self.mention_at: dict[int, tuple[int, Person]] = {}
        """Word index → the start and person of the first mention holding that word."""
        for start, end, person in self.mentions:
            for i in analysis.tokens_between(start, end):
                self.mention_at.setdefault(i, (start, person))
        for person in people:  # the title right before a name, in its sentence, is theirs
            title = person.evidence[0]  # too: "a déclaré à la presse le ministre …, Abbas …"
            if title < person.start and analysis.sentence_of(title) == analysis.sentence_of(
                person.start
            ):
                for i in analysis.tokens_between(title, person.start):
                    self.mention_at.setdefault(i, (title, person))
        self._mention_starts = [start for start, _, _ in self.mentions]
        self.honorific_words = honorific_words(self.lex)
        self.title_words = title_words(self.lex)
        self.verbs = [(m.first, m.last) for m in analysis.find(self.lex.quote_verbs)]
        self.verbs = sorted(self.verbs + self._opinion_openers())
        self._name_cue_ends = {m.end for m in analysis.find(self.lex.name_cues)}
        """Where words end after which quote marks hold a name (``so-called``)."""
        self._verb_firsts = [first for first, _ in self.verbs]
        self.bodies = list(analysis.find_across_adjectives(self.lex.bodies))
        """Bodies that speak (``the Kremlin``, ``le Quai d'Orsay``): word spans and labels."""
        self._quoted = [m.span() for m in _QUOTE.finditer(analysis.text)]
        """Where quote marks hold text: a place or country there is said, not saying."""
        self._governments = self._speaking_capitals(places) | self._speaking_countries()
        """Capitals and countries that may speak for their government (``Washington said``,
        ``Selon Washington``, ``mediator Oman said``), by first word: their country."""
        self.bodies += [
            (first, last, Match(first, last, 0, 0, "government"))
            for first, (last, _) in sorted(self._governments.items())
        ]
        self._dateline_end = dateline_end(analysis.text)
        self._subjects: dict[tuple[int, int], str | None] = {}
        """(sentence, quote start) → the subject speaking, worked out once for all verbs."""
        self._opening: dict[int, bool] = {}
        """Title word → whether it opens its sentence or clause (:meth:`_opens_subject`)."""
        self._found: list[FoundQuote] = []
        """The quotes found so far, in order."""
        self._names = {person.name for person in people}
        """The names of people, to tell a body that spoke from a person."""

    def quotes(self) -> list[FoundQuote]:
        found = self._found = []
        for match in _QUOTE.finditer(self.a.text):
            if self._names_something(match.start()):
                continue
            group = match.lastgroup  # the one group of the form of quote that matched
            start, end = match.span(group)
            inner = self.a.text[start:end]
            stripped = inner.strip().rstrip(",;،").rstrip()
            if self._embedded(match.start()) and stripped.endswith(".") and stripped[-2:] != "..":
                stripped = stripped[:-1]  # 'had struck "Hamas infrastructure."': the sentence's
            start += len(inner) - len(inner.lstrip())
            end = start + len(stripped)
            words = len(self.a.tokens_between(start, end))
            speaker = self.speaker(match.start(), match.end())
            if speaker is None and found and self._goes_on(found[-1], match.start()):
                speaker = found[-1].speaker
            if words >= MIN_WORDS or (speaker and words >= 1):
                found.append(FoundQuote(stripped, start, end, speaker))
        return self._with_open_paragraphs(found)

    def _embedded(self, open_at: int) -> bool:
        """Whether a quote stands inside its sentence's clause, not opening it nor after a
        colon or comma introducing it: a period closing it is the sentence's (``could take
        place "in the coming days."``; not ``He asserted, "The port will open."``)."""
        before = self.a.text[self.a.sentence_span(open_at)[0] : open_at].rstrip()
        return bool(before) and before[-1] not in ":：,،"

    def _names_something(self, open_at: int) -> bool:
        """Whether quote marks opening at ``open_at`` follow a word that makes what they
        hold a name or a term (``so-called "…"``, ``intitulé « … »``, ``به عنوان "…"``)."""
        text, end = self.a.text, open_at
        while end > 0 and text[end - 1].isspace():
            end -= 1
        return end in self._name_cue_ends

    def _with_open_paragraphs(self, found: list[FoundQuote]) -> list[FoundQuote]:
        """A quote running over paragraphs opens each with a quote mark and closes only the
        last: a paragraph opened and never closed (or opening a quote after a sentence and
        leaving it open), right before a paragraph that opens a quote, is quoted too, by that
        quote's speaker, else by the speaker of the quote before it in its paragraph."""
        text = self.a.text
        opened = []
        left_open = [*_OPEN_PARAGRAPH.finditer(text), *_OPEN_AFTER_SENTENCE.finditer(text)]
        for match in sorted(left_open, key=lambda m: m.start("text")):
            following = _NEXT_PARAGRAPH.match(text, match.end())
            if not following or len(self.a.tokens_between(*match.span("text"))) < MIN_WORDS:
                continue
            after = following.end() - 1  # the quote mark opening the next paragraph
            following = _first_from(found, after)
            speaker = following.speaker if following else None
            start, end = match.span("text")
            if speaker is None:  # else the speaker of the quote before it in its paragraph
                before = _last_before(found, start)
                if before and "\n" not in text[before.end : start]:
                    speaker = before.speaker
            opened.append(FoundQuote(text[start:end], start, end, speaker))
        opened += self._run_on_paragraphs(found)
        return sorted(found + opened, key=lambda q: q.start) if opened else found

    def _run_on_paragraphs(self, found: list[FoundQuote]) -> list[FoundQuote]:
        """Quoted paragraphs left open in text whose paragraphs run on (:data:`_OPEN_RUN_ON`):
        spoken by whoever the words around them name, else by the speaker of the quote
        that goes on after them."""
        opened = []
        for match in _OPEN_RUN_ON.finditer(self.a.text):
            start, end = match.span("text")
            text = match.group("text")
            if (
                text[0].islower()
                or len(_SENTENCE_END.findall(text)) >= RUN_ON_SENTENCES
                or len(self.a.tokens_between(start, end)) < MIN_WORDS
                or self._names_something(match.start())
            ):
                continue
            after = _first_from(found, end + 1)
            goes_on = after is not None and after.start == match.end() + 1
            speaker = self.speaker(match.start(), end) or (after.speaker if goes_on else None)
            opened.append(FoundQuote(self.a.text[start:end], start, end, speaker))
        return opened

    def _goes_on(self, previous: FoundQuote, open_at: int) -> bool:
        """Whether a quote opening at ``open_at`` goes on from ``previous``: it opens the
        sentence right after the one that says who spoke, with no verb of its own (``"…,"
        Bloomberg said. "Nobody that I know of…"``)."""
        a = self.a
        if previous.speaker is None:
            return False
        sentence = a.sentence_of(open_at)
        start, end = a.sentence_span(open_at)
        if a.text[start:open_at].strip() or sentence != a.sentence_of(previous.end) + 1:
            return False
        return not self._verbs(a.tokens_between(start, end))

    def speaker(self, open_at: int, close_at: int) -> str | None:
        a = self.a
        subject = self._subject_of_the_verb_quoted(open_at)
        if subject:
            return subject
        left = (max(a.sentence_span(open_at)[0], open_at - SPEAKER_REACH), open_at)
        right_end = a.sentence_span(max(close_at - 1, 0))[1]
        if right_end <= close_at:
            right_end = a.sentence_span(close_at)[1]
        if right_end - close_at < SHORT_TAIL and right_end < len(a.text):
            right_end = a.sentence_span(right_end + 1)[1]  # "…», a dit M. | Paredes."
        right = (close_at, max(min(right_end, close_at + SPEAKER_REACH), close_at))
        verbs = []
        own = range(a.sentence_of(open_at), a.sentence_of(max(close_at - 1, 0)) + 1)
        for lo, hi, near in ((left[0], left[1], left[1]), (right[0], right[1], right[0])):
            words = a.tokens_between(lo, hi)  # a range: "in" is a comparison
            for verb in self._verbs(words):
                # a verb of another sentence speaks of something else ("« … ». Selon
                # l'Élysée, …"): the span reaches into the next one only for a name cut off
                # at an abbreviation ("…», a dit M. | Paredes.")
                if a.sentence_of(a.tokens[verb[0]].start) in own:
                    verbs.append((abs(a.tokens[verb[0]].start - near), verb, words))
        if not verbs:
            return self._before_colon(left) or self._after_dash(close_at)
        verbs.sort(key=lambda found: found[0])  # the nearest verb first; stable on ties
        for _, (first, last), words in verbs:
            # when the nearest names no one ("…", according to state media), a farther one
            # may ("Xi told Biden that …")
            speaker = self._near_verb(first, last, words, open_at)
            if speaker:
                return speaker
        return None

    def _subject_of_the_verb_quoted(self, open_at: int) -> str | None:
        """The subject of a sentence whose auxiliary comes right before the quote, which
        holds the rest of its verb (``M. Barrot a « exigé leur libération immédiate », selon
        un communiqué``): whoever the source is, the subject said it, a body too (``le Quai
        d'Orsay a « condamné … »``)."""
        a = self.a
        before = a.tokens_between(a.sentence_span(open_at)[0], open_at)
        if not before or a.tokens[before[-1]].key not in self.lex.quote_auxiliaries:
            return None
        if a.text[a.tokens[before[-1]].end : open_at].strip() not in '«“"':
            return None  # punctuation between them: "…, il a dit : « … »"
        subject = self._sentence_subject(a.sentence_of(open_at), open_at)
        # or a body holding the auxiliary: "le Quai d'Orsay a « condamné … »"
        return subject or self._body_next_to(before[-1], before[-1], before, only_before=True)

    def _opinion_openers(self) -> list[tuple[int, int]]:
        """Words that open a sentence to say whose view follows, read as a verb of saying
        there only (``Pour Moscou, « … »``; not ``pour un cessez-le-feu``)."""
        a = self.a
        return [
            (m.first, m.last)
            for m in a.find(self.lex.opinion_openers)
            if a.sentence_span(m.start)[0] == m.start
        ]

    def _verbs(self, words: range) -> list[tuple[int, int]]:
        if not words:
            return []
        lo = bisect.bisect_left(self._verb_firsts, words[0])
        hi = bisect.bisect_right(self._verb_firsts, words[-1])
        return [(a, b) for a, b in self.verbs[lo:hi] if b <= words[-1]]

    def _person_at(self, i: int) -> Person | None:
        found = self.mention_at.get(i)
        return found[1] if found else None

    def _near_verb(self, first: int, last: int, words: range, open_at: int) -> str | None:
        a, lex = self.a, self.lex
        inverted = self._inverted_pronoun(first, last)
        if inverted:  # "a-t-il déclaré": he, whoever is near
            return self._body_quoted_before(open_at) or self._last_person_before(
                open_at, lex.genders.get(inverted)
            )
        near = range(max(words.start, first - VERB_REACH), min(words.stop, last + VERB_REACH + 1))
        # only the words near the verb: a run-on sentence may hold thousands
        candidates = [
            i for i in near if abs(i - first) <= VERB_REACH or abs(i - last) <= VERB_REACH
        ]
        candidates.sort(key=lambda i: min(abs(i - first), abs(i - last)))
        sentence = a.sentence_of(a.tokens[first].start)
        if lex.verb_final:  # the subject opens the sentence; a name by the verb is its object
            subject = self._subject_before(first, words, open_at)  # "وی … از سفر گروسی … گفت"
            if subject:
                return subject
        for i in candidates:
            person = self._person_at(i)
            if (
                person
                and not self._object_at(i, first, last)
                and self._same_clause(i, sentence)
                and not self._in_relative_clause(i, first)
            ):
                return person.name
        # a pronoun after a verb before the quote, its clause going on, is the subject of
        # what was said ("the military said it had struck « … »"), not of the verb ('"…,"
        # it added', "Selon lui, « … »")
        goes_on = last + 2 in words and joined(a.text, a.tokens[last + 1], a.tokens[last + 2])
        after = (last + 1,) if a.tokens[last].end > open_at or not goes_on else ()
        for i in (first - 1, *after, first - 2):
            if i in words and a.tokens[i].key in lex.body_pronouns:
                return self._body_quoted_before(open_at)  # '"…," it added': no person
            if i in words and a.tokens[i].key in lex.pronouns:
                return self._body_quoted_before(open_at) or self._last_person_before(
                    open_at, lex.genders.get(a.tokens[i].key)
                )
        return (
            self._body_next_to(first, last, words, only_before=True)  # "…, the ministry said"
            or self._subject_before(first, words, open_at)
            or self._holder_of_title_near(first, last, words)
            or self._capitalised_next_to(first, last, words)
            or self._body_next_to(first, last, words)
        )

    def _in_relative_clause(self, i: int, verb: int) -> bool:
        """Whether word ``i``, before the verb, is in a relative clause set off by commas
        that closes before it (``Putin, who hosted Modi on Monday, thanked him``)."""
        a = self.a
        if i >= verb or not self.lex.relative_pronouns:
            return False
        closed = any("," in a.gap(j, j + 1) for j in range(i, verb))
        if not closed:
            return False
        for j in range(self._mention_start(i) - 1, max(-1, i - VERB_REACH - 1), -1):
            opening = a.tokens[j + 1]  # the word opening the clause, if it opens here
            if "," in a.gap(j, j + 1) or a.sentence_span(opening.start)[0] == opening.start:
                return opening.key in self.lex.relative_pronouns
        return False

    def _same_clause(self, i: int, sentence: int) -> bool:
        """Whether word ``i`` is in the verb's sentence, or in the next one only because an
        honorific's dot cut it off (``…», a dit M. | Paredes.``): ``said Um Mohammed, who
        lost two sons. Amir Abdollahian said`` names the speaker before the full stop."""
        a = self.a
        own = a.sentence_of(a.tokens[i].start)
        if own == sentence:
            return True
        if own != sentence + 1 or i == 0:
            return False
        return (
            a.tokens[i - 1].key in self.honorific_words
            and a.sentence_of(a.tokens[i - 1].start) == sentence
        )

    def _mention_start(self, i: int) -> int:
        """The first word of the person mention holding word ``i``."""
        found = self.mention_at.get(i)
        return self._phrase_start(*found) if found else i

    def _phrase_start(self, start: int, person: Person) -> int:
        """The first word of a mention with the title written before it, if any
        (``with Russian Foreign Minister Sergei Lavrov``); not a title given in an earlier
        sentence (``The foreign ministers of Iran and France … told Jean-Noël Barrot``)."""
        a = self.a
        title = person.evidence[0]
        if start == person.start and title < start and a.sentence_of(title) == a.sentence_of(start):
            start = title
        return a.tokens_between(start, start).start

    def _object_at(self, i: int, verb_first: int, verb_last: int) -> bool:
        """Whether the person at word ``i`` follows an object marker (``with``, ``با``)
        outside the verb (``in a meeting with Lavrov, said``), or a verb that takes the
        one spoken to as its object (``Araghchi told Barrot that …``)."""
        first = self._mention_start(i)
        marker = self._marker_before(first)
        if marker is not None and not verb_first <= marker <= verb_last:
            return True
        between = range(verb_last + 1, first)
        return (
            first > verb_last
            and self.a.tokens[verb_last].key in self.lex.object_verbs
            and len(between) <= 1
            and all(self.a.tokens[j].key in self.lex.name_links for j in between)
        )

    def _marker_before(self, first: int) -> int | None:
        """The object marker right before word ``first``, honorifics between counting not."""
        before = first - 1
        while before >= 0 and self.a.tokens[before].key in self.honorific_words:
            before -= 1
        if before >= 0 and self.a.tokens[before].key in self.lex.object_markers:
            return before
        return None

    def _subject_before(self, first: int, words: range, open_at: int) -> str | None:
        """The person opening the sentence whose verb comes before the quote, however far:
        a verb-final sentence puts much between them (``عراقچی در نشست خبری مشترک با همتای
        روس خود تأکید کرد:``); in a verb-final language also when the verb follows the quote
        (``پسکوف، سخنگوی کرملین، این پیشنهاد را «جالب» خواند``). A pronoun opening it
        stands for the person named before (``وی درباره مذاکرات گفت:``)."""
        a = self.a
        if not words or (words[0] >= first and not self.lex.verb_final):
            return None
        sentence = a.sentence_of(a.tokens[first].start)
        if a.sentences[sentence][0] > open_at:
            return None  # the verb's sentence starts after the quote
        known = (sentence, open_at)  # the same for every verb of the sentence before the quote
        if known not in self._subjects:
            self._subjects[known] = self._sentence_subject(sentence, open_at)
        return self._subjects[known]

    def _sentence_subject(self, sentence: int, open_at: int) -> str | None:
        """:meth:`_subject_before` for a sentence and the quote opening at ``open_at``."""
        a = self.a
        subject = self._subject_of(sentence, before=open_at)
        if subject:
            return subject.name
        if self._opens_with_pronoun(sentence):  # "وی درباره مذاکرات هسته‌ای گفت:", he
            pronoun = a.tokens[a.tokens_between(*a.sentences[sentence])[0]]
            # one named before the pronoun, not after it ("وی … از سفر گروسی خبر داد و گفت")
            return self._last_person_before(pronoun.start, self.lex.genders.get(pronoun.key))
        return self._body_opening(sentence, open_at)

    def _inverted_pronoun(self, first: int, last: int) -> str | None:
        """The subject pronoun the verb holds, hyphenated (``a-t-il déclaré``,
        ``ajoute-t-elle``), or None; also one held by the auxiliary right before a verb
        matched alone (``a-t-il plaidé``)."""
        for i in range(max(0, first - 1), last + 1):
            head, hyphen, pronoun = self.a.tokens[i].key.rpartition("-")
            if hyphen and head and pronoun in self.lex.pronouns:
                return pronoun
        return None

    def _body_next_to(
        self, first: int, last: int, words: range, only_before: bool = False
    ) -> str | None:
        """``the Kremlin said``, ``a indiqué l'Élysée``, ``وزارت امور خارجه ایران اعلام کرد``:
        a body that speaks (``bodies`` of the language data), by its English name and with
        the country named right before or after it, ``foreign ministry (Iran)``: one name
        in every language, as roles are, so its quotes join across languages. With
        ``only_before``, only a body before the verb, its subject: it speaks, not the person
        opening the sentence (``Lavrov met Wang …, the Russian foreign ministry said``)."""
        a = self.a
        for body_first, body_last, match in self.bodies:
            if body_first not in words or body_last not in words:
                continue
            opens = a.sentence_span(a.tokens[body_first].start)[0] == a.tokens[body_first].start
            before = 0 < first - body_last <= (VERB_REACH if opens else 2)
            after = not only_before and (
                0 < body_first - last <= 3  # "said the ministry"
                or self._through_a_document(last, body_first)
            )
            if not (before or after):
                continue
            return self._body_label(body_first, body_last, match)
        return None

    def _body_label(self, first: int, last: int, match: Match) -> str:
        """A body's English name with its country: ``foreign ministry (Iran)``."""
        country = self._country_beside(first, last)
        country = country or self._governments.get(first, (0, None))[1]
        return f"{match.value} ({country_name(country, 'en')})" if country else match.value

    def _body_opening(self, sentence: int, open_at: int) -> str | None:
        """In a verb-final language, the body opening the sentence before the quote: the
        subject of the verb that ends it (``وزارت امور خارجه ایران در بیانیه‌ای این اقدام را
        «…» خواند``)."""
        if not self.lex.verb_final:
            return None
        words = self.a.tokens_between(self.a.sentences[sentence][0], open_at)
        for first, last, match in self.bodies:
            if words and first == words[0] and last in words:
                return self._body_label(first, last, match)
        return None

    def _speaking_capitals(self, places: Sequence[FoundPlace]) -> dict[int, tuple[int, str]]:
        """The capitals of ``places`` not after a word placing something there (``in
        Washington``, ``à Moscou``, ``در مسکو``; ``according to Moscow`` speaks) nor inside
        a quote: first word → (last word, country)."""
        a, lex = self.a, self.lex
        opened = {m.last for m in a.find(lex.source_openers)}
        found = {}
        for place in places:
            words = a.tokens_between(place.start, place.end)
            if not place.country or not words:
                continue
            if any(lo <= place.start < hi for lo, hi in self._quoted):
                continue  # "continue to stand by Tehran": said, not saying
            if self._placed(words[0], opened):
                continue
            found[words[0]] = (words[-1], place.country)
        return found

    def _placed(self, first: int, opened: set[int]) -> bool:
        """Whether word ``first`` follows a word placing something there, not opening a
        source (``in Washington``, ``در سوریه``; not ``according to Moscow``)."""
        before = first - 1
        return (
            before >= 0
            and before not in opened
            and accented_key(self.a.tokens[before].text) in self.lex.place_markers
        )

    def _speaking_countries(self) -> dict[int, tuple[int, str]]:
        """Countries named (not by an adjective) right before a verb of saying, or opening a
        verb-final sentence, outside quotes and not a title's (``the minister of Iran
        said``): ``mediator Oman said``, ``l'Iran a annoncé``, ``ایران اعلام کرد``."""
        a = self.a
        verbs = set(self._verb_firsts)
        ends = {last for _, last in self.verbs}
        titled = {title.last for title in a.bare_titles}  # "وزیر کشاورزی برزیل گفت"
        opened = {m.last for m in a.find(self.lex.source_openers)}
        return {
            mention.first: (mention.last, mention.code)
            for mention in a.countries
            if mention.kind == NAME
            and (
                (
                    mention.last + 1 in verbs
                    and joined(a.text, a.tokens[mention.last], a.tokens[mention.last + 1])
                )
                or self._ends_after_verb(mention, ends)
                or self._opens_a_verb_final_sentence(mention)
            )
            and mention.last not in titled
            and not self._placed(mention.first, opened)  # "… در سوریه تاکید کردند"
            and not (mention.first and a.tokens[mention.first - 1].key in self.lex.country_links)
            and not any(lo <= mention.start < hi for lo, hi in self._quoted)
        }

    def _opens_a_verb_final_sentence(self, mention: CountryMention) -> bool:
        """Whether a country opens its sentence in a language whose verb ends it, alone
        (``ایران در بیانیه‌ای اعلام کرد``; not ``ایران و روسیه``): the subject."""
        a = self.a
        if not self.lex.verb_final or a.sentence_span(mention.start)[0] != mention.start:
            return False
        after = mention.last + 1
        return after < len(a.tokens) and a.tokens[after].key not in self.lex.title_joiners

    def _ends_after_verb(self, mention: CountryMention, verb_ends: set[int]) -> bool:
        """Whether a country follows a verb of saying, an article aside, and ends its clause:
        ``« … », a annoncé l'Iran.`` (not ``said Iran would respond``: Iran is the subject
        of what was said)."""
        a = self.a
        verb = mention.first - 1
        if verb >= 0 and verb not in verb_ends and a.tokens[verb].key in self.lex.name_links:
            verb -= 1  # "l'"
        if verb < 0 or verb not in verb_ends:
            return False
        after = a.text[mention.end : mention.end + 2].lstrip(" ")
        return not after or after[0] in ".,;\n"

    def _through_a_document(self, verb_last: int, body_first: int) -> bool:
        """Whether only a document the body issued comes between the verb and the body
        (``according to a statement by the Iranian foreign ministry``, ``selon un communiqué
        du ministère``), in a few words of one clause."""
        between = range(verb_last + 1, body_first)
        lex, tokens, text = self.lex, self.a.tokens, self.a.text
        return (
            0 < len(between) <= DOCUMENT_REACH
            and any(tokens[i].key in lex.source_documents for i in between)
            and all(
                tokens[i].key in lex.source_documents
                or tokens[i].key in lex.stopwords
                or tokens[i].key in lex.country_links
                or i in self.a.country_at
                for i in between
            )
            and all(joined(text, tokens[i], tokens[i + 1]) for i in range(verb_last, body_first))
        )

    def _country_beside(self, first: int, last: int) -> str | None:
        """The country named inside words ``first``–``last`` (``ministère iranien des
        Affaires étrangères``), right before them (``Iran's``, ``Russian``) or right after
        them (``وزارت امور خارجه ایران``, ``iranien``)."""
        a = self.a
        inside = a.countries_in(first, last)
        if inside:
            return inside[0]
        if first - 1 in a.country_at:
            return a.country_at[first - 1].code
        if first - 2 in a.country_at and a.tokens[first - 1].key in self.lex.possessive:
            return a.country_at[first - 2].code
        if last + 1 in a.country_at and a.country_at[last + 1].first == last + 1:
            return a.country_at[last + 1].code
        return None

    def _holder_of_title_near(self, first: int, last: int, words: range) -> str | None:
        """``the president said``, ``a déclaré le président``, ``رئیس جمهور گفت``, ``Le
        chancelier a, de son côté, estimé``: the one person of the document holding that
        title (of that country, if it says)."""
        if not words:
            return None
        titles = self.a.bare_titles  # in text order
        lo = bisect.bisect_left(titles, words.start, key=_FIRST)
        hi = bisect.bisect_left(titles, words.stop, key=_FIRST)
        for title in titles[lo:hi]:  # only the titles among the words: a sentence may be long
            if not title.role or title.last not in words:
                continue
            beside = 0 < first - title.last <= 2 or 0 < title.first - last <= 3
            if not beside and not (title.last < first and self._opens_subject(title.first)):
                continue  # the title stands right beside the verb (an article between), or
                # opens its sentence: "Le chancelier a, de son côté, estimé que « … »"
            if not self._stands_alone(title.first):
                continue  # "… ربانی رئیس جمهوری پیشین": the title of the name before it
            holder = self._holder(title) or self._subject_holding(title) or self._peer(title)
            if holder:
                return holder.name
        return None

    def _peer(self, title: Title) -> Person | None:
        """With no one holding a title of one country, the one person named with no title
        and no country, when someone of another country holds that office: their peer
        (``Volodymyr Zelensky, président ukrainien, a été reçu par Emmanuel Macron … a
        assuré le chef de l'État français``)."""
        if len(title.countries) != 1 or any(p.country == title.countries[0] for p in self.people):
            return None
        untitled = [p for p in self.people if p.role is None and p.country is None]
        if len(untitled) != 1:
            return None
        peers = [
            p
            for p in self.people
            if p.role
            and p.country
            and (title.role in p.role.split(" and ") or _kind_of(title.role, p.role))
        ]
        return untitled[0] if peers else None

    def _subject_holding(self, title: Title) -> Person | None:
        """When several hold a title, the one opening the sentence before, if it is theirs
        and the others hold it only as their counterparts: ``Le chef de la diplomatie
        française, Jean-Noël Barrot, s'est entretenu avec son homologue iranien … « … », a
        souligné le ministre``. Two given the title each leave it open."""
        sentence = self.a.sentence_of(self.a.tokens[title.first].start)
        subject = self._subject_of(sentence - 1) if sentence > 0 else None
        holders = self._holders(title)
        if subject is None or subject not in holders:
            return None
        return subject if all(p.counterpart for p in holders if p is not subject) else None

    def _holder(self, title: Title) -> Person | None:
        """The one person of the document holding ``title`` (of its country, if it says;
        else one whose country is not known: ``the foreign ministers of Iran and France``
        gives no one a country of their own). In a report written from a country's side,
        a title of no country is that country's when several hold it (``رئیس‌جمهور
        کشورمان`` and ``رئیس‌جمهور فرانسه``, then ``رئیس‌جمهور … تاکید کرد``)."""
        holders = self._holders(title)
        if len(holders) > 1 and not title.countries and self.a.home is not None:
            holders = [p for p in holders if p.country == self.a.home]
        if len(holders) != 1 or self._leader_untitled_beside(title, holders[0]):
            return None
        return holders[0]

    def _leader_untitled_beside(self, title: Title, holder: Person) -> bool:
        """Whether a leader's title of no country (``le chef de l'État``, ``the
        president``) may be another's than its one holder, a leader of another country:
        someone named with no title, as leaders often are (``Emmanuel Macron a reçu … le
        président ukrainien Volodymyr Zelensky``, then ``Le chef de l'État a annoncé``)."""
        if title.countries or title.role not in LEADER_ROLES or not holder.country:
            return False
        return any(
            p is not holder and p.role is None and p.country != holder.country for p in self.people
        )

    def _holders(self, title: Title) -> list[Person]:
        holders = [p for p in self.people if p.role and title.role in p.role.split(" and ")]
        if not holders and " " not in title.role:  # "le ministre": the foreign minister
            holders = [p for p in self.people if p.role and _kind_of(title.role, p.role)]
        if title.countries:
            of_country = [p for p in holders if p.country in title.countries]
            holders = of_country or [p for p in holders if p.country is None]
        if not holders and title.countries:  # "le ministre iranien Abbas Araghchi" is "le
            # chef de la diplomatie iranienne": a one-word role of the title's kind, its country
            holders = [
                p
                for p in self.people
                if p.role
                and " " not in p.role
                and p.country in title.countries
                and _kind_of(p.role, title.role)
            ]
        return holders

    def _subject_of(self, sentence: int, before: int | None = None) -> Person | None:
        """The person opening a sentence (before offset ``before``, if given), by name or by
        a title one person holds (``سخنگوی دستگاه دیپلماسی … گفت``), an article or
        determiner aside; no one when both sides open it (``The two ministers …``)."""
        a = self.a
        start, end = a.sentences[sentence]
        start = max(start, self._dateline_end)  # "Paris, 12 juin 2025 (AFP) - Le chef …"
        words = a.past_source_phrase(
            self._past_event_phrase(
                a.tokens_between(start, end if before is None else min(end, before))
            )
        )
        if words and self.lex.side_references.match_at(a.text, a.tokens, words[0]):
            return None
        for i in words[:2]:
            if a.tokens[i].key in self.lex.stopwords or a.tokens[i].key in self.honorific_words:
                continue
            person = self._person_at(i) or next(
                (p for p in self.people if p.evidence[0] == a.tokens[i].start), None
            )  # by name, or by the title written before the name ("Le ministre …, Jean Dupont")
            if person:
                return person
            titles = self.a.bare_titles
            at = bisect.bisect_left(titles, i, key=_FIRST)
            for title in titles[at : bisect.bisect_right(titles, i, key=_FIRST)]:
                if title.role:
                    return self._holder(title)
            return self._capitalised_subject(i, words)
        return None

    def _capitalised_subject(self, first: int, words: range) -> Person | None:
        """In scripts with capitals, two to four capitalised words opening a sentence,
        then a comma or a word in lower case: an untitled subject (``Bernie Sanders, one of
        the front-runners, was quick to …``). Not a country, a place, a title, a day."""
        a, lex = self.a, self.lex
        if not lex.latin_capitals or first != words.start:
            return None
        last = first
        while (
            last in words
            and last - first < 4
            and a.tokens[last].text[:1].isupper()
            and a.tokens[last].key not in lex.stopwords
            and not lex.stops_names(a.tokens[last])
            and a.tokens[last].key not in self.title_words
            and a.tokens[last].key not in lex.months
            and last not in a.country_at
            and last not in self.place_words
            and (last == first or a.gap(last - 1, last) == " ")
        ):
            last += 1
        if last - first < 2 or last not in words:
            return None
        if not (a.gap(last - 1, last).startswith(",") or a.tokens[last].text[:1].islower()):
            return None
        start, end = a.tokens[first].start, a.tokens[last - 1].end
        return Person(a.text[start:end], start, end, evidence=(start, end))

    def _past_event_phrase(self, words: range) -> range:
        """``words`` without a phrase naming the event they open with (``در این گفت‌وگو``,
        ``During the call,``): the subject comes after it."""
        a = self.a
        for i in words[:3]:
            phrase = self.lex.event_references.match_at(a.text, a.tokens, i)
            if phrase:
                return range(phrase.last + 1, words.stop)
            if a.tokens[i].key not in self.lex.stopwords:
                break
        return words

    def _opens_sentence(self, first: int) -> bool:
        """Whether word ``first`` opens its sentence, an article or determiner aside."""
        a = self.a
        words = a.tokens_between(a.sentence_span(a.tokens[first].start)[0], a.tokens[first].start)
        return all(a.tokens[i].key in self.lex.stopwords for i in words) and len(words) <= 1

    def _opens_subject(self, first: int) -> bool:
        """Whether word ``first`` opens its sentence, or its clause after a phrase naming the
        event and a comma: ``During the call, the minister …``, ``در این تماس تلفنی، وزیر
        امور خارجه عمان … گفت``."""
        if first in self._opening:
            return self._opening[first]
        a = self.a
        words = a.tokens_between(a.sentence_span(a.tokens[first].start)[0], a.tokens[first].start)
        self._opening[first] = found = self._opens_sentence(first) or (
            bool(words)
            and _COMMA_GAP.match(a.gap(first - 1, first)) is not None
            and self._past_event_phrase(words).start != words.start
        )
        return found

    def _stands_alone(self, first: int) -> bool:
        """Whether the words before a title leave it no name: it opens the sentence, or
        follows punctuation or a stop word (``the``, ``le``)."""
        a = self.a
        before = first - 1
        if before < 0 or a.sentence_of(a.tokens[before].start) != a.sentence_of(
            a.tokens[first].start
        ):
            return True
        return bool(a.gap(before, first).strip()) or a.tokens[before].key in self.lex.stopwords

    def _capitalised_next_to(self, first: int, last: int, words: range) -> str | None:
        """``Santoso also noted``, ``said Paredes``: capitalised words beside the verb; not
        after a verb whose object is the one spoken to (``told Reuters``)."""
        a, lex = self.a, self.lex
        if not lex.latin_capitals:
            return None

        def name_word(i: int) -> bool:
            if i not in words:  # also past the last word of the text
                return False
            token = a.tokens[i]
            return (
                token.text[:1].isupper()
                and not lex.stops_names(token)
                and i not in a.country_at
                and i not in self.place_words
            )

        def joined_name(left: int, right: int) -> bool:
            return a.text[a.tokens[left].end : a.tokens[right].start] in ("", " ")

        i = first - 1
        if i in words and a.tokens[i].key in lex.stopwords and i - 1 in words:
            i -= 1  # "Santoso also noted"
        run: list[int] = []
        if i in words and _NO_PUNCTUATION.fullmatch(a.gap(i, first)):  # not "États », ajoute"
            while name_word(i) and len(run) < 4 and (not run or joined_name(i, run[0])):
                run.insert(0, i)
                i -= 1
        spoken_to = a.tokens[last].key in lex.object_verbs  # "told Reuters": who heard it
        if (
            not run
            and not spoken_to
            and last + 1 in words
            and _NO_PUNCTUATION.fullmatch(a.gap(last, last + 1))
        ):
            i = last + 1
            while name_word(i) and len(run) < 4 and (not run or joined_name(run[-1], i)):
                run.append(i)
                i += 1
        if not run:
            return None
        return a.text[a.tokens[run[0]].start : a.tokens[run[-1]].end]

    def _pronoun_reach(self, sentence: int) -> int:
        """Where a pronoun's person may be named: from the sentence before ``sentence``, or
        further back while the sentences between open with a pronoun themselves (``Zakharova
        said … She accused … "…," she said``) or a quote mark (her words going on)."""
        a = self.a
        if not a.sentences:
            return 0
        first = max(0, sentence - 1)
        while (
            first > 0
            and sentence - first < PRONOUN_CHAIN
            and (self._opens_with_pronoun(first) or self._opens_with_quote(first))
        ):
            first -= 1
        return a.sentences[first][0]

    def _opens_with_quote(self, sentence: int) -> bool:
        """Whether a sentence opens with a quote mark: words still spoken by the speaker
        named before it, no break in whom a pronoun after it may mean."""
        start, end = self.a.sentences[sentence]
        return self.a.text[start:end].lstrip()[:1] in ('"', "“", "«", "„")

    def _opens_with_pronoun(self, sentence: int) -> bool:
        start, end = self.a.sentences[sentence]
        words = self.a.tokens_between(start, end)
        return bool(words) and self.a.tokens[words[0]].key in self.lex.pronouns

    def _body_quoted_before(self, open_at: int) -> str | None:
        """The body that spoke the quote of the sentence before, which a pronoun goes on
        with (``« … », a indiqué le Quai d'Orsay. « … », a-t-il ajouté``); a person there
        is found by :meth:`_last_person_before`."""
        previous = self._found[-1] if self._found else None
        if previous is None or previous.speaker is None or previous.speaker in self._names:
            return None
        sentence = self.a.sentence_of(open_at)
        return previous.speaker if self.a.sentence_of(previous.start) == sentence - 1 else None

    def _last_person_before(self, offset: int, gender: str | None = None) -> str | None:
        """The person opening the sentence before, by name or by a title one person holds,
        when this one names no one before ``offset``; else the person last named in this
        sentence or the one before, if any; one named as an
        object (``sous le règne de Nyerere``, ``with Lavrov``) only when no other is. For a
        pronoun of a ``gender`` (``she``, ``elle``): one known to be of it first (``Mme``,
        ``la ministre``), then one not known, never one known to be of the other; and when
        all those are of the other, one known to be of it named a few sentences back."""
        sentence = self.a.sentence_of(offset)
        own = bisect.bisect_left(self._mention_starts, self.a.sentence_span(offset)[0])
        if (
            sentence > 0
            and self.a.sentences
            and own == bisect.bisect_left(self._mention_starts, offset)
        ):  # no one named in its own sentence before it: "X said … . He added: …"
            subject = self._subject_of(sentence - 1) or self._quoted_in(sentence - 1)
            if subject and (not gender or subject.gender in (None, gender)):
                return subject.name
        earliest = max(self._pronoun_reach(sentence), offset - PRONOUN_REACH)
        lo = bisect.bisect_left(self._mention_starts, earliest)
        hi = bisect.bisect_left(self._mention_starts, offset)
        named = [(start, person) for start, _, person in self.mentions[lo:hi]]
        subjects = [
            (start, person)
            for start, person in named
            if self._marker_before(self._phrase_start(start, person)) is None
        ]
        unknown = self._unknown_subject(earliest, offset)
        if unknown is not None:  # "…, Joe Biden a évoqué la mise en examen de Donald Trump":
            # the one spoken of after a subject no rule names is not the one speaking
            named = [(start, p) for start, p in named if start < unknown]
            subjects = [(start, p) for start, p in subjects if start < unknown]
            if not named:
                return None
        wanted = (gender, None) if gender else (None,)
        for group in (subjects, named):
            for kind in wanted:
                fitting = [p for _, p in group if not gender or p.gender == kind]
                if fitting:
                    return fitting[-1].name
        if gender and named:  # those named nearby are of the other gender: the last one
            # of this one named a little further back
            farthest = self.a.sentences[max(0, sentence - PRONOUN_CHAIN)][0]
            start = bisect.bisect_left(self._mention_starts, farthest)
            older = [p for _, _, p in self.mentions[start:lo] if p.gender == gender]
            if older:
                return older[-1].name
        if not named:
            return self._previous_speaker(offset)
        return None

    def _unknown_subject(self, start: int, end: int) -> int | None:
        """Where the last clause between ``start`` and ``end`` opens with two capitalised
        words no rule knows as a person, country or stop word, then a word in lower case (an
        untitled subject: ``…, Joe Biden a évoqué``); None if none does."""
        a, lex = self.a, self.lex
        if not lex.latin_capitals:
            return None
        found = None
        words = a.tokens_between(start, end)
        for first in words:
            second, after = first + 1, first + 2
            if after not in words:
                break
            one, two, three = a.tokens[first], a.tokens[second], a.tokens[after]
            if not (one.text[:1].isupper() and two.text[:1].isupper() and three.text[:1].islower()):
                continue
            if one.key in lex.stopwords or first in a.country_at or second in a.country_at:
                continue
            if a.gap(first, second) != " " or a.gap(second, after) != " ":
                continue
            opens = first == 0 or a.sentence_span(one.start)[0] == one.start
            if not opens and not a.gap(first - 1, first).rstrip().endswith(","):
                continue  # "à New York": a place, not a subject
            at = bisect.bisect_right(self._mention_starts, one.start) - 1
            if at >= 0 and one.start < self.mentions[at][1]:
                continue  # a known person
            found = one.start
        return found

    def _quoted_in(self, sentence: int) -> Person | None:
        """The speaker of the last quote of a sentence that opens with a quote: its subject
        (``"…," Zelenskyy wrote on X. He added …``)."""
        if not self._opens_with_quote(sentence):
            return None
        for quote in reversed(self._found):
            if self.a.sentence_of(quote.start) < sentence:
                return None
            if quote.speaker and self.a.sentence_of(quote.start) == sentence:
                return next((p for p in self.people if p.name == quote.speaker), None)
        return None

    def _previous_speaker(self, offset: int) -> str | None:
        """With no person named near a pronoun, the speaker of the last quote before
        ``offset``, in its sentence or the one before (``"…," Rubio told reporters. "…,"
        he added.``: Rubio is a name the text gives no title or full name for)."""
        sentence = self.a.sentence_of(offset)
        for quote in reversed(self._found):
            if quote.end > offset:
                continue
            if self.a.sentence_of(max(quote.end - 1, 0)) < sentence - 1:
                break
            if quote.speaker:
                return quote.speaker
        return None

    def _before_colon(self, left: tuple[int, int]) -> str | None:
        """``Santoso a souligné :`` without a known verb: a person just before a colon."""
        text = self.a.text[left[0] : left[1]].rstrip()
        if not text.endswith((":", "：")):
            return None
        words = list(self.a.tokens_between(*left))
        for i in reversed(words[-VERB_REACH:]):
            person = self._person_at(i)
            if person:
                return person.name
        return None

    def _after_dash(self, close_at: int) -> str | None:
        """``"…" - John Kirby``: a name after a dash right after the quote, ending its
        line; the person it names, or in scripts with capitals the name as written."""
        a = self.a
        dash = _DASH_AFTER.match(a.text, close_at)
        if dash is None:
            return None
        line = _NAME_LINE.match(a.text, dash.end())
        words = a.tokens_between(dash.end(), line.end())
        if not words or a.tokens[words[0]].start != dash.end() or len(words) > MAX_DASH_NAME:
            return None
        person = self._person_at(words[0])
        if person:
            return person.name
        tokens = [a.tokens[i] for i in words]
        if not self.lex.latin_capitals or len(tokens) < 2:
            return None
        if not all(t.text[:1].isupper() and t.key not in self.title_words for t in tokens):
            return None
        return a.text[tokens[0].start : tokens[-1].end]


def find_quotes(
    analysis: Analysis, people: list[Person], places: Sequence[FoundPlace] = ()
) -> list[FoundQuote]:
    return QuoteFinder(analysis, people, places).quotes()

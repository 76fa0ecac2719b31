"""The kind of event a document reports, from cue phrases.

Every cue found in the title and the first sentences votes for its type with the type's
weight (a telephone call outranks a meeting it mentions), and earlier sentences count more:
the lead of a news report says what happened, later sentences recall other events. A cue
spoken of as to come (``would meet``, ``to meet``, ``دیدار خواهد کرد``) votes less: the
report is of what happened (``after a long phone call``). Cues that speak of another event
(``ahead of a NATO summit``), of one that did not take place (``called off a planned
visit``), a verb whose object is a thing (``met the targets``) and, in a report of sport, a
meeting (a match) do not vote.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass

from .analysis import Analysis, recall_spans
from .lexicon import Lexicon
from .places import dateline_end
from .scan import QUOTE_MARK, Match, Token, joined, tokenize
from .titles import title_words

TITLE_BONUS = 2.0
FUTURE_FACTOR = 0.25
"""What the vote of a cue of an event to come is worth."""
FUTURE_REACH = 2
"""Words between a cue and the word making it future (``will also meet``)."""
MIN_SCORE = 0.5
"""Below this a cue is a passing mention (a phone call in the twentieth sentence)."""
LEAD_SENTENCES = 3
"""Only cues of the title and of the first sentences name the event: a call in the sixth
sentence of a report on air strikes is another event it recalls."""


@dataclass
class FoundEvent:
    type: str
    start: int | None
    end: int | None
    score: float
    to_come: bool = False
    """Whether the cue naming it speaks of it as to come (``will visit``)."""


def find_event(
    analysis: Analysis,
    title: str | None,
    named: dict[int, int] | None = None,
    without: frozenset[str] = frozenset(),
) -> FoundEvent | None:
    """The event the report is of; ``named`` maps where each mention of a person starts to
    where it ends (for ``Trump called Putin``); kinds in ``without`` are not considered."""
    lex = analysis.lexicon
    scores: dict[str, float] = {}
    first_hit: dict[str, tuple[int, int]] = {}
    medium_hit: dict[str, tuple[int, int]] = {}
    """Conversations that took their sentence's medium: where the event is named only when
    no cue of its own kind is (``au téléphone``, not ``se sont entretenus``)."""
    words = tokenize(title) if title else []
    sport = _names_a_sport(title or "", words, lex)
    cues = _lead_cues(analysis, sport, named or {})
    mediums = {
        n: _medium([c for c in cues if analysis.sentence_of(c.start) == n], analysis.tokens, lex)
        for n in range(LEAD_SENTENCES)
    }
    titled: set[str] = set()
    """The kinds the title names."""
    if title:
        matches = _title_cues(title, words, lex, sport)
        # a headline tells the lead in short: its conversation is the lead's call
        # ("X s'est entretenu avec son homologue" over "s'est entretenu mardi par téléphone")
        medium = _medium(matches, words, lex) or mediums[0]
        for match in matches:
            kind = _kind(match, title, words, lex, medium)
            weight = lex.event_weights.get(kind, 1.0) * _tense(words, match, lex)
            scores[kind] = scores.get(kind, 0.0) + TITLE_BONUS * weight
            titled.add(kind)
    to_come: dict[tuple[int, int], bool] = {}
    for match in cues:  # in text order: the first of a kind is where the event is named
        position = analysis.sentence_of(match.start)
        kind = _kind(match, analysis.text, analysis.tokens, lex, mediums[position])
        tense = _tense(analysis.tokens, match, lex)
        weight = lex.event_weights.get(kind, 1.0) * tense
        scores[kind] = scores.get(kind, 0.0) + weight / (1 + position)
        hits = first_hit if kind == match.value else medium_hit
        hits.setdefault(kind, (match.start, match.end))
        to_come.setdefault((match.start, match.end), tense < 1)
    scores = {k: v for k, v in scores.items() if k not in without}
    if not scores or max(scores.values()) < MIN_SCORE:
        return None
    kind = max(scores, key=lambda k: (scores[k], lex.event_weights.get(k, 1.0), k))
    if kind in UNSHAPED:  # "Lavrov, Araghchi hold talks" over "Lavrov met with Araghchi"
        shaped = [k for k in scores if k in SHAPES and scores[k] >= MIN_SCORE]
        if shaped:
            kind = max(shaped, key=lambda k: (scores[k], lex.event_weights.get(k, 1.0), k))
    told = first_hit.get(kind) or medium_hit.get(kind)
    talked = [first_hit[k] for k in sorted(UNSHAPED) if k in first_hit]
    if kind in SHAPES and talked and (told is None or (kind in titled and talked[0] < told)):
        # the talks of the lead are where a meeting the title names is told, not a later
        # "after this meeting" ("پس از این دیدار")
        told = talked[0]
    start, end = told or (None, None)
    ahead = to_come.get((start, end), False) if start is not None else False
    return FoundEvent(kind, start, end, round(scores[kind], 3), ahead)


_START = operator.itemgetter(2)
"""A match's start offset (:class:`Match` ``.start``)."""


def _lead_cues(analysis: Analysis, sport: bool, named: dict[int, int]) -> list[Match[str]]:
    """The cues of the first sentences that may name the report's event, in text order:
    not those speaking of another (``ahead of a NATO summit``, ``à la veille du sommet``),
    nor a name (``Met Office``), nor a verb whose object is a thing (``met the targets``),
    nor in a report of sport a meeting, which is a match (``rencontre``, ``دیدار``): in a
    sentence naming a sport, or anywhere when the title names one (``sport``)."""
    lex = analysis.lexicon
    contests = {analysis.sentence_of(m.start) for m in analysis.find(lex.contest_words)}
    cues = sorted(
        [*analysis.find(lex.events), *_split_cues(analysis), *_call_cues(analysis, named)],
        key=_START,
    )
    referring = [(m.start, m.end) for m in analysis.find(lex.event_references)]
    cues = [c for c in cues if not any(lo <= c.start < hi for lo, hi in referring)]
    sides = frozenset(m.last for m in analysis.find(lex.side_references))
    cues = _without_meetings_for_a_conference(cues, analysis.text, analysis.tokens, lex, sides)
    cancelled = _cancelled(
        cues,
        analysis.find(lex.cancel_words),
        analysis.find(lex.cancelled_after),
        analysis.text,
        analysis.tokens,
        lex,
    )
    return [
        c
        for c in cues
        if analysis.sentence_of(c.start) < LEAD_SENTENCES
        and c.start not in cancelled
        and not analysis.recalled_at(c.start)
        and not (c.value == "meeting" and (sport or analysis.sentence_of(c.start) in contests))
        and not _capitalised_inside(analysis, c.start)
        and not _met_as_a_thing(c, analysis.text, analysis.tokens, lex)
        and not _arrival_of_a_count(c, analysis)
    ]


def _title_cues(title: str, words: list[Token], lex: Lexicon, sport: bool) -> list[Match[str]]:
    """The cues of a title, as :func:`_lead_cues` keeps them (``… discuss air defence
    ahead of NATO summit`` names a call, not a summit)."""
    recalled = recall_spans(title, lex.recall_markers.find_all(title, words), lambda _: len(title))
    cues = _without_meetings_for_a_conference(
        list(lex.events.find_all(title, words)), title, words, lex
    )
    cancelled = _cancelled(
        cues,
        list(lex.cancel_words.find_all(title, words)),
        list(lex.cancelled_after.find_all(title, words)),
        title,
        words,
        lex,
    )
    return [
        m
        for m in cues
        if not (m.value == "meeting" and sport)
        and m.start not in cancelled
        and not any(start <= m.start < end for start, end in recalled)
        and not _met_as_a_thing(m, title, words, lex)
    ]


def _names_a_sport(title: str, words: list[Token], lex: Lexicon) -> bool:
    """Whether a title names a sport (``Ligue des champions : Real - Tottenham``)."""
    return next(lex.contest_words.find_all(title, words), None) is not None


PURPOSE_REACH = 3
"""Words between a purpose marker and the conference it names (``for an Astana-format
summit``)."""


SIDES_REACH = 3
"""Words between the two sides and their meeting (``the two leaders met``, ``les deux
dirigeants se sont réunis``)."""


def _without_meetings_for_a_conference(
    cues: list[Match[str]],
    text: str,
    words: list[Token],
    lex: Lexicon,
    sides: frozenset[int] = frozenset(),
) -> list[Match[str]]:
    """``cues`` without the meetings whose clause goes on to say they were for a conference
    (``met in Tehran on Tuesday for a summit on Syria``, ``réunis à Téhéran pour un
    sommet``): the conference is what happened. A meeting on its sidelines stays one, and
    so does the two sides' own summit (``the two leaders met in Moscow for their annual
    summit``); ``sides`` are where the side references before the cues end."""
    dropped = set()
    for n, cue in enumerate(cues):
        if cue.value != "meeting":
            continue
        if any(
            cue.first - SIDES_REACH - 1 <= last < cue.first
            and all(joined(text, words[i], words[i + 1]) for i in range(last, cue.first))
            for last in sides
        ):
            continue
        for later in cues[n + 1 :]:
            if later.value != "conference":
                continue
            markers = [
                i
                for i in range(cue.last + 1, later.first)
                if words[i].key in lex.purpose_markers and later.first - i <= PURPOSE_REACH + 1
            ]
            clause = all(joined(text, words[i], words[i + 1]) for i in range(cue.last, later.first))
            if markers and clause:
                dropped.add(cue.start)
            break
    return [c for c in cues if c.start not in dropped]


CANCEL_BEFORE = 4
"""Words a cancel word may stand before the cue it speaks of (``called off a planned
visit``)."""
CANCEL_AFTER = 10
"""Words a cancel phrase may stand after it (``سفر برنامه‌ریزی‌شده خود به ترکیه در این هفته
را لغو کرد``)."""


def _cancelled(
    cues: list[Match[str]],
    before: list[Match[str]],
    after: list[Match[str]],
    text: str,
    words: list[Token],
    lex: Lexicon,
) -> set[int]:
    """The start offsets of the cues of events that did not take place: the nearest cue
    after a cancel word ``before`` one, or before a cancel phrase ``after`` one, in the same
    clause and not past ``and`` (``met Xi and postponed a decision`` cancels nothing)."""
    found: set[int] = set()
    for cancel in before:
        cue = next((c for c in cues if c.first > cancel.last), None)
        if (
            cue
            and cue.first - cancel.last <= CANCEL_BEFORE + 1
            and _one_clause(text, words, cancel.last, cue.first, lex)
        ):
            found.add(cue.start)
    for cancel in after:
        cue = next((c for c in reversed(cues) if c.last < cancel.first), None)
        if (
            cue
            and cancel.first - cue.last <= CANCEL_AFTER + 1
            and _one_clause(text, words, cue.last, cancel.first, lex)
        ):
            found.add(cue.start)
    return found


def _one_clause(text: str, words: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """Whether words ``first`` to ``last`` are of one clause: no punctuation nor ``and``."""
    return all(joined(text, words[i], words[i + 1]) for i in range(first, last)) and not any(
        words[i].key in lex.title_joiners for i in range(first + 1, last)
    )


def _call_cues(analysis: Analysis, named: dict[int, int]) -> list[Match[str]]:
    """Telephone calls told by a verb whose object is a person named right after it (see
    :func:`_person_object`: ``Trump called Putin on Tuesday``, ``Macron a appelé le
    président russe Vladimir Poutine``), and so told meetings (``welcome_verbs``:
    ``welcomed Mohammed bin Salman to the White House``) and talks (``talk_verbs``: ``The
    Prime Minister spoke to President Zelenskyy``; not ``spoke to reporters``)."""
    lex, tokens = analysis.lexicon, analysis.tokens
    verbs = [(i, i, "phone_call") for v in lex.call_verbs for i in analysis.positions.get(v, ())]
    verbs += [(i, i, "meeting") for v in lex.welcome_verbs for i in analysis.positions.get(v, ())]
    verbs += [(m.first, m.last, "talks") for m in analysis.find(lex.talk_verbs)]
    return [
        Match(first, last, tokens[first].start, tokens[last].end, kind)
        for first, last, kind in verbs
        if _person_object(analysis, last, named)
    ]


def _person_object(analysis: Analysis, i: int, named: dict[int, int]) -> bool:
    """Whether a person of ``named`` (start → end of each mention) follows the verb ending
    at word ``i``, a day, a word of meeting with or of the addressee (``avec``, ``à``) and an
    article between aside, unless a word of the language's
    ``call_blockers`` follows the name (``called Putin a killer``, ``a appelé Poutine à la
    retenue``, ``what he called Putin's war``) or a quote mark does."""
    lex, tokens, text = analysis.lexicon, analysis.tokens, analysis.text
    j = links = analysis.object_after(i)  # "a appelé lundi le président …"
    while j < len(tokens) and j - links < 2 and tokens[j].key in lex.name_links:
        j += 1  # "a appelé le président russe …"
    if j >= len(tokens) or not all(joined(text, *tokens[k : k + 2]) for k in range(i, j)):
        return False
    end = named.get(tokens[j].start)
    if end is None:
        return False
    after = bisect.bisect_left(analysis.token_starts, end)
    gap = text[end : tokens[after].start] if after < len(tokens) else ""
    if QUOTE_MARK.search(gap):
        return False
    blocked = after < len(tokens) and tokens[after].key in lex.call_blockers
    return not (blocked and gap.strip() in ("", "'", "’"))


SPLIT_REACH = 3
"""Words a cue in two words may hold between them (``وارد پایتخت قطر شد``)."""


def _split_cues(analysis: Analysis) -> list[Match[str]]:
    """The cues in two words of the language's ``split_events``, with at most
    :data:`SPLIT_REACH` words of the same sentence between them."""
    tokens, found = analysis.tokens, []
    for first_key, last_key, kind in analysis.lexicon.split_events:
        for i in analysis.positions.get(first_key, ()):
            sentence = analysis.sentence_of(tokens[i].start)
            for j in range(i + 2, min(i + 2 + SPLIT_REACH, len(tokens))):
                if analysis.sentence_of(tokens[j].start) != sentence:
                    break
                if tokens[j].key == last_key:
                    found.append(Match(i, j, tokens[i].start, tokens[j].end, kind))
                    break
    return found


UNSHAPED = frozenset({"talks"})
"""Kinds that say people talked, not how: a call, a visit or a meeting the title or lead
names too is what happened."""
SHAPES = frozenset({"phone_call", "video_call", "visit", "meeting"})
MEDIUMS = ("phone_call", "video_call")
"""Kinds of event that say how people talked: a conversation in the same sentence is one."""


def _medium(cues: list[Match[str]], words: list[Token], lex: Lexicon) -> str | None:
    """The first telephone or video cue of one sentence's cues (not of a call to come)."""
    return next(
        (c.value for c in cues if c.value in MEDIUMS and _tense(words, c, lex) == 1.0), None
    )


def _kind(
    match: Match[str], text: str, words: list[Token], lex: Lexicon, medium: str | None
) -> str:
    """A cue's kind; a conversation's is the medium of its sentence (``se sont entretenus
    mardi au téléphone`` is a telephone call), when it has one."""
    if medium is None or match.value in MEDIUMS:
        return match.value
    talked = lex.conversations.match_at(text, words, match.first)
    return medium if talked is not None and talked.last == match.last else match.value


def _tense(words: list[Token], match: Match[str], lex: Lexicon) -> float:
    """:data:`FUTURE_FACTOR` for a cue of an event to come, else 1: a word of the future
    before it or opening it (``will travel to``), or in it or after it (``دیدار خواهد
    کرد``, ``se rendra``)."""
    before = words[max(0, match.first - FUTURE_REACH) : match.first + 1]
    after = words[match.first : match.last + 1 + FUTURE_REACH]
    if any(w.key in lex.future_before for w in before) or any(
        w.key in lex.future_after for w in after
    ):
        return FUTURE_FACTOR
    return 1.0


_NUMBER = re.compile(r"\s*\d(?:[\d.,\s]*\d)?\s*")
"""A number between two words (which are letters only)."""
OBJECT_REACH = 3
"""Words after a verb cue its object is looked for in (``met stiff resistance``, ``a
rencontré un vif succès``, ``met with criticism``)."""


def _met_as_a_thing(match: Match[str], text: str, words: list[Token], lex: Lexicon) -> bool:
    """Whether a verb cue's object is a thing, not someone met: ``met the targets``, ``a
    rencontré des difficultés``, ``received 200 patients``: the language's ``object_cues``
    and ``non_event_objects``)."""
    if not any(words[i].key in lex.object_cues for i in range(match.first, match.last + 1)):
        return False  # "met with criticism": the cue is "met with"
    for n in range(match.last + 1, min(match.last + 1 + OBJECT_REACH, len(words))):
        gap = text[words[n - 1].end : words[n].start]
        if not (joined(text, words[n - 1], words[n]) or _NUMBER.fullmatch(gap)):
            return False  # punctuation: the clause has ended
        if words[n].key in lex.non_event_objects:
            return True
    return False


def _arrival_of_a_count(cue: Match[str], analysis: Analysis) -> bool:
    """Whether a visit cue's sentence opens with a count of people of no title (``Five
    Americans held in Iran arrived in Qatar``, ``Cinq Américains … sont arrivés à Doha``):
    people arriving, not a visit. ``Three European foreign ministers arrived in Kyiv`` is
    one."""
    if cue.value != "visit":
        return False
    lex, tokens = analysis.lexicon, analysis.tokens
    start = max(analysis.sentence_span(cue.start)[0], dateline_end(analysis.text))
    words = [i for i in analysis.tokens_between(start, cue.start) if tokens[i].key]
    opening = next((i for i in words if tokens[i].key not in lex.stopwords), None)
    if opening is None or not (
        tokens[opening].text[:1].isdigit()
        or lex.number_words.match_at(analysis.text, tokens, opening)
    ):
        return False
    titles = title_words(lex)
    return not any(tokens[i].key in titles and tokens[i].key not in lex.stopwords for i in words)


def _capitalised_inside(analysis: Analysis, start: int) -> bool:
    """A cue written with a capital inside a sentence is part of a name."""
    first = analysis.text[start]
    if first.lower() == first.upper() or not first.isupper():
        return False
    return analysis.sentence_span(start)[0] != start

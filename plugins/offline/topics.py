"""What an event was about: the words after a topic cue in the sentence naming it.

News says what two ministers discussed in the sentence that says they met or spoke: ``to
discuss efforts to restore the ceasefire in Gaza``, ``pour évoquer la situation au
Proche-Orient``, ``درباره تحولات غزه و لبنان گفت‌وگو کرد``. A topic is the words after a
cue (``topic_cues`` of the language data), as written, up to punctuation, a date, a quote
mark or a word that ends a topic (``topic_ends``: ``with``, ``avec``, the verb a Persian
sentence closes with), at most :data:`MAX_WORDS` words.
"""

from __future__ import annotations

import bisect
import math
import re

from .analysis import Analysis
from .figures import DURATIONS
from .scan import QUOTE_MARK, Match, accented_key, joined, tokenize

MAX_WORDS = 24
FOLLOW_SENTENCES = 4
"""When the sentence naming the event says nothing of what it was about, the ones before it
and this many after it that speak of it may (``The call covered …``, ``Les deux ministres
ont évoqué …``)."""
MIN_LETTERS = 3
LIST_ITEM_WORDS = 4
"""The most words of an item between two commas of a topic's list (``the situation in
Gaza``)."""
_BOUNDARY = re.compile(r"[,.;:!?،؛؟()«»“”\"\n]")
"""Between two words of a topic: spaces and apostrophes, never punctuation."""


def event_topics(
    analysis: Analysis,
    sentence: int,
    skip: list[tuple[int, int]],
    event: tuple[int, int] | None = None,
    names: list[str] | None = None,
    kind: str | None = None,
    roles: set[str] | None = None,
) -> list[tuple[str, int, int]]:
    """The topics of the event named in sentence ``sentence`` (see :func:`find_topics`); when
    that sentence gives none, those of one of the sentences before it or of the next
    :data:`FOLLOW_SENTENCES` that name the event (words naming one of its ``kind`` too)
    or its sides (``the call``, ``les deux ministres``, ``دو طرف``) or one of the
    participants' ``names`` or ``roles`` by a title naming no one (``The Secretary and
    Foreign Minister discussed …``; then not after a bare preposition: ``a écrit Donald
    Trump sur son réseau`` names no topic). In those sentences, only the words before a quote
    mark count: from there on, what they are about is what someone said."""
    topics = find_topics(analysis, sentence, skip, event, partners=names)
    if topics:
        return topics
    lex = analysis.lexicon
    referring = {
        analysis.sentence_of(m.start)
        for table in (lex.event_references, lex.side_references)
        for m in analysis.find(table)
    }
    referring.update(
        analysis.sentence_of(m.start) for m in analysis.find(lex.events) if m.value == kind
    )
    naming = _sentences_naming(analysis, names or [])
    naming.update(
        analysis.sentence_of(t.start) for t in analysis.bare_titles if t.role in (roles or ())
    )
    last = min(sentence + FOLLOW_SENTENCES, len(analysis.sentences) - 1)
    for other in [*range(sentence), *range(sentence + 1, last + 1)]:
        lo, hi = analysis.sentences[other]
        quote = QUOTE_MARK.search(analysis.text, lo, hi)
        end = quote.start() if quote else hi
        if other in referring:
            topics = find_topics(analysis, other, skip, end=end)
        elif other in naming:
            topics = find_topics(analysis, other, skip, bare_cues=False, end=end)
        if topics:
            return topics
    return []


def _sentences_naming(analysis: Analysis, names: list[str]) -> set[int]:
    """The sentences that name someone of ``names`` (a word of the name will do)."""
    lex, tokens = analysis.lexicon, analysis.tokens
    words = {
        word.key
        for name in names
        for word in tokenize(name)
        if len(word.key) > 2 and word.key not in lex.stopwords
    }
    return {
        analysis.sentence_of(tokens[i].start)
        for word in words
        for i in analysis.positions.get(word, ())
    }


def find_topics(
    analysis: Analysis,
    sentence: int,
    skip: list[tuple[int, int]],
    event: tuple[int, int] | None = None,
    bare_cues: bool = True,
    end: int | None = None,
    partners: list[str] | None = None,
) -> list[tuple[str, int, int]]:
    """The topics of sentence ``sentence``: ``(text, start, end)`` each, in order, once
    each; ``skip`` are the spans of the dates found there, ``event`` that of the words
    naming the event, which end a topic (``discussed nuclear talks | in a phone call``).
    Without ``bare_cues``, a cue that is only stop words (``sur``) does not count. With
    ``end``, the sentence is read up to that offset only. A participant of ``partners``
    named after the event's cue and a partner marker may be followed by a topic (see
    :func:`_after_partners`)."""
    if not analysis.sentences or sentence >= len(analysis.sentences):
        return []
    lo, hi = analysis.sentences[sentence]
    hi = hi if end is None else min(hi, end)
    lex = analysis.lexicon
    found: list[tuple[str, int, int]] = []
    cues = set(analysis.tokens_between(*event)) if event else set()
    cues_found = analysis.find(lex.topic_cues)
    if partners and event:
        extra = _after_partners(analysis, event, hi, partners)
        cues_found = sorted([*cues_found, *extra], key=lambda m: m.start) if extra else cues_found
    for match in cues_found:
        if not lo <= match.start < hi or (found and match.start < found[-1][2]):
            continue  # another sentence, or inside a topic (``conférence sur le climat``)
        bare = all(
            analysis.tokens[i].key in lex.stopwords for i in range(match.first, match.last + 1)
        )
        if bare and (
            not bare_cues or (found and _BOUNDARY.search(analysis.text, found[-1][2], match.start))
        ):
            continue  # "…sur le programme nucléaire, en pleine pression de Washington sur
            # Téhéran": past a comma, a bare preposition is another noun's, not the event's
        words = _topic_words(analysis, match.last + 1, hi, skip, cues)
        if not words:
            continue
        start, end = analysis.tokens[words[0]].start, analysis.tokens[words[-1]].end
        text = analysis.text[start:end]
        if sum(c.isalpha() for c in text) >= MIN_LETTERS and text not in (t for t, *_ in found):
            found.append((text, start, end))
    return found


def _after_partners(
    analysis: Analysis, event: tuple[int, int], hi: int, partners: list[str]
) -> list[Match]:
    """The ``partner_topic_cues`` right after a participant's name written after the
    ``event``'s cue (its span) and before ``hi``, past a partner marker: ``s'est entretenu
    par téléphone avec son homologue turc Recep Tayyip Erdogan | de | la situation``."""
    lex, tokens, text = analysis.lexicon, analysis.tokens, analysis.text
    found = []
    for name in partners:
        at = text.find(name, event[1], hi)
        if at < 0:
            continue
        first = bisect.bisect_left(analysis.token_starts, at)
        after = bisect.bisect_left(analysis.token_starts, at + len(name))
        marked = any(
            tokens[i].key in lex.partner_markers
            for i in range(bisect.bisect_left(analysis.token_starts, event[0]), first)
        )
        if not marked or after >= len(tokens):
            continue
        cue = lex.partner_topic_cues.match_at(text, tokens, after)
        if cue is not None and joined(text, tokens[after - 1], tokens[after]):
            found.append(cue)
    return found


def _topic_words(
    analysis: Analysis, i: int, hi: int, skip: list[tuple[int, int]], cues: set[int]
) -> list[int]:
    lex, tokens, text = analysis.lexicon, analysis.tokens, analysis.text
    words: list[int] = []
    if i >= len(tokens) or i == 0:
        return words
    gap = text[tokens[i - 1].end : tokens[i].start]
    if _BOUNDARY.search(gap) or any(c.isdigit() for c in gap):
        return words  # "discussed: …", the cue ends its clause, or "sur 5 ans"
    if _span_of_time(analysis, i):
        return words  # "sur un an", "over five years": a span of time, not a topic
    number = lex.number_words.match_at(text, tokens, i)
    if tokens[i].text[0].isdigit() or (number is not None and number.value != 1):
        return words  # "about 300 people": a figure, not a topic ("un plan" is one)
    listed = None  # how many words came before the comma of a list not yet ended by "and"
    while i < len(tokens) and tokens[i].start < hi and len(words) < MAX_WORDS:
        token = tokens[i]
        if words:
            gap = text[tokens[words[-1]].end : token.start]
            if _BOUNDARY.search(gap):
                if not (gap.strip() in ",،" and _list_goes_on(analysis, i)):
                    break
                listed = len(words) if listed is None else listed
        if i in cues or (accented_key(token.text) in lex.topic_ends and not _kept(analysis, i)):
            break
        at = bisect.bisect_right(skip, (token.start, math.inf)) - 1  # the dates are in order
        if at >= 0 and skip[at][0] <= token.start < skip[at][1]:
            break  # "discussed trade on Monday": the date is no topic
        if token.key in lex.title_joiners:
            listed = None  # "…, Taïwan et la guerre": the list ended as lists do
        words.append(i)
        i += 1
    if listed is not None:
        del words[listed:]  # "l'intelligence artificielle, coprésidé | par …": no list
    while words and (tokens[words[-1]].key in lex.stopwords or len(tokens[words[-1]].key) < 2):
        words.pop()  # "… in Gaza and": a topic ends on a word that says something
    return words


def _kept(analysis: Analysis, i: int) -> bool:
    """Whether the topic-ending word ``i`` goes on the topic: it follows a noun of the
    language's ``topic_keepers`` (``مبارزه با گروه‌های مسلح``) and no title, counterpart
    or honorific follows it (``همکاری با وزیر خارجه روسیه`` names who took part)."""
    tokens, lex = analysis.tokens, analysis.lexicon
    if i == 0 or i + 1 >= len(tokens) or tokens[i - 1].key not in lex.topic_keepers:
        return False
    text = analysis.text
    return not any(
        table.match_at(text, tokens, i + 1) is not None
        for table in (lex.titles, lex.counterparts, lex.honorifics)
    )


def _list_goes_on(analysis: Analysis, i: int) -> bool:
    """Whether the words from word ``i`` to the next punctuation end a list with ``and``
    (``le commerce, Taïwan et la guerre en Ukraine``): a comma inside a topic. Items of at
    most :data:`LIST_ITEM_WORDS` words may come between more commas first (``trade,
    energy, and the Indo-Pacific``); a longer clause is no item (``le corridor, dont les
    projets représentent …, et sur …``)."""
    tokens, text = analysis.tokens, analysis.text
    j = item = i
    while j < len(tokens) and j - i < MAX_WORDS:
        if j > i and _BOUNDARY.search(text, tokens[j - 1].end, tokens[j].start):
            gap = text[tokens[j - 1].end : tokens[j].start].strip()
            if gap not in ",،" or j - item > LIST_ITEM_WORDS:
                return False
            item = j
        if tokens[j].key in analysis.lexicon.title_joiners:
            return True
        j += 1
    return False


def _span_of_time(analysis: Analysis, i: int) -> bool:
    """Whether words from ``i`` are a number and a unit of time (``un an``, ``five years``)."""
    lex, tokens, text = analysis.lexicon, analysis.tokens, analysis.text
    number = lex.number_words.match_at(text, tokens, i)
    if number is None or number.last + 1 >= len(tokens):
        return False
    unit = lex.units.match_at(text, tokens, number.last + 1)
    return unit is not None and unit.value in DURATIONS

"""What the reports of one event say together, and where they differ.

Participants are merged across scripts by name key; figures are compared as quantities
(unit and value, scale words applied), so a French and a Persian report can disagree on an
amount; quotes are compared only between reports in the same language, since a translated
quote is not a different quote. Only grounded evidence supports a claim.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from difflib import SequenceMatcher

from rapidfuzz.distance import Indel

from polybrief.merge import unique
from polybrief.records import (
    Claim,
    Comparison,
    DateValue,
    Discrepancy,
    DiscrepancyValue,
    Evidence,
    Figure,
    Findings,
    Participant,
    Place,
    SourceRef,
)
from polybrief.textnorm import fold

from .countries import base_language, countries_in, country_name, is_capital
from .facts import ReportFacts, anchors, names_in_arabic_script
from .figures import Quantity, measure_name, names_its_unit, writes_unit
from .labels import format_date, label, role_name, script_of, speaker_name, unit_name
from .names import name_keys
from .profile import lead_text

SAME_QUOTE = 0.9
"""Quotes at least this similar (after folding) are the same quote."""
DIFFERENT_WORDING = 0.6
"""Quotes at least this similar, but not the same, are one quote worded differently."""


def _ref(document_id: str, evidence: Evidence) -> SourceRef:
    return SourceRef(document_id, evidence.start, evidence.end, evidence.text)


def _sentence_evidence(report: ReportFacts, evidence: Evidence) -> Evidence:
    """The whole sentence around a figure, so a reader sees what the number is about."""
    index = report.sentence_of(evidence.start) if evidence.grounded else None
    if index is None:
        return evidence
    start, end = report.document.sentences[index]
    text = report.document.text[start:end]
    return Evidence(text, start, end, grounded=True, match="exact")


class _Person:
    def __init__(self, keys: frozenset[str]) -> None:
        self.keys = set(keys)
        self.mentions: list[tuple[str, Participant]] = []


def merge_participants(reports: list[ReportFacts]) -> list[_Person]:
    """Participants of all members, one entry per person across spellings and scripts."""
    people: list[_Person] = []
    for report in reports:
        event = report.extraction.event
        for participant in event.participants if event else []:
            keys = name_keys(participant.name)
            if participant.native_name:
                keys |= name_keys(participant.native_name)
            match = next((p for p in people if keys and p.keys & keys), None)
            if match is None:
                folded = fold(participant.native_name or participant.name)
                match = next(
                    (
                        p
                        for p in people
                        if any(fold(q.native_name or q.name) == folded for _, q in p.mentions)
                    ),
                    None,
                )
            if match is None:
                match = _Person(keys)
                people.append(match)
            match.keys |= keys
            match.mentions.append((report.document.id, participant))
    return people


def _merged(person: _Person, preferred: frozenset[str] = frozenset()) -> Participant:
    """One participant from a person's mentions: the name most reports write in Latin
    letters, on a tie the one of a report in ``preferred`` (the reader's language), then the
    longest; the role most reports give (``director general`` over one report's ``head``),
    on a tie the first."""
    mentions = [p for _, p in person.mentions]
    latin = [
        p.name for p in mentions if p.name.isascii() or p.name[:1].isalpha() and p.name[0] < "ɏ"
    ]
    names = Counter(latin or [p.name for p in mentions])
    theirs = {p.name for doc, p in person.mentions if doc in preferred}
    name = max(names, key=lambda n: (names[n], n in theirs, len(n)))
    native = next((p.native_name for p in mentions if p.native_name), None)
    if native is None:
        native = next((p.name for p in mentions if p.name != name and not p.name.isascii()), None)
    grounded = [p for p in mentions if p.evidence.grounded] or mentions
    roles = Counter(p.role for p in mentions if p.role)  # in order: the first on a tie
    return Participant(
        name=name,
        evidence=grounded[0].evidence,
        native_name=native,
        role=max(roles, key=roles.__getitem__) if roles else None,  # most reports' role
        country=next((p.country.upper() for p in mentions if p.country), None),
        gender=next((p.gender for p in mentions if p.gender), None),
    )


def _countries(reports: list[ReportFacts], people: list[Participant]) -> list[str]:
    found = [p.country for p in people if p.country]
    for report in reports:
        entities = report.extraction.entities
        found += [e.key.upper() for e in entities if e.type == "country" and e.key]
    if not found:  # the extractor gives none: the countries the titles and leads name
        for report in reports:
            found += countries_in(lead_text(report.document), report.document.lang)
    return unique(found, str)


def compare_reports(reports: list[ReportFacts], targets: list[str]) -> Comparison:
    people = merge_participants(reports)
    reader = targets[0] if targets else None
    preferred = frozenset(r.document.id for r in reports if r.document.lang == reader)
    participants = [_merged(p, preferred) for p in people]
    events = [r.extraction.event for r in reports if r.extraction.event]
    comparison = Comparison(
        participants=participants,
        places=_places(reports, preferred),
        countries=_countries(reports, participants),
        topics=unique((t for e in events for t in e.topics), fold),
    )
    for target in targets:
        findings = Findings()
        findings.claims += _event_claims(reports, target)
        readers = frozenset(
            r.document.id
            for r in reports
            if base_language(r.document.lang) == base_language(target)
        )
        findings.claims += _participant_claims(people, participants, target, readers)
        figure_claims, figure_gaps = _figures(reports, target)
        findings.claims += figure_claims
        findings.discrepancies += figure_gaps
        speakers = _speaker_names(people, participants, readers, target)
        quote_claims, quote_gaps = _quotes(reports, target, speakers)
        findings.claims += quote_claims
        findings.discrepancies += quote_gaps
        findings.discrepancies += _dates(reports, target)
        findings.discrepancies += _mediums(reports, target)
        findings.headline = headline(reports, participants, comparison.countries, target)
        findings.topics = unique(
            (
                topic
                for r in reports
                if r.document.id in readers and r.extraction.event
                for topic in r.extraction.event.topics
            ),
            fold,
        )
        comparison.findings[target] = findings
    return comparison


# -- claims and discrepancies ------------------------------------------------------------


def _places(reports: list[ReportFacts], preferred: frozenset[str]) -> list[Place]:
    """Where the event was, once each, as a report in the reader's language (``preferred``)
    names it when one does: a capital is one place however a language writes it
    (``Moscow``, ``Moscou``, ``مسکو``)."""
    ordered = sorted(reports, key=lambda r: r.document.id not in preferred)  # stable
    found: dict[tuple[str, str], Place] = {}
    for report in ordered:
        for place in report.extraction.event.places if report.extraction.event else ():
            capital = place.country and is_capital(place.name, place.country, report.document.lang)
            key = ("capital", place.country) if capital else ("name", fold(place.name))
            found.setdefault(key, place)
    return list(found.values())


def _event_claims(reports: list[ReportFacts], target: str) -> list[Claim]:
    kinds = Counter(
        r.extraction.event.type for r in reports if r.extraction.event and r.extraction.event.type
    )
    if not kinds:
        return []
    kind = kinds.most_common(1)[0][0]
    refs = [
        _ref(r.document.id, r.extraction.event.evidence)
        for r in reports
        if r.extraction.event
        and r.extraction.event.type == kind
        and r.extraction.event.evidence is not None
        and r.extraction.event.evidence.grounded
    ]
    if not refs:
        return []
    date = format_date(_event_date(reports), target)
    text = label(kind, target) + (label("comma", target) + date if date else "")
    return [Claim(text, unique((r.document for r in refs), str), refs, "event", target)]


def _participant_claims(
    people: list[_Person], merged: list[Participant], target: str, readers: frozenset[str]
) -> list[Claim]:
    """Who took part, each named as a member in the reader's language (``readers``) writes
    the name when one does (``عباس عراقچی`` for a Persian reader), else as the event does."""
    claims = []
    for person, participant in zip(people, merged, strict=True):
        refs = [_ref(doc, p.evidence) for doc, p in person.mentions if p.evidence.grounded]
        if not refs:
            continue
        name = _reader_name(person, participant, readers)
        details = (
            [role_name(participant.role, target, participant.gender)] if participant.role else []
        )
        if participant.country:
            details.append(country_name(participant.country, target))
        text = name + (f" ({label('comma', target).join(details)})" if details else "")
        claims.append(
            Claim(text, unique((r.document for r in refs), str), refs, "participant", None)
        )
    return claims


def _reader_name(person: _Person, participant: Participant, readers: frozenset[str]) -> str:
    """A participant's name as a member in the reader's language writes it, if one does."""
    return next(
        (p.native_name or p.name for doc, p in person.mentions if doc in readers),
        participant.name,
    )


def _speaker_names(
    people: list[_Person], merged: list[Participant], readers: frozenset[str], target: str
) -> Callable[[str], str]:
    """A quote's speaker named as the participant claims name the same person (``Jean-Noel
    Barrot`` of an English report is ``Jean-Noël Barrot`` to a French reader): the one
    participant the speaker's name is a spelling of, or whose name keys it shares; a body
    in the reader's language (``foreign ministry (Iran)`` is ``وزارت امور خارجه (ایران)``
    to a Persian reader); any other speaker as the report names them."""
    names = [_reader_name(p, m, readers) for p, m in zip(people, merged, strict=True)]

    def named(speaker: str) -> str:
        folded = fold(speaker)
        for person, name in zip(people, names, strict=True):
            if any(folded in (fold(q.name), fold(q.native_name or "")) for _, q in person.mentions):
                return name
        keys = name_keys(speaker)
        sharing = [name for person, name in zip(people, names, strict=True) if keys & person.keys]
        return sharing[0] if len(sharing) == 1 else speaker_name(speaker, target)

    return named


def _pick(reports: list[ReportFacts], found: list[tuple[int, object]], target: str) -> int:
    """The member whose wording a claim shows: one in the target language if any, else one
    in its script (French wording for an English reader rather than Persian)."""
    for index, _ in found:
        if reports[index].document.lang == target:
            return index
    script = script_of(target)
    for index, _ in found:
        if script and reports[index].document.script == script:
            return index
    return found[0][0]


def _figures(reports: list[ReportFacts], target: str) -> tuple[list[Claim], list[Discrepancy]]:
    grounded = [
        (index, figure, amount)
        for index, report in enumerate(reports)
        for figure, amount in report.figures
        if figure.evidence.grounded
    ]
    what = _what_each_measures([amount for _, _, amount in grounded])
    by_key: dict[tuple, list[tuple[int, object]]] = {}
    """The figures of one measure (``two hours`` and ``120 minutes`` are one) and of one
    thing measured (``5%`` of inflation is not ``5%`` of turnout)."""
    for index, figure, amount in grounded:
        key = (amount.measure, what[id(amount)])
        by_key.setdefault(key, []).append((index, (figure, amount)))
    claims = []
    for found in by_key.values():
        shown = _pick(reports, found, target)
        figure, amount = next(f for i, f in found if i == shown)
        docs = unique((reports[i].document.id for i, _ in found), str)
        refs = [_ref(reports[i].document.id, f[0].evidence) for i, f in found]
        text, shown_lang = figure.text, reports[shown].document.lang
        base = (amount.unit or "").partition("/")[0]  # "barrels" of "barrels/day"
        glosses = []
        if (
            amount.unit
            and amount.unit != "percent"
            and not names_its_unit(figure.text, target)
            and base.lower() not in figure.text.lower()  # "five years", not "(years)"
            and not (
                (target != "en" or shown_lang.split("-")[0] == "en")
                and writes_unit(figure.text, base, shown_lang)
            )
        ):  # the unit codes are English: a gloss to other readers of words that say it
            # already ("plus de trois ans (years)" to a Persian reader, "cubic metres (m³)"
            # to anyone) is noise
            glosses.append(unit_name(amount.unit, target))
        if amount.measured:  # what a sum is of, in the reader's words: "(trade)"
            glosses.append(measure_name(amount.measured, target))
        elif not glosses and amount.counts and amount.counts not in figure.text:
            glosses.append(amount.counts)
        if glosses:  # "(USD, trade)"
            text += f" ({label('comma', target).join(glosses)})"
        claims.append(Claim(text, docs, refs, "figure", reports[shown].document.lang))
    # figures of another time (``killed more than 53,000 in February 2023``) are background
    # one report may give alone: not missing from the others, and set aside where they keep
    # the figures of the event from being compared
    event_date = _event_date(reports)
    background = {
        id(figure)
        for found in by_key.values()
        for i, (figure, _) in found
        if _of_another_time(reports[i], figure, event_date)
    }
    gaps, explained = _differing_figures(reports, by_key, target, background)
    if len(reports) > 1:
        for key, found in by_key.items():
            indices = {i for i, _ in found}
            unit, value = key[0]
            if key in explained or len(indices) == len(reports):
                continue
            if all(id(figure) in background for _, (figure, _) in found):
                continue
            if unit is None and len(indices) < 2:
                continue  # a count given by one report only is too weak to call a gap
            values = [
                DiscrepancyValue(
                    reports[i].document.id, f[0].text, _sentence_evidence(reports[i], f[0].evidence)
                )
                for i, f in found
            ]
            values = unique(values, lambda v: v.document)
            values += [
                DiscrepancyValue(r.document.id, label("not_reported", target))
                for i, r in enumerate(reports)
                if i not in indices
            ]
            what = _what(reports, found, target)
            gaps.append(Discrepancy("missing", label("missing_figure", target, what=what), values))
    return claims, gaps


def _what_each_measures(amounts: list[Quantity]) -> dict[int, str | None]:
    """What each figure measures (by ``id``): its own key (``trade``), else the one key
    the figures of its value and unit have, else the one key of its unit's figures, else
    none. ``79 billion euros`` of trade and ``46 milliards d'euros`` of deficit are not one
    amount; ``30 milliards de dollars`` beside ``$30 billion`` of trade is of trade."""
    of_value: dict[tuple, set[str]] = {}
    of_unit: dict[str | None, set[str]] = {}
    for amount in amounts:
        if amount.measured:
            of_value.setdefault(amount.measure, set()).add(amount.measured)
            of_unit.setdefault(amount.measure[0], set()).add(amount.measured)
    found: dict[int, str | None] = {}
    for amount in amounts:
        keys = of_value.get(amount.measure, set())
        if len(keys) != 1:
            keys = of_unit.get(amount.measure[0], set())
        found[id(amount)] = amount.measured or (next(iter(keys)) if len(keys) == 1 else None)
    return found


def _one_value_each(per_report: dict[int, list]) -> dict[int, tuple] | None:
    """Each report's one figure left beside the values all reports give, and then beside
    those all reports left give; None unless at least two reports are each left with
    exactly one and none with more. A report left with none gives the shared values only
    (``$30 billion`` of trade to come, not the ``$12 billion`` of now)."""
    rest = dict(per_report)
    while len(rest) >= 2:
        keys = [{amount.measure for _, amount in items} for items in rest.values()]
        common = set.intersection(*keys)
        if not common:
            break
        rest = {
            i: kept
            for i, items in rest.items()
            if (kept := [item for item in items if item[1].measure not in common])
        }  # then again among the reports left: "4 missiles" in two of three
    if len(rest) < 2 or any(len(items) != 1 for items in rest.values()):
        return None
    return {i: items[0] for i, items in rest.items()}


def _of_another_time(report: ReportFacts, figure: Figure, event: DateValue | None) -> bool:
    """Whether the figure's sentence dates only a month or year before the event's."""
    sentence = report.sentence_of(figure.evidence.start)
    if event is None or not event.date or sentence is None:
        return False
    dated = [
        d.date
        for d in report.extraction.dates
        if d.date and d.evidence.grounded and report.sentence_of(d.evidence.start) == sentence
    ]
    return bool(dated) and all(_month_before(date, event.date) for date in dated)


def _month_before(date: str, event: str) -> bool:
    """``2023-02`` or ``2026-11-28`` against an event of ``2026-12-06``: compared by month."""
    size = min(len(date), len("yyyy-mm"))
    return date[:size] < event[:size]


def _what(reports: list[ReportFacts], found: list[tuple[int, tuple]], target: str) -> str:
    """What the figures ``found`` ((report index, (figure, amount)) each) are in or count,
    as a report in the reader's language words it when one gives them (``سند همکاری``
    rather than ``agreements`` to a Persian reader)."""
    shown = _pick(reports, found, target)
    amount = next(item for i, item in found if i == shown)[1]
    measured = next((item[1].measured for _, item in found if item[1].measured), None)
    of = label("comma", target) + measure_name(measured, target) if measured else ""
    if amount.unit and amount.unit != "percent":
        return f" ({unit_name(amount.unit, target)}{of})"
    if amount.unit == "percent":
        return f" (%{of})"
    return f" ({amount.counts})" if amount.counts else ""


QUALIFIED_RANGE = {
    "more than": (1.0, 1.2),
    "at least": (1.0, 1.2),
    "about": (0.9, 1.1),
    "almost": (0.9, 1.0),
    "up to": (0.8, 1.0),
    "less than": (0.8, 1.0),
}
"""The values a figure with a qualifier stands for, as factors of its own value: ``more
than 350`` is 350 to 420 (a report would say ``more than 400`` of 420), ``about 40`` 36
to 44; a figure without one is exactly its value."""


def _agree(figures: list[tuple[Figure, Quantity]]) -> bool:
    """Whether figures (with their amounts) can all be one value: ``352`` and ``more than
    350``, ``about 40 minutes`` and ``42 minutes``; not ``$120 million`` and ``$150 million``,
    nor ``at least 38`` and ``at least 41``."""
    lows, highs = [], []
    qualified: dict[str, float] = {}
    for figure, amount in figures:
        low, high = QUALIFIED_RANGE.get(figure.qualifier or "", (1.0, 1.0))
        value = amount.measure[1]
        if figure.qualifier and qualified.setdefault(figure.qualifier, value) != value:
            return False  # "at least 38" and "at least 41": two tolls, not one told loosely
        lows.append(value * low)
        highs.append(value * high)
    return max(lows) <= min(highs)


def _differing_figures(
    reports: list[ReportFacts],
    by_key: dict[tuple, list],
    target: str,
    background: Collection[int] = (),
) -> tuple[list[Discrepancy], set[tuple]]:
    """Amounts in the same unit that the reports give differently.

    Per unit (one for all lengths of time: ``two hours`` and ``90 minutes`` differ), the
    values every report giving that unit agrees on are set aside; if each report is then
    left with exactly one value, those values are one amount told differently ($15 billion
    in three reports, $20 billion in the fourth). If not, the same is tried without the
    ``background`` figures (by ``id``). Counts of things (no unit) are compared only when
    within a factor of three of each other."""
    per_unit: dict[tuple[str | None, str | None], dict[int, list]] = {}
    """Per unit and what the figures measure (the second part of ``by_key``'s keys)."""
    for ((unit, _), what), found in by_key.items():
        for index, item in found:
            per_unit.setdefault((unit, what), {}).setdefault(index, []).append(item)
    gaps, explained = [], set()
    for (unit, what), per_report in per_unit.items():
        single = _one_value_each(per_report)
        if single is None:
            of_the_event = {
                i: kept
                for i, items in per_report.items()
                if (kept := [item for item in items if id(item[0]) not in background])
            }
            single = _one_value_each(of_the_event)
        if single is None:
            continue
        values = sorted(amount.measure[1] for _, amount in single.values())
        if len({amount.measure for _, amount in single.values()}) < 2:
            continue
        if unit is None and values[-1] > 3 * values[0]:
            continue  # counts of different things, most likely
        if _agree(list(single.values())):
            explained |= {(amount.measure, what) for _, amount in single.values()}
            continue  # "352" and "plus de 350": the same amount, told less exactly
        named = _what(reports, sorted(single.items()), target)
        gaps.append(
            Discrepancy(
                "figure",
                label("figure_differs", target, what=named),
                [
                    DiscrepancyValue(
                        reports[i].document.id,
                        figure.text,
                        _sentence_evidence(reports[i], figure.evidence),
                    )
                    for i, (figure, _) in sorted(single.items())
                ],
            )
        )
        explained |= {(amount.measure, what) for _, amount in single.values()}
    return gaps, explained


def _quotes(
    reports: list[ReportFacts], target: str, speakers: Callable[[str], str]
) -> tuple[list[Claim], list[Discrepancy]]:
    groups: list[list[tuple[int, object]]] = []
    heads: list[tuple[str, str]] = []  # each group's language and folded first quote
    for index, report in enumerate(reports):
        lang = report.document.lang
        for quote in report.quotes:
            folded = fold(quote.text)
            for group, (group_lang, head) in zip(groups, heads, strict=True):
                if group_lang == lang and _same(folded, head):
                    group.append((index, quote))
                    break
            else:
                groups.append([(index, quote)])
                heads.append((lang, folded))
    claims, gaps = [], []
    for group in _join_translations(reports, groups):
        shown = _pick(reports, group, target)
        quote = next(q for i, q in group if i == shown)
        speaker = f" — {speakers(quote.speaker)}" if quote.speaker else ""
        refs = [_ref(reports[i].document.id, q.evidence) for i, q in group]
        docs = unique((reports[i].document.id for i, _ in group), str)
        words = quote.text.strip().rstrip(",;:")
        claims.append(
            Claim(
                label("quote", target, words=words) + speaker,
                docs,
                refs,
                "quote",
                reports[shown].document.lang,
            )
        )
        for lang in unique((reports[i].document.lang for i, _ in group), str):
            # wording and omissions are compared between reports in one language only
            same = [(i, q) for i, q in group if reports[i].document.lang == lang]
            worded = unique(
                [DiscrepancyValue(reports[i].document.id, q.text, q.evidence) for i, q in same],
                lambda v: v.document,
            )
            if len({fold(v.value) for v in worded}) > 1:  # sources differ, not one twice
                gaps.append(Discrepancy("quote", label("quote_differs", target), worded))
            peers = [i for i, r in enumerate(reports) if r.document.lang == lang]
            quoting = {i for i, _ in same}
            if len(peers) > 1 and len(quoting) < len(peers):
                values = worded + [
                    DiscrepancyValue(reports[i].document.id, label("not_reported", target))
                    for i in peers
                    if i not in quoting
                ]
                gaps.append(Discrepancy("missing", label("missing_quote", target), values))
    return claims, gaps


def _join_translations(
    reports: list[ReportFacts], groups: list[list[tuple[int, object]]]
) -> list[list[tuple[int, object]]]:
    """Join quotes in different languages that are one statement of one speaker, translated:
    the speaker's one quote in each language, or, where the speaker says several things in
    a language, the two quotes that name the same countries, numbers or names, each the
    other's one best match."""
    speakers = []
    for group in groups:
        named = {q.speaker for _, q in group if q.speaker}
        keys = frozenset()
        if len(named) == 1:  # a name too short for keys is one written alike: "Hamas"
            speaker = named.pop()
            keys = name_keys(speaker) or frozenset({"=" + fold(speaker)})
        speakers.append((reports[group[0][0]].document.lang, keys))
    anchored = _Anchors(reports, groups)

    def partners(g: int) -> dict[str | None, list[int]]:
        lang, keys = speakers[g]
        found: dict[str | None, list[int]] = {}
        for h, (other_lang, other_keys) in enumerate(speakers):
            if h != g and keys and not keys.isdisjoint(other_keys):
                found.setdefault(other_lang, []).append(h)
        return found

    def best(g: int, among: list[int]) -> int | None:
        """The one quote of ``among`` sharing most with ``g``: none if none shares or two tie."""
        shared = sorted(((anchored.shared(g, h), h) for h in among), reverse=True)
        if not shared or shared[0][0] == 0 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
            return None
        return shared[0][1]

    owner = list(range(len(groups)))
    for g in range(len(groups)):
        own = speakers[g][0]
        mine = partners(g)
        siblings = mine.get(own, [])
        for lang, found in mine.items():
            if lang == own:
                continue
            if len(found) == 1 and not siblings and partners(found[0]).get(own) == [g]:
                h = found[0]  # one quote each: one statement
            else:
                h = best(g, found)
                if h is None or best(h, partners(h).get(own, [])) != g:
                    continue
            first, second = sorted((owner[g], owner[h]))
            owner = [first if o == second else o for o in owner]
    joined: dict[int, list[tuple[int, object]]] = {}
    for g, group in enumerate(groups):
        joined.setdefault(owner[g], []).extend(group)
    return list(joined.values())


class _Anchors:
    """What each group of quotes names that reads the same in any language, found once."""

    def __init__(self, reports: list[ReportFacts], groups: list[list[tuple[int, object]]]):
        self.reports, self.groups = reports, groups
        self.found: dict[int, set[str]] = {}

    def of(self, g: int) -> set[str]:
        if g not in self.found:
            self.found[g] = set().union(
                *(anchors(q.text, self.reports[i].document.lang) for i, q in self.groups[g])
            )
        return self.found[g]

    def shared(self, g: int, h: int) -> int:
        """How many anchors two groups share; names written in Latin letters in one are
        looked for in the Arabic script of the other."""
        mine, theirs = self.of(g), self.of(h)
        count = len(mine & theirs)
        for one, other in ((g, theirs), (h, mine)):
            if self.reports[self.groups[one][0][0]].document.script == "Arab":
                latin = {k for k in other if k.startswith("n:")}
                text = " ".join(q.text for _, q in self.groups[one])
                count += len(names_in_arabic_script(text, latin))
        return count


def _same(a: str, b: str) -> bool:
    """One quote, perhaps worded differently: close wording, or one contains the other."""
    if a in b or b in a:
        return True
    # The longest common subsequence bounds the ratio from above and is found in C, fast:
    # most pairs stop there.
    if Indel.normalized_similarity(a, b) < DIFFERENT_WORDING:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= DIFFERENT_WORDING


def _event_date(reports: list[ReportFacts]) -> DateValue | None:
    dates = Counter()
    first: dict[str, DateValue] = {}
    for report in reports:
        value = _report_date(report)
        if value is not None and value.date and value.precision == "day":
            dates[value.date] += 1
            first.setdefault(value.date, value)
    if not dates:
        return None
    return first[max(dates, key=lambda d: (dates[d], [-ord(c) for c in d]))]


def _report_date(report: ReportFacts) -> DateValue | None:
    event = report.extraction.event
    if event and event.date and event.date.date:
        return event.date
    return report.document.published


def _dates(reports: list[ReportFacts], target: str) -> list[Discrepancy]:
    """The members date the event itself differently (their publication dates may differ)."""
    values = []
    for report in reports:
        event = report.extraction.event
        if event and event.date and event.date.date and event.date.precision == "day":
            evidence = next(
                (
                    d.evidence
                    for d in report.extraction.dates
                    if d.date == event.date.date and d.evidence.grounded
                ),
                None,
            )
            if evidence is None:
                continue  # the extractor took the publication date, the text says nothing
            shown = format_date(event.date, target) or event.date.date
            values.append(DiscrepancyValue(report.document.id, shown, evidence))
    if len({v.value for v in values}) < 2:
        return []
    return [Discrepancy("date", label("date_differs", target), values)]


REMOTE_KINDS = ("phone_call", "video_call")
"""Kinds that say how people far apart talked: two of them in one event disagree (a
meeting, a visit and talks are each what the others may also be called)."""


def _mediums(reports: list[ReportFacts], target: str) -> list[Discrepancy]:
    """The members say the talks were held by telephone and by video."""
    values = [
        DiscrepancyValue(r.document.id, label(event.type, target), event.evidence)
        for r in reports
        if (event := r.extraction.event)
        and event.type in REMOTE_KINDS
        and event.evidence is not None
        and event.evidence.grounded
    ]
    if len({v.value for v in values}) < 2:
        return []
    return [Discrepancy("other", label("medium_differs", target), values)]


def headline(
    reports: list[ReportFacts], participants: list[Participant], countries: list[str], target: str
) -> str | None:
    """``Telephone call: Kari Nordvik (Norway) and Budi Santoso (Indonesia), 12 March 2025``,
    in the target language."""
    kinds = Counter(
        r.extraction.event.type for r in reports if r.extraction.event and r.extraction.event.type
    )
    if not kinds and any(r.document.title and r.document.lang == target for r in reports):
        return None  # an earthquake is no one's event: a member's title in the language says it
    who = [
        (p.native_name if target == "fa" and p.native_name else p.name)
        + (f" ({country_name(p.country, target)})" if p.country else "")
        for p in participants[:3]
    ]
    if not who:
        who = [country_name(code, target) for code in countries[:3]]
    if not who and not kinds:
        return None
    kind = label(kinds.most_common(1)[0][0] if kinds else "other", target)
    comma = label("comma", target)
    joined = (
        f" {label('and', target)} ".join(who)
        if len(who) <= 2
        else comma.join(who[:-1]) + f" {label('and', target)} {who[-1]}"
    )
    date = format_date(_event_date(reports), target)
    text = f"{kind}{label('colon', target)}{joined}" if joined else kind
    return text + (f"{comma}{date}" if date else "")

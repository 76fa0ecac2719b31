"""Group reports of the same event: block by date window, score pairs, cluster with vetoes.

Soundness comes first. Two reports are never put together when:

- no day can be given to both, or their days are more than ``window`` days apart;
- their kinds of event clash (a phone call is not a visit);
- each names a participant the other neither names nor mentions in its lead (the Iranian
  minister's call with France is not his call with Germany, even on the same day); where
  the extractor gives no participants, the full names written in Latin-script leads stand
  in, and two such reports that share none of them are vetoed;
- each names a country the other does not.

Inside those limits, two reports go together on positive evidence: a shared participant
(with a shared country, kind of event or figure), or two shared countries with the same
kind of event, a shared figure or a shared quote. Reports dated to different days need a
participant both name: so two reports of different days and different participants
never join. A report dated only to the month may join a report of any day of that month,
on a participant both name. Clusters grow by the strongest pairs
first, and two clusters join only if no pair across them is vetoed (so a chain of pairs
cannot join reports of different days or different participants).

Candidate pairs come from an index of (participant key or country, day), never from all
pairs, so the cost grows with the number of reports, not its square; copies of one report
are scored once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .names import PersonKey
from .profile import Profile

_KIND = {
    "phone_call": "remote",
    "video_call": "remote",
    "visit": "in person",
    "conference": "in person",
}
"""Kinds that cannot be the same event; meeting and talks may be held by phone."""
_KNOWN = {"phone_call", "video_call", "visit", "conference", "meeting", "talks"}


def kinds_clash(a: str | None, b: str | None) -> bool:
    """True when both kinds are known and cannot describe the same event."""
    first, second = _KIND.get(a or ""), _KIND.get(b or "")
    return first is not None and second is not None and first != second


def same_kind(a: str | None, b: str | None) -> bool:
    return a is not None and a == b and a in _KNOWN


def people(profile: Profile) -> tuple[PersonKey, ...]:
    """Who a report says took part: its participants, else the full names of its lead."""
    return profile.persons or profile.names


def _matched(persons: Iterable[PersonKey], other: Profile) -> tuple[int, int]:
    """How many of ``persons`` the other report names (or mentions), and how many it lacks.

    A name the other report gives with another given name (``Pavel Farouk``, ``Amara
    Farouk``) is lacking, even if the surname is mentioned."""
    named = lacking = 0
    theirs = people(other)
    for person in persons:
        if any(person.matches(t) for t in theirs):
            named += 1
        elif any(person.same_surname(t) for t in theirs) or person.keys.isdisjoint(other.mentions):
            lacking += 1
        else:
            named += 1
    return named, lacking


def day_gap(a: Profile, b: Profile) -> int | None:
    if not a.days or not b.days:
        return None
    return min(abs(x - y) for x in a.days for y in b.days)


def vetoed(a: Profile, b: Profile, window: int) -> bool:
    """True when ``a`` and ``b`` cannot report the same event."""
    gap = day_gap(a, b)
    if gap is None or gap > window:
        return True
    if kinds_clash(a.type, b.type):
        return True
    if a.persons and b.persons:
        _, a_lacks = _matched(a.persons, b)
        _, b_lacks = _matched(b.persons, a)
        if a_lacks and b_lacks:
            return True
    elif (
        people(a) and people(b) and not _matched(people(a), b)[0] and not _matched(people(b), a)[0]
    ):
        # Names found in leads are rougher than participants: only a report that shares
        # none of the other's names is about other people. (Against a report in Arabic
        # script, a name not found may be a spelling the keys do not bridge: no veto.)
        return True
    return bool(a.countries - b.countries and b.countries - a.countries)


@lru_cache(maxsize=4096)
def _significant(figures: frozenset[tuple[str | None, float]]) -> frozenset:
    """Figures that say something: with a unit, or a count of at least ten."""
    return frozenset(f for f in figures if f[0] is not None or f[1] >= 10)


def named(a: Profile, b: Profile) -> int:
    """How many people one report names that the other names too (the larger count)."""
    return max(_matched(people(a), b)[0], _matched(people(b), a)[0])


def affinity(a: Profile, b: Profile, window: int) -> float | None:
    """How strongly ``a`` and ``b`` look like the same event; None when they may not join."""
    if vetoed(a, b, window):
        return None
    return strength(a, b, window, named(a, b))


def strength(a: Profile, b: Profile, window: int, persons: int) -> float | None:
    """:func:`affinity` of two reports that no veto keeps apart, ``persons`` named by both."""
    countries = len(a.countries & b.countries)
    kind = same_kind(a.type, b.type)
    figures = len(_significant(a.figures) & _significant(b.figures))
    quotes = len(a.quotes & b.quotes) if a.lang == b.lang else 0
    gap = day_gap(a, b) or 0
    unknown_kind_same_day = (a.type is None or b.type is None) and gap == 0
    enough = (
        persons >= 2
        or (persons >= 1 and (countries >= 1 or kind or figures >= 1 or quotes >= 1))
        or (countries >= 2 and (kind or figures >= 1 or quotes >= 1 or unknown_kind_same_day))
        or (countries >= 1 and quotes >= 1)
    )
    if not enough or ((gap > 0 or a.imprecise or b.imprecise) and not persons):
        return None  # on different (or unknown) days, only a shared participant makes one event
    return 3 * persons + countries + kind + 2 * figures + 2 * quotes - 0.5 * gap


def candidate_pairs(profiles: Sequence[Profile], window: int) -> set[tuple[int, int]]:
    """Pairs of reports that share a participant key or a country within the window."""
    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    for i, profile in enumerate(profiles):
        keys = {k for person in profile.persons for k in person.keys} | {
            "@" + c for c in profile.countries
        }
        for day in profile.days:
            for key in keys:
                for near in range(day - window, day + window + 1):
                    for j in index.get((key, near), ()):
                        if j != i:
                            pairs.add((j, i))
        for day in profile.days:
            for key in keys:
                index[(key, day)].append(i)
    return pairs


def _signature(profile: Profile) -> tuple:
    """All that pair scoring reads of a report: reports alike in it score alike."""
    p = profile
    return (
        p.lang, p.days, p.type, p.persons, p.names, p.mentions, p.countries, p.figures,
        p.quotes, p.imprecise,
    )  # fmt: skip


def cluster(profiles: Sequence[Profile], window: int) -> list[list[int]]:
    """Groups of indices into ``profiles``; every index is in exactly one group.

    Copies (reports alike in all that scoring reads, as copies of one wire story are) are
    scored once: the first stands for the others, which may join it. So a batch holding a
    story hundreds of times costs what it would with the story once.
    """
    first: dict[tuple, int] = {}
    copies: dict[int, list[int]] = defaultdict(list)
    kept: list[int] = []
    for i, profile in enumerate(profiles):
        signature = _signature(profile)
        twin = first.get(signature)
        if twin is not None:
            copies[twin].append(i)
            continue
        kept.append(i)
        if affinity(profile, profile, window) is not None:  # copies of it may join it
            first[signature] = i
    groups = _cluster([profiles[i] for i in kept], window)
    return [sorted(x for k in group for x in (kept[k], *copies[kept[k]])) for group in groups]


class _Judge:
    """Vetoes and shared people of pairs of reports, worked out once per pair of the
    different sets of what they read (dates, kind, people, names, countries): reports that
    differ only in figures or quotes, as near-copies of a story do, are judged together."""

    def __init__(self, profiles: Sequence[Profile], window: int) -> None:
        self.profiles = profiles
        self.window = window
        kinds: dict[tuple, int] = {}
        self.kind = [kinds.setdefault(_people_signature(p), len(kinds)) for p in profiles]
        self.example: dict[int, int] = {}
        """One report of each kind."""
        for i, kind in enumerate(self.kind):
            self.example.setdefault(kind, i)
        self._known: dict[tuple[int, int], tuple[bool, int]] = {}

    def __call__(self, i: int, j: int) -> tuple[bool, int]:
        """Whether reports ``i`` and ``j`` are kept apart, and how many people both name."""
        x, y = sorted((self.kind[i], self.kind[j]))
        found = self._known.get((x, y))
        if found is None:
            a, b = self.profiles[self.example[x]], self.profiles[self.example[y]]
            apart = vetoed(a, b, self.window)
            found = self._known[(x, y)] = (apart, 0 if apart else named(a, b))
        return found


def _people_signature(profile: Profile) -> tuple:
    """All that :func:`vetoed` and :func:`named` read of a report."""
    p = profile
    return (p.days, p.type, p.persons, p.names, p.mentions, p.countries)


def _cluster(profiles: Sequence[Profile], window: int) -> list[list[int]]:
    judge = _Judge(profiles, window)
    scored = []
    for i, j in candidate_pairs(profiles, window):
        apart, persons = judge(i, j)
        score = None if apart else strength(profiles[i], profiles[j], window, persons)
        if score is not None:
            scored.append((-score, i, j))
    scored.sort()
    owner = list(range(len(profiles)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(profiles))}
    kinds: dict[int, set[int]] = {i: {judge.kind[i]} for i in range(len(profiles))}
    for _, i, j in scored:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        if any(judge(judge.example[x], judge.example[y])[0] for x in kinds[a] for y in kinds[b]):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for x in members[b]:
            owner[x] = a
        members[a] += members.pop(b)
        kinds[a] |= kinds.pop(b)
    return [sorted(group) for group in members.values()]

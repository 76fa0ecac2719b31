"""How well and how fast ``polybrief run`` groups reports of the same event.

Run: python tests/bench/bench_grouping.py [--scale N] [--llm]

1. Quality on the gold corpus (tests/fixtures/events: 38 reports in English, French and
   Persian, 9 events and 4 unrelated reports): pairwise precision, recall and F1 of the
   grouping, offline. Targets: precision 1.0 and F1 >= 0.9.
   What "offline" measures depends on the extractor installed: with today's rule-based
   extractor (no participants), grouping rests on dates, the kind of event, figures and
   the countries the events plugin finds in titles and leads itself; with an extractor
   that gives participants and countries, those are used instead.
2. The same with the LLM extractor against the fake OpenAI-compatible test server, with
   --llm. The server is started in ``llm_settings()`` below (marked WIRE HERE); until it
   is wired, that part prints that it was skipped.
3. Scale: N synthetic reports (default 10,000) through the whole offline run (parse,
   extract, group, summarize, compare), printing documents per second, the time spent
   grouping and describing events, and peak memory. Target: near-linear cost, 10,000
   documents run.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

from polybrief import EventRecord, Pipeline, hookimpl

EVENTS = Path(__file__).resolve().parent.parent / "fixtures" / "events"


# -- scoring -------------------------------------------------------------------------------


def pairs(groups: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for group in groups for p in combinations(sorted(group), 2)}


def pairwise(predicted: list[list[str]], gold: list[list[str]]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a grouping against the gold one."""
    found, truth = pairs(predicted), pairs(gold)
    right = len(found & truth)
    precision = right / len(found) if found else 1.0
    recall = right / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def event_groups(events: list[EventRecord], name_of: dict[str, str]) -> list[list[str]]:
    return [[name_of.get(m.source, m.source) for m in e.documents] for e in events]


# -- gold corpus ---------------------------------------------------------------------------


def gold_run(**settings: object) -> None:
    gold = json.loads((EVENTS / "gold.json").read_text("utf-8"))["events"]
    files = sorted((EVENTS / "reports").glob("*.txt"))
    names = {str(f): f.name for f in files}
    start = time.perf_counter()
    result = Pipeline(to=["en"], **settings).run(files)
    seconds = time.perf_counter() - start
    predicted = event_groups(result.events, names)
    precision, recall, f1 = pairwise(predicted, list(gold.values()))
    extractors = ", ".join(result.report.stages.get("extract", []))
    print(f"gold corpus: {len(files)} reports, {len(gold)} events, extractor {extractors}")
    print(f"  events found {len(predicted)}, run {seconds:.2f} s, errors {len(result.errors)}")
    print(f"  pairwise precision {precision:.3f}  (target 1.0)  {_verdict(precision >= 1.0)}")
    print(f"  pairwise recall    {recall:.3f}")
    print(f"  pairwise F1        {f1:.3f}  (target >= 0.9)  {_verdict(f1 >= 0.9)}")
    truth = {name: event for event, members in gold.items() for name in members}
    for group in predicted:
        events = {truth.get(n, "?") for n in group}
        if len(events) > 1:
            print(f"  merged wrongly: {group}")
    for event, members in gold.items():
        split = [g for g in predicted if set(g) & set(members)]
        if len(split) > 1:
            print(f"  split: {event}: {split}")


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def llm_settings() -> dict[str, object] | None:
    """Settings that run the LLM extractor against the fake OpenAI-compatible server.

    WIRE HERE: start the project's fake server (it answers extraction requests with
    canonical names) and return the settings that point the LLM extractor at it, e.g.
    ``{"extractor": ["llm"], "base_url": server.url, ...}``. Return None while there is
    no fake server in this checkout.
    """
    return None


# -- scale ---------------------------------------------------------------------------------

_SURNAMES = [
    ("Karimi", "کریمی"), ("Tavana", "توانا"), ("Rostami", "رستمی"), ("Moradi", "مرادی"),
    ("Okafor", "اوکافور"), ("Lindqvist", "لیندکویست"), ("Moreau", "مورو"), ("Tanaka", "تاناکا"),
    ("Santoro", "سانتورو"), ("Kowalski", "کوالسکی"), ("Haddad", "حداد"), ("Novak", "نواک"),
    ("Petrov", "پتروف"), ("Mendoza", "مندوزا"), ("Osei", "اوسئی"), ("Bakker", "باکر"),
    ("Dumont", "دومون"), ("Farouk", "فاروق"), ("Jansen", "یانسن"), ("Kapoor", "کاپور"),
]  # fmt: skip
_GIVEN = [
    ("Sara", "سارا"), ("Omid", "امید"), ("Lena", "لنا"), ("Tomas", "توماس"),
    ("Nadia", "نادیا"), ("Kenji", "کنجی"), ("Amara", "آمارا"), ("Pavel", "پاول"),
    ("Elena", "النا"), ("Rafael", "رافائل"),
]  # fmt: skip
_COUNTRIES = [
    "NO", "ID", "CL", "JP", "KE", "BR", "IR", "FR", "DE", "EG", "PK", "CN", "IN", "IQ", "CA",
    "MX", "AM", "ES", "IT", "NG", "GH", "PL", "SE", "AR", "PE", "VN", "TH", "MA", "TN", "SN",
]  # fmt: skip
_KINDS = {
    "phone_call": ("held a telephone conversation with", "s'est entretenu par téléphone avec", "در گفت‌وگویی تلفنی با"),  # noqa: E501
    "meeting": ("met with", "a rencontré", "در دیداری با"),
    "visit": ("received on an official visit", "a reçu en visite officielle", "در سفری رسمی با"),
}  # fmt: skip


def _synthetic(count: int, seed: int = 7) -> tuple[list[str], list[list[int]]]:
    """Reports of invented events, 1 to 4 per event in English, French or Persian."""
    from babel import Locale

    names = {lang: Locale.parse(lang).territories for lang in ("en", "fr", "fa")}
    rng = random.Random(seed)
    texts: list[str] = []
    gold: list[list[int]] = []
    while len(texts) < count:
        a, b = rng.sample(_COUNTRIES, 2)
        pa = (rng.choice(_GIVEN), rng.choice(_SURNAMES))
        pb = (rng.choice(_GIVEN), rng.choice(_SURNAMES))
        kind = rng.choice(list(_KINDS))
        day = 1 + rng.randrange(365)
        date = time.strftime("%Y-%m-%d", time.gmtime(1735689600 + 86400 * day))
        amount = rng.choice((20, 50, 120, 300, 750))
        members = []
        for _ in range(min(rng.choice((1, 2, 2, 3, 4)), count - len(texts))):
            lang = rng.choice(("en", "fr", "fa"))
            members.append(len(texts))
            text = _report(lang, names[lang], a, b, pa, pb, kind, date, amount)
            texts.append(f"{text}\n\n(report {len(texts) + 1})")  # outlets word it apart
        gold.append(members)
    return texts, gold


def _report(lang, names, a, b, pa, pb, kind, date, amount) -> str:  # noqa: ANN001
    verb = _KINDS[kind][("en", "fr", "fa").index(lang)]
    if lang == "en":
        return (
            f"{names[a]} and {names[b]} ministers talk\n\ndate {date} Foreign Minister "
            f"{pa[0][0]} {pa[1][0]} of {names[a]} {verb} Foreign Minister {pb[0][0]} "
            f"{pb[1][0]} of {names[b]} on Monday.\n\nThe two ministers discussed trade, "
            f"energy and regional security.\n\n{names[a]} will give {amount} million dollars "
            "to a joint programme, the ministry said."
        )
    if lang == "fr":
        return (
            f"Entretien entre les ministres ({names[a]}, {names[b]})\n\ndate {date} Le ministre "
            f"des Affaires étrangères ({names[a]}), {pa[0][0]} {pa[1][0]}, {verb} son homologue "
            f"({names[b]}), {pb[0][0]} {pb[1][0]}, lundi.\n\nLes deux ministres ont parlé de "
            f"commerce et d'énergie.\n\nUn programme commun recevra {amount} millions de dollars."
        )
    return (
        f"گفت‌وگوی وزیران خارجه {names[a]} و {names[b]}\n\ndate {date} {pa[0][1]} {pa[1][1]}، "
        f"وزیر امور خارجه {names[a]}، {verb} {pb[0][1]} {pb[1][1]}، وزیر امور خارجه "
        f"{names[b]}، گفت‌وگو کرد.\n\nدو وزیر درباره تجارت و انرژی تبادل نظر کردند.\n\n"
        f"برای برنامه مشترک {amount} میلیون دلار اختصاص می‌یابد."
    )


class GroupTimer:
    """Times the group stage alone, wrapped around whichever plugin groups."""

    polybrief_name = "group-timer"
    seconds = 0.0

    @hookimpl(wrapper=True)
    def group(self):  # noqa: ANN201 - a pluggy wrapper
        start = time.perf_counter()
        result = yield
        self.seconds += time.perf_counter() - start
        return result


def scale_run(count: int) -> None:
    texts, gold = _synthetic(count)
    rss_before = _peak_rss_mib()
    timer = GroupTimer()
    pipe = Pipeline(to=["en"], jobs=2, plugins=[timer])
    start = time.perf_counter()
    done = documents_done = None
    found: list[list[str]] = []
    for record in pipe.stream(texts, "run"):
        if record.kind == "event":
            found.append([m.source for m in record.documents])
        elif record.kind == "run_report":
            done = time.perf_counter()
        else:
            documents_done = time.perf_counter()
    assert done is not None and documents_done is not None
    total = done - start
    grouping = done - documents_done
    precision, recall, f1 = pairwise(
        [[int(s.split()[1].rstrip(">")) - 1 for s in g] for g in found],
        gold,
    )
    print(f"scale: {count} synthetic reports (en, fr, fa), {len(gold)} events, jobs 2")
    print(f"  whole run       {total:8.1f} s   {count / total:8.0f} documents/s")
    print(f"  events stage    {grouping:8.1f} s   (group, summarize, compare {len(found)} events)")
    print(
        f"  of which group  {timer.seconds:8.1f} s   "
        f"{count / max(timer.seconds, 1e-9):8.0f} documents/s (read back, profile, cluster)"
    )
    print(f"  peak RSS        {_peak_rss_mib():8.0f} MiB (before the run {rss_before:.0f} MiB)")
    print(f"  pairwise precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=10_000, help="synthetic reports (0: skip)")
    parser.add_argument("--llm", action="store_true", help="also run with the fake LLM server")
    args = parser.parse_args(argv)
    gold_run()
    if args.llm:
        settings = llm_settings()
        if settings is None:
            print("LLM extractor: skipped (no fake OpenAI server wired in llm_settings())")
        else:
            gold_run(**settings)
    if args.scale:
        scale_run(args.scale)


if __name__ == "__main__":
    main(sys.argv[1:])

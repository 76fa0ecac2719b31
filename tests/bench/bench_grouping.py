"""How well and how fast ``polybrief run`` groups reports of the same event.

Run: python tests/bench/bench_grouping.py [--scale N] [--no-llm]

1. Quality on the gold corpus (tests/fixtures/events: 38 reports in English, French and
   Persian, 9 events and 4 unrelated reports): pairwise precision, recall and F1 of the
   grouping, offline. Targets: precision 1.0 and F1 >= 0.9.
   What "offline" measures depends on the extractor installed: with today's rule-based
   extractor (no participants), grouping rests on dates, the kind of event, figures and
   the countries the events plugin finds in titles and leads itself; with an extractor
   that gives participants and countries, those are used instead.
2. The same with the LLM extractor (the openai plugin, through the real openai client)
   against the fake OpenAI-compatible server on 127.0.0.1, which answers each report with
   the reply a competent model would give (``llm_settings()``), printed next to the
   offline figures; the LLM figures should be at least as good. Also printed: extraction
   calls per document and summary calls per event of several reports (target 1.0 each).
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
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from polybrief import EventRecord, Pipeline, hookimpl
from polybrief.testing.fake_openai import FakeOpenAI
from polybrief.testing.prepared import PreparedReplies

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


@dataclass
class GoldFigures:
    """What one run on the gold corpus measured."""

    label: str
    extractor: str
    events: int
    seconds: float
    errors: int
    precision: float
    recall: float
    f1: float
    problems: list[str]
    calls: dict[str, float] | None = None


def gold_run(label: str, **settings: object) -> GoldFigures:
    gold = json.loads((EVENTS / "gold.json").read_text("utf-8"))["events"]
    files = sorted((EVENTS / "reports").glob("*.txt"))
    names = {str(f): f.name for f in files}
    start = time.perf_counter()
    result = Pipeline(to=["en"], **settings).run(files)
    seconds = time.perf_counter() - start
    predicted = event_groups(result.events, names)
    precision, recall, f1 = pairwise(predicted, list(gold.values()))
    problems = []
    truth = {name: event for event, members in gold.items() for name in members}
    for group in predicted:
        if len({truth.get(n, "?") for n in group}) > 1:
            problems.append(f"merged wrongly: {group}")
    for event, members in gold.items():
        split = [g for g in predicted if set(g) & set(members)]
        if len(split) > 1:
            problems.append(f"split: {event}: {split}")
    return GoldFigures(
        label=label,
        extractor=", ".join(result.report.stages.get("extract", [])),
        events=len(predicted),
        seconds=seconds,
        errors=len(result.errors),
        precision=precision,
        recall=recall,
        f1=f1,
        problems=problems,
    )


def print_gold(runs: list[GoldFigures]) -> None:
    """The figures of each run side by side, with the targets."""
    gold = json.loads((EVENTS / "gold.json").read_text("utf-8"))["events"]
    documents = sum(map(len, gold.values()))
    print(f"gold corpus: {documents} reports (en, fr, fa), {len(gold)} events")
    print(f"  {'':22}" + "".join(f"{run.label:>18}" for run in runs))
    rows = [
        ("extractor", lambda r: r.extractor, None),
        ("events found", lambda r: str(r.events), None),
        ("run, s", lambda r: f"{r.seconds:.2f}", None),
        ("errors", lambda r: str(r.errors), None),
        ("pairwise precision", lambda r: f"{r.precision:.3f}", "target 1.0"),
        ("pairwise recall", lambda r: f"{r.recall:.3f}", None),
        ("pairwise F1", lambda r: f"{r.f1:.3f}", "target >= 0.9"),
    ]
    for name, value, target in rows:
        line = f"  {name:22}" + "".join(f"{value(run):>18}" for run in runs)
        print(line + (f"   ({target})" if target else ""))
    offline = runs[0]
    print(
        f"  offline: precision {_verdict(offline.precision >= 1.0)}, "
        f"F1 {_verdict(offline.f1 >= 0.9)}"
    )
    for run in runs[1:]:
        as_good = run.precision >= offline.precision and run.f1 >= offline.f1
        print(f"  {run.label}: at least as good as offline: {'yes' if as_good else 'NO'}")
    for run in runs:
        for problem in run.problems:
            print(f"  {run.label}: {problem}")
        for name, value in (run.calls or {}).items():
            print(f"  {run.label}: {name} {value}")


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


@contextmanager
def llm_settings() -> Iterator[tuple[dict[str, object], FakeOpenAI, PreparedReplies]]:
    """Settings that run the openai plugin against the fake OpenAI-compatible server, over
    HTTP on 127.0.0.1 through the real openai client.

    The fake answers each report with the reply prepared for it in
    tests/fixtures/events/llm_replies.jsonl (written by tools/make_event_replies.py from a
    hand-written table of each event's facts): canonical English names, native spellings,
    ISO countries, type and date, verbatim quotes and figures. Requests with no prepared
    reply (the summaries of events) get the fake's own schema-filled reply. A fresh reply
    cache, so every call is counted.
    """
    replies = PreparedReplies.load(EVENTS / "llm_replies.jsonl")
    with FakeOpenAI(replies=replies) as server, tempfile.TemporaryDirectory() as cache:
        settings: dict[str, object] = {
            "base_url": server.url,
            "model": "fake-model",
            "cache_dir": cache,
            "extractor": ["openai"],
            "summarizer": ["openai", "events"],
            "jobs": 4,
        }
        yield settings, server, replies


def llm_gold_run() -> GoldFigures:
    with llm_settings() as (settings, server, replies):
        figures = gold_run("LLM (fake)", **settings)
        purposes = Counter(_purpose(request) for request in server.requests)
        reports = len(replies.entries)
        several = _events_of_several()
        figures.calls = {
            "extraction calls per document": f"{purposes['extract'] / reports:.2f} (target 1.0)",
            "summary calls per event of several reports": (
                f"{purposes['summarize'] / several:.2f} (target 1.0; "
                "events of one report reuse its summary)"
            ),
            "other calls": str(
                sum(purposes.values()) - purposes["extract"] - purposes["summarize"]
            ),
            "reports answered with their prepared reply": f"{len(replies.used)} of {reports}",
        }
    return figures


def _purpose(request: dict) -> str:
    response_format = request.get("response_format") or {}
    name = (response_format.get("json_schema") or {}).get("name", "")
    return {"polybrief_extraction": "extract", "polybrief_summary": "summarize"}.get(name, name)


def _events_of_several() -> int:
    gold = json.loads((EVENTS / "gold.json").read_text("utf-8"))["events"]
    return sum(len(members) > 1 for members in gold.values())


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
    parser.add_argument(
        "--no-llm", action="store_true", help="skip the run with the fake LLM server"
    )
    args = parser.parse_args(argv)
    runs = [gold_run("offline", extractor=["offline"])]
    if not args.no_llm:
        runs.append(llm_gold_run())
    print_gold(runs)
    if args.scale:
        scale_run(args.scale)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Events: group reports of the same event across languages, summarize and compare them.

The built-in plugin behind ``polybrief run``'s event records. It works offline and
deterministically: grouping by date window, participants (name keys across scripts),
countries, the kind of event, shared figures and quotes (:mod:`.grouping`); an extractive
summary of each group without repeats (:mod:`.summary`); and a comparison of the members'
claims, figures and quotes (:mod:`.compare`). It is better with an LLM extractor's canonical
names, and gives way to an LLM summarizer, which is registered after it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

from polybrief import hookimpl
from polybrief.context import Context
from polybrief.records import Comparison, Document, Extraction, Summary
from polybrief.settings import Setting

from .compare import compare_reports
from .facts import ReportFacts, report_facts
from .grouping import cluster
from .profile import build_profile
from .summary import extractive_summary

WINDOW_SETTING = "event_window_days"


@hookimpl
def register_settings() -> list[Setting]:
    return [
        Setting(
            WINDOW_SETTING,
            "int",
            2,
            "Days apart two reports of one event may date it (grouping).",
            plugin="events",
        )
    ]


@hookimpl
def group(
    documents: Sequence[Document], extractions: Sequence[Extraction], context: Context
) -> list[list[str]]:
    """Groups of document ids; reads each document once and keeps only its profile."""
    profiles = [
        build_profile(position, document, extraction)
        for position, (document, extraction) in enumerate(zip(documents, extractions, strict=True))
    ]
    window = max(0, context.config.get(WINDOW_SETTING, 2))
    return [[profiles[i].id for i in members] for members in cluster(profiles, window)]


_RECENT: OrderedDict[tuple[int, ...], list[ReportFacts]] = OrderedDict()
_RECENT_LOCK = threading.Lock()


def _reports(documents: list[Document], extractions: list[Extraction]) -> list[ReportFacts]:
    """The facts of a group's reports, read once for both ``summarize`` and ``compare``,
    which the pipeline calls one after the other for the same event.

    Keyed by the identity of the objects: the cached facts hold them, so no other object can
    take their ids while the entry lives."""
    key = tuple(id(x) for x in (*documents, *extractions))
    with _RECENT_LOCK:
        found = _RECENT.get(key)
    if found is None:
        found = report_facts(documents, extractions)
        with _RECENT_LOCK:
            _RECENT[key] = found
            while len(_RECENT) > 8:
                _RECENT.popitem(last=False)
    return found


@hookimpl
def summarize(
    documents: list[Document], extractions: list[Extraction], targets: list[str], context: Context
) -> list[Summary] | None:
    """An extractive summary of a group of reports; single documents go to other plugins."""
    if len(documents) < 2 or len(extractions) != len(documents):
        return None
    reports = _reports(documents, extractions)
    count = context.config["summary_sentences"]
    return [extractive_summary(reports, target, count) for target in targets]


@hookimpl
def compare(
    documents: list[Document], extractions: list[Extraction], targets: list[str]
) -> Comparison:
    return compare_reports(_reports(documents, extractions), targets)

"""Build ``tests/fixtures/events/llm_replies.jsonl``: the extraction replies a competent
model would give for each report of the gold corpus, for the fake OpenAI server.

The facts are written by hand, per event, in ``tests/fixtures/events/gold_facts.toml``:
participants with their English name, role, country and spellings; countries and places
with the forms reports write them in; the event's type, date and topics; its figures
(value, unit, what they count) with the forms reports give them in; its quotes by speaker
and first words; a one-sentence summary in English, French and Persian. This script only
looks those forms up in each report and copies from the report itself what a model must
copy verbatim: the lead sentence (the event's evidence), the names as written, the quotes
between their quote marks, the figures as written. It guesses nothing else.

Each line is ``{"name": file, "marker": lead sentence, "reply": {...}}``, the format
:class:`polybrief.testing.prepared.PreparedReplies` loads. Run from the repository's top
level (``--check`` only says whether the file is up to date):

    python tools/make_event_replies.py [--check]
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

EVENTS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "events"
OUT = EVENTS / "llm_replies.jsonl"
TARGETS = ("en", "fr", "fa")
_OPENING = {"“": "”", "«": "»", '"': '"', "„": "“"}
_DATE_MARKER = re.compile(r"^date \S+\s+")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+ – ")


class TableError(Exception):
    """The hand-written table does not fit the reports."""


def body_of(raw: str) -> str:
    """The report without its title line and its leading ``date …`` marker."""
    _, _, rest = raw.partition("\n")
    return _DATE_MARKER.sub("", rest.strip())


def lead_sentence(body: str) -> str:
    """The first sentence of the report, without a dateline (``TEHRAN – ``)."""
    first = _DATELINE.sub("", body.split("\n", 1)[0].strip())
    end = first.find(". ")
    return first if end < 0 else first[: end + 1]


def find(form: str, text: str) -> int:
    """Where ``form`` occurs in ``text`` as whole words, or -1."""
    match = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text)
    return match.start() if match else -1


def first_form(forms: list[str], text: str) -> tuple[int, str] | None:
    """The first listed form that occurs, with its position."""
    for form in forms:
        at = find(form, text)
        if at >= 0:
            return at, form
    return None


def earliest_form(forms: list[str], text: str) -> tuple[int, str] | None:
    """The form that occurs first in ``text`` (the longer one when two start together)."""
    found = [(at, -len(form), form) for form in forms if (at := find(form, text)) >= 0]
    if not found:
        return None
    at, _, form = min(found)
    return at, form


def quoted(start: str, text: str) -> tuple[int, str] | None:
    """The words between the quote marks around the quote that begins with ``start``."""
    at = text.find(start)
    if at < 0:
        return None
    opening = at - 1
    while opening >= 0 and text[opening] == " ":
        opening -= 1
    if opening < 0 or text[opening] not in _OPENING:
        raise TableError(f"no quote mark before {start!r}")
    closing = text.find(_OPENING[text[opening]], at)
    if closing < 0:
        raise TableError(f"no closing quote mark after {start!r}")
    return opening, text[opening + 1 : closing].strip().rstrip(",").strip()


def reply_for(body: str, event: dict[str, Any], table: dict[str, Any]) -> dict[str, Any]:
    people, countries, places = table["people"], table["countries"], table["places"]
    lead = lead_sentence(body)
    participants, entities, cited = [], [], ["ev"]
    for name in event["participants"]:
        person = people[name]
        found = first_form(person["forms"], body)
        if found is None:
            continue
        written = found[1]
        number = len(participants) + 1
        participants.append(
            {
                "id": f"p{number}",
                "name": name,
                "native_name": written,
                "role": person.get("role"),
                "country": person["country"],
                "gender": person.get("gender"),
                "evidence": written,
            }
        )
        cited.append(f"p{number}")
        entities.append((found[0], name, person.get("kind", "person"), written, person, None))
    place_items = []
    for name in event["places"]:
        place = places[name]
        found = first_form(place["forms"], body)
        if found is None:
            continue
        number = len(place_items) + 1
        place_items.append(
            {"id": f"l{number}", "name": name, "country": place["country"], "evidence": found[1]}
        )
        cited.append(f"l{number}")
        entities.append((found[0], name, "place", found[1], place, None))
    for code, country in countries.items():
        found = earliest_form(country["forms"], body)
        if found is not None:
            entities.append((found[0], country["name"], "country", found[1], country, code))
    entities.sort(key=lambda item: item[0])

    quotes = []
    for quote in event["quotes"]:
        for start in quote["starts"]:
            found = quoted(start, body)
            if found is not None:
                quotes.append((found[0], found[1], quote["speaker"]))
                break
    quotes.sort()
    figures = []
    for figure in event["figures"]:
        found = first_form(figure["forms"], body)
        if found is not None:
            figures.append((found[0], found[1], figure))
    figures.sort(key=lambda item: item[0])

    day = first_form(event["day"], body)
    date = {
        "text": day[1] if day else None,
        "iso": event["date"] if day else None,
        "precision": "day" if day else None,
        "calendar": "gregorian",
    }
    return {
        "event": {
            "type": event["type"],
            "evidence": lead,
            "date": date,
            "participants": participants,
            "places": place_items,
            "topics": event["topics"],
        },
        "quotes": [
            {"id": f"q{n}", "text": text, "speaker": speaker}
            for n, (_, text, speaker) in enumerate(quotes, start=1)
        ],
        "figures": [
            {
                "id": f"f{n}",
                "text": text,
                "value": figure["value"],
                "unit": figure.get("unit"),
                "counts": figure["counts"],
                "qualifier": figure.get("qualifier"),
            }
            for n, (_, text, figure) in enumerate(figures, start=1)
        ],
        "entities": [
            {
                "id": f"e{n}",
                "name": name,
                "type": kind,
                "text": written,
                "spellings": list(dict.fromkeys([written, *about["spellings"]])),
                "key": code,
            }
            for n, (_, name, kind, written, about, code) in enumerate(entities, start=1)
        ],
        "dates": [
            {
                "id": "d1",
                "text": day[1],
                "iso": event["date"],
                "precision": "day",
                "calendar": "gregorian",
            }
        ]
        if day
        else [],
        "summaries": {lang: [{"text": event["summary"][lang], "facts": cited}] for lang in TARGETS},
    }


def check_forms(table: dict[str, Any], bodies: list[str]) -> None:
    """Every form and quote start the table lists occurs in some report: a mistyped one
    would otherwise just never be found."""
    lists = [
        (f"{kind} {name}", item["forms"])
        for kind in ("countries", "people", "places")
        for name, item in table[kind].items()
    ]
    for name, event in table["events"].items():
        lists += [(f"{name} figure", figure["forms"]) for figure in event["figures"]]
        lists += [(f"{name} day", event["day"])]
    for label, forms in lists:
        absent = [f for f in forms if not any(find(f, body) >= 0 for body in bodies)]
        if absent:
            raise TableError(f"{label}: {', '.join(absent)} in no report")
    for name, event in table["events"].items():
        for quote in event["quotes"]:
            absent = [s for s in quote["starts"] if not any(s in body for body in bodies)]
            if absent:
                raise TableError(f"{name} quote: {', '.join(absent)} in no report")


def build() -> str:
    from polybrief.plugins.llm.replies import reply_errors, reply_schema

    table = tomllib.loads((EVENTS / "gold_facts.toml").read_text("utf-8"))
    gold = json.loads((EVENTS / "gold.json").read_text("utf-8"))["events"]
    schema = reply_schema("llm_extraction", TARGETS)
    files = sorted(f for members in gold.values() for f in members)
    bodies = {f: body_of((EVENTS / "reports" / f).read_text("utf-8")) for f in files}
    check_forms(table, list(bodies.values()))
    lines = []
    for event_name, files in gold.items():
        event = table["events"][event_name]
        for file in files:
            body = bodies[file]
            reply = reply_for(body, event, table)
            errors = reply_errors(reply, schema)
            if errors:
                raise TableError(f"{file}: the reply does not fit its schema: {errors}")
            entry = {"name": file, "marker": lead_sentence(body), "reply": reply}
            lines.append((file, json.dumps(entry, ensure_ascii=False)))
    return "".join(line + "\n" for _, line in sorted(lines))


def main(argv: list[str]) -> int:
    try:
        text = build()
    except TableError as exc:
        print(f"gold_facts.toml: {exc}", file=sys.stderr)
        return 2
    if "--check" in argv:
        current = OUT.read_text("utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.name} is not up to date: run tools/make_event_replies.py", file=sys.stderr)
            return 1
        print(f"{OUT.name} is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} replies)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

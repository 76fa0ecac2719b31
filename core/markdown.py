"""Render records as Markdown for people to read."""

from __future__ import annotations

from functools import cache, singledispatch

from .records import (
    DateValue,
    Document,
    DocumentRef,
    ErrorRecord,
    EventBrief,
    EventRecord,
    Extraction,
    Record,
    RunReport,
    Summary,
)

EVENT_NAMES = {
    "phone_call": "Telephone call",
    "video_call": "Video call",
    "meeting": "Meeting",
    "visit": "Visit",
    "talks": "Talks",
    "message": "Message",
    "statement": "Statement",
    "conference": "Conference",
    "other": "Event",
}


WORDS: dict[str, dict[str, str]] = {
    "en": {
        "script": "Latn",  # of the topics an event line shows
        "events": "Events",
        "topics": "Topics",
        "quotes": "Quotes",
        "figures": "Figures",
        "dates": "Dates",
        "participants": "Participants",
        "countries": "Countries",
        "sources": "Sources",
        "one_source": "1 source",
        "n_sources": "{n} sources",
        "summary": "Summary ({lang})",
        "summary_asked": "Summary (asked for {target}, in {lang})",
        "asked": "asked for {target}",
        "untranslated": "Not translated into {target}: the run report says why.",
        "unresolved": "unresolved",
        "date_unknown": "date unknown",
        "language_unknown": "language unknown",
        "not_in_source": "not found in the source",
        "partial": "Partial: part of this document could not be processed.",
        "claims": "Claims",
        "differ": "Where the sources differ",
        "point": "Point",
        "source": "Source",
        "says": "Says",
        "evidence": "Evidence",
        "colon": ": ",
        "comma": ", ",
        "list": "; ",
    },
    "fr": {
        "script": "Latn",  # of the topics an event line shows
        "phone_call": "Entretien téléphonique",
        "video_call": "Visioconférence",
        "meeting": "Rencontre",
        "visit": "Visite",
        "talks": "Pourparlers",
        "message": "Message",
        "statement": "Déclaration",
        "conference": "Conférence",
        "other": "Événement",
        "events": "Événements",
        "topics": "Sujets",
        "quotes": "Citations",
        "figures": "Chiffres",
        "dates": "Dates",
        "participants": "Participants",
        "countries": "Pays",
        "sources": "Sources",
        "one_source": "1 source",
        "n_sources": "{n} sources",
        "summary": "Résumé ({lang})",
        "summary_asked": "Résumé ({lang} ; demandé : {target})",
        "asked": "demandé : {target}",
        "untranslated": "Non traduit en {target} : le bilan de l'exécution dit pourquoi.",
        "unresolved": "non résolue",
        "date_unknown": "date inconnue",
        "language_unknown": "langue inconnue",
        "not_in_source": "introuvable dans la source",
        "partial": "Partiel : une partie de ce document n'a pas pu être traitée.",
        "claims": "Faits rapportés",
        "differ": "Où les sources divergent",
        "point": "Point",
        "source": "Source",
        "says": "Dit",
        "evidence": "Extrait",
        "colon": " : ",
        "comma": ", ",
        "list": " ; ",
    },
    "fa": {
        "script": "Arab",  # of the topics an event line shows
        "phone_call": "گفت‌وگوی تلفنی",
        "video_call": "تماس تصویری",
        "meeting": "دیدار",
        "visit": "سفر",
        "talks": "مذاکرات",
        "message": "پیام",
        "statement": "بیانیه",
        "conference": "کنفرانس",
        "other": "رویداد",
        "events": "رویدادها",
        "topics": "موضوع‌ها",
        "quotes": "نقل‌قول‌ها",
        "figures": "ارقام",
        "dates": "تاریخ‌ها",
        "participants": "طرف‌ها",
        "countries": "کشورها",
        "sources": "منابع",
        "one_source": "1 منبع",
        "n_sources": "{n} منبع",
        "summary": "خلاصه ({lang})",
        "summary_asked": "خلاصه ({lang}؛ درخواست‌شده: {target})",
        "asked": "درخواست‌شده: {target}",
        "untranslated": "به {target} ترجمه نشد؛ دلیلش در گزارش اجرا آمده است.",
        "unresolved": "نامشخص",
        "date_unknown": "تاریخ نامعلوم",
        "language_unknown": "زبان نامعلوم",
        "not_in_source": "در منبع یافت نشد",
        "partial": "ناقص: بخشی از این سند پردازش نشد.",
        "claims": "ادعاها",
        "differ": "اختلاف منابع",
        "point": "موضوع",
        "source": "منبع",
        "says": "می‌گوید",
        "evidence": "شاهد",
        "colon": ": ",
        "comma": "، ",
        "list": "؛ ",
    },
}
"""The words of a report around what the sources say, in the reader's language: the
report's frame in the one language a run is asked for (English when it is asked for several,
or for a language not here), each event brief's headings in its own reader's language. The
run report and failures stay in English, as the program's messages do."""
WORDS["en"].update(EVENT_NAMES)


@cache
def _words(base: str) -> dict[str, str]:
    return {**WORDS["en"], **WORDS.get(base, {})}


def words(lang: str | None) -> dict[str, str]:
    """The report's words in ``lang`` (a BCP-47 tag), English for those not given."""
    return _words((lang or "en").split("-")[0].lower())


def _date(value: DateValue | None, said: dict[str, str]) -> str:
    if value is None:
        return said["date_unknown"]
    return value.date or f"“{value.raw}” ({said['unresolved']})"


def _heading(ref: DocumentRef | Document, said: dict[str, str]) -> str:
    title = ref.title or ref.source
    facts = " · ".join(
        x
        for x in (ref.source, ref.lang or said["language_unknown"], _date(ref.published, said))
        if x
    )
    return f"## {title}\n\n*{facts}*\n\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


@singledispatch
def render(record: Record, lang: str = "en") -> str:
    """``record`` as Markdown, its frame in ``lang`` (the run's reader's language)."""
    return f"```json\n{record.to_dict()}\n```\n\n"


@render.register
def _(record: Document, lang: str = "en") -> str:
    lines = [_heading(record, words(lang))]
    lines.append(f"- id: `{record.id}`\n- script: {record.script} ({record.direction})\n")
    lines.append(f"- sentences: {len(record.sentences)}, dates found: {len(record.dates)}\n\n")
    lines.append(record.text.strip() + "\n\n")
    return "".join(lines)


@render.register
def _(record: Extraction, lang: str = "en") -> str:
    said = words(lang)
    colon, sep = said["colon"], said["list"]
    out = [_heading(record.document, said)]
    event = record.event
    if event and (event.type or event.participants):
        kind = said.get(event.type or "other", event.type or said["other"])
        who = said["comma"].join(
            p.name + (f" ({_role(p.role, lang, p.gender)})" if p.role else "")
            for p in event.participants
        )
        date = _date(event.date, said)
        out.append(f"**{kind}**{said['comma']}{date}" + (f"{colon}{who}" if who else "") + "\n\n")
        if event.topics:
            out.append(f"{said['topics']}{colon}{sep.join(event.topics)}\n\n")
    if record.quotes:
        out.append(f"**{said['quotes']}**\n\n")
        for quote in record.quotes:
            speaker = f" — {_speaker(quote.speaker, lang)}" if quote.speaker else ""
            mark = "" if quote.evidence.grounded else f" *({said['not_in_source']})*"
            out.append(f"> {quote.text}{speaker}{mark}\n\n")
    if record.figures:
        figures = sep.join(
            f.text + (f" ({f.counts})" if f.counts and f.counts not in f.text else "")
            for f in record.figures
        )
        out.append(f"**{said['figures']}**{colon}{figures}\n\n")
    if record.dates:
        dates = sep.join(f"{d.raw} → {d.date or said['unresolved']}" for d in record.dates)
        out.append(f"**{said['dates']}**{colon}{dates}\n\n")
    if record.partial:
        out.append(f"*{said['partial']}*\n\n")
    return "".join(out)


def _role(role: str, lang: str, gender: str | None) -> str:
    """A participant's role, which extractors give in English (``foreign minister``), in
    the report's language where the built-in language data names it."""
    if lang == "en":
        return role
    from polybrief.plugins.events.labels import role_name  # imports this module

    return role_name(role, lang, gender)


def _speaker(speaker: str, lang: str) -> str:
    """A quote's speaker; a body that speaks, which extractors name in English
    (``foreign ministry (Iran)``), in the report's language where the data names it."""
    if lang == "en":
        return speaker
    from polybrief.plugins.events.labels import speaker_name  # imports this module

    return speaker_name(speaker, lang)


@render.register
def _(record: Summary, lang: str = "en") -> str:
    said = words(lang)
    asked = "summary" if record.lang == record.target else "summary_asked"
    label = said[asked].format(lang=record.lang, target=record.target)
    text = " ".join(s.text.strip() for s in record.sentences)
    notes = _notes(record.note, record.untranslated, record.target, said)
    return f"**{label}**{said['colon']}{text}" + "".join(f"\n\n*{n}*" for n in notes) + "\n\n"


def _notes(
    note: str | None, untranslated: str | None, target: str, said: dict[str, str]
) -> list[str]:
    """The lines under a summary: the summarizer's note, and in the report's words that it
    is not translated (the reasons, the same for many summaries, are in the run report)."""
    return [x for x in (note, untranslated and said["untranslated"].format(target=target)) if x]


@render.register
def _(record: EventRecord, lang: str = "en") -> str:
    said = words(lang)
    colon, sep = said["colon"], said["list"]
    number = {m.id: i for i, m in enumerate(record.documents, start=1)}
    langs = sorted({m.lang or "?" for m in record.documents})
    kind = said.get(record.type or "other", said["other"])
    headline = record.briefs[0].headline if record.briefs else kind
    count = len(record.documents)
    sources = said["one_source"] if count == 1 else said["n_sources"].format(n=count)
    date = _date(record.date, said)
    out = [f"## {headline}\n\n*{kind} · {date} · {sources} ({said['comma'].join(langs)})*\n\n"]
    readers = _participants_for(record, lang)
    if readers:
        out.append(f"{said['participants']}{colon}{sep.join(readers)}\n\n")
    elif record.participants:
        who = []
        for p in record.participants:
            details = ", ".join(x for x in (p.role, p.country) if x)
            native = f" ({p.native_name})" if p.native_name and p.native_name != p.name else ""
            who.append(p.name + native + (f", {details}" if details else ""))
        out.append(f"{said['participants']}{colon}{sep.join(who)}\n\n")
    elif record.countries:
        out.append(f"{said['countries']}{colon}{said['comma'].join(record.countries)}\n\n")
    topics = next((b.topics for b in record.briefs if b.target == lang and b.topics), None)
    topics = topics or _readable(record.topics, said["script"])
    if topics:
        out.append(f"{said['topics']}{colon}{sep.join(topics)}\n\n")
    for brief in record.briefs:
        out.append(_event_brief(brief, number, len(record.briefs) > 1, said))
    out.append(f"**{said['sources']}**\n\n")
    for member in record.documents:
        title = f"{member.title} — " if member.title else ""
        out.append(
            f"{number[member.id]}. {title}`{member.source}` · {member.lang or '?'} · "
            f"{_date(member.published, said)}\n"
        )
    return "".join(out) + "\n"


def _readable(topics: list[str], script: str) -> list[str]:
    """The topics written in the reader's script (``Arab`` or another), when there are
    some: an English reader is not shown the Persian reports' topics, a Persian one not the
    French ones; all of them when none is in the reader's script."""
    fitting = [t for t in topics if ("Arab" if _mostly_arabic(t) else "Latn") == script]
    return fitting or topics


def _mostly_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff")
    return arabic * 2 > len(letters)


def _participants_for(record: EventRecord, lang: str) -> list[str]:
    """In a report in another language than English, the participants as the brief for its
    readers writes them (``عباس عراقچی (وزیر امور خارجه، ایران)``), not English roles and
    country codes; none when there is no such brief."""
    if lang == "en":
        return []
    brief = next((b for b in record.briefs if b.target == lang), None)
    return [c.text for c in brief.claims if c.type == "participant"] if brief else []


def _cite(documents: list[str], number: dict[str, int]) -> str:
    return "".join(f"[{number[d]}]" for d in sorted(set(documents), key=lambda d: number.get(d, 0)))


def _event_brief(
    brief: EventBrief, number: dict[str, int], several: bool, frame: dict[str, str]
) -> str:
    """One brief; its headings in its reader's language, a heading of its own (in the
    report's words) when the event has several."""
    out = []
    if several:
        asked = (
            ", " + frame["asked"].format(target=brief.target) if brief.lang != brief.target else ""
        )
        out.append(f"### {brief.headline} ({brief.lang}{asked})\n\n")
    for sentence in brief.summary:
        refs = _cite([r.document for r in sentence.sources if r.document in number], number)
        out.append(f"{sentence.text.strip()} {refs}\n")
    out.append("\n")
    for note in _notes(brief.note, brief.untranslated, brief.target, words(brief.target)):
        out.append(f"*{note}*\n\n")
    said = words(brief.target)
    if brief.claims:
        out.append(f"**{said['claims']}**\n\n")
        for claim in brief.claims:
            out.append(f"- {_cell(claim.text)} {_cite(claim.documents, number)}\n")
        out.append("\n")
    if brief.discrepancies:
        heads = " | ".join(said[k] for k in ("point", "source", "says", "evidence"))
        out.append(f"**{said['differ']}**\n\n| {heads} |\n")
        out.append("|---|---|---|---|\n")
        for item in brief.discrepancies:
            point = _cell(item.description)
            for value in item.values:
                shown = value.evidence.text.strip() if value.evidence else ""
                evidence = f"“{_cell(shown)}”" if shown and shown != value.value.strip() else ""
                source = f"[{number.get(value.document, '?')}]"
                out.append(f"| {point} | {source} | {_cell(value.value)} | {evidence} |\n")
                point = ""
        out.append("\n")
    return "".join(out)


@render.register
def _(record: ErrorRecord, lang: str = "en") -> str:
    where = f"{record.stage}" + (f", plugin {record.plugin}" if record.plugin else "")
    return f"> **Failed**: `{record.source}` ({where}): {record.message}\n\n"


@render.register
def _(record: RunReport, lang: str = "en") -> str:
    counts = record.documents
    out = [
        "---\n\n",
        f"**Run**: {counts.done} of {counts.total} documents done, {counts.failed} failed",
        f", {counts.skipped} skipped" if counts.skipped else "",
        f", {record.inputs_failed} inputs unreadable" if record.inputs_failed else "",
        f" in {record.seconds:.2f} s.",
    ]
    stages = "; ".join(f"{stage}: {', '.join(names)}" for stage, names in record.stages.items())
    if stages:
        out.append(f" Plugins: {stages}.")
    if record.grounding.total:
        out.append(f" Evidence grounded: {record.grounding.grounded}/{record.grounding.total}.")
    if record.usage.calls or record.usage.cache_hits or record.usage.estimated:
        usage = record.usage
        cost = f", cost {usage.cost:.4f}" if usage.cost is not None else ""
        verb = "estimated" if usage.estimated else "used"
        out.append(
            f" LLM {verb}: {usage.calls} calls, {usage.prompt_tokens}+{usage.completion_tokens}"
            f" tokens, {usage.cache_hits} cache hits{cost}."
        )
    out.append("\n\n")
    for note in record.notes:
        out.append(f"- {note}\n")
    return "".join(out) + ("\n" if record.notes else "")

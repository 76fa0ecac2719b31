"""The offline plugin: rule-based extraction and extractive summaries, no network.

Deterministic and fast, in English, French and Persian (the rules are data files in
``data/``, one per language). It is the default when no LLM endpoint is configured.
"""

from __future__ import annotations

from polybrief import hookimpl
from polybrief.context import Context
from polybrief.records import Document, Extraction, Summary
from polybrief.settings import Setting


@hookimpl
def register_settings() -> list[Setting]:
    return [
        Setting(
            "summary_chars",
            "int",
            0,
            "Longest extractive summary in characters (0: no limit; summary_sentences still "
            "applies); at least one sentence is always kept.",
            plugin="offline",
        ),
        Setting(
            "people_file",
            "str",
            "",
            "A gazetteer of people for the offline extractor to find without a title, and to "
            "name alike in every language: a TOML file (path relative to the current "
            "directory) of [[person]] "
            'tables, each with a name and its other spellings (name = "Ali Bagheri", '
            'spellings = ["علی باقری"]).',
            plugin="offline",
        ),
    ]


@hookimpl
def extract(document: Document, context: Context) -> Extraction:
    from .extractor import extract_document
    from .gazetteer import load_gazetteer

    path = context.config.get("people_file")
    return extract_document(document, load_gazetteer(path) if path else None)


@hookimpl(trylast=True)
def summarize(
    documents: list[Document],
    extractions: list[Extraction],
    targets: list[str],
    context: Context,
) -> list[Summary]:
    from .summarizer import summarize_documents

    return summarize_documents(
        documents,
        targets,
        sentences=context.config["summary_sentences"],
        chars=context.config.get("summary_chars", 0),
    )

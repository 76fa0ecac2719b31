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
        )
    ]


@hookimpl
def extract(document: Document) -> Extraction:
    from .extractor import extract_document

    return extract_document(document)


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

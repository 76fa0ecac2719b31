"""The openai plugin: extract, summarize and translate through any OpenAI-compatible endpoint.

One structured call per document gives the facts and the summaries in every target
language; replies are validated against the schemas in ``polybrief.schemas`` and asked
again when invalid; evidence is located in the document by polybrief, not the model.
Without an endpoint (no API key, no base URL) every hook raises ``Unavailable`` so the
offline plugins run instead.
"""

from __future__ import annotations

from polybrief import hookimpl
from polybrief.context import Context
from polybrief.records import Document, Extraction, Summary, Translation
from polybrief.settings import Setting

polybrief_name = "openai"
polybrief_io_bound = True  # calls wait on the endpoint: let the pipeline run several at once

# The hooks import their implementation on first call. The submodules must not be named
# after the hooks: importing ``.extract`` would replace the ``extract`` hook attribute.


@hookimpl
def register_settings() -> list[Setting]:
    from .settings import SETTINGS

    return SETTINGS


@hookimpl
def extract(document: Document, context: Context) -> Extraction:
    from .extraction import extract_document

    return extract_document(document, context)


@hookimpl
def summarize(
    documents: list[Document], extractions: list[Extraction], targets: list[str], context: Context
) -> list[Summary]:
    from .summaries import summarize_group

    return summarize_group(documents, extractions, targets, context)


@hookimpl
def translate(
    text: str, source_lang: str | None, target_lang: str, context: Context
) -> Translation | None:
    from .translation import translate_text

    return translate_text(text, source_lang, target_lang, context)

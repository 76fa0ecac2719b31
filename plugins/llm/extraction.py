"""Extraction of one document: one structured call holding the facts and the summaries in
every target language; for a document too long for one call, one call per chunk, merged.

A chunk that fails leaves the other chunks' facts in place and marks the extraction
partial; a document whose every call fails is a failure of this plugin for that document.
Summaries of a chunked document are left to the summarize stage, which writes them from
the merged facts in one more call.
"""

from __future__ import annotations

from polybrief.context import Context
from polybrief.errors import StageError
from polybrief.merge import merge_extractions
from polybrief.records import Document, Extraction, Summary, Usage

from .ask import Answer, AskFailed, Request, ask
from .chunking import Chunk, split_document
from .facts import PLUGIN, FactBuilder, cited_summaries, grounded_sources
from .prompts import fence_id, language_label
from .replies import reply_schema
from .runtime import Runtime, reply_cache, runtime

DRY_RUN_NOTE = "Dry run: nothing was sent to the LLM; usage and cost are estimates."


def extract_document(document: Document, context: Context) -> Extraction:
    state = runtime(context)
    targets = list(context.targets)
    chunks = split_document(document, state.counter, state.chunk_tokens)
    if len(chunks) == 1:
        return _single(document, chunks[0], targets, state, context)
    return _chunked(document, chunks, state, context)


def extraction_request(
    document: Document, chunk: Chunk, targets: list[str], state: Runtime
) -> Request:
    prompt = state.prompt("extract")
    part = ""
    if chunk.count > 1:
        part = (
            f"This is {chunk.label()} of a longer article: extract what this part states "
            "(the event may be reported elsewhere in the article)."
        )
    data = fenced_document(document, chunk)
    messages = prompt.messages(
        part=part,
        targets=", ".join(language_label(t) for t in targets) or "none (leave summaries empty)",
        fence=fence_id(data),
        document=data,
    )
    tokens = state.counter.count(chunk.text)
    return Request(
        purpose="extract",
        messages=messages,
        schema=reply_schema("llm_extraction", targets),
        schema_name="polybrief_extraction",
        prompt_version=prompt.version,
        expected_output=250 + tokens // 2 + 120 * len(targets),
    )


def fenced_document(document: Document, chunk: Chunk) -> str:
    """What goes inside the fence: a header of what is known about the document (its title
    is untrusted text too), a blank line, then the text of the chunk."""
    published = document.published.date if document.published else None
    header = [
        f"title: {(document.title or 'none').replace(chr(10), ' ')}",
        f"published: {published or 'unknown'}",
        f"language: {language_label(document.lang)}",
    ]
    return "\n".join(header) + "\n\n" + chunk.text


def _single(
    document: Document, chunk: Chunk, targets: list[str], state: Runtime, context: Context
) -> Extraction:
    request = extraction_request(document, chunk, targets, state)
    try:
        answer = ask(state, reply_cache(context), request, context.dry_run)
    except AskFailed as exc:
        raise StageError("extract", PLUGIN, document.source, str(exc)) from None
    if answer.data is None:
        return _dry_run(document, targets, answer.usage)
    builder = FactBuilder(document, chunk)
    extraction = builder.extraction(answer.data)
    extraction.summaries = cited_summaries(
        answer.data.get("summaries") or {},
        grounded_sources(builder.by_id, document.id),
        [document.id],
        targets,
        state.keep_ungrounded,
    )
    extraction.usage = answer.usage
    extraction.notes = state.endpoint.notes
    return extraction


def _chunked(
    document: Document, chunks: list[Chunk], state: Runtime, context: Context
) -> Extraction:
    parts: list[Extraction] = []
    failures: list[str] = []
    usage = Usage()
    cache = reply_cache(context)
    for chunk in chunks:
        request = extraction_request(document, chunk, [], state)
        try:
            answer: Answer = ask(state, cache, request, context.dry_run)
        except AskFailed as exc:
            usage.add(exc.usage)
            failures.append(f"{chunk.label()} failed: {exc}")
            continue
        usage.add(answer.usage)
        if answer.data is not None:
            parts.append(FactBuilder(document, chunk).extraction(answer.data))
    if context.dry_run:
        extraction = Extraction(document=document.ref(), extractors=[PLUGIN], notes=[DRY_RUN_NOTE])
    elif not parts:
        raise StageError(
            "extract", PLUGIN, document.source, f"every part failed: {'; '.join(failures)}"
        )
    else:
        extraction = merge_extractions(parts, document.ref())
    extraction.usage = usage
    extraction.partial = bool(failures)
    extraction.notes = [
        *extraction.notes,
        f"Long document: extracted in {len(chunks)} parts of at most {state.chunk_tokens} tokens.",
        *failures,
        *state.endpoint.notes,
    ]
    return extraction


def _dry_run(document: Document, targets: list[str], usage: Usage) -> Extraction:
    """What a dry run returns: no facts, the forecast usage, and empty summaries that stand
    for the ones the same call would have written."""
    summaries = [
        Summary(
            documents=[document.id],
            lang=target,
            target=target,
            summarizer=PLUGIN,
            method="abstractive",
            note="Dry run: written by the extraction call in a real run.",
        )
        for target in targets
    ]
    return Extraction(
        document=document.ref(),
        extractors=[PLUGIN],
        summaries=summaries,
        usage=usage,
        notes=[DRY_RUN_NOTE],
    )

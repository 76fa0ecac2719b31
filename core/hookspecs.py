"""The hooks a polybrief plugin can implement.

A plugin is any module or object with functions marked ``@polybrief.hookimpl`` whose names
are the hook names below. A hook implementation may take any subset of the arguments, by
name, so new arguments can be added later without breaking plugins.

The four stage hooks are called by the pipeline one plugin at a time: in the user's choice
(``--parser``, ``--extractor``, ``--summarizer``, ``--translator``) or else in the default
order, and the first plugin that returns something other than ``None`` wins. A plugin that
cannot work in the current configuration (say, no endpoint) raises
:class:`polybrief.Unavailable` and the next one is tried. Any other exception fails that one
document, with an error record naming the plugin; the batch goes on.

The default order is pluggy's: plugins registered later run first (third-party plugins come
after the built-in ones), and ``tryfirst``/``trylast`` move an implementation.

With ``jobs`` > 1, a large batch is spread over worker processes (one CPU each, up to
``jobs``), each with the same plugins: modules are imported there again and plugin objects
given in Python are pickled copies, so per-process state (a cache, a counter) is not
shared. A plugin whose calls wait on the network sets ``polybrief_io_bound = True`` at
module (or object) level; once it has served a stage, documents are processed ``jobs`` at
once in threads of the calling process instead. With ``jobs`` = 1, or a small batch, they
are processed one at a time in the calling thread.

``run`` then groups the documents that report the same event (``group``) and compares the
sources of each event (``compare``); these two are chosen the same way, with the settings
``grouper`` and ``comparer``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .context import Context
    from .errors import InputError
    from .inputs import Source
    from .records import Comparison, Document, Extraction, Summary, Translation
    from .settings import Setting

hookspec = pluggy.HookspecMarker("polybrief")
hookimpl = pluggy.HookimplMarker("polybrief")


@hookspec(firstresult=True)
def parse(source: Source, context: Context) -> list[Document | InputError] | None:
    """Turn one input into documents.

    Called once per input: a file, standard input, or bytes or text given from Python.
    ``source.data`` holds the raw bytes and ``source.name`` where they came from.

    Return a list of :class:`~polybrief.Document` (one for an article, several for a JSON
    Lines file), or ``None`` to decline an input that is not in your format. Raise
    :class:`~polybrief.InputError` for an input in your format that is broken; in a
    multi-record input, put an ``InputError`` in the list in place of a broken record, and
    the others go on. The pipeline fills in the id and checks each document against the
    ``document`` schema.

    First result wins.
    """


@hookspec(firstresult=True)
def extract(document: Document, context: Context) -> Extraction | None:
    """Extract the facts of one document: event, participants, quotes, figures, entities, dates.

    Called once per document, perhaps in a worker thread or a worker process (see the module
    documentation), so an implementation must be thread-safe. ``context.targets`` names the
    languages the user wants summaries in: an extractor that writes them in the same pass
    (one LLM call) puts them in ``Extraction.summaries`` and the summarize stage is skipped
    for those targets.

    Every fact carries :class:`~polybrief.Evidence` with the exact source text. Offsets
    are optional: the pipeline finds and checks them against the document and sets
    ``grounded`` itself, so a plugin cannot claim grounding it does not have.

    First result wins; when the user names several extractors, each runs and the facts are
    merged.
    """


@hookspec(firstresult=True)
def summarize(
    documents: list[Document],
    extractions: list[Extraction],
    targets: list[str],
    context: Context,
) -> list[Summary] | None:
    """Summarize one document, or a group of documents reporting the same event.

    ``extractions`` are the documents' extractions, in the same order (empty if extraction
    did not run). Return one :class:`~polybrief.Summary` per target language you can write.
    A summary that cannot be in the target language (an extractive summarizer keeps the
    source language) sets ``target`` to the language asked for and ``lang`` to the language
    it is in: the pipeline then asks the translate stage, and keeps it as it is, with a
    note, if nothing can translate. Every sentence cites its source documents.

    In ``run`` this is also called once per event with all its member documents (one call
    for the group, however many languages they are in); a summarizer that writes a title
    sets ``Summary.headline``. Sentences citing no member document are left out.

    First result wins.
    """


@hookspec(firstresult=True)
def translate(
    text: str, source_lang: str | None, target_lang: str, context: Context
) -> str | Translation | None:
    """Translate ``text`` from ``source_lang`` (None if unknown) into ``target_lang``.

    Lines are kept as lines: the pipeline sends a summary one sentence per line and expects
    the same number of lines back. Return ``None`` for a language pair you do not handle,
    and a :class:`~polybrief.Translation` rather than a string when the translation cost
    something (LLM calls), so the run report counts it.

    First result wins.
    """


@hookspec(firstresult=True)
def group(
    documents: Sequence[Document], extractions: Sequence[Extraction], context: Context
) -> list[list[str]] | None:
    """Group the documents of a run that report the same event, across languages.

    Called once, after every document of a ``run`` is extracted, with the documents that
    succeeded and their extractions, in the same order. Both are read-only sequences that
    may load each item from disk on access, so a plugin should go through them once and
    keep only what it needs.

    Return lists of document ids, one list per event; a document left out is an event of
    its own. First result wins.
    """


@hookspec(firstresult=True)
def compare(
    documents: list[Document],
    extractions: list[Extraction],
    targets: list[str],
    context: Context,
) -> Comparison | None:
    """What the reports of one event say together and where they differ.

    Called once per event with its member documents and their extractions. Return a
    :class:`~polybrief.records.Comparison`: participants, places, countries and topics
    merged across members and scripts, and per target language the claims (with the
    documents that support them and their grounded evidence) and the discrepancies (claims
    some sources lack, figures that differ, quotes worded differently, each with every
    source's value and evidence). Only grounded evidence should support a claim.

    First result wins.
    """


@hookspec
def register_settings() -> list[Setting]:
    """Declare the settings a plugin reads, so config files, ``POLYBRIEF_*`` variables and
    ``polybrief config`` know them. Called once when plugins load; all results are kept."""

"""Parser for plain text and Markdown: the fallback parser for anything that is text.

It decodes (byte-order marks, UTF-8, else a guessed legacy encoding such as Windows-1256),
turns Markdown into plain text with its first heading as the title, and hands the rest to
:func:`~polybrief.plugins.parsing.document.build_document`.
"""

from __future__ import annotations

import re

from polybrief import Setting, hookimpl
from polybrief.context import Context
from polybrief.inputs import Source
from polybrief.records import Document

from .parsing.document import build_document, normalize_text, parse_options
from .parsing.encoding import decode

MARKDOWN_SUFFIXES = {"md", "markdown"}
OTHER_FORMATS = {"html", "htm", "xhtml", "jsonl", "ndjson", "json", "pdf", "png", "jpg", "gif"}

_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_LIST = re.compile(r"^\s*(?:[-*+]\s+|>\s?)")


@hookimpl
def register_settings() -> list[Setting]:
    return [
        Setting(
            "language_data",
            "list",
            [],
            "Folders of extra language data files (TOML: month names, boilerplate…) for parsers.",
            plugin="text",
        )
    ]


def chosen(context: Context | None, name: str) -> bool:
    """True when the user named parser ``name`` (``--parser``): it then reads any input."""
    return bool(context and name in (context.config.get("parser") or ()))


@hookimpl(trylast=True)
def parse(source: Source, context: Context) -> list[Document] | None:
    if source.suffix in OTHER_FORMATS and not chosen(context, "text"):
        return None
    text, encoding = decode(source.data, source.name)
    markdown = source.suffix in MARKDOWN_SUFFIXES
    title = None
    if markdown:
        title, text = markdown_to_text(normalize_text(text))
    data, reference = parse_options(context)
    document = build_document(
        text,
        source.name,
        title=title,
        reference=reference,
        data=data,
        metadata={"format": "markdown" if markdown else "text", "encoding": encoding},
    )
    return [document]


def markdown_to_text(text: str) -> tuple[str | None, str]:
    """``(first heading, plain text)``: headings, lists, links and emphasis unwrapped."""
    title = None
    lines = []
    for line in text.split("\n"):
        heading = _MD_HEADING.match(line)
        if heading and title is None and not any(x.strip() for x in lines):
            title = heading.group(1).strip()
            continue
        line = heading.group(1) if heading else line
        line = _MD_LIST.sub("", line)
        lines.append(_MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line)))
    return title, "\n".join(lines)

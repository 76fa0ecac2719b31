"""Split a long document into chunks that fit the token budget, on sentence boundaries.

Each chunk is a contiguous span of the document, so facts found in it keep offsets relative
to the whole document (chunk start + offset in the chunk). A sentence longer than the
budget on its own is cut between words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from polybrief.plugins.parsing.sentences import split_sentences
from polybrief.records import Document


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int
    end: int
    text: str
    index: int = 0
    count: int = 1

    def label(self) -> str:
        return f"part {self.index + 1} of {self.count} (characters {self.start}–{self.end})"


def split_document(document: Document, counter: Any, budget: int) -> list[Chunk]:
    """The chunks of ``document``: one if it fits ``budget`` tokens (with the counter's margin)."""
    text = document.text
    if counter.budgeted(text) <= budget:
        return [Chunk(0, len(text), text)]
    pieces: list[tuple[int, int, int]] = []  # start, end, tokens
    for start, end in document.sentences or split_sentences(text):
        tokens = counter.budgeted(text[start:end])
        if tokens <= budget:
            pieces.append((start, end, tokens))
        else:
            pieces.extend(_cut(text, start, end, counter, budget))
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    used = 0
    for start, end, tokens in pieces:
        if current is not None and used + tokens + 1 <= budget:
            current = (current[0], end)
            used += tokens + 1
            continue
        if current is not None:
            spans.append(current)
        current, used = (start, end), tokens
    if current is not None:
        spans.append(current)
    return [Chunk(s, e, text[s:e], i, len(spans)) for i, (s, e) in enumerate(spans)]


def _cut(text: str, start: int, end: int, counter: Any, budget: int) -> list[tuple[int, int, int]]:
    """Cut an over-long span into pieces of at most ``budget`` tokens, between words."""
    encoding = counter.encoding
    tokens = encoding.encode(text[start:end], disallowed_special=())
    _, offsets = encoding.decode_with_offsets(tokens)
    step = max(1, int(budget / (1 + counter.margin)) - 1)
    pieces = []
    first = 0
    while first < len(tokens):
        last = min(len(tokens), first + step)
        cut_at = end if last >= len(tokens) else start + offsets[last]
        if last < len(tokens):
            space = text.rfind(" ", start + offsets[first] + 1, cut_at)
            if space > start + offsets[first]:
                cut_at = space
        piece_start = start + offsets[first]
        pieces.append((piece_start, cut_at, counter.budgeted(text[piece_start:cut_at])))
        # continue from the token that holds the cut
        while last > first + 1 and start + offsets[last - 1] >= cut_at:
            last -= 1
        first = last
    return [(s, e, t) for s, e, t in pieces if e > s]

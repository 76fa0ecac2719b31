"""Check every fact's evidence against its document and find the true offsets.

Plugins (an LLM above all) may quote a little differently from the source or give wrong
offsets; the pipeline, not the plugin, decides what is grounded. A quote is looked up
exactly, then in the folded matching form (:mod:`polybrief.textnorm`). Evidence that cannot
be found is kept, marked ``grounded: false``.
"""

from __future__ import annotations

import unicodedata

from .records import Evidence, Extraction, Grounding
from .textnorm import fold, matching_form, unit_end


class Locator:
    """Finds evidence in one document; builds the folded form once, on first need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: tuple[str, list[int]] | None = None

    def _exact(self, needle: str, near: int | None) -> int | None:
        best, position = None, self.text.find(needle)
        while position != -1:
            if near is None:
                return position
            if best is None or abs(position - near) < abs(best - near):
                best = position
            position = self.text.find(needle, position + 1)
        return best

    def locate(self, needle: str, near: int | None = None) -> tuple[int, int, str] | None:
        """``(start, end, match)`` of ``needle`` in the text, nearest ``near``; None if absent."""
        if not needle.strip():
            return None
        for candidate in (needle, unicodedata.normalize("NFC", needle), needle.strip()):
            found = self._exact(candidate, near)
            if found is not None:
                return found, found + len(candidate), "exact"
        target = fold(needle)
        if not target:
            return None
        if self._folded is None:
            self._folded = matching_form(self.text)
        folded, index = self._folded
        best, position = None, folded.find(target)
        while position != -1:
            if (
                near is None
                or best is None
                or abs(index[position] - near) < abs(index[best] - near)
            ):
                best = position
            if near is None:
                break
            position = folded.find(target, position + 1)
        if best is None:
            return None
        return index[best], unit_end(self.text, index[best + len(target) - 1]), "normalized"

    def ground(self, evidence: Evidence) -> Evidence:
        """Set offsets, ``grounded`` and ``match`` on ``evidence`` from the text itself."""
        start, end = evidence.start, evidence.end
        if (
            start is not None
            and end is not None
            and 0 <= start <= end <= len(self.text)
            and self.text[start:end] == evidence.text
        ):
            evidence.grounded, evidence.match = True, "exact"
            return evidence
        found = self.locate(evidence.text, start)
        if found is None:
            evidence.start = evidence.end = None
            evidence.grounded, evidence.match = False, None
        else:
            evidence.start, evidence.end, evidence.match = found
            evidence.grounded = True
        return evidence


def ground_extraction(extraction: Extraction, text: str) -> Extraction:
    """Ground every evidence of ``extraction`` in ``text`` and count the result."""
    locator = Locator(text)
    evidences = extraction.evidences()
    for evidence in evidences:
        locator.ground(evidence)
    extraction.grounding = Grounding(len(evidences), sum(e.grounded for e in evidences))
    return extraction

"""Records nest: an extraction carries the summaries written in the same pass."""

from __future__ import annotations

from polybrief.records import DocumentRef, Extraction, SourceRef, Summary, SummarySentence
from polybrief.validation import errors_for


def test_summaries_inside_an_extraction_are_full_records():
    summary = Summary(
        documents=["doc_1"],
        lang="en",
        target="en",
        summarizer="x",
        method="abstractive",
        sentences=[SummarySentence("A call took place.", [SourceRef("doc_1", 0, 4)])],
    )
    extraction = Extraction(DocumentRef("doc_1", "a.txt"), extractors=["x"], summaries=[summary])
    data = extraction.to_dict()
    assert data["summaries"][0]["kind"] == "summary"
    assert errors_for(data, "extraction") == []
    back = Extraction.from_dict(data)
    assert back.summaries[0] == summary

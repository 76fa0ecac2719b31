"""The fast validator and jsonschema agree; jsonschema gives the reasons."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from polybrief import Pipeline
from polybrief.errors import RecordInvalid
from polybrief.validation import _fast_validator, check, errors_for

from conftest import EXAMPLES


@pytest.fixture(scope="module")
def records() -> list[dict]:
    result = Pipeline(to=["en", "fr"]).run(Path(EXAMPLES))
    return [r.to_dict() for r in result.records]


def _breakages(record: dict) -> list[dict]:
    broken = []
    for key in ("kind", "source", "document", "documents", "text", "stages"):
        if key in record:
            bad = copy.deepcopy(record)
            bad[key] = 12345
            broken.append(bad)
    extra = copy.deepcopy(record)
    extra["unexpected"] = True
    broken.append(extra)
    return broken


def test_both_validators_accept_what_the_pipeline_writes(records):
    kinds = {r["kind"] for r in records}
    assert {"extraction", "summary", "event", "run_report"} <= kinds
    for record in records:
        assert errors_for(record, record["kind"]) == []
        assert _fast_validator(record["kind"]).is_valid(record)


def test_both_validators_reject_broken_records_and_the_reasons_are_readable(records):
    for record in records:
        for bad in _breakages(record):
            kind = record["kind"]
            assert not _fast_validator(kind).is_valid(bad)
            assert errors_for(bad, kind)
            with pytest.raises(RecordInvalid) as info:
                check(bad, kind)
            assert info.value.errors == errors_for(bad, kind)

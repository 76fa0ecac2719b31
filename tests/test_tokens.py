"""Token counts work offline and say which encoding counted."""

from __future__ import annotations

import pytest

from polybrief.errors import ConfigError
from polybrief.tokens import FALLBACK_MARGIN, counter_for


@pytest.fixture(autouse=True)
def empty_tiktoken_cache(monkeypatch, tmp_path):
    """No encoding file is cached: what a machine without network has."""
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path / "tiktoken"))
    counter_for.cache_clear()
    yield
    counter_for.cache_clear()


def test_unknown_model_counts_with_the_offline_cl100k():
    counter = counter_for("llama3.1")
    assert counter.label.startswith("cl100k_base (offline fallback")
    assert "llama3.1" in counter.label
    assert not counter.exact and counter.margin == FALLBACK_MARGIN
    assert counter.count("The two ministers spoke by phone.") == 7


def test_model_whose_encoding_is_not_cached_falls_back_and_says_so():
    counter = counter_for("gpt-4o-mini")
    assert "o200k_base is not available offline" in counter.label
    persian = "وزیر امور خارجه نروژ در تماسی تلفنی گفت‌وگو کرد."
    assert counter.count(persian) > counter.count("The Norwegian foreign minister spoke.")
    assert counter.budgeted(persian) >= counter.count(persian) * (1 + FALLBACK_MARGIN) - 1


def test_cl100k_model_uses_the_shipped_file_as_its_own_encoding():
    counter = counter_for("gpt-4")
    assert counter.exact and counter.margin == 0
    assert "cl100k_base" in counter.label


def test_messages_cost_a_few_tokens_each():
    counter = counter_for("llama3.1")
    messages = [{"role": "system", "content": "Hi."}, {"role": "user", "content": "Hello."}]
    content = counter.count("Hi.") + counter.count("Hello.")
    assert counter.count_messages(messages) == content + 3 + 2 * 3


def test_an_encoding_that_cannot_load_is_a_config_error():
    with pytest.raises(ConfigError, match="setting 'encoding'"):
        counter_for("gpt-4o", "no_such_encoding")

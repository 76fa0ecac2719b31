"""Cache, dry run and prices: a rerun costs no call, a dry run calls nothing."""

from __future__ import annotations

import pytest
from llm_support import ENGLISH, FRENCH, PERSIAN, llm_pipeline

from polybrief.errors import ConfigError
from polybrief.plugins.llm.pricing import PRICES, Price, price_for, price_table
from polybrief.testing.fake_openai import FakeOpenAI

from conftest import assert_valid, jsonl


@pytest.fixture
def fake():
    with FakeOpenAI() as server:
        yield server


def test_second_run_makes_no_call(fake):
    first = llm_pipeline(fake, to=["en", "fr"]).run([ENGLISH, PERSIAN])
    assert fake.calls == 2 and first.report.usage.cache_hits == 0
    second = llm_pipeline(fake, to=["en", "fr"]).run([ENGLISH, PERSIAN])
    assert fake.calls == 2  # nothing new was sent
    usage = second.report.usage
    assert (usage.calls, usage.cache_hits, usage.prompt_tokens) == (0, 2, 0)
    assert [e.to_dict()["quotes"] for e in second.extractions] == [
        e.to_dict()["quotes"] for e in first.extractions
    ]
    assert [s.text for s in second.summaries] == [s.text for s in first.summaries]


def test_other_parameters_or_targets_miss_the_cache(fake):
    llm_pipeline(fake).run([ENGLISH])
    llm_pipeline(fake, temperature=0.5).run([ENGLISH])
    llm_pipeline(fake, to=["fa"]).run([ENGLISH])
    llm_pipeline(fake, model="other-model").run([ENGLISH])
    assert fake.calls == 4


def test_no_cache_calls_again_and_refreshes_the_cache(fake, tmp_path):
    cache_dir = tmp_path / "replies"
    llm_pipeline(fake, cache_dir=str(cache_dir)).run([ENGLISH])
    llm_pipeline(fake, cache_dir=str(cache_dir), cache=False).run([ENGLISH])
    assert fake.calls == 2
    assert (cache_dir / "replies.sqlite3").is_file()
    llm_pipeline(fake, cache_dir=str(cache_dir)).run([ENGLISH])
    assert fake.calls == 2


def test_cache_dir_from_the_environment(fake, tmp_path, monkeypatch):
    monkeypatch.setenv("POLYBRIEF_CACHE_DIR", str(tmp_path / "elsewhere"))
    llm_pipeline(fake).run([ENGLISH])
    assert (tmp_path / "elsewhere" / "replies.sqlite3").is_file()


def test_invalid_cached_reply_is_not_trusted(fake, tmp_path):
    from polybrief.cache import ReplyCache

    llm_pipeline(fake).run([ENGLISH])
    cache = ReplyCache(tmp_path / "xdg-cache" / "polybrief")
    (key,) = [row[0] for row in cache._db.execute("SELECT key FROM replies")]
    cache.put(key, {"content": "{broken"})
    llm_pipeline(fake).run([ENGLISH])
    assert fake.calls == 2


def test_dry_run_counts_and_prices_without_calling(fake, cli, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
    result = cli("run", ENGLISH, FRENCH, "--dry-run", "--model", "gpt-4o-mini", "--to", "en,fr")
    assert result.exit_code == 0, result.stderr
    assert fake.calls == 0
    records = jsonl(
        cli("run", ENGLISH, "--dry-run", "--model", "gpt-4o-mini", "-f", "jsonl").stdout
    )
    assert_valid(records)
    report = records[-1]
    assert report["dry_run"] is True
    usage = report["usage"]
    assert usage["estimated"] is True and usage["calls"] == 1
    assert usage["prompt_tokens"] > 700 and usage["completion_tokens"] > 0
    expected = PRICES["gpt-4o-mini"].cost(usage["prompt_tokens"], usage["completion_tokens"])
    assert usage["cost"] == pytest.approx(expected)
    assert fake.calls == 0
    assert "Dry run" in " ".join(report["notes"])


def test_dry_run_after_a_real_run_counts_the_cached_reply_as_free(fake):
    llm_pipeline(fake, model="gpt-4o-mini").run([ENGLISH])
    pipe = llm_pipeline(fake, model="gpt-4o-mini")
    pipe.context = pipe.context.replace(dry_run=True)
    usage = pipe.run([ENGLISH]).report.usage
    assert (usage.calls, usage.cache_hits, usage.cost) == (0, 1, 0.0)


def test_real_run_reports_cost_from_the_price_table(fake):
    usage = llm_pipeline(fake, model="gpt-4o-mini-2024-07-18").run([ENGLISH]).report.usage
    assert usage.cost == pytest.approx(
        PRICES["gpt-4o-mini"].cost(usage.prompt_tokens, usage.completion_tokens)
    )
    assert llm_pipeline(fake, model="my-local-model").run([ENGLISH]).report.usage.cost is None


def test_prices_setting_overrides_the_table(fake):
    prices = {"my-local-model": {"input": 1.0, "output": 2.0}}
    usage = llm_pipeline(fake, model="my-local-model", prices=prices).run([ENGLISH]).report.usage
    assert usage.cost == pytest.approx((usage.prompt_tokens + 2 * usage.completion_tokens) / 1e6)


def test_price_lookup_prefers_the_longest_known_prefix():
    table = price_table({"gpt-4o": [1, 2]})
    assert price_for("gpt-4o-mini-2024-07-18", table) == PRICES["gpt-4o-mini"]
    assert price_for("gpt-4o-2024-08-06", table) == Price(1.0, 2.0)
    assert price_for("llama3.1", table) is None
    with pytest.raises(ConfigError, match="setting 'prices'"):
        price_table({"x": "cheap"})


def test_resume_skips_documents_already_written_without_calling(fake, cli, monkeypatch, tmp_path):
    monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
    out = tmp_path / "out.jsonl"
    first = cli("run", ENGLISH, "-o", out, "--model", "fake-model")
    assert first.exit_code == 0 and fake.calls == 1
    again = cli(
        "run", ENGLISH, PERSIAN, "-o", out, "--resume", "--no-cache", "--model", "fake-model"
    )
    assert again.exit_code == 0, again.stderr
    assert fake.calls == 2  # only the new document; --no-cache: the skip is not the cache
    records = jsonl(out.read_text(encoding="utf-8"))
    assert_valid(records)
    assert records[-1]["documents"]["skipped"] == 1

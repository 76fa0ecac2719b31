"""What calls cost: a price table per model, which the ``prices`` setting extends or overrides.

Prices are US dollars per million tokens, as OpenAI published them for standard (not batch,
not cached) use; they change, so set your own with ``prices`` when it matters. A model not
in the table (a local one, say) has no price: its cost is reported as unknown, not as zero.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from polybrief.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Price:
    input: float
    output: float

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return round((prompt_tokens * self.input + completion_tokens * self.output) / 1e6, 6)


PRICES: dict[str, Price] = {
    "gpt-4o": Price(2.50, 10.00),
    "gpt-4o-mini": Price(0.15, 0.60),
    "gpt-4.1": Price(2.00, 8.00),
    "gpt-4.1-mini": Price(0.40, 1.60),
    "gpt-4.1-nano": Price(0.10, 0.40),
    "gpt-5": Price(1.25, 10.00),
    "gpt-5-mini": Price(0.25, 2.00),
    "gpt-5-nano": Price(0.05, 0.40),
    "o3": Price(2.00, 8.00),
    "o4-mini": Price(1.10, 4.40),
    "gpt-3.5-turbo": Price(0.50, 1.50),
}


def _price(value: Any, model: str) -> Price:
    try:
        if isinstance(value, Mapping):
            return Price(float(value["input"]), float(value["output"]))
        if isinstance(value, list | tuple) and len(value) == 2:
            return Price(float(value[0]), float(value[1]))
    except (KeyError, TypeError, ValueError):
        pass
    raise ConfigError(
        f"setting 'prices': the price of {model!r} must be a table "
        "{input = …, output = …} in dollars per million tokens"
    )


def price_table(overrides: Mapping[str, Any] | None) -> dict[str, Price]:
    """The built-in table with the user's ``prices`` over it."""
    table = dict(PRICES)
    for model, value in (overrides or {}).items():
        table[str(model)] = _price(value, str(model))
    return table


def price_for(model: str, table: Mapping[str, Price]) -> Price | None:
    """The price of ``model``: exact name first, then the longest known prefix
    (``gpt-4o-2024-08-06`` costs what ``gpt-4o`` costs)."""
    if model in table:
        return table[model]
    known = [name for name in table if model.startswith(name + "-")]
    return table[max(known, key=len)] if known else None

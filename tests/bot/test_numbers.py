"""Number formats: the translator's cached patterns give exactly babel's format_decimal."""

from __future__ import annotations

import random

import pytest
from babel.numbers import format_decimal

from bot.config import Settings
from bot.i18n import I18n


@pytest.mark.parametrize("locale", ["vi", "en"])
def test_formats_equal_babel(locale: str) -> None:
    """dec, amount and pct agree with format_decimal on many values, rounding edges included."""
    t = I18n(Settings().locales_dir).get(locale)
    rng = random.Random(7)
    values = [0.0, 0.005, 2.675, 13.235, -1.5, 5103.888, 1e-9, 181, 1_234_567.8915]
    values += [rng.uniform(-1e6, 1e6) for _ in range(300)] + [
        rng.uniform(0, 20) for _ in range(300)
    ]
    for value in values:
        for digits in (0, 1, 2, 3):
            pattern = "#,##0." + "0" * digits if digits else "#,##0"
            assert t.dec(value, digits) == format_decimal(value, format=pattern, locale=locale)
        assert t.amount(value) == format_decimal(value, format="#,##0.###", locale=locale)
        assert (
            t.pct(value, 181)
            == format_decimal(100 * value / 181, format="#,##0.0", locale=locale) + "%"
        )
    assert t.dec(13.2345) == ("13,23" if locale == "vi" else "13.23")

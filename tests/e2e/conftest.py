"""Fixtures the end-to-end tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.test_zalo_e2e import TOKEN as ZALO_TOKEN
from tests.fakes.zalo_api import FakeZaloApi


@pytest.fixture
def zalo() -> Iterator[FakeZaloApi]:
    """A fake Zalo Bot API for the bot's token."""
    with FakeZaloApi(ZALO_TOKEN) as fake:
        yield fake

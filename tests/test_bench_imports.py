"""The benchmarks are not run in the tests, but they must still import (they share the fakes)."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize(
    "name",
    [
        "bench.answers",
        "bench.telegram_throughput",
        "bench.broadcast",
        "bench.export_status",
        "bench.import_status",
        "bench.fresh_questions",
    ],
)
def test_benchmark_imports(name: str) -> None:
    """Each benchmark module imports and has its entry point."""
    module = importlib.import_module(name)
    assert callable(module.main)

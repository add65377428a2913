"""Shortcuts taken for speed on large towns leave detection's outcome exactly as it was."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from wijkverbinder.core.detection import DetectionConfig, detect, scan
from wijkverbinder.core.detection import series as series_module
from wijkverbinder.core.synthetic.generator import generate_town
from wijkverbinder.core.tests.detection.town import SEEDS


def _run(signals: list[Any], config: DetectionConfig) -> list[dict[str, Any]]:
    return [q.to_json() for q in detect(signals, seeds=SEEDS, config=config).questions]


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(
    "config",
    [DetectionConfig(), DetectionConfig(max_p_value=0.05, min_score=-3.0)],
    ids=["default", "loose"],
)
def test_windows_left_out_by_the_bound_would_have_failed_their_test(
    seed: int, config: DetectionConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    signals = generate_town(3000, seed=seed).signals
    dropped: list[int] = []
    hopeful = scan._hopeful

    def counting(*args: Any, **kwargs: Any) -> np.ndarray:
        kept: np.ndarray = hopeful(*args, **kwargs)
        dropped.append(int((~kept).sum()))
        return kept

    monkeypatch.setattr(scan, "_hopeful", counting)
    fast = _run(signals, config)
    assert sum(dropped) > 0  # the bound did leave windows out
    monkeypatch.setattr(scan, "_hopeful", lambda series, *_, **__: np.ones(len(series), dtype=bool))
    assert _run(signals, config) == fast


@pytest.mark.parametrize("spread", [10, 2**40])
def test_one_combined_sort_orders_events_as_lexsort_does(spread: int) -> None:
    rng = np.random.default_rng(spread)
    series = rng.integers(0, 50, 5000) * spread  # 2**40: too wide to combine, lexsort is used
    household = rng.integers(0, 30, 5000)
    day = rng.integers(-5, 400, 5000)  # days of one series repeat: the sort must be stable
    expected = np.lexsort((day, household, series))
    assert np.array_equal(series_module._order_by(series, household, day), expected)
    assert len(series_module._order_by(series[:0], household[:0], day[:0])) == 0

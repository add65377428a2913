"""Series with fewer than ``min_households`` households are left out of the scan (none of their
windows can be tested), and their windows still count in the multiple-testing correction."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.detection.detector import IncrementalDetector
from wijkverbinder.core.detection.scan import scan
from wijkverbinder.core.detection.series import build_series
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.tests.detection.town import SEEDS


def test_series_too_small_to_test_are_left_out_but_counted_in_the_correction(golden):
    """Two households on a street of their own: its series are left out, the scan finds the same
    windows with the same p-values, and the correction counts the same number of windows."""
    theme = next(iter(SEEDS))
    lone = [
        SignalRecord(f"ln-{i}", date(2024, 3, 1) + timedelta(days=30 * i), "losse melding",
                     "BU00010003", "Nieuwe Laan", role="affected", household=f"ln{i % 2}",
                     theme=theme)
        for i in range(3)
    ]  # fmt: skip
    frame = IncrementalDetector([*golden, *lone], seeds=SEEDS, seed=7).frame
    rows = np.flatnonzero(frame.column("theme") >= 0)
    config = DetectionConfig()
    events, table = build_series(frame, rows, config)
    every, every_table = build_series(frame, rows, DetectionConfig(min_households=1))
    assert every.hidden_starts == 0
    assert events.hidden_starts > 0
    assert len(table.total) < len(every_table.total)
    households = np.bincount(np.unique(events.series * (frame.size + 1) + events.household)
                             // (frame.size + 1))  # fmt: skip
    assert households.min() >= config.min_households
    found, found_every = scan(events, table, config), scan(every, every_table, config)
    assert found.windows_tested == found_every.windows_tested
    assert len(found.log10_p) > 0
    assert np.array_equal(found.log10_p, found_every.log10_p)
    assert np.array_equal(found.households, found_every.households)
    assert np.array_equal(table.theme[found.series], every_table.theme[found_every.series])

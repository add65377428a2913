"""The town's test and the local test: windows beside a found matter widen or join it, never
open a question."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import numpy as np

from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.tests.detection.town import (
    SEEDS,
    question,
    street_series,
    themed,
)


def test_a_window_of_the_local_test_joins_a_matter_but_never_opens_one(golden):
    """A cluster whose window passed only the local test (p ≤ 0.001, not corrected for the town's
    number of windows) joins a matter at its place and period; alone it is no question."""
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster

    frame, table, ids = themed(golden)
    core = np.array([ids.index(f"q1-{i}") for i in range(4)])
    rest = np.array([ids.index(f"q1-{i}") for i in range(4, 8)])
    street = street_series(frame, table, core[0])
    local = Cluster(street, rest, 3, 0.1, -3.5, primary=False)
    joined = merge_clusters([local, Cluster(street, core, 4, 0.1, -9.0)], frame, table, 14)
    assert len(joined) == 1
    assert set(joined[0].rows) == set(core) | set(rest)
    assert merge_clusters([local], frame, table, 14) == []


def _town_with_local_windows(golden: list[SignalRecord]) -> tuple[Any, Any, Any, Any, Any, float]:
    """The golden town with a smaller burst a year before in each buurt of a question, scanned as
    a small town (``loose``: p ≤ 0.001 lists) and as a town so large that only the best window
    passes its test (``large``); returns frame, events, table, loose, large and the large town's
    limit."""
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.detector import IncrementalDetector as Detector
    from wijkverbinder.core.detection.scan import p_limit, scan
    from wijkverbinder.core.detection.series import ALL_SIGNALS, build_series

    config = Config()
    earlier = [
        *question("e", "BU00010002", "Dorpsweg", date(2023, 2, 1), ["e1", "e2", "e3", "e4", "e5", "e6"],
                  text="weer jongeren bij de ingang", theme=None),
        *question("f", "BU00010001", "Kerkstraat", date(2023, 2, 1), ["f1", "f2", "f3", "f4", "f5", "f6"],
                  text="weer harde muziek", theme=None),
    ]  # fmt: skip
    frame = Detector([*golden, *earlier], seeds=SEEDS, seed=7).frame
    everything = np.full(frame.size, frame.theme_code(ALL_SIGNALS))
    events, table = build_series(frame, np.arange(frame.size), config, everything)
    loose = scan(events, table, config, windows_tested=10)
    tested = int(10 ** (2.0 - float(loose.log10_p[0]) - 0.01))
    large = scan(events, table, config, windows_tested=tested)
    return frame, events, table, loose, large, p_limit(config, tested)


def test_windows_of_the_local_test_are_kept_only_where_a_window_passed_the_towns_test(golden):
    """At a large town's correction, `scan` keeps windows that pass only the local test in the
    buurten where some window passed the corrected test, and nowhere else; `select_clusters`
    marks their clusters as not primary, and every primary cluster passed the town's test."""
    from wijkverbinder.core.detection.config import DetectionConfig as Config
    from wijkverbinder.core.detection.scan import p_local
    from wijkverbinder.core.detection.select import select_clusters

    config = Config()
    frame, events, table, loose, large, limit = _town_with_local_windows(golden)
    best, top = float(loose.log10_p[0]), int(table.buurt[loose.series[0]])
    assert set(table.buurt[loose.series].tolist()) - {top}  # other buurten pass the local test
    assert best <= limit < float(np.sort(np.unique(loose.log10_p))[1])
    strict = large.log10_p <= limit
    assert strict.sum() >= 1
    assert (~strict).sum() >= 1
    assert np.all(large.log10_p <= p_local(config))
    assert set(table.buurt[large.series].tolist()) == {top}
    # ... and only those that could reach a window of the town's test within the merge slack
    reach = max(config.window_days) + config.merge_gap_days
    first, last = large.start[strict].min(), (large.start + large.width)[strict].max()
    assert np.all(large.start[~strict] >= first - reach)
    assert np.all(large.start[~strict] <= last + config.merge_gap_days)
    in_top = table.buurt[loose.series] == top
    assert (loose.start[in_top] < first - reach).any()  # the earlier burst passes the local test
    clusters = select_clusters(events, table, large, np.zeros(frame.size, bool), config)
    assert clusters[0].primary
    assert all(c.log10_p <= limit for c in clusters if c.primary)
    assert all(c.log10_p > limit for c in clusters if not c.primary)


def test_a_window_widened_into_one_that_fails_the_towns_test_keeps_its_own(golden, monkeypatch):
    """When the window a best window would widen to passes only the local test, the best window
    is kept as it is (a question of the town's test), not dropped."""
    from wijkverbinder.core.detection import select
    from wijkverbinder.core.detection.config import DetectionConfig as Config

    frame, events, table, _, large, limit = _town_with_local_windows(golden)
    local = np.flatnonzero(large.log10_p > limit)
    same = local[large.series[local] == large.series[0]]
    target = int(same[0]) if len(same) else int(local[0])
    widened = np.arange(len(large.series))
    widened[0] = target
    monkeypatch.setattr(select, "_widest", lambda candidates: widened)
    clusters = select.select_clusters(events, table, large, np.zeros(frame.size, bool), Config())
    first = clusters[0]
    assert first.primary
    assert first.series == int(large.series[0])
    assert first.log10_p <= limit


def test_a_broad_window_of_the_local_test_joins_only_a_matter_of_its_theme_family(golden):
    """A buurt window of the local test whose signals lie mostly on other streets, but which
    covers the matter's street, joins the matter when it is of the matter's theme family and stays
    out when it is of another kind; a window that passed the town's test joins either way."""
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster

    frame, table, ids = themed(golden)
    core = np.array([ids.index(f"q1-{i}") for i in range(7)])
    street = street_series(frame, table, core[0])
    matter = Cluster(street, core, 6, 0.1, -9.0)
    around = np.array([ids.index(r.id) for r in frame.records if r.neighbourhood == "BU00010001"
                       and r.street != "Kerkstraat"
                       and date(2024, 2, 20) <= r.date <= date(2024, 4, 10)])  # fmt: skip
    assert len(around) >= 2
    rows = np.concatenate([[ids.index("q1-7")], around])
    buurt = frame.buurten.index["BU00010001"]

    def buurt_series(theme: str) -> int:
        code = frame.themes.index[theme]
        found = (table.theme == code) & (table.place < 0) & (table.buurt == buurt)
        return int(np.flatnonzero(found)[0])

    kin = Cluster(buurt_series("overlast.jongeren"), rows, 3, 0.5, -3.5, primary=False)
    other = Cluster(buurt_series("leefomgeving.afval"), rows, 3, 0.5, -3.5, primary=False)
    for cluster, joins in ((kin, True), (other, False), (replace(other, primary=True), True)):
        matters = merge_clusters([matter, cluster], frame, table, 14)
        assert len(matters) == 1
        assert bool(set(around) & set(matters[0].rows.tolist())) is joins


def test_a_window_of_the_local_test_without_addresses_joins_only_a_matter_of_its_family(golden):
    """Reports without an address in the matter's buurt and weeks, found by the local test only,
    join the matter when they are of its theme family, not when they are of another kind."""
    from wijkverbinder.core.detection.matters import merge_clusters
    from wijkverbinder.core.detection.select import Cluster

    loose = [
        SignalRecord(f"u-{i}", date(2024, 3, 1) + timedelta(days=4 * i), "weer jongeren hier",
                     "BU00010001", role="affected", household=f"uh{i}", theme="overlast.jongeren")
        for i in range(3)
    ]  # fmt: skip
    frame, table, ids = themed([*golden, *loose])
    core = np.array([ids.index(f"q1-{i}") for i in range(7)])
    street = street_series(frame, table, core[0])
    rows = np.array([ids.index(r.id) for r in loose])
    buurt = frame.buurten.index["BU00010001"]
    for theme, joins in (("overlast.jongeren", True), ("leefomgeving.afval", False)):
        code = frame.themes.index[theme]
        series = int(np.flatnonzero((table.theme == code) & (table.buurt == buurt))[0])
        cluster = Cluster(series, rows, 3, 0.5, -3.5, primary=False)
        matters = merge_clusters([Cluster(street, core, 6, 0.1, -9.0), cluster], frame, table, 14)
        assert len(matters) == 1
        assert bool(set(rows.tolist()) & set(matters[0].rows.tolist())) is joins

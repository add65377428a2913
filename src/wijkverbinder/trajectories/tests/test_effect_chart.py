"""The effect chart's moment labels do not overlap when the moments are close together."""

from __future__ import annotations

import datetime as dt
import re

from wijkverbinder.core.effect import EffectResult, WeekPoint
from wijkverbinder.trajectories.effect_chart import CHAR_WIDTH, WIDTH, effect_svg

LABEL = re.compile(
    r'<text x="([\d.]+)" y="(\d+)" text-anchor="(start|end)" class="ef-label">([^<]+)<'
)


def _result(moments: tuple[tuple[str, dt.date], ...]) -> EffectResult:
    first = dt.date(2025, 6, 2)
    weeks = tuple(WeekPoint(first + dt.timedelta(weeks=i), i % 3, 1.0, 0.5, 2.0) for i in range(72))
    return EffectResult(
        verdict="daling", wording="", ratio=0.5, low=0.3, high=0.8, moment=moments[-1][1],
        moment_kind="overdracht", weeks_before=48, weeks_after=24, signals_before=50,
        signals_after=10, comparison_places=9, comparison_before=60, comparison_after=40,
        naive_ratio=0.5, alpha=0.1, place_name="Tulpenhof", weeks=weeks, moments=moments,
    )  # fmt: skip


def test_labels_of_close_moments_do_not_overlap() -> None:
    start = dt.date(2025, 6, 2)
    svg = effect_svg(
        _result(
            (
                ("start", start + dt.timedelta(weeks=35)),
                ("eerste bijeenkomst", start + dt.timedelta(weeks=44)),
                ("overdracht", start + dt.timedelta(weeks=48)),  # four weeks later
            )
        )
    )
    boxes = []
    for x, y, anchor, text in LABEL.findall(svg):
        width = len(text) * CHAR_WIDTH
        left = float(x) if anchor == "start" else float(x) - width
        boxes.append((int(y), left, left + width, text))
    assert len(boxes) == 3
    for i, (y1, a1, b1, t1) in enumerate(boxes):
        for y2, a2, b2, t2 in boxes[i + 1 :]:
            assert y1 != y2 or b1 < a2 or b2 < a1, f"{t1!r} overlaps {t2!r}"


def test_labels_with_no_free_place_stay_inside_the_chart() -> None:
    """Four moments in the chart's last weeks: a label that fits nowhere free goes in the last
    row on the side that keeps it inside the chart (it ran past the right edge)."""
    start = dt.date(2025, 6, 2)
    moments = (("start", 66), ("eerste bijeenkomst", 68), ("overdracht", 70),
               ("tweede bijeenkomst", 71))  # fmt: skip
    svg = effect_svg(_result(tuple((n, start + dt.timedelta(weeks=w)) for n, w in moments)))
    labels = LABEL.findall(svg)
    assert len(labels) == 4
    for x, _, anchor, text in labels:
        width = len(text) * CHAR_WIDTH
        left = float(x) if anchor == "start" else float(x) - width
        assert left >= 0, text
        assert left + width <= WIDTH, text

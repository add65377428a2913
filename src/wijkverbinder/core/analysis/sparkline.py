"""A small SVG line of a series (a trend per theme); a hidden or missing value breaks the line.

The drawing is decorative next to its numbers (`aria-hidden`): the table beside it says the same.
"""

from __future__ import annotations

from collections.abc import Sequence

WIDTH, HEIGHT, PAD = 120, 28, 2


def sparkline(values: Sequence[float | None], *, width: int = WIDTH, height: int = HEIGHT) -> str:
    """SVG of the series; None values leave a gap. Empty string when nothing can be drawn."""
    known = [v for v in values if v is not None]
    if len(values) < 2 or not known:
        return ""
    top = max(known) or 1.0
    step = (width - 2 * PAD) / (len(values) - 1)
    runs: list[list[str]] = [[]]
    dots = []
    for index, value in enumerate(values):
        if value is None:
            runs.append([])
            continue
        x = PAD + index * step
        y = PAD + (height - 2 * PAD) * (1 - value / top)
        runs[-1].append(f"{x:.1f},{y:.1f}")
        dots.append((x, y))
    lines = "".join(
        f'<polyline points="{" ".join(run)}" fill="none" stroke="#08519c" stroke-width="1.5"/>'
        for run in runs
        if len(run) > 1
    )
    last = ""
    if values[-1] is not None:
        x, y = dots[-1]
        last = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2" fill="#08519c"/>'
    single = "".join(
        f'<circle cx="{p.split(",")[0]}" cy="{p.split(",")[1]}" r="1.5" fill="#08519c"/>'
        for run in runs
        if len(run) == 1
        for p in run
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" aria-hidden="true" focusable="false">{lines}{single}{last}</svg>'
    )

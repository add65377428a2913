"""Server-side SVG: the map of participants and the participation over time (no JavaScript).

The map places every participant at their PCA position (see docs/straattafel.md); members of a group share a
colour *and* a marker shape (so colour is never the only cue), participants who are not clustered
are small grey dots, and each group's centre carries its name. Both charts have a `<title>` and a
`<desc>` for screen readers, and the page shows the same facts as text.
"""

from __future__ import annotations

import datetime as dt
from html import escape

import numpy as np

from wijkverbinder.core.numbers import counted
from wijkverbinder.straattafel.results import Results

SIZE = 320
PAD = 24
COLOURS = ("#1f5fa8", "#b3471d", "#2e7d32", "#6a3d9a", "#8a6d00")
SHAPES = ("circle", "square", "triangle", "diamond", "cross")
SHAPE_NAMES = ("rondje", "vierkant", "driehoek", "ruit", "kruis")


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    r = 5.0
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{colour}"/>'
    if shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}" fill="{colour}"/>'
    if shape == "triangle":
        points = f"{x:.1f},{y - r:.1f} {x + r:.1f},{y + r:.1f} {x - r:.1f},{y + r:.1f}"
        return f'<polygon points="{points}" fill="{colour}"/>'
    if shape == "diamond":
        points = f"{x:.1f},{y - r:.1f} {x + r:.1f},{y:.1f} {x:.1f},{y + r:.1f} {x - r:.1f},{y:.1f}"
        return f'<polygon points="{points}" fill="{colour}"/>'
    return (
        f'<path d="M{x - r:.1f},{y - r:.1f}L{x + r:.1f},{y + r:.1f}M{x + r:.1f},{y - r:.1f}'
        f'L{x - r:.1f},{y + r:.1f}" stroke="{colour}" stroke-width="2.5"/>'
    )


def participant_map(results: Results) -> str:
    """The map of participants as an SVG element (empty string without an analysis)."""
    result = results.analysis
    if result is None or len(result.matrix.participants) == 0:
        return ""
    points = result.projection.participants
    span = float(np.abs(points).max()) or 1.0
    scale = (SIZE / 2 - PAD) / span

    def place(p: np.ndarray) -> tuple[float, float]:
        return SIZE / 2 + float(p[0]) * scale, SIZE / 2 - float(p[1]) * scale

    style = {view.index: (rank, view.name) for rank, view in enumerate(results.groups)}
    parts = []
    for point, group in zip(points, result.group_of_row, strict=True):
        x, y = place(point)
        if group < 0 or not results.meaningful:
            colour = "#6b6b6b" if group < 0 else COLOURS[0]
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>')
            continue
        rank = style[int(group)][0]
        parts.append(_marker(SHAPES[rank % 5], x, y, COLOURS[rank % 5]))
    if results.meaningful:
        for index, (_rank, name) in style.items():
            members = points[result.group_of_row == index]
            if len(members):
                x, y = place(members.mean(axis=0))
                parts.append(
                    f'<text x="{x:.1f}" y="{y - 10:.1f}" text-anchor="middle" font-size="13" '
                    f'font-weight="bold" fill="#111">{escape(name)}</text>'
                )
    clustered = int((result.group_of_row >= 0).sum())
    groups = len(results.groups) if results.meaningful else 1
    desc = (
        f"{len(points)} deelnemers; {clustered} ingedeeld in "
        f"{counted(groups, 'groep', 'groepen')}. Wie dicht bij "
        "elkaar staat, stemde vergelijkbaar."
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" role="img" '
        f'aria-labelledby="kaart-titel kaart-uitleg" class="wv-st-map">'
        f'<title id="kaart-titel">Kaart van de deelnemers</title><desc id="kaart-uitleg">{escape(desc)}</desc>'
        f'<rect x="0" y="0" width="{SIZE}" height="{SIZE}" fill="#fafafa" stroke="#ccc"/>'
        f'<line x1="{SIZE / 2}" y1="{PAD / 2}" x2="{SIZE / 2}" y2="{SIZE - PAD / 2}" stroke="#e0e0e0"/>'
        f'<line x1="{PAD / 2}" y1="{SIZE / 2}" x2="{SIZE - PAD / 2}" y2="{SIZE / 2}" stroke="#e0e0e0"/>'
        + "".join(parts)
        + "</svg>"
    )


def legend(results: Results) -> list[dict[str, str]]:
    """Colour and shape per group, for the legend next to the map."""
    if not results.meaningful:
        return []
    return [
        {
            "name": view.name,
            "colour": COLOURS[rank % 5],
            "shape": SHAPES[rank % 5],
            "shape_name": SHAPE_NAMES[rank % 5],
        }
        for rank, view in enumerate(results.groups)
    ]


def participation_chart(days: list[tuple[dt.date, int, int]]) -> str:
    """Bars of votes per day with the running number of participants as a line (SVG)."""
    if not days:
        return ""
    width, height, bottom = 480, 160, 24
    most = max(v for _, v, _ in days) or 1
    total = 0
    running = []
    for _, _, new in days:
        total += new
        running.append(total)
    bar = (width - 2 * PAD) / len(days)
    parts = []
    line = []
    for i, (day, votes, _) in enumerate(days):
        x = PAD + i * bar
        h = (height - bottom - PAD) * votes / most
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{height - bottom - h:.1f}" width="{max(bar - 2, 1):.1f}" '
            f'height="{h:.1f}" fill="#9ab7d9"/>'
        )
        y = height - bottom - (height - bottom - PAD) * running[i] / (running[-1] or 1)
        line.append(f"{x + bar / 2:.1f},{y:.1f}")
        if i in (0, len(days) - 1):
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - 6}" font-size="11" text-anchor="middle">'
                f"{day:%d-%m}</text>"
            )
    parts.append(
        f'<polyline points="{" ".join(line)}" fill="none" stroke="#1f2937" stroke-width="2"/>'
    )
    desc = (
        f"{sum(v for _, v, _ in days)} stemmen over {counted(len(days), 'dag', 'dagen')}; "
        f"{running[-1]} deelnemers."
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="deelname-titel deelname-uitleg" class="wv-st-chart">'
        f'<title id="deelname-titel">Deelname per dag</title><desc id="deelname-uitleg">{escape(desc)}</desc>'
        + "".join(parts)
        + "</svg>"
    )

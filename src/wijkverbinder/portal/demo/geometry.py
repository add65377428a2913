"""Deterministic buurt boundaries for the demo: a grid whose inner corners are shifted a little,
so buurten look irregular, share their borders exactly and never overlap."""

from __future__ import annotations

import random
from typing import Any

from wijkverbinder.portal.demo.cast import CELL, ORIGIN


def _corner(col: int, row: int, *, cols: int, rows: int, seed: int) -> tuple[float, float]:
    """(lon, lat) of a grid corner; inner corners are jittered by up to 20 % of a cell."""
    lat = ORIGIN[0] + row * CELL[0]
    lon = ORIGIN[1] + col * CELL[1]
    if 0 < col < cols and 0 < row < rows:
        rng = random.Random(seed * 1000 + col * 37 + row)
        lat += rng.uniform(-0.2, 0.2) * CELL[0]
        lon += rng.uniform(-0.2, 0.2) * CELL[1]
    return (round(lon, 6), round(lat, 6))


def cell_polygon(
    col: int, row: int, *, cols: int = 4, rows: int = 2, seed: int = 1
) -> dict[str, Any]:
    """GeoJSON MultiPolygon of one grid cell, with an extra point on each side for a softer shape."""
    corners = [
        _corner(col, row, cols=cols, rows=rows, seed=seed),
        _corner(col + 1, row, cols=cols, rows=rows, seed=seed),
        _corner(col + 1, row + 1, cols=cols, rows=rows, seed=seed),
        _corner(col, row + 1, cols=cols, rows=rows, seed=seed),
    ]
    ring = [*corners, corners[0]]
    return {"type": "MultiPolygon", "coordinates": [[[list(p) for p in ring]]]}

"""Small server-rendered SVG maps of areas (works offline; no tiles, no JavaScript).

Longitude is scaled by cos(latitude) so shapes keep their proportions at Dutch latitudes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any


@dataclass(frozen=True)
class MapArea:
    """One area to draw."""

    code: str
    label: str
    geometry: Mapping[str, Any]
    fill: str = "#d9e4ef"
    highlight: bool = False


def _rings(geometry: Mapping[str, Any]) -> list[list[tuple[float, float]]]:
    coords = geometry.get("coordinates", [])
    polygons = coords if geometry.get("type") == "MultiPolygon" else [coords]
    return [[(float(x), float(y)) for x, y, *_ in ring] for polygon in polygons for ring in polygon]


def render_svg(
    areas: Sequence[MapArea], *, width: int = 480, title: str = "", defs: str = ""
) -> str:
    """An accessible SVG drawing of the areas, fitted to `width` pixels; `defs` (patterns the
    fills refer to) is placed before the shapes."""
    rings = [(area, ring) for area in areas for ring in _rings(area.geometry)]
    if not rings:
        return ""
    xs = [x for _, ring in rings for x, _y in ring]
    ys = [y for _, ring in rings for _x, y in ring]
    scale_x = math.cos(math.radians((min(ys) + max(ys)) / 2))
    span_x = max((max(xs) - min(xs)) * scale_x, 1e-9)
    span_y = max(max(ys) - min(ys), 1e-9)
    pad = 4
    factor = (width - 2 * pad) / span_x
    height = round(span_y * factor + 2 * pad)

    def point(x: float, y: float) -> str:
        return f"{pad + (x - min(xs)) * scale_x * factor:.1f},{pad + (max(ys) - y) * factor:.1f}"

    paths = []
    for area in areas:
        d = " ".join(
            "M" + " L".join(point(x, y) for x, y in ring) + " Z" for ring in _rings(area.geometry)
        )
        stroke = "#1b3a5c" if area.highlight else "#5b6b7b"
        paths.append(
            f'<path d="{d}" fill="{escape(area.fill)}" stroke="{stroke}" '
            f'stroke-width="{2 if area.highlight else 1}" fill-rule="evenodd">'
            f"<title>{escape(area.label)}</title></path>"
        )
    label = escape(title or ", ".join(a.label for a in areas))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{label}">{defs}{"".join(paths)}</svg>'
    )

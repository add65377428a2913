"""Point-in-polygon lookup of areas (address or point → buurt) with shapely, without GDAL.

Geometries are GeoJSON mappings in WGS84 (lon/lat), as in the CBS files converted for the web.
An `AreaIndex` builds an STRtree once and answers `locate(lat, lon)` in microseconds, and
`locate_many` for a whole file in one vectorised query.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely import STRtree
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

#: WGS84 bounding box of the Netherlands (with a margin): (min_lon, min_lat, max_lon, max_lat)
NL_BBOX = (3.0, 50.6, 7.4, 53.8)


class GeometryError(ValueError):
    """A geometry that cannot be used; the message is Dutch."""


def to_shape(geometry: Mapping[str, Any]) -> BaseGeometry:
    """A valid (multi)polygon from a GeoJSON geometry, or a `GeometryError` saying why not."""
    if not isinstance(geometry, Mapping) or "type" not in geometry:
        raise GeometryError("geen GeoJSON-geometrie")
    if geometry["type"] not in {"Polygon", "MultiPolygon"}:
        raise GeometryError(
            f"geometrietype {geometry['type']!r} wordt niet ondersteund (alleen (Multi)Polygon)"
        )
    try:
        geom = shape(geometry)
    except (ValueError, TypeError, AttributeError, IndexError) as exc:
        raise GeometryError(f"onleesbare coördinaten ({exc})") from exc
    if geom.is_empty:
        raise GeometryError("lege geometrie")
    if not geom.is_valid:
        raise GeometryError(f"ongeldige geometrie: {explain_validity(geom)}")
    min_lon, min_lat, max_lon, max_lat = geom.bounds
    if min_lon < NL_BBOX[0] or max_lon > NL_BBOX[2] or min_lat < NL_BBOX[1] or max_lat > NL_BBOX[3]:
        raise GeometryError(
            "coördinaten liggen buiten Nederland; verwacht WGS84 (lengte- en breedtegraad), geen RD-coördinaten"
        )
    return geom


def in_netherlands(lat: float, lon: float) -> bool:
    """Whether a point lies inside the Dutch bounding box."""
    return NL_BBOX[1] <= lat <= NL_BBOX[3] and NL_BBOX[0] <= lon <= NL_BBOX[2]


@dataclass(frozen=True)
class Located:
    """The area a point falls in."""

    code: str


class AreaIndex:
    """Spatial index over areas: which area contains a point."""

    def __init__(self, areas: Iterable[tuple[str, Mapping[str, Any]]]) -> None:
        self._codes: list[str] = []
        shapes: list[BaseGeometry] = []
        for code, geometry in areas:
            self._codes.append(code)
            shapes.append(shape(geometry))
        self._shapes = shapes
        self._tree = STRtree(shapes)

    def __len__(self) -> int:
        return len(self._codes)

    def locate(self, lat: float, lon: float) -> str | None:
        """The code of the area containing the point, or None. On a shared border the first wins."""
        point = Point(lon, lat)
        hits = sorted(int(i) for i in self._tree.query(point, predicate="intersects"))
        return self._codes[hits[0]] if hits else None

    def locate_many(self, points: list[tuple[float, float]]) -> list[str | None]:
        """`locate` for many (lat, lon) points at once; the same answers, in the same order."""
        if not points or not self._codes:
            return [None] * len(points)
        coords = np.asarray(points, dtype=np.float64)[:, ::-1]  # (lon, lat) as shapely wants
        point_idx, area_idx = self._tree.query(shapely.points(coords), predicate="intersects")
        first = np.full(len(points), len(self._codes), dtype=np.int64)
        np.minimum.at(first, point_idx, area_idx)
        return [self._codes[i] if i < len(self._codes) else None for i in first.tolist()]


def centroid(geometry: Mapping[str, Any]) -> tuple[float, float]:
    """(lat, lon) of a representative point inside the geometry."""
    point = shape(geometry).representative_point()
    return (round(point.y, 6), round(point.x, 6))

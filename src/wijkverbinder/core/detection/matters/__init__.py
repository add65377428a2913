"""One question per matter: clusters of one place and period are merged, whatever their theme.

A matter in a street (a party house, damp in one complex, a quarrel) reaches the team as signals of
several themes at once: noise, parking and litter; mould, maintenance and worries about a resident.
Professionals also pick different sub-themes for the same complaint. The scan therefore finds one
matter as several clusters — per theme, per new topic and in the all-signals series of the place.
Clusters are taken from most to least surprising; a cluster joins an earlier matter of the same
buurt when their periods overlap (``merge_gap_days`` of slack) and most of the smaller one's located
signals lie on the other's streets or cells; a cluster whose window passed only the local test (not
``primary``, see `select`) only joins a matter, it opens none. Matters of one buurt on different
streets whose periods overlap then join when most of their households reported the same theme
family or their texts share a word the rest of the buurt rarely uses (the same matter in
neighbouring streets at the same time), up to four places. The matter lists its themes by
households, most first; its score is that of its most surprising window (the one that was tested).
Finally, signals on the matter's streets or cells inside its period that no window took (a
household's repeat report, a text of another theme that was not unusual on its own) are attached to
it, with the period grown over the place's signals that go on at the matter's pace or, from three
households, at three times the place's usual pace; so are the signals of another street or cell of
the buurt that is unusually busy in the matter's period (a matter spread over a few streets) and the
matter's households' reports without an address. A theme only one household of the matter reported
is left out when another theme has two or more (background that happened to fall in the window),
unless that household also reported a kept theme.

Limit: two unrelated matters on one street in the same weeks become one question that lists both
themes, and so do two of one theme family on two streets of a buurt; the team can split it.
"""

from __future__ import annotations

import numpy as np

from wijkverbinder.core.detection.frame import SignalFrame
from wijkverbinder.core.detection.matters.attach import attach
from wijkverbinder.core.detection.matters.model import Matter, OpenMatter, build_matter, family
from wijkverbinder.core.detection.matters.streets import join_streets
from wijkverbinder.core.detection.select import Cluster
from wijkverbinder.core.detection.series import SeriesTable

__all__ = ["Matter", "merge_clusters"]


def _compatible(places: np.ndarray, other: set[int], own: set[int]) -> bool:
    located = places[places >= 0]
    if len(located) == 0:
        return True
    inside = float(np.isin(located, list(other)).mean())
    return inside >= 0.5 or own <= other


def _joins(cluster: Cluster, m: OpenMatter, *, table: SeriesTable, frame: SignalFrame) -> bool:
    """Whether ``cluster`` is part of the open matter ``m`` of its buurt (periods overlapping):
    most of its located signals lie on the matter's places, or most of the matter's on its own.
    A cluster of the local test only (not ``primary``) joins the second way, or when none of its
    signals has an address, only when it is of one of the matter's theme families: a broad buurt
    window of another kind that merely covers the matter's street is not part of it."""
    place = frame.column("place")
    places = place[cluster.rows]
    own = {int(p) for p in places if p >= 0}
    if (cluster.primary or own) and _compatible(places, m.places, own):
        return True
    if not cluster.primary:
        kind = family(int(table.theme[cluster.series]), frame)
        if kind is None or kind not in {family(int(table.theme[p.series]), frame)
                                            for p in m.parts}:  # fmt: skip
            return False
        if not own:  # reports without an address, of the matter's family, in its buurt and weeks
            return True
    return _compatible(place[np.concatenate([p.rows for p in m.parts])], own, m.places)


def merge_clusters(
    clusters: list[Cluster], frame: SignalFrame, table: SeriesTable, gap_days: int
) -> list[Matter]:
    """Matters from clusters (any order); each cluster ends up in exactly one matter."""
    day, place = frame.column("day"), frame.column("place")
    ordered = sorted(clusters, key=lambda c: (c.log10_p, -c.households, c.series))
    matters: list[OpenMatter] = []
    by_buurt: dict[int, list[OpenMatter]] = {}
    for cluster in ordered:
        buurt = int(table.buurt[cluster.series])
        days = day[cluster.rows]
        start, end = int(days.min()), int(days.max())
        places = place[cluster.rows]
        own = {int(p) for p in places if p >= 0}
        target = next(
            (
                m
                for m in by_buurt.get(buurt, [])
                if start <= m.end + gap_days
                and m.start <= end + gap_days
                and _joins(cluster, m, table=table, frame=frame)
            ),
            None,
        )
        if target is None:
            if not cluster.primary:
                continue
            opened = OpenMatter(buurt, start, end, own, [cluster])
            matters.append(opened)
            by_buurt.setdefault(buurt, []).append(opened)
            continue
        target.parts.append(cluster)
        target.start, target.end = min(target.start, start), max(target.end, end)
        target.places |= own
    matters = join_streets(matters, frame, gap_days)
    attached = attach(matters, frame, gap_days)
    return [build_matter(m.parts, extra, frame) for m, extra in zip(matters, attached, strict=True)]

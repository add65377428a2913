"""Signals around a matter that no window took: its places' other signals in and around its
period, a busy neighbouring street of the buurt, and its households' reports without an address."""

from __future__ import annotations

import numpy as np

from wijkverbinder.core.detection.frame import IntArray, SignalFrame
from wijkverbinder.core.detection.matters.model import OpenMatter

#: A matter's period grows while its place's signals follow each other at least 1/_CHAIN times
#: faster than the place's usual rate (outside the matter).
_CHAIN = 0.5
#: The pace against its usual rate at which another place of the buurt joins a matter (`_neighbours`)
#: and at which a stretch of the place's later (earlier) signals extends its period (`_reach`) ...
_NEIGHBOUR_PACE = 3.0
#: ... when that stretch holds at least this many households (as many as a question needs).
_TAIL_HOUSEHOLDS = 3


def attach(matters: list[OpenMatter], frame: SignalFrame, gap_days: int) -> list[IntArray]:
    """Signals of a matter's places around its period that no window took, per matter.

    A place counts when it holds at least two of the matter's signals (or is its only place); the
    matter takes signals of any theme there (`without_strays` then drops a theme only one
    household reported). The period grows while the next such signal follows within the chain gap:
    ``gap_days``, shortened to ``_CHAIN`` × the usual mean time between the places' signals (so a
    busy buurt does not chain its everyday signals) and to three times the matter's own mean time
    between signals; and over a slower tail of several households at the place (`_reach`).
    Signals are attached to the first (most surprising) matter that claims them.
    """
    buurt, place, day = frame.column("buurt"), frame.column("place"), frame.column("day")
    household = frame.column("household")
    span = float(day.max() - day.min() + 1) if frame.size else 1.0
    per_place = np.bincount(place[place >= 0], minlength=len(frame.places.names))
    order = np.argsort(buurt, kind="stable")
    bounds = np.searchsorted(buurt[order], np.arange(len(frame.buurten.names) + 1))
    taken = np.zeros(frame.size, dtype=bool)
    for m in matters:
        for part in m.parts:
            taken[part.rows] = True
    out: list[IntArray] = []
    for m in matters:
        rows = order[bounds[m.buurt] : bounds[m.buurt + 1]]
        part_rows = np.concatenate([p.rows for p in m.parts])
        own = place[part_rows]
        values, counts = np.unique(own[own >= 0], return_counts=True)
        keep = values[counts >= 2] if len(values) > 1 else values
        fits = ~taken[rows] & np.isin(place[rows], keep)
        candidates = rows[fits]
        extra = [
            _neighbours(
                m, part_rows, rows[~taken[rows] & ~fits], frame, per_place=per_place, span=span
            )
        ]
        usual = float(per_place[keep].sum()) - float(np.isin(own, keep).sum())
        rate = max(usual, 1.0) / span
        pace = 3.0 * max(m.end - m.start, 1) / max(len(part_rows) - 1, 1)
        slack = min(float(gap_days), _CHAIN / rate)
        gap = min(slack, pace)
        inside = (day[candidates] >= m.start) & (day[candidates] <= m.end)
        extra.append(candidates[inside])
        extra.append(
            _unlocated(m, part_rows, rows[~taken[rows] & (place[rows] < 0)], frame, gap_days)
        )
        for direction in (1, -1):
            edge = m.end if direction == 1 else m.start
            outside = candidates[direction * (day[candidates] - edge) > 0]
            steps = direction * (day[outside] - edge)
            by_day = np.argsort(steps, kind="stable")
            reach = _reach(steps[by_day], household[outside][by_day], gap, slack, rate)
            extra.append(outside[direction * (day[outside] - edge) <= reach])
        chosen = np.concatenate(extra)
        taken[chosen] = True
        out.append(chosen)
    return out


def _reach(steps: IntArray, households: IntArray, gap: float, slack: float, rate: float) -> float:
    """How far (days past the matter's edge) its period grows over its places' next signals, at
    ``steps`` days (sorted) from ``households``. Each next signal within ``gap`` of the previous one
    extends it (the chain); so does a stretch without a pause longer than ``slack`` whose signals
    hold at least ``_TAIL_HOUSEHOLDS`` households at ``_NEIGHBOUR_PACE`` times the places' usual
    ``rate`` or more: residents who keep reporting after the burst, more slowly than in it but far
    faster than the street's own pace."""
    reach, previous, chained = 0.0, 0.0, True
    seen: set[int] = set()
    for step, home in zip(steps.tolist(), households.tolist(), strict=True):
        if step - previous > slack:
            break
        chained = chained and step - previous <= gap
        seen.add(home)
        busy = len(seen) >= max(_TAIL_HOUSEHOLDS, _NEIGHBOUR_PACE * rate * step)
        if chained or busy:
            reach = float(step)
        previous = step
    return reach


def _neighbours(
    m: OpenMatter,
    m_rows: IntArray,
    rows: IntArray,
    frame: SignalFrame,
    *,
    per_place: np.ndarray,
    span: float,
) -> IntArray:
    """Signals (of ``rows``: the buurt's untaken signals off the matter's places) of another street
    or cell of the matter's buurt inside the matter's period, when that place holds at least two
    of the matter's or these signals' households there, at ``_NEIGHBOUR_PACE`` times its usual
    rate or more: a matter that spreads over a few streets (a phone mast, a removed cash machine,
    burglaries)."""
    place, day = frame.column("place"), frame.column("day")
    household = frame.column("household")
    rows = rows[(day[rows] >= m.start) & (day[rows] <= m.end) & (place[rows] >= 0)]
    rows = rows[_same_family(rows, m_rows, frame)]
    length = float(m.end - m.start + 1)
    chosen = []
    for code in np.unique(place[rows]):
        here = rows[place[rows] == code]
        own = m_rows[place[m_rows] == code]
        homes = len(np.unique(household[np.concatenate([here, own])]))
        usual = per_place[code] - len(here) - len(own)
        if homes >= 2 and homes >= _NEIGHBOUR_PACE * max(usual, 1.0) / span * length:
            chosen.append(here)
    return np.concatenate(chosen) if chosen else np.zeros(0, dtype=np.int64)


def _same_family(rows: IntArray, m_rows: IntArray, frame: SignalFrame) -> np.ndarray:
    """Which of ``rows`` are about the matter's kind of thing: a theme of one of the matter's theme
    families (the part before the first dot), or no theme at all (judged by place and time only)."""
    theme, names = frame.column("theme"), frame.themes.names
    families = {names[code].split(".", 1)[0] for code in np.unique(theme[m_rows]) if code >= 0}
    if not families:
        return np.ones(len(rows), dtype=bool)
    fits = np.array(
        [code >= 0 and names[code].split(".", 1)[0] in families for code in range(len(names))]
        + [True],  # index -1: no theme
        dtype=bool,
    )
    return fits[theme[rows]]


def _unlocated(
    m: OpenMatter, m_rows: IntArray, rows: IntArray, frame: SignalFrame, gap_days: int
) -> IntArray:
    """Signals of the buurt without street or coordinates, within ``gap_days`` of the matter's
    period, from a household that already reported the matter at one of its places (the same
    household's report without an address)."""
    day, household = frame.column("day"), frame.column("household")
    inside = (day[rows] >= m.start - gap_days) & (day[rows] <= m.end + gap_days)
    known = np.isin(household[rows], household[m_rows])
    found: IntArray = rows[inside & known]
    return found

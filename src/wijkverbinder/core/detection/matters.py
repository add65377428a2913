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

from collections import Counter
from dataclasses import dataclass

import numpy as np

from wijkverbinder.core.detection.frame import IntArray, SignalFrame
from wijkverbinder.core.detection.select import Cluster
from wijkverbinder.core.detection.series import ALL_SIGNALS, SeriesTable
from wijkverbinder.core.text import content_tokens, stem

#: A matter's period grows while its place's signals follow each other at least 1/_CHAIN times
#: faster than the place's usual rate (outside the matter).
_CHAIN = 0.5
#: The pace against its usual rate at which another place of the buurt joins a matter (`_neighbours`)
#: and at which a stretch of the place's later (earlier) signals extends its period (`_reach`) ...
_NEIGHBOUR_PACE = 3.0
#: ... when that stretch holds at least this many households (as many as a question needs).
_TAIL_HOUSEHOLDS = 3
#: Matters of one buurt on different streets join (`_join_streets`) into at most this many places,
_JOIN_MAX_PLACES = 4
#: ... when their texts share a word that at least this many households of each used ...
_WORD_HOMES = 2
#: ... in a share of each matter's households at least this many times its share among the
#: buurt's other signals, ...
_WORD_LIFT = 4.0
#: ... which is at most this (a word the rest of the buurt rarely uses).
_WORD_RARE = 0.05


@dataclass(frozen=True, slots=True)
class Matter:
    """Merged clusters: the most surprising part first; rows and households of the union."""

    parts: tuple[Cluster, ...]
    rows: IntArray
    households: int
    themes: tuple[str, ...]

    @property
    def best(self) -> Cluster:
        """The part whose window gives the matter its score."""
        return self.parts[0]


@dataclass(slots=True)
class _Open:
    buurt: int
    start: int
    end: int
    places: set[int]
    parts: list[Cluster]


def _compatible(places: np.ndarray, other: set[int], own: set[int]) -> bool:
    located = places[places >= 0]
    if len(located) == 0:
        return True
    inside = float(np.isin(located, list(other)).mean())
    return inside >= 0.5 or own <= other


def _family(theme: int, frame: SignalFrame) -> str | None:
    """The theme family of a series' theme ("welzijn" for "welzijn.armoede_en_schulden" and
    "welzijn.*"); None for the all-signals series, new topics and themes without a family."""
    name = frame.themes.names[theme]
    return name.split(".", 1)[0] if "." in name and ":" not in name else None


def _joins(cluster: Cluster, m: _Open, *, table: SeriesTable, frame: SignalFrame) -> bool:
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
        family = _family(int(table.theme[cluster.series]), frame)
        if family is None or family not in {_family(int(table.theme[p.series]), frame)
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
    matters: list[_Open] = []
    by_buurt: dict[int, list[_Open]] = {}
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
            opened = _Open(buurt, start, end, own, [cluster])
            matters.append(opened)
            by_buurt.setdefault(buurt, []).append(opened)
            continue
        target.parts.append(cluster)
        target.start, target.end = min(target.start, start), max(target.end, end)
        target.places |= own
    matters = _join_streets(matters, frame, gap_days)
    attached = _attach(matters, frame, gap_days)
    return [_matter(m.parts, extra, frame) for m, extra in zip(matters, attached, strict=True)]


def _main_family(m: _Open, frame: SignalFrame) -> str | None:
    """The theme family (part before the first dot) most households of the matter's parts
    reported; None when its parts hold no themed signal (only new topics or no theme)."""
    rows = np.unique(np.concatenate([p.rows for p in m.parts]))
    theme, household = frame.column("theme")[rows], frame.column("household")[rows]
    names = frame.themes.names
    homes: dict[str, set[int]] = {}
    for code, home in zip(theme.tolist(), household.tolist(), strict=True):
        name = names[code] if code >= 0 else ""
        if "." in name and ":" not in name:
            homes.setdefault(name.split(".", 1)[0], set()).add(home)
    if not homes:
        return None
    return min(homes, key=lambda family: (-len(homes[family]), family))


def _stems(rows: IntArray, frame: SignalFrame) -> dict[str, set[int]]:
    household = frame.column("household")
    out: dict[str, set[int]] = {}
    for row in rows.tolist():
        for key in {stem(w) for w in content_tokens(frame.records[row].text) if len(w) > 3}:
            out.setdefault(key, set()).add(int(household[row]))
    return out


def _same_words(first: _Open, second: _Open, frame: SignalFrame) -> bool:
    """Whether the texts of two matters are about the same thing: a word (stem) that at least
    ``_WORD_HOMES`` households of each used, in a share of each matter's households at least
    ``_WORD_LIFT`` times its share among the buurt's other signals, a share of at most
    ``_WORD_RARE`` (smoothed by one signal)."""
    rows = [np.unique(np.concatenate([p.rows for p in m.parts])) for m in (first, second)]
    words = [_stems(r, frame) for r in rows]
    shared = [
        w
        for w in words[0].keys() & words[1].keys()
        if min(len(words[0][w]), len(words[1][w])) >= _WORD_HOMES
    ]
    if not shared:
        return False
    buurt = frame.column("buurt")
    rest = np.setdiff1d(np.flatnonzero(buurt == first.buurt), np.concatenate(rows))
    homes = [len(np.unique(frame.column("household")[r])) for r in rows]
    background = _stems(rest, frame)
    for w in shared:
        usual = (len(background.get(w, ())) + 1) / (len(rest) + 1)
        if (
            usual <= _WORD_RARE
            and min(len(words[0][w]) / homes[0], len(words[1][w]) / homes[1]) >= _WORD_LIFT * usual
        ):
            return True
    return False


def _join_streets(matters: list[_Open], frame: SignalFrame, slack_days: int) -> list[_Open]:
    """Matters of one buurt on different streets that are one collective question of the buurt
    (the same matter in neighbouring streets at the same time: poverty, shared scooters, a phone
    mast): their periods overlap (``slack_days`` of slack, as for clusters of one street), they
    share no place, together they cover at most ``_JOIN_MAX_PLACES`` places, and they are about
    the same thing — most of their households reported the same theme family, or their texts
    share a distinctive word (`_same_words`). Matters are taken from most to least surprising; a
    later one joins the first earlier one that fits, so the joined matter keeps the score of its
    most surprising window (no new window is tested)."""
    family = [_main_family(m, frame) for m in matters]
    kept: dict[int, list[int]] = {}
    joined: list[_Open] = []
    for index, m in enumerate(matters):
        target = None
        for earlier in kept.get(m.buurt, []):
            e = matters[earlier]
            if (
                m.start <= e.end + slack_days
                and e.start <= m.end + slack_days
                and not (m.places & e.places)
                and len(e.places | m.places) <= _JOIN_MAX_PLACES
                and (
                    (family[index] is not None and family[index] == family[earlier])
                    or _same_words(e, m, frame)
                )
            ):
                target = e
                break
        if target is None:
            kept.setdefault(m.buurt, []).append(index)
            joined.append(m)
            continue
        target.parts.extend(m.parts)
        target.start, target.end = min(target.start, m.start), max(target.end, m.end)
        target.places |= m.places
    return joined


def _attach(matters: list[_Open], frame: SignalFrame, gap_days: int) -> list[IntArray]:
    """Signals of a matter's places around its period that no window took, per matter.

    A place counts when it holds at least two of the matter's signals (or is its only place); the
    matter takes signals of any theme there (`_without_strays` then drops a theme only one
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
    m: _Open,
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
    m: _Open, m_rows: IntArray, rows: IntArray, frame: SignalFrame, gap_days: int
) -> IntArray:
    """Signals of the buurt without street or coordinates, within ``gap_days`` of the matter's
    period, from a household that already reported the matter at one of its places (the same
    household's report without an address)."""
    day, household = frame.column("day"), frame.column("household")
    inside = (day[rows] >= m.start - gap_days) & (day[rows] <= m.end + gap_days)
    known = np.isin(household[rows], household[m_rows])
    found: IntArray = rows[inside & known]
    return found


def _without_strays(rows: IntArray, frame: SignalFrame) -> IntArray:
    """Leave out signals of a theme that only one household of the matter reported, when another
    theme has at least two: background that happened to fall in the window. A household that
    also reported one of the kept themes is part of the matter, so its reports under another
    theme stay (a parent who reports the broken playground, then the youths who wreck it, then a
    petition for a new one)."""
    theme = frame.column("theme")[rows]
    household = frame.column("household")[rows]
    pairs = np.unique(np.stack([theme, household]), axis=1)
    codes, per_theme = np.unique(pairs[0], return_counts=True)
    themed = codes >= 0
    if not np.any(per_theme[themed] >= 2):
        return rows
    stray = np.isin(theme, codes[themed & (per_theme == 1)])
    members = np.unique(household[~stray])
    kept: IntArray = rows[~stray | np.isin(household, members)]
    return kept


def _matter(parts: list[Cluster], extra: IntArray, frame: SignalFrame) -> Matter:
    rows = np.unique(np.concatenate([*(p.rows for p in parts), extra]))
    rows = _without_strays(rows, frame)
    households = frame.column("household")[rows]
    theme = frame.column("theme")[rows]
    per_theme: Counter[str] = Counter()
    for code in np.unique(theme[theme >= 0]):
        name = frame.themes.names[int(code)]
        if name != ALL_SIGNALS:
            per_theme[name] = len(np.unique(households[theme == code]))
    themes = tuple(name for name, _ in sorted(per_theme.items(), key=lambda kv: (-kv[1], kv[0])))
    return Matter(tuple(parts), rows, len(np.unique(households)), themes)

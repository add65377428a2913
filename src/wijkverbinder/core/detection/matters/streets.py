"""Matters of one buurt on different streets that are one collective question of the buurt."""

from __future__ import annotations

import numpy as np

from wijkverbinder.core.detection.frame import IntArray, SignalFrame
from wijkverbinder.core.detection.matters.model import OpenMatter, family
from wijkverbinder.core.text import content_tokens, stem

#: Matters of one buurt on different streets join (`_join_streets`) into at most this many places,
_JOIN_MAX_PLACES = 4
#: ... when their texts share a word that at least this many households of each used ...
_WORD_HOMES = 2
#: ... in a share of each matter's households at least this many times its share among the
#: buurt's other signals, ...
_WORD_LIFT = 4.0
#: ... which is at most this (a word the rest of the buurt rarely uses).
_WORD_RARE = 0.05


def _main_family(m: OpenMatter, frame: SignalFrame) -> str | None:
    """The theme family (part before the first dot) most households of the matter's parts
    reported; None when its parts hold no themed signal (only new topics or no theme)."""
    rows = np.unique(np.concatenate([p.rows for p in m.parts]))
    theme, household = frame.column("theme")[rows], frame.column("household")[rows]
    homes: dict[str, set[int]] = {}
    for code, home in zip(theme.tolist(), household.tolist(), strict=True):
        kind = family(code, frame) if code >= 0 else None
        if kind is not None:
            homes.setdefault(kind, set()).add(home)
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


def _same_words(first: OpenMatter, second: OpenMatter, frame: SignalFrame) -> bool:
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


def join_streets(
    matters: list[OpenMatter], frame: SignalFrame, slack_days: int
) -> list[OpenMatter]:
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
    joined: list[OpenMatter] = []
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

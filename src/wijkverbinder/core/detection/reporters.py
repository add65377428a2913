"""Counting people, not reports, where a source gives no household key.

Public-space reports (Signalen, Open311) carry no household, so every report would count as a
household of its own and one persistent reporter would look like a street full of neighbours. For
signals without a household, a pseudo-household is built per place (street, else cell, else buurt):

* **near-identical texts** — the same report sent again, lightly changed ("Nogmaals: …", capitals,
  "Graag actie.") — count once: content-word stems overlapping by Jaccard ≥ ``_SAME_TEXT`` within
  ``_HORIZON_DAYS`` days;
* **a numbered series** — one long complaint cut into parts ("deel 2 van 6", "(3/7)", "osa 4",
  "vervolg 2", "[deel 4]") — counts once: every numbered part at one place within the horizon.

Signals with a household key are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.text import content_words, stem

_SAME_TEXT = 0.5
_HORIZON_DAYS = 91
_NUMBERED = re.compile(
    r"\b(?:deel|part|osa|vervolg)\s*\d+\b|\(\s*\d+\s*/\s*\d+\s*\)|(?:^|\s)\d+\s*/\s*\d+(?:\s|$)"
    r"|\b\d+\s+van\s+\d+\b",
    re.IGNORECASE,
)
#: Every numbered form holds a digit: texts without one skip the slower pattern.
_DIGIT = re.compile(r"\d")


def _place(record: SignalRecord) -> str:
    street = (record.street or "").strip().lower()
    if street:
        return f"{record.neighbourhood}|s|{street}"
    if record.lat is not None and record.lon is not None:
        return f"{record.neighbourhood}|c|{round(record.lat, 3)}|{round(record.lon, 3)}"
    return f"{record.neighbourhood}|b"


def _words(text: str) -> frozenset[str]:
    return frozenset(map(stem, content_words(text)))  # content words hold letters only


def pseudo_households(records: Sequence[SignalRecord]) -> list[str | None]:
    """A household key per record: its own, or for one without, a key shared by its repeats."""
    keys: list[str | None] = [r.household or None for r in records]
    by_place: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        if not record.household:
            by_place.setdefault(_place(record), []).append(index)
    for place, members in by_place.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (records[i].date, records[i].id))
        # (last day, words, key) of the reporters seen so far at this place
        reporters: list[tuple[int, frozenset[str], str]] = []
        series: tuple[int, str] | None = None
        for index in members:
            record = records[index]
            day = record.date.toordinal()
            if _DIGIT.search(record.text) and _NUMBERED.search(record.text):
                if series is None or day - series[0] > _HORIZON_DAYS:
                    series = (day, f"\x00reeks|{place}|{record.id}")
                keys[index] = series[1]
                continue
            words = _words(record.text)
            match = next(
                (
                    position
                    for position, (last, seen, _) in enumerate(reporters)
                    if day - last <= _HORIZON_DAYS
                    and seen
                    and len(words & seen) >= _SAME_TEXT * len(words | seen)
                ),
                None,
            )
            if match is None:
                reporters.append((day, words, f"\x00{record.id}"))
                keys[index] = f"\x00{record.id}"
            else:
                _, seen, key = reporters[match]
                reporters[match] = (day, seen, key)
                keys[index] = key
    return keys

"""The golden town of the detection tests: a small hand-made town with known collective
questions, and builders for the frames and signals the tests add to it."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.detection.detector import IncrementalDetector
from wijkverbinder.core.detection.frame import SignalFrame
from wijkverbinder.core.detection.series import SeriesTable, build_series
from wijkverbinder.core.records import SignalRecord

SEEDS = {
    "overlast.geluid": ["geluid", "lawaai", "herrie", "muziek"],
    "overlast.jongeren": ["jongeren", "hangplek", "jeugd"],
    "leefomgeving.afval": ["afval", "vuilnis", "container"],
    "leefomgeving.parkeren": ["parkeren", "auto", "parkeerplaats"],
}
BACKGROUND = {
    "overlast.geluid": "last van muziek bij de buren",
    "overlast.jongeren": "jeugd op het plein",
    "leefomgeving.afval": "vuilnis naast de container",
    "leefomgeving.parkeren": "auto op de stoep geparkeerd",
}
STREETS = {"BU00010001": ("Kerkstraat", "Molenweg", "Schoolpad", "Dijkstraat"),
           "BU00010002": ("Dorpsweg", "Lindelaan", "Beukenhof", "Havenkade"),
           "BU00010003": ("Rozenstraat", "Tulpweg", "Vinkpad", "Merelhof")}  # fmt: skip


def background() -> list[SignalRecord]:
    """Two signals per buurt per month over 2023–2024, themes and streets in rotation."""
    records = []
    themes = list(BACKGROUND)
    for b_index, (buurt, streets) in enumerate(STREETS.items()):
        for month in range(24):
            for k in range(2):
                n = month * 2 + k
                day = date(2023, 1, 1) + timedelta(days=month * 30 + 7 + 11 * k + b_index)
                theme = themes[(n + b_index) % 4]
                records.append(
                    SignalRecord(f"bg-{buurt[-1]}-{n:03d}", day, BACKGROUND[theme], buurt,
                                 streets[(n // 4 + k) % 4], role="affected",
                                 household=f"hb-{buurt[-1]}-{n}", theme=theme)
                )  # fmt: skip
    return records


def question(prefix: str, buurt: str, street: str, first: date, households: list[str], *,
             text: str, theme: str | None) -> list[SignalRecord]:  # fmt: skip
    """Signals of one collective question, three days apart."""
    return [
        SignalRecord(f"{prefix}-{i}", first + timedelta(days=3 * i), text, buurt, street,
                     role="causing" if i == 0 else "affected", household=hh, theme=theme)
        for i, hh in enumerate(households)
    ]  # fmt: skip


NOISE_Q = question("q1", "BU00010001", "Kerkstraat", date(2024, 3, 4),
                   ["a1", "a2", "a3", "a3", "a4", "a5", "a6", "a7"],
                   text="harde muziek en herrie tot 's nachts", theme="overlast.geluid")  # fmt: skip
YOUTH_Q = question("q2", "BU00010002", "Dorpsweg", date(2024, 6, 1),
                   ["b1", "b2", "b3", "b4", "b5"], text="hangjongeren bij de ingang", theme=None)  # fmt: skip


def golden_town() -> list[SignalRecord]:
    """The background and the two planted questions (noise on Kerkstraat, youths on Dorpsweg)."""
    return [*background(), *NOISE_Q, *YOUTH_Q]


def themed(records: list[SignalRecord]) -> tuple[SignalFrame, SeriesTable, list[str]]:
    """The frame of ``records`` (classified with `SEEDS`), its series of themed signals, and the
    signal ids in frame order."""
    frame = IncrementalDetector(records, seeds=SEEDS, seed=7).frame
    _, table = build_series(frame, np.flatnonzero(frame.column("theme") >= 0), DetectionConfig())
    return frame, table, [r.id for r in frame.records]


def street_series(frame: SignalFrame, table: SeriesTable, row: int) -> int:
    """The first series of the place of frame row ``row``."""
    return int(np.flatnonzero(table.place == frame.column("place")[row])[0])


def party_house() -> list[SignalRecord]:
    """A party house on Lindelaan: eight households report noise two days apart from 2 Sept 2024."""
    return [
        SignalRecord(f"p-{i}", date(2024, 9, 2) + timedelta(days=2 * i), "feest met harde muziek",
                     "BU00010002", "Lindelaan", role="affected", household=f"ph{i}",
                     theme="overlast.geluid")
        for i in range(8)
    ]  # fmt: skip

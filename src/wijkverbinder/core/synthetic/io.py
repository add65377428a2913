"""Writing synthetic towns to disk: the intake CSV and the planted questions as JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.synthetic.generator import PlantedQuestion

CSV_COLUMNS = (
    "id",
    "date",
    "text",
    "neighbourhood",
    "street",
    "lat",
    "lon",
    "role",
    "household",
    "theme",
    "source",
)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def write_csv(signals: Iterable[SignalRecord], path: Path) -> None:
    """Write signals in the intake CSV format (UTF-8, comma-separated, header row)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for record in signals:
            writer.writerow([_cell(getattr(record, column)) for column in CSV_COLUMNS])


def write_planted(planted: Iterable[PlantedQuestion], path: Path) -> None:
    """Write the planted questions (ground truth for the benchmark scorer) as JSON."""
    rows = [
        {
            "id": question.id,
            "theme": question.theme,
            "neighbourhood": question.neighbourhood,
            "street": question.street,
            "start": question.start.isoformat(),
            "end": question.end.isoformat(),
            "signal_ids": list(question.signal_ids),
        }
        for question in planted
    ]
    path.write_text(json.dumps({"planted": rows}, ensure_ascii=False), encoding="utf-8")

"""Consistency check of a generated town folder (`generate --check DIR`).

Checks every row of `signals.csv` against the import format (header, unique ids, ISO dates in
the window, buurt code or coordinates, closed lists, text length) and `truth.json` against the
rows (every planted or decoy signal exists, lies in its period and place, household counts).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from benchmarks.towns.csvout import HEADER
from benchmarks.towns.texts import MAX_TEXT
from benchmarks.towns.themes import LEAVES, MOR, ROLES, SOURCES

BUURT = re.compile(r"BU[0-9]{8}")
NL_BBOX = (50.70, 3.20, 53.70, 7.30)
_LEAVES, _ROLES, _SOURCES = frozenset(LEAVES), frozenset(ROLES), frozenset(SOURCES)


@dataclass
class Report:
    """Errors found and a few counts of the town."""

    errors: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, message: str) -> None:
        """Keep an error (the first 200 are kept)."""
        self.counts["errors"] += 1
        if len(self.errors) < 200:
            self.errors.append(message)


def _point_error(lat: str, lon: str) -> str | None:
    if not lat and not lon:
        return None
    try:
        y, x = float(lat), float(lon)
    except ValueError:
        return "lat/lon geen getal of maar één van beide"
    if not (NL_BBOX[0] <= y <= NL_BBOX[2] and NL_BBOX[1] <= x <= NL_BBOX[3]):
        return "punt buiten Nederland"
    return None


def _row_errors(row: dict[str, str], window: tuple[date, date]) -> list[str]:
    errors = []
    try:
        when = date.fromisoformat(row["date"])
        if not window[0] <= when <= window[1]:
            errors.append("datum buiten het venster")
    except ValueError:
        errors.append("datum niet ISO")
    if not 1 <= len(row["text"].strip()) <= MAX_TEXT or row["text"] != row["text"].strip():
        errors.append("tekst leeg, te lang of met witruimte aan de rand")
    if row["neighbourhood"] and not BUURT.fullmatch(row["neighbourhood"]):
        errors.append("buurtcode ongeldig")
    if not row["neighbourhood"] and not row["lat"]:
        errors.append("geen buurtcode en geen coördinaten")
    point = _point_error(row["lat"], row["lon"])
    if point:
        errors.append(point)
    if row["role"] not in _ROLES:
        errors.append("rol onbekend")
    if row["source"] not in _SOURCES:
        errors.append("bron onbekend")
    if row["theme"] and row["theme"] not in _LEAVES:
        errors.append("thema onbekend")
    if row["source"] == MOR and (row["household"] or row["theme"]):
        errors.append("melding openbare ruimte met huishouden of thema")
    return errors


def _count(report: Report, row: dict[str, str]) -> None:
    counts = report.counts
    counts["rows"] += 1
    counts["mor"] += row["source"] == MOR
    counts["no_household"] += not row["household"]
    counts["theme_filled"] += bool(row["theme"])
    counts["no_street"] += not row["street"]
    counts["no_point"] += not row["lat"]
    counts["no_buurt"] += not row["neighbourhood"]
    counts["buurt_only"] += not row["street"] and not row["lat"]


def _read_rows(
    path: Path, wanted: set[str], window: tuple[date, date], report: Report
) -> dict[str, dict[str, str]]:
    seen: set[str] = set()
    kept: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        if tuple(next(reader, [])) != HEADER:
            report.add(f"kop is niet {','.join(HEADER)}")
            return kept
        for number, values in enumerate(reader, start=2):
            if len(values) != len(HEADER):
                report.add(f"rij {number}: {len(values)} kolommen")
                continue
            row = dict(zip(HEADER, values, strict=True))
            if not row["id"] or row["id"] in seen:
                report.add(f"rij {number}: id leeg of dubbel")
            seen.add(row["id"])
            for error in _row_errors(row, window):
                report.add(f"rij {number}: {error}")
            _count(report, row)
            if row["id"] in wanted:
                kept[row["id"]] = row
    return kept


def _check_planted(entry: dict[str, object], rows: list[dict[str, str]], report: Report) -> None:
    name = str(entry["id"])
    start, end = date.fromisoformat(str(entry["start"])), date.fromisoformat(str(entry["end"]))
    if not 8 <= len(rows) <= 40:
        report.add(f"{name}: {len(rows)} signalen (verwacht 8-40)")
    if not 21 <= (end - start).days + 1 <= 112:
        report.add(f"{name}: periode niet 3-16 weken")
    households = {row["household"] for row in rows if row["household"]}
    if len(households) != entry["households"] or not 5 <= len(households) <= 25:
        report.add(f"{name}: huishoudens {len(households)} ≠ {entry['households']} of buiten 5-25")
    if entry["no_household_source"] != any(not row["household"] for row in rows):
        report.add(f"{name}: no_household_source klopt niet")
    streets = set(entry["streets"]) if isinstance(entry["streets"], list) else set()
    for row in rows:
        if not start <= date.fromisoformat(row["date"]) <= end:
            report.add(f"{name}: signaal {row['id']} buiten de periode")
        if row["street"] and row["street"] not in streets:
            report.add(f"{name}: signaal {row['id']} in een andere straat")
        if row["neighbourhood"] and row["neighbourhood"] != entry["neighbourhood"]:
            report.add(f"{name}: signaal {row['id']} in een andere buurt")


def _check_decoy(entry: dict[str, object], rows: list[dict[str, str]], report: Report) -> None:
    name = str(entry["id"])
    if any(row["source"] != MOR or row["household"] for row in rows):
        report.add(f"{name}: lokmelding met huishouden of andere bron")
    if len({row["street"] for row in rows if row["street"]}) > 1:
        report.add(f"{name}: lokmelding in meer dan één straat")


def check_folder(folder: Path) -> Report:
    """Check `folder/signals.csv` and `folder/truth.json`; the report lists all problems."""
    report = Report()
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    groups = [*truth["planted"], *truth["decoys"]]
    if truth["null"] and groups:
        report.add("nulstad met geplante vragen of lokmeldingen")
    owners: dict[str, str] = {}
    for group in groups:
        for ident in group["signal_ids"]:
            if ident in owners:
                report.add(f"signaal {ident} hoort bij {owners[ident]} en {group['id']}")
            owners[ident] = group["id"]
    background = truth["background"]
    window = (date.fromisoformat(background["start"]), date.fromisoformat(background["end"]))
    kept = _read_rows(folder / "signals.csv", set(owners), window, report)
    if report.counts["rows"] != truth["size"]:
        report.add(f"{report.counts['rows']} rijen, truth zegt {truth['size']}")
    for group in groups:
        missing = [i for i in group["signal_ids"] if i not in kept]
        if missing:
            report.add(f"{group['id']}: {len(missing)} signalen ontbreken in signals.csv")
        rows = [kept[i] for i in group["signal_ids"] if i in kept]
        (_check_planted if group in truth["planted"] else _check_decoy)(group, rows, report)
    return report

"""CSV exports of the wijkanalyse's aggregated tables (never the texts of signals), with every
cell that a spreadsheet could read as a formula neutralised (`core.analysis.safe_csv`)."""

from __future__ import annotations

from wijkverbinder.analysis.selectors import Wijkanalyse
from wijkverbinder.core.analysis.safe_csv import write_csv

HIDDEN = "< 5"


def _shown(value: int | float | None) -> int | float | str:
    return HIDDEN if value is None else value


def map_csv(found: Wijkanalyse) -> str:
    """Per buurt (and the total): inhabitants, signals, signals per 1,000 inhabitants."""
    header = [
        "gebiedscode",
        "gebied",
        "inwoners",
        "signalen",
        "per_1000_inwoners",
        "thema",
        "periode",
    ]
    rows = [
        [
            row.code,
            row.name,
            "" if row.population is None else row.population,
            _shown(row.signals),
            "" if row.signals is not None and row.rate is None else _shown(row.rate),
            found.theme_label,
            found.period_label,
        ]
        for row in [*found.rows, found.total]
    ]
    return write_csv(header, rows)


def trends_csv(found: Wijkanalyse) -> str:
    """Per theme: signals per block of four weeks, in the period, and the change."""
    header = ["thema", *found.block_labels, "signalen_in_periode", "verandering_procent", "uitleg"]
    rows = []
    for trend in found.trends:
        change = trend.change
        percent = change.percent if change is not None else None
        rows.append(
            [
                trend.label,
                *(_shown(v) for v in trend.values),
                _shown(trend.period_signals),
                "" if percent is None else percent,
                change.wording if change is not None else "",
            ]
        )
    return write_csv(header, rows)


def file_name(found: Wijkanalyse, extension: str, *, table: str = "rapport") -> str:
    """`wijkanalyse-WK990101-kaart-12-weken.csv`."""
    return f"wijkanalyse-{found.area.code}-{table}-{found.filters.period}.{extension}"

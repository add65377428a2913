"""Dates as people in the Netherlands write them: '1 december 2026' (no locale needed)."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(day: date) -> str:
    """'1 december 2026'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"

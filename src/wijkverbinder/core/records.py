"""Plain records that cross the boundary between the apps and core.

`SignalRecord` is one row of the intake CSV format
(`id,date,text,neighbourhood,street,lat,lon,role,household,theme,source`), already validated.
The text is redacted before a record is made from user input.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class SignalRecord:
    """One individual signal as core sees it."""

    id: str
    date: date
    text: str
    neighbourhood: str | None = None
    street: str | None = None
    lat: float | None = None
    lon: float | None = None
    role: str | None = None
    household: str | None = None
    theme: str | None = None
    source: str | None = None
    #: Signalen's numeric id of the melding, beside `id` (its `signal_uuid`) when a file has both:
    #: the TDO export has only the number, so the same melding is matched on either key
    signalen_number: str | None = None

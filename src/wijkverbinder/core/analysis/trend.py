"""The change of a theme against the area's own past: the rate of the chosen period compared with
the average rate of periods of the same length in the year before it.

Plain Dutch, never more than the numbers allow: below `MIN_SIGNALS` signals in either window the
wording says there are too few signals to compare, and a change within `STABLE_BAND` is "gelijk".
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_SIGNALS = 10
STABLE_BAND = 0.15


@dataclass(frozen=True)
class Change:
    """The change in the period against the past; `ratio` is None when it cannot be said."""

    ratio: float | None
    wording: str

    @property
    def percent(self) -> int | None:
        """The change in whole percents (+25, -40), or None."""
        return None if self.ratio is None else round((self.ratio - 1) * 100)


def change(*, current: int, current_weeks: int, past: int, past_weeks: int) -> Change:
    """Compare `current` signals in `current_weeks` with `past` signals in `past_weeks` before."""
    if past_weeks < current_weeks:
        return Change(None, "te korte voorgeschiedenis om te vergelijken")
    if current < MIN_SIGNALS and past < MIN_SIGNALS:
        return Change(None, "te weinig meldingen om te vergelijken")
    expected = past * current_weeks / past_weeks
    if expected <= 0:
        return Change(None, "nieuw: in het jaar ervoor geen meldingen")
    ratio = current / expected
    if abs(ratio - 1) <= STABLE_BAND:
        return Change(ratio, "ongeveer gelijk aan het jaar ervoor")
    word = "hoger" if ratio > 1 else "lager"
    return Change(ratio, f"{abs(round((ratio - 1) * 100))} % {word} dan in het jaar ervoor")

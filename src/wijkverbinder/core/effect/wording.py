"""The verdict in plain Dutch: never more than the 90 % interval allows.

Rules (tested in `core/tests/test_effect_wording.py`):
* a claim ("Daling", "Stijging") only when the whole interval lies on one side of 1;
* an estimate of at least 10 % down (up) with an interval that includes 1 is "…, maar te weinig
  meldingen om zeker te zijn";
* otherwise "Geen verandering te zien", with a remark when the interval is wide;
* too few signals, too short a period or no comparison places: no verdict, a note instead.
"""

from __future__ import annotations

CLEAR = 0.10  # an estimate at least this far from 1 is worth mentioning as uncertain
WIDE = 2.0  # high/low above this: the interval is wide

INSUFFICIENT = {
    "te_weinig_meldingen": "Te weinig meldingen om iets over het effect te zeggen.",
    "te_korte_periode": "De periode is te kort om iets over het effect te zeggen.",
    "geen_vergelijking": "Er zijn te weinig vergelijkbare plekken om het effect te meten.",
}

HEADLINES = {
    "daling": "Daling",
    "stijging": "Stijging",
    "daling_onzeker": "Daling, maar te weinig meldingen om zeker te zijn",
    "stijging_onzeker": "Stijging, maar te weinig meldingen om zeker te zijn",
    "geen_verandering": "Geen verandering te zien",
}


def verdict(ratio: float, low: float, high: float) -> str:
    """The verdict code of a rate ratio and its 90 % interval."""
    if high < 1.0:
        return "daling"
    if low > 1.0:
        return "stijging"
    if ratio <= 1.0 - CLEAR:
        return "daling_onzeker"
    if ratio >= 1.0 + CLEAR:
        return "stijging_onzeker"
    return "geen_verandering"


def percent_change(ratio: float) -> int:
    """The change in whole percent: 0.62 → -38."""
    return round((ratio - 1.0) * 100)


def _change(ratio: float) -> str:
    change = percent_change(ratio)
    if change < 0:
        return f"{-change} % minder"
    if change > 0:
        return f"{change} % meer"
    return "evenveel"


STOPPED = (
    " Na het moment kwam er op deze plek geen enkele melding meer; de schatting rekent met een"
    " halve melding (een gangbare correctie), dus de daling kan groter zijn dan hier staat."
)


def describe(code: str, ratio: float, low: float, high: float, *, stopped: bool = False) -> str:
    """One or two sentences: the headline, the estimate and the interval in words; `stopped`: the
    place had no signal at all after the moment."""
    headline = HEADLINES[code]
    interval = f"tussen {_change(low)} en {_change(high)}"
    text = (
        f"{headline}: ongeveer {_change(ratio)} meldingen dan verwacht op grond van vergelijkbare "
        f"plekken (90 %-interval: {interval})."
    )
    if code == "geen_verandering" and high / low > WIDE:
        text += " Het interval is breed: een flink effect is ook nog mogelijk."
    if stopped:
        text += STOPPED
    return text


def describe_insufficient(code: str) -> str:
    """The note when no verdict can be given."""
    return INSUFFICIENT[code]

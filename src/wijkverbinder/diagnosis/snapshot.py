"""The parts of a diagnosis result that are stored with an assessment, as JSON-ready dicts.

Keys are Dutch and follow `core.advice.serialize` (the API and the pages read the same shape).
"""

from __future__ import annotations

from typing import Any

from wijkverbinder.core.diagnosis import SignalEvidence, WeighedObservation
from wijkverbinder.core.diagnosis.confidence import CONFIDENCE_MEANINGS, ConfidenceLevel


def observation_as_dict(item: WeighedObservation) -> dict[str, Any]:
    """One observation with the phase it points to and why."""
    return {
        "antwoord": item.option,
        "label": item.label,
        "fase": str(item.phase),
        "reden": item.reason,
    }


def evidence_as_dict(item: SignalEvidence) -> dict[str, Any]:
    """One evidence rule reached by the area's signals."""
    return {
        "thema": item.theme,
        "aantal": item.count,
        "minimum": item.min_count,
        "minstensFase": str(item.floor_phase),
        "reden": item.reason,
        "bron": item.source_url,
        "geverifieerd": item.verified,
    }


def confidence_meaning(level: str) -> str:
    """What a confidence level means for the professional."""
    try:
        return CONFIDENCE_MEANINGS[ConfidenceLevel(level)]
    except ValueError:
        return ""

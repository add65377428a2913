"""Advice and warnings as plain JSON-ready data (Dutch keys), shared by the API and the CLI."""

from __future__ import annotations

from typing import Any

from wijkverbinder.core.advice.engine import Advice
from wijkverbinder.core.advice.ranking import RankedApproach
from wijkverbinder.core.advice.warnings import AdviceWarning
from wijkverbinder.core.knowledge.model import Principle


def warning_as_dict(warning: AdviceWarning) -> dict[str, Any]:
    """One warning with its code, rule and source."""
    return {
        "code": str(warning.code),
        "regel": warning.rule,
        "titel": warning.title,
        "melding": warning.message,
        "suggestie": warning.suggestion,
        "details": list(warning.details),
        "bron": warning.source_url,
        "geverifieerd": warning.verified,
    }


def _principle(item: Principle) -> dict[str, Any]:
    return {"tekst": item.text, "bron": item.source_url, "geverifieerd": item.verified}


def _approach(item: RankedApproach) -> dict[str, Any]:
    approach = item.approach
    return {
        "rang": item.rank,
        "code": approach.code,
        "naam": approach.name,
        "score": item.score,
        "beschrijving": approach.description,
        "in_deze_fase": item.phase_text,
        "waarom": list(item.reasons),
        "werkt_wel": [_principle(p) for p in item.works],
        "werkt_niet": [_principle(p) for p in item.does_not_work],
        "praktijkvoorbeelden": [
            {"naam": ex.name, "beschrijving": ex.description, "url": ex.url}
            for ex in item.practice_examples
        ],
        "bijeenkomstvormen": list(item.suitable_formats),
        "voorbeeldactiviteiten": list(approach.activity_examples),
        "bron": approach.source_url,
        "geverifieerd": approach.verified,
    }


def advice_as_dict(advice: Advice) -> dict[str, Any]:
    """The whole advice sheet."""
    return {
        "fase": {
            "code": str(advice.phase.phase),
            "naam": advice.phase.name,
            "kleur": advice.phase.colour,
            "motto": advice.phase.motto,
            "gewenste_situatie": advice.phase.desired_situation.text,
        },
        "gevoelig": advice.request.sensitive,
        "aanpakken": [_approach(item) for item in advice.approaches],
        "niet_nu": [
            {"code": held.approach.code, "naam": held.approach.name, "reden": held.reason}
            for held in advice.held_back
        ],
        "bijeenkomstvormen": [
            {
                "code": item.format.code,
                "naam": item.format.name,
                "geschiktheid": str(item.fit),
                "toelichting": item.format.note,
                "bron": item.format.source_url,
                "geverifieerd": item.format.verified,
            }
            for item in advice.formats
        ],
        "waarschuwingen": [warning_as_dict(item) for item in advice.warnings],
        "algemeen": [_principle(item) for item in advice.general_principles],
    }

"""Advice and warnings as plain JSON-ready data (Dutch keys), shared by the API and the CLI.

Every sourced part carries `bron` (url), `bron_titel` (readable title), `geverifieerd`, `status`
(bron, eigen_oordeel, onbevestigd) and `onderbouwing`: the passage it rests on, or the reasoning
when it is the project's own judgement.
"""

from __future__ import annotations

from typing import Any

from wijkverbinder.core.advice.conditions import ConditionAdvice
from wijkverbinder.core.advice.engine import Advice, NextStepAdvice
from wijkverbinder.core.advice.goals import Goal, setter_label
from wijkverbinder.core.advice.ranking import RankedApproach
from wijkverbinder.core.advice.safety import SafetyAssessment
from wijkverbinder.core.advice.warnings import AdviceWarning
from wijkverbinder.core.knowledge.model import Principle, Sourced
from wijkverbinder.core.knowledge.vocabulary import ResidentGroup


def provenance(item: Sourced) -> dict[str, Any]:
    """Source, readable title, status and what the item rests on."""
    return {
        "bron": item.source_url,
        "bron_titel": item.source_title or item.source_url,
        "geverifieerd": item.verified,
        "status": str(item.status),
        "onderbouwing": item.passage if item.verified else item.judgement,
    }


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
        "bron_titel": warning.source_title or warning.source_url,
        "geverifieerd": warning.verified,
        "status": warning.status,
        "onderbouwing": warning.grounding,
    }


def _principle(item: Principle) -> dict[str, Any]:
    return {"tekst": item.text, **provenance(item)}


def _approach(item: RankedApproach) -> dict[str, Any]:
    approach = item.approach
    return {
        "rang": item.rank,
        "code": approach.code,
        "naam": approach.name,
        "score": item.score,
        "beschrijving": approach.description,
        "in_deze_fase": item.phase_text,
        "overbruggend": approach.bridging,
        "waarom": list(item.reasons),
        "werkt_wel": [_principle(p) for p in item.works],
        "werkt_niet": [_principle(p) for p in item.does_not_work],
        "praktijkvoorbeelden": [
            {"naam": ex.name, "beschrijving": ex.description, "url": ex.url}
            for ex in item.practice_examples
        ],
        "bijeenkomstvormen": list(item.suitable_formats),
        "voorbeeldactiviteiten": list(approach.activity_examples),
        **provenance(approach),
    }


def _condition(item: ConditionAdvice) -> dict[str, Any]:
    condition = item.condition
    return {
        "code": str(condition.code),
        "naam": condition.name,
        "uitleg": condition.description,
        "al_in_aanpak": list(item.addressed_by),
        "wat_het_team_kan_doen": [
            {
                "tekst": action.text,
                "partners": [setter_label(str(partner)) for partner in action.partners],
                **provenance(action),
            }
            for action in condition.team_actions
        ],
        **provenance(condition),
    }


def _next_step(item: NextStepAdvice) -> dict[str, Any]:
    return {
        "code": str(item.step.code),
        "regel": item.step.rule,
        "titel": item.step.title,
        "tekst": item.step.text,
        "details": list(item.details),
        **provenance(item.step),
    }


def _goal(goal: Goal) -> dict[str, Any]:
    residents = {str(group) for group in ResidentGroup}
    return {
        "tekst": goal.text,
        "gesteld_met": [
            {"code": code, "naam": setter_label(code), "bewoners": code in residents}
            for code in goal.set_with
        ],
        "met_bewoners": goal.with_residents,
    }


def _safety(item: SafetyAssessment | None) -> dict[str, Any] | None:
    if item is None:
        return None
    check = item.check
    return {
        "datum": check.checked_on.isoformat(),
        "hersteld": item.restored,
        "ontbreekt": list(item.missing),
        "bevestigd_door": [setter_label(code) for code in check.confirmed_by],
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
        "doelen": [_goal(goal) for goal in advice.request.goals],
        "veiligheidscontrole": _safety(advice.safety),
        "volgende_stappen": [_next_step(item) for item in advice.next_steps],
        "aanpakken": [_approach(item) for item in advice.approaches],
        "niet_nu": [
            {"code": held.approach.code, "naam": held.approach.name, "reden": held.reason}
            for held in advice.held_back
        ],
        "contactvoorwaarden": [_condition(item) for item in advice.contact_conditions],
        "bijeenkomstvormen": [
            {
                "code": item.format.code,
                "naam": item.format.name,
                "geschiktheid": str(item.fit),
                "toelichting": item.format.note,
                **provenance(item.format),
            }
            for item in advice.formats
        ],
        "waarschuwingen": [warning_as_dict(item) for item in advice.warnings],
        "algemeen": [_principle(item) for item in advice.general_principles],
    }

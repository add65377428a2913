"""From the advice form or the API body to the core's advice, so the page, the API and the CLI agree.

The keys are the API's (Dutch, snake_case like `core.advice.serialize`). `doelen_gesteld_met` is a
list of codes of resident groups and partners (not free text), exactly as `wijkverbinder advise
--goals-set-with`. After incidents the safety check comes from the area's recorded check (pages,
API with `gebied`) or from a structured `veiligheidscontrole` (API, like the CLI's
`--safety-check`). The optional `activiteitenplan` adds the design checks of decision rules 5 and 6
(warnings, never blocks). Invalid codes become a `DomainError` with the core's Dutch message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.advice import (
    ActivityPlan,
    Advice,
    AdviceError,
    AdviceRequest,
    AdviceWarning,
    SafetyCheck,
    advice_as_dict,
    advise,
    check_activity_plan,
    goals_from,
    parse_phase,
    warning_as_dict,
)
from wijkverbinder.core.knowledge.vocabulary import ContactCondition


@dataclass(frozen=True, kw_only=True)
class AdviceOutcome:
    """The advice and, when a plan was given, the plan's design warnings."""

    advice: Advice
    plan_warnings: tuple[AdviceWarning, ...] | None

    def as_dict(self) -> dict[str, Any]:
        """The API body: `advice_as_dict` (identical to the CLI) plus `plancontrole` for a plan."""
        data = advice_as_dict(self.advice)
        if self.plan_warnings is not None:
            data["plancontrole"] = [warning_as_dict(item) for item in self.plan_warnings]
        return data


def _texts(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(text.strip() for text in values or () if text and text.strip())


def safety_check_from(data: Mapping[str, Any] | None) -> SafetyCheck | None:
    """A structured safety check (API key `veiligheidscontrole`), or None."""
    if not data:
        return None
    checked_on = data.get("datum")
    if not isinstance(checked_on, dt.date):
        checked_on = dt.date.fromisoformat(str(checked_on))
    return SafetyCheck(
        checked_on=checked_on,
        no_new_incidents=bool(data.get("geen_nieuwe_incidenten")),
        unsafety_addressed=bool(data.get("onveiligheid_aangepakt")),
        residents_feel_safer=bool(data.get("bewoners_voelen_zich_veiliger")),
        confirmed_by=_texts(data.get("bevestigd_door")),
        incident_signals=int(data.get("signalen_van_incidenten") or 0),
    )


def advice_request(
    data: Mapping[str, Any],
    *,
    safety_check: SafetyCheck | None = None,
    today: dt.date | None = None,
) -> AdviceRequest:
    """The core request; raises `AdviceError` for an unknown phase."""
    with_whom = _texts(data.get("doelen_gesteld_met"))
    goals = goals_from(_texts(data.get("doelen")), with_whom)
    return AdviceRequest(
        phase=parse_phase(str(data.get("fase") or "")),
        goals=goals,
        groups=_texts(data.get("groepen")),
        dividing_lines=_texts(data.get("scheidslijnen")),
        large_differences=bool(data.get("grote_verschillen")),
        theme=str(data.get("thema") or "").strip() or None,
        sensitive=bool(data.get("gevoelig")),
        planned_format=data.get("bijeenkomstvorm") or None,
        planned_approach=data.get("aanpak") or None,
        exclusions=_texts(data.get("uitsluitingscriteria")),
        safety_check=safety_check or safety_check_from(data.get("veiligheidscontrole")),
        today=today,
    )


def activity_plan(plan: Mapping[str, Any], request: AdviceRequest) -> ActivityPlan:
    """The plan to check, in the request's phase, with its goals, format and approach."""
    return ActivityPlan(
        phase=request.phase,
        approach=request.planned_approach,
        format=request.planned_format,
        goals=request.goals,
        co_designed_with_residents=bool(plan.get("samen_ontworpen")),
        group_size=plan.get("groepsgrootte"),
        competition_between_groups=bool(plan.get("competitie")),
        focuses_on_differences=bool(plan.get("focus_op_verschillen")),
        rules_imposed_top_down=bool(plan.get("regels_van_bovenaf")),
        recurring=bool(plan.get("terugkerend")),
        planned_months=plan.get("looptijd_maanden"),
        key_figures=_texts(plan.get("sleutelfiguren")),
        ground_rules_agreed=bool(plan.get("spelregels")),
        facilitator_neutral=bool(plan.get("begeleider_neutraal")),
        facilitator_culture_sensitive=bool(plan.get("begeleider_cultuursensitief")),
        contact_conditions=frozenset(
            ContactCondition(code) for code in _texts(plan.get("contactvoorwaarden"))
        ),
    )


def build_advice(
    data: Mapping[str, Any], *, safety_check: SafetyCheck | None = None
) -> AdviceOutcome:
    """Advice for the input; `DomainError` (Dutch, code ADE…) on unknown codes."""
    try:
        request = advice_request(data, safety_check=safety_check, today=timezone.localdate())
        advice = advise(request)
        plan = data.get("activiteitenplan")
        warnings = check_activity_plan(activity_plan(plan, request)) if plan is not None else None
    except AdviceError as error:
        raise DomainError(error.message, code=str(error.code)) from error
    except ValueError as error:  # an unknown contact condition
        raise DomainError(
            f"Onbekende contactvoorwaarde: {error}.", code="unknown_contact_condition"
        ) from error
    return AdviceOutcome(advice=advice, plan_warnings=warnings)

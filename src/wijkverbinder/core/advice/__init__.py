"""Advice: which approaches and meeting formats fit the phase and goals, and which mistakes to avoid.

Public API::

    advise(request: AdviceRequest, *, knowledge=None) -> Advice
    check_activity_plan(plan: ActivityPlan, *, knowledge=None, max_group_size=12) -> tuple[AdviceWarning, ...]
    assess_safety(check: SafetyCheck, *, knowledge, today) -> SafetyAssessment
    advice_as_dict(advice) -> dict        # JSON shape shared by API and CLI
    Goal(text, set_with=codes); setter_choices(); groups_for_stakeholders(roles)
    goals_from(texts, set_with) -> goals (ADE009 for setters without a goal)
    AdviceError (ADE001…ADE009); warning codes ADV001…ADV009, PLN001…PLN009 (WarningCode)
"""

from wijkverbinder.core.advice.conditions import ConditionAdvice, conditions_advice
from wijkverbinder.core.advice.engine import (
    Advice,
    FormatAdvice,
    NextStepAdvice,
    advise,
    suitable_formats,
)
from wijkverbinder.core.advice.goals import (
    Goal,
    groups_for_stakeholders,
    setter_choices,
    setter_label,
)
from wijkverbinder.core.advice.plan_checks import check_activity_plan
from wijkverbinder.core.advice.ranking import HeldBack, RankedApproach
from wijkverbinder.core.advice.request import (
    ActivityPlan,
    AdviceError,
    AdviceErrorCode,
    AdviceRequest,
    goals_from,
    parse_phase,
)
from wijkverbinder.core.advice.safety import (
    SafetyAssessment,
    SafetyCheck,
    assess_safety,
    incident_signal_count,
)
from wijkverbinder.core.advice.serialize import advice_as_dict, provenance, warning_as_dict
from wijkverbinder.core.advice.warnings import AdviceWarning
from wijkverbinder.core.knowledge.vocabulary import WarningCode

__all__ = [
    "ActivityPlan",
    "Advice",
    "AdviceError",
    "AdviceErrorCode",
    "AdviceRequest",
    "AdviceWarning",
    "ConditionAdvice",
    "FormatAdvice",
    "Goal",
    "HeldBack",
    "NextStepAdvice",
    "RankedApproach",
    "SafetyAssessment",
    "SafetyCheck",
    "WarningCode",
    "advice_as_dict",
    "advise",
    "assess_safety",
    "check_activity_plan",
    "conditions_advice",
    "goals_from",
    "groups_for_stakeholders",
    "incident_signal_count",
    "parse_phase",
    "provenance",
    "setter_choices",
    "setter_label",
    "suitable_formats",
    "warning_as_dict",
]

"""Advice: which approaches and meeting formats fit the phase and goals, and which mistakes to avoid.

Public API::

    advise(request: AdviceRequest, *, knowledge=None) -> Advice
    check_activity_plan(plan: ActivityPlan, *, knowledge=None, max_group_size=12) -> tuple[AdviceWarning, ...]
    advice_as_dict(advice) -> dict        # JSON shape shared by API and CLI
    AdviceError (ADE001…ADE005); warning codes ADV001…ADV009, PLN001…PLN009 (WarningCode)
"""

from wijkverbinder.core.advice.engine import Advice, FormatAdvice, advise, suitable_formats
from wijkverbinder.core.advice.plan_checks import check_activity_plan
from wijkverbinder.core.advice.ranking import HeldBack, RankedApproach
from wijkverbinder.core.advice.request import (
    ActivityPlan,
    AdviceError,
    AdviceErrorCode,
    AdviceRequest,
    Goal,
    parse_phase,
)
from wijkverbinder.core.advice.serialize import advice_as_dict, warning_as_dict
from wijkverbinder.core.advice.warnings import AdviceWarning
from wijkverbinder.core.knowledge.vocabulary import WarningCode

__all__ = [
    "ActivityPlan",
    "Advice",
    "AdviceError",
    "AdviceErrorCode",
    "AdviceRequest",
    "AdviceWarning",
    "FormatAdvice",
    "Goal",
    "HeldBack",
    "RankedApproach",
    "WarningCode",
    "advice_as_dict",
    "advise",
    "check_activity_plan",
    "parse_phase",
    "suitable_formats",
    "warning_as_dict",
]

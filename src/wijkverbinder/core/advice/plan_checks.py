"""Design checks on an activity plan: warnings, never blocks (decision rules 5 and 6).

Rule 5: co-designed with residents, goals set with a resident group (no goals: no warning; the
advice asks for them), small groups, no competition between
groups, no focus on differences or top-down rules, recurring activities planned ≥ 12 months, key
figures named in spanning/incidenten, a dialogue with ground rules and a neutral, culture-sensitive
facilitator. Rule 6: Allport's four contact conditions, with what is missing and which approaches
address it. Texts and sources come from `knowledge_base/warnings.yaml`.
"""

from __future__ import annotations

from wijkverbinder.core.advice.goals import goals_without_residents
from wijkverbinder.core.advice.request import ActivityPlan, validate_codes, validate_goals
from wijkverbinder.core.advice.warnings import AdviceWarning, make_warning
from wijkverbinder.core.knowledge import KnowledgeBase, load_knowledge_base
from wijkverbinder.core.knowledge.vocabulary import ContactCondition, FormatTrait, WarningCode
from wijkverbinder.core.vocabulary import Phase

DEFAULT_MAX_GROUP_SIZE = 12
MIN_RECURRING_MONTHS = 12
DIALOGUE_APPROACH = "dialoog"


def check_activity_plan(
    plan: ActivityPlan,
    *,
    knowledge: KnowledgeBase | None = None,
    max_group_size: int = DEFAULT_MAX_GROUP_SIZE,
    min_conditions: int = len(ContactCondition),
) -> tuple[AdviceWarning, ...]:
    """All design warnings for the plan, in code order."""
    kb = knowledge or load_knowledge_base()
    validate_codes(knowledge=kb, formats=(plan.format,), approaches=(plan.approach,))
    validate_goals(plan.goals)
    found: list[tuple[WarningCode, tuple[str, ...]]] = []
    goals = goals_without_residents(plan.goals)
    if goals is not None:
        found.append((WarningCode.GOALS_NOT_WITH_RESIDENTS, goals))
    if not plan.co_designed_with_residents:
        found.append((WarningCode.NOT_CO_DESIGNED, ()))
    if plan.group_size is not None and plan.group_size > max_group_size:
        detail = f"{plan.group_size} deelnemers; een kleine groep is hooguit {max_group_size}"
        found.append((WarningCode.GROUP_TOO_LARGE, (detail,)))
    if plan.competition_between_groups:
        found.append((WarningCode.COMPETITION, ()))
    if plan.focuses_on_differences or plan.rules_imposed_top_down:
        found.append((WarningCode.FOCUS_ON_DIFFERENCES, ()))
    if plan.recurring and (plan.planned_months or 0) < MIN_RECURRING_MONTHS:
        detail = f"gepland: {plan.planned_months or 0} maanden; nodig: {MIN_RECURRING_MONTHS}"
        found.append((WarningCode.RECURRING_TOO_SHORT, (detail,)))
    if plan.phase in (Phase.SPANNING, Phase.INCIDENTEN) and not plan.key_figures:
        found.append((WarningCode.NO_KEY_FIGURES, ()))
    found.extend(_dialogue_checks(plan, kb))
    missing = _missing_conditions(plan, kb)
    if missing and len(plan.contact_conditions) < min_conditions:
        found.append((WarningCode.CONTACT_CONDITIONS_MISSING, missing))
    return tuple(make_warning(code, kb, details) for code, details in sorted(found))


def is_dialogue(plan: ActivityPlan, knowledge: KnowledgeBase) -> bool:
    """A dialogue by approach or by format."""
    fmt = knowledge.meeting_format(plan.format) if plan.format else None
    return plan.approach == DIALOGUE_APPROACH or (
        fmt is not None and FormatTrait.DIALOOG in fmt.traits
    )


def _dialogue_checks(
    plan: ActivityPlan, knowledge: KnowledgeBase
) -> list[tuple[WarningCode, tuple[str, ...]]]:
    if not is_dialogue(plan, knowledge):
        return []
    found: list[tuple[WarningCode, tuple[str, ...]]] = []
    if not plan.ground_rules_agreed:
        found.append((WarningCode.DIALOGUE_NO_GROUND_RULES, ()))
    lacking = [
        label
        for label, present in (
            ("neutraal", plan.facilitator_neutral),
            ("cultuursensitief", plan.facilitator_culture_sensitive),
        )
        if not present
    ]
    if lacking:
        detail = f"de gespreksleider is niet: {', '.join(lacking)}"
        found.append((WarningCode.DIALOGUE_NO_NEUTRAL_FACILITATOR, (detail,)))
    return found


def _missing_conditions(plan: ActivityPlan, knowledge: KnowledgeBase) -> tuple[str, ...]:
    lines: list[str] = []
    for condition in knowledge.contact_conditions:
        if condition.code in plan.contact_conditions:
            continue
        helpers = [
            approach.name
            for approach in knowledge.approaches
            if condition.code in approach.contact_conditions
        ]
        todo = condition.team_actions[0].text if condition.team_actions else ""
        line = f"{condition.name} ontbreekt; helpt: {', '.join(helpers) or '—'}"
        lines.append(f"{line}; wat u kunt doen: {todo}" if todo else line)
    return tuple(lines)

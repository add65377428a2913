"""Core rules of the four-step method (issue 6; decision rules 7-12 of `knowledge_base/decision_rules.yaml`).

Public API::

    rank_themes(*, candidates, weights=None, aggregation=Aggregation.SUM) -> Ranking
    check_trajectory_limit(*, active, team, district, max_active=2) -> None        # MTH001
    check_step2_gate(...) -> GateResult / ensure_step2_gate(...)                   # MTH002
    check_meeting(...) -> MeetingCheck / ensure_meeting_allowed(...)               # MTH003, MTH004, MTH101
    ensure_meeting_gates(MeetingFacts, *, override_reason="") -> overridden         # MTH017-19
    ensure_check_in_held(*, planned_on, held_on, today)                            # MTH019, MTH020
    check_handover(...) -> GateResult / ensure_handover(...)                       # MTH005
    ensure_next_step(*, current, target) / check_step3_done / ensure_step3_done    # MTH016, MTH015
    propose_escalation(*, current, check_ins, target=None, skip_reason="",
                       acute_danger=False, intake=None) -> EscalationProposal      # MTH006-9, 13, 14
    assess_intake(intake) -> IntakeResult
Refusals raise `MethodRefusalError` (code + Dutch message).
"""

from wijkverbinder.core.method.errors import GateResult, MethodCode, MethodRefusalError, Problem
from wijkverbinder.core.method.escalation import (
    CheckInOutcome,
    EscalationProposal,
    ensure_check_in_held,
    next_level,
    propose_escalation,
)
from wijkverbinder.core.method.gates import (
    StakeholderContact,
    StakeholderRole,
    check_handover,
    check_step2_gate,
    ensure_handover,
    ensure_step2_gate,
)
from wijkverbinder.core.method.intake import (
    BuurtbemiddelingIntake,
    IntakeResult,
    assess_intake,
    parse_exclusions,
)
from wijkverbinder.core.method.limits import ActiveTrajectory, check_trajectory_limit
from wijkverbinder.core.method.meeting_gates import (
    MeetingFacts,
    advice_refusals,
    both_sides_refusals,
    ensure_meeting_gates,
)
from wijkverbinder.core.method.meetings import (
    MeetingCheck,
    check_meeting,
    ensure_meeting_allowed,
    has_binding_item,
)
from wijkverbinder.core.method.steps import (
    STEP_NAMES,
    Step,
    check_step3_done,
    ensure_next_step,
    ensure_step3_done,
    next_step,
)
from wijkverbinder.core.method.weighing import (
    Aggregation,
    RankedTheme,
    Ranking,
    ThemeScore,
    WeightChange,
    Weights,
    rank_themes,
)

__all__ = [
    "STEP_NAMES",
    "ActiveTrajectory",
    "Aggregation",
    "BuurtbemiddelingIntake",
    "CheckInOutcome",
    "EscalationProposal",
    "GateResult",
    "IntakeResult",
    "MeetingCheck",
    "MeetingFacts",
    "MethodCode",
    "MethodRefusalError",
    "Problem",
    "RankedTheme",
    "Ranking",
    "StakeholderContact",
    "StakeholderRole",
    "Step",
    "ThemeScore",
    "WeightChange",
    "Weights",
    "advice_refusals",
    "assess_intake",
    "both_sides_refusals",
    "check_handover",
    "check_meeting",
    "check_step2_gate",
    "check_step3_done",
    "check_trajectory_limit",
    "ensure_check_in_held",
    "ensure_handover",
    "ensure_meeting_allowed",
    "ensure_meeting_gates",
    "ensure_next_step",
    "ensure_step2_gate",
    "ensure_step3_done",
    "has_binding_item",
    "next_level",
    "next_step",
    "parse_exclusions",
    "propose_escalation",
    "rank_themes",
]

"""Gates of the method: step 2 → 3 (decision rule 8) and hand-over in step 4 (decision rule 10).

Step 2: moving on needs contact with residents who experience the problem and, where a causing side
exists, with that side too, plus a recorded impartiality check. Step 4: 'overgedragen' needs at least
one kartrekker, one agreement and a check-in scheduled from today on. Both are the project
specification (unverified); close practice: https://www.eigen-kracht.nl/verhalen/gelijkwaardig-gesprek/ .
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from wijkverbinder.core.method.errors import GateResult, MethodCode, MethodRefusalError


class StakeholderRole(StrEnum):
    """The role of a stakeholder in a trajectory (docs/glossary.md)."""

    AFFECTED = "affected"
    CAUSING = "causing"
    KEY_FIGURE = "key_figure"
    KARTREKKER = "kartrekker"
    PROFESSIONAL = "professional"
    ORGANISATION = "organisation"


@dataclass(frozen=True, kw_only=True)
class StakeholderContact:
    """A stakeholder and whether the team has spoken with them."""

    role: StakeholderRole
    contacted: bool


def check_step2_gate(
    *,
    stakeholders: Sequence[StakeholderContact],
    impartiality_checked: bool,
    causing_side_exists: bool | None = None,
) -> GateResult:
    """Whether step 3 may start; `causing_side_exists` None = a causing stakeholder is recorded."""
    roles_contacted = {item.role for item in stakeholders if item.contacted}
    causing = (
        any(item.role is StakeholderRole.CAUSING for item in stakeholders)
        if causing_side_exists is None
        else causing_side_exists
    )
    missing: list[str] = []
    if StakeholderRole.AFFECTED not in roles_contacted:
        missing.append("Er is nog geen contact geweest met bewoners die last ervaren.")
    if causing and StakeholderRole.CAUSING not in roles_contacted:
        missing.append("Er is nog geen contact geweest met de kant die de last veroorzaakt.")
    if not impartiality_checked:
        missing.append("De toets op onpartijdigheid is nog niet vastgelegd.")
    return GateResult(passed=not missing, missing=tuple(missing))


def ensure_step2_gate(
    *,
    stakeholders: Sequence[StakeholderContact],
    impartiality_checked: bool,
    causing_side_exists: bool | None = None,
) -> None:
    """Raise `MethodRefusalError` (MTH002) with what is missing."""
    result = check_step2_gate(
        stakeholders=stakeholders,
        impartiality_checked=impartiality_checked,
        causing_side_exists=causing_side_exists,
    )
    if not result.passed:
        raise MethodRefusalError(
            MethodCode.STEP2_INCOMPLETE, f"Stap 3 kan nog niet beginnen. {result.message}"
        )


def check_handover(
    *,
    kartrekkers: int,
    agreements: int,
    scheduled_check_ins: Sequence[date],
    today: date,
) -> GateResult:
    """Whether the trajectory may get the status 'overgedragen'."""
    missing: list[str] = []
    if kartrekkers < 1:
        missing.append("Er is nog geen kartrekker genoemd.")
    if agreements < 1:
        missing.append("Er is nog geen afspraak vastgelegd.")
    if not any(day >= today for day in scheduled_check_ins):
        missing.append("Er is nog geen check-in gepland (vandaag of later).")
    return GateResult(passed=not missing, missing=tuple(missing))


def ensure_handover(
    *,
    kartrekkers: int,
    agreements: int,
    scheduled_check_ins: Sequence[date],
    today: date,
) -> None:
    """Raise `MethodRefusalError` (MTH005) with what is missing."""
    result = check_handover(
        kartrekkers=kartrekkers,
        agreements=agreements,
        scheduled_check_ins=scheduled_check_ins,
        today=today,
    )
    if not result.passed:
        raise MethodRefusalError(
            MethodCode.HANDOVER_INCOMPLETE,
            f"Het traject kan nog niet worden overgedragen. {result.message}",
        )

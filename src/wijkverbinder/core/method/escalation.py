"""Escalation: the lightest intervention that works, one rung at a time (decision rules 11 and 12).

* A heavier rung is proposed only after the latest check-in records no improvement.
* Skipping rungs needs a reason; acute danger goes straight to the police, without a check-in.
* Stepping back to a lighter rung is always allowed (CCV ladder).
* Buurtbemiddeling only when its intake checklist passes (`intake.py`); when an exclusion applies,
  that exclusion is a valid reason to skip it.
Source: CCV Escalatieladder Wet aanpak woonoverlast,
https://www.gemeente.nu/veiligheid/escalatieladder-helpt-bij-aanpak-wet-woonoverlast/ .
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from wijkverbinder.core.dates import dutch_date
from wijkverbinder.core.knowledge import KnowledgeBase, load_knowledge_base
from wijkverbinder.core.knowledge.vocabulary import InterventionLevel
from wijkverbinder.core.method.errors import MethodCode, MethodRefusalError
from wijkverbinder.core.method.intake import BuurtbemiddelingIntake, IntakeResult, assess_intake

POLICE_LEVEL = InterventionLevel.AANSPREKEN_CORPORATIE_OF_WIJKAGENT


@dataclass(frozen=True, kw_only=True)
class CheckInOutcome:
    """A check-in's date and whether things are improving."""

    on: date
    improving: bool


@dataclass(frozen=True, kw_only=True)
class EscalationProposal:
    """A move on the ladder, to be appended to the trajectory's history."""

    from_level: InterventionLevel
    to_level: InterventionLevel
    reason: str
    skipped: tuple[InterventionLevel, ...] = ()
    contact_police_directly: bool = False
    informational_only: bool = False
    referrals: tuple[str, ...] = ()
    source_url: str = ""


def ensure_check_in_held(*, planned_on: date, held_on: date, today: date) -> None:
    """A check-in is held today or earlier, and not before the day it was planned for.

    A check-in planned for later is not 'held' by recording its outcome today (MTH020): plan one
    for today instead, so the ladder rests on a check-in that really took place.
    """
    if held_on > today:
        raise MethodRefusalError(
            MethodCode.DATE_IN_FUTURE,
            "Een check-in kan niet in de toekomst gehouden zijn; kies vandaag of eerder.",
        )
    if planned_on > held_on:
        raise MethodRefusalError(
            MethodCode.CHECK_IN_NOT_DUE,
            f"Deze check-in staat gepland op {dutch_date(planned_on)} en is dus nog niet "
            "gehouden. Leg de uitkomst vast op of na die dag, of plan een check-in voor vandaag.",
        )


def next_level(level: InterventionLevel) -> InterventionLevel | None:
    """The next heavier rung, or None at the top."""
    levels = list(InterventionLevel)
    index = levels.index(level)
    return levels[index + 1] if index + 1 < len(levels) else None


def propose_escalation(
    *,
    current: InterventionLevel,
    check_ins: Sequence[CheckInOutcome],
    target: InterventionLevel | None = None,
    skip_reason: str = "",
    acute_danger: bool = False,
    intake: BuurtbemiddelingIntake | None = None,
    knowledge: KnowledgeBase | None = None,
) -> EscalationProposal:
    """Validate a move on the ladder; raises `MethodRefusalError` with a Dutch reason."""
    kb = knowledge or load_knowledge_base()
    if acute_danger:
        to = max(current, POLICE_LEVEL, key=lambda level: level.rank)
        return EscalationProposal(
            from_level=current,
            to_level=to,
            reason=kb.acute_danger.text,
            skipped=_between(current, to),
            contact_police_directly=True,
            source_url=kb.acute_danger.source_url,
        )
    if target is not None and target.rank < current.rank:
        return EscalationProposal(
            from_level=current,
            to_level=target,
            reason="Terugstappen naar een lichtere interventie mag altijd.",
            source_url=kb.level(target).source_url,
        )
    if target is current:
        raise MethodRefusalError(MethodCode.SAME_LEVEL, "Het traject staat al op deze trede.")
    following = next_level(current)
    if following is None:
        raise MethodRefusalError(
            MethodCode.TOP_OF_LADDER, "Dit is al de zwaarste trede van de ladder."
        )
    _require_failed_check_in(check_ins)
    return _upward(current, target or following, skip_reason.strip(), intake, kb)


def _require_failed_check_in(check_ins: Sequence[CheckInOutcome]) -> None:
    latest = max(check_ins, key=lambda item: item.on, default=None)
    if latest is None or latest.improving:
        raise MethodRefusalError(
            MethodCode.ESCALATION_WITHOUT_FAILED_CHECK_IN,
            "Een zwaardere interventie kan pas als de laatste check-in vastlegt dat het niet "
            "verbetert. Plan eerst een check-in.",
        )


def _upward(
    current: InterventionLevel,
    target: InterventionLevel,
    skip_reason: str,
    intake: BuurtbemiddelingIntake | None,
    kb: KnowledgeBase,
) -> EscalationProposal:
    skipped = _between(current, target)
    checked = assess_intake(intake, knowledge=kb) if intake is not None else None
    if target is InterventionLevel.BUURTBEMIDDELING:
        _require_eligible(checked)
    referrals: tuple[str, ...] = ()
    if skipped and not skip_reason:
        if skipped == (InterventionLevel.BUURTBEMIDDELING,) and checked and not checked.eligible:
            skip_reason = f"Buurtbemiddeling is uitgesloten: {', '.join(checked.reasons)}."
            referrals = checked.referrals
        else:
            names = ", ".join(kb.level(level).name.lower() for level in skipped)
            raise MethodRefusalError(
                MethodCode.SKIP_WITHOUT_REASON,
                f"U slaat een of meer treden over ({names}); geef daarvoor een reden.",
            )
    level = kb.level(target)
    return EscalationProposal(
        from_level=current,
        to_level=target,
        reason=skip_reason or "De laatste check-in laat geen verbetering zien.",
        skipped=skipped,
        informational_only=level.informational_only,
        referrals=referrals,
        source_url=level.source_url,
    )


def _require_eligible(checked: IntakeResult | None) -> None:
    if checked is None:
        raise MethodRefusalError(
            MethodCode.BUURTBEMIDDELING_INTAKE_MISSING,
            "Doorloop eerst de intakechecklist van buurtbemiddeling.",
        )
    if not checked.eligible:
        raise MethodRefusalError(
            MethodCode.BUURTBEMIDDELING_EXCLUDED,
            f"Buurtbemiddeling kan niet: {', '.join(checked.reasons)}. Verwijs naar: "
            f"{', '.join(checked.referrals)}. Kies de volgende trede met deze uitsluiting als reden.",
        )


def _between(low: InterventionLevel, high: InterventionLevel) -> tuple[InterventionLevel, ...]:
    return tuple(level for level in InterventionLevel if low.rank < level.rank < high.rank)

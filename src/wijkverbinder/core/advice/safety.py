"""The recorded safety check after incidents: is safety restored? (decision rules 2 and 13).

A check records, on a date, whether there were no new incidents, whether the unsafety and nuisance
were dealt with, whether residents feel safer, which partners confirmed it, and how many recent
signals of incidents (threats, violence, vandalism) the area still has. Safety counts as restored
only when every criterion of `knowledge_base/safety_check.yaml` holds, a partner with authority
confirmed it, no incident signals remain and the check is not older than `max_age_days`. Then the
advice offers the bridging approaches the sources name as the next step and proposes to assess
the phase again. Sources: the Wijkverbinder pages on aanpakken en handhaven and on vergroten
veiligheidsgevoel (see the knowledge base).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from wijkverbinder.core.knowledge import KnowledgeBase
from wijkverbinder.core.knowledge.vocabulary import PARTNER_LABELS, Partner, SafetyCriterion
from wijkverbinder.core.vocabulary import Phase


@dataclass(frozen=True, kw_only=True)
class SafetyCheck:
    """What the team recorded about safety in the area on `checked_on`."""

    checked_on: date
    no_new_incidents: bool = False
    unsafety_addressed: bool = False
    residents_feel_safer: bool = False
    confirmed_by: tuple[str, ...] = ()
    incident_signals: int = 0


@dataclass(frozen=True, kw_only=True)
class SafetyAssessment:
    """Whether the check shows safety restored, and if not, what is missing (Dutch)."""

    check: SafetyCheck
    restored: bool
    missing: tuple[str, ...]
    age_days: int


def incident_signal_count(counts: Mapping[str, int], knowledge: KnowledgeBase) -> int:
    """Signals of themes that point to incidenten (threats, violence, vandalism) in `counts`."""
    rules = [rule for rule in knowledge.evidence_rules if rule.floor_phase is Phase.INCIDENTEN]
    return sum(count for code, count in counts.items() if any(rule.matches(code) for rule in rules))


def unknown_partners(codes: tuple[str, ...]) -> list[str]:
    """Codes in `confirmed_by` that are not partners."""
    known = {str(partner) for partner in Partner}
    return [code for code in codes if code not in known]


def assess_safety(check: SafetyCheck, *, knowledge: KnowledgeBase, today: date) -> SafetyAssessment:
    """Evaluate a recorded check against the criteria of the knowledge base."""
    rules = knowledge.safety
    names = {item.code: item.name.lower() for item in rules.criteria}
    missing: list[str] = []
    answered = {
        SafetyCriterion.GEEN_NIEUWE_INCIDENTEN: check.no_new_incidents,
        SafetyCriterion.ONVEILIGHEID_AANGEPAKT: check.unsafety_addressed,
        SafetyCriterion.BEWONERS_VOELEN_ZICH_VEILIGER: check.residents_feel_safer,
    }
    missing.extend(f"niet bevestigd: {names[code]}" for code, ok in answered.items() if not ok)
    authorities = {str(partner) for partner in rules.confirming_partners}
    if not authorities & set(check.confirmed_by):
        allowed = ", ".join(PARTNER_LABELS[partner] for partner in rules.confirming_partners)
        missing.append(f"niet bevestigd door een partner met gezag ({allowed})")
    if check.incident_signals > 0:
        missing.append(
            f"er zijn nog {check.incident_signals} recente signalen van bedreiging, geweld of "
            "vernieling in dit gebied"
        )
    age = (today - check.checked_on).days
    if age > rules.max_age_days:
        missing.append(f"de controle is {age} dagen oud; hooguit {rules.max_age_days} dagen telt")
    if age < 0:
        missing.append("de datum van de controle ligt in de toekomst")
    return SafetyAssessment(check=check, restored=not missing, missing=tuple(missing), age_days=age)

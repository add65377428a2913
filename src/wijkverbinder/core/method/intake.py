"""Buurtbemiddeling intake checklist (decision rule 12).

Buurtbemiddeling needs both parties to take part voluntarily and to be addressable; any exclusion
criterion (violence or its risk, excessive aggression, not addressable through addiction or
psychiatry, within a family, an ongoing legal procedure, criminal acts, organisation versus
individual, no voluntariness) blocks it and yields referrals from `knowledge_base/buurtbemiddeling.yaml`.
Sources: https://buurtbemiddelingeindhoven.nl/?page_id=44 ,
https://www.assen.nl/vac/op-wat-voor-conflicten-kan-ik-mij-wenden-tot-buurtbemiddeling .
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wijkverbinder.core.knowledge import KnowledgeBase, load_knowledge_base
from wijkverbinder.core.knowledge.vocabulary import BuurtbemiddelingExclusion
from wijkverbinder.core.method.errors import MethodCode, MethodRefusalError


@dataclass(frozen=True, kw_only=True)
class BuurtbemiddelingIntake:
    """The answers of the intake checklist."""

    parties_voluntary: bool
    parties_addressable: bool
    exclusions: frozenset[BuurtbemiddelingExclusion] = frozenset()


@dataclass(frozen=True, kw_only=True)
class IntakeResult:
    """Whether buurtbemiddeling can start; otherwise why not and where to refer."""

    eligible: bool
    reasons: tuple[str, ...]
    referrals: tuple[str, ...]
    source_urls: tuple[str, ...]


def parse_exclusions(codes: Iterable[str]) -> frozenset[BuurtbemiddelingExclusion]:
    """Exclusion codes as enum members; unknown codes raise MTH012 in Dutch."""
    found: set[BuurtbemiddelingExclusion] = set()
    for code in codes:
        try:
            found.add(BuurtbemiddelingExclusion(code))
        except ValueError:
            allowed = ", ".join(item.value for item in BuurtbemiddelingExclusion)
            raise MethodRefusalError(
                MethodCode.INVALID_INPUT,
                f"Onbekend uitsluitingscriterium '{code}'. Kies uit: {allowed}.",
            ) from None
    return frozenset(found)


def assess_intake(
    intake: BuurtbemiddelingIntake, *, knowledge: KnowledgeBase | None = None
) -> IntakeResult:
    """Apply the checklist."""
    kb = knowledge or load_knowledge_base()
    codes = set(intake.exclusions)
    if not intake.parties_voluntary:
        codes.add(BuurtbemiddelingExclusion.GEEN_VRIJWILLIGHEID)
    if not intake.parties_addressable:
        codes.add(BuurtbemiddelingExclusion.NIET_AANSPREEKBAAR)
    criteria = [kb.exclusion(code) for code in BuurtbemiddelingExclusion if code in codes]
    referrals = tuple(dict.fromkeys(ref for item in criteria for ref in item.referrals))
    return IntakeResult(
        eligible=not criteria,
        reasons=tuple(item.name for item in criteria),
        referrals=referrals,
        source_urls=tuple(dict.fromkeys(item.source_url for item in criteria)),
    )

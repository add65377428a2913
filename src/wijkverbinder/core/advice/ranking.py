"""Ranks the approaches that fit a phase, with the reasons why (decision rules 1, 2, 3, 4 and 12).

* Rule 1: only approaches linked to the phase are offered, in the phase's order.
* Rule 2: in incidenten, safety approaches (aanpakken en handhaven, veiligheidsgevoel) come first;
  bridging approaches (the links marked `after_safety`: dialoog, samenwerken) are held back until a
  recorded safety check shows safety restored, and are then offered as the next step.
* Rule 3: with large differences in ongemak/spanning, approaches with indirect contact move up.
* Rule 4: with a sensitive theme from ongemak on, approaches with a dialogue format move up.
* Goals: approaches whose keywords appear in the goals move up.
* Rule 12: buurtbemiddeling is left out when an exclusion criterion applies.

Score: 100 − 10 × the phase order, +50 safety first in incidenten, +40 indirect contact on a large
gap, +30 dialogue on a sensitive theme, +10 per goal keyword (at most 3). The rule boosts outweigh
the goal keywords on purpose: the situation comes first, the goal picks within it.
"""

from __future__ import annotations

from dataclasses import dataclass

from wijkverbinder.core.advice.request import AdviceRequest
from wijkverbinder.core.knowledge import KnowledgeBase
from wijkverbinder.core.knowledge.model import Approach, PracticeExample, Principle
from wijkverbinder.core.knowledge.vocabulary import ContactForm, Fit, FormatTrait, PrincipleKind
from wijkverbinder.core.vocabulary import Phase

BUURTBEMIDDELING = "buurtbemiddeling"


@dataclass(frozen=True, kw_only=True)
class RankedApproach:
    """One offered approach with why it fits and what to do and avoid."""

    rank: int
    approach: Approach
    score: int
    phase_text: str
    reasons: tuple[str, ...]
    works: tuple[Principle, ...]
    does_not_work: tuple[Principle, ...]
    practice_examples: tuple[PracticeExample, ...]
    suitable_formats: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class HeldBack:
    """An approach of the phase that is not offered now, and why."""

    approach: Approach
    reason: str


def rank_approaches(
    request: AdviceRequest, knowledge: KnowledgeBase, *, safety_restored: bool = False
) -> tuple[tuple[RankedApproach, ...], tuple[HeldBack, ...]]:
    """The offered approaches, best first, and the ones held back."""
    scored: list[tuple[int, Approach, list[str]]] = []
    held: list[HeldBack] = []
    for approach in knowledge.approaches_for(request.phase):
        reason = _held_back(request, approach, safety_restored=safety_restored)
        if reason:
            held.append(HeldBack(approach=approach, reason=reason))
            continue
        score, reasons = _score(request, approach, knowledge)
        if request.phase is Phase.INCIDENTEN and approach.bridging:
            reasons.append(
                "volgende stap: de veiligheidscontrole laat zien dat de veiligheid terug is (regel 2)"
            )
        scored.append((score, approach, reasons))
    scored.sort(key=lambda entry: -entry[0])
    ranked = tuple(
        _ranked(
            rank=rank,
            score=score,
            approach=approach,
            reasons=reasons,
            request=request,
            knowledge=knowledge,
        )
        for rank, (score, approach, reasons) in enumerate(scored, start=1)
    )
    return ranked, tuple(held)


def _held_back(request: AdviceRequest, approach: Approach, *, safety_restored: bool) -> str:
    if approach.code == BUURTBEMIDDELING and request.exclusions:
        return "een uitsluitingscriterium voor buurtbemiddeling is van toepassing (regel 12)"
    if (
        request.phase is Phase.INCIDENTEN
        and approach.bridging
        and not approach.safety
        and not safety_restored
    ):
        return (
            "bij incidenten komt veiligheid eerst; overbruggend contact pas als een vastgelegde "
            "veiligheidscontrole laat zien dat de veiligheid terug is (regel 2)"
        )
    return ""


def _score(
    request: AdviceRequest, approach: Approach, knowledge: KnowledgeBase
) -> tuple[int, list[str]]:
    link = approach.for_phase(request.phase)
    assert link is not None
    score = 100 - 10 * link.order
    reasons = [f"hoort bij de fase {request.phase} (regel 1)"]
    if request.phase is Phase.INCIDENTEN and approach.safety:
        score += 50
        reasons.append("herstelt eerst de veiligheid (regel 2)")
    indirect = {ContactForm.INDIRECT, ContactForm.DENKBEELDIG} & set(approach.contact_forms)
    if request.large_differences and request.phase in (Phase.ONGEMAK, Phase.SPANNING) and indirect:
        score += 40
        reasons.append("biedt indirect contact, passend bij grote verschillen (regel 3)")
    if (
        request.sensitive
        and request.phase.rank >= Phase.ONGEMAK.rank
        and _has_dialogue(approach, knowledge)
    ):
        score += 30
        reasons.append("biedt een dialoog, passend bij een gevoelig thema (regel 4)")
    matches = _goal_matches(request, approach)
    if matches:
        score += 10 * min(len(matches), 3)
        reasons.append(f"sluit aan bij het doel ({', '.join(matches)})")
    return score, reasons


def _has_dialogue(approach: Approach, knowledge: KnowledgeBase) -> bool:
    formats = (knowledge.meeting_format(code) for code in approach.suitable_formats)
    return any(fmt is not None and FormatTrait.DIALOOG in fmt.traits for fmt in formats)


def _goal_matches(request: AdviceRequest, approach: Approach) -> list[str]:
    text = " ".join(goal.text.lower() for goal in request.goals)
    return [word for word in approach.goal_keywords if word in text]


def _ranked(
    *,
    rank: int,
    score: int,
    approach: Approach,
    reasons: list[str],
    request: AdviceRequest,
    knowledge: KnowledgeBase,
) -> RankedApproach:
    link = approach.for_phase(request.phase)
    assert link is not None
    principles = knowledge.principles_for(approach.code, request.phase)
    formats = tuple(
        code
        for code in approach.suitable_formats
        if (fmt := knowledge.meeting_format(code)) is not None
        and fmt.fit(request.phase, sensitive=request.sensitive) is not Fit.AVOID
    )
    return RankedApproach(
        rank=rank,
        approach=approach,
        score=score,
        phase_text=link.text,
        reasons=tuple(reasons),
        works=tuple(item for item in principles if item.kind is PrincipleKind.WORKS),
        does_not_work=tuple(
            item for item in principles if item.kind is PrincipleKind.DOES_NOT_WORK
        ),
        practice_examples=knowledge.examples_for(approach.code),
        suitable_formats=formats,
    )

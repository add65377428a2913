"""The four contact conditions, stated wherever the advice proposes contact between groups (rule 6).

When an offered approach (or the planned one) is bridging, the advice lists Allport's four
conditions in KIS's wording: equal status, a common goal, cooperation and support from
authorities, each with what the team can do (asking the gemeente, the corporation and the police
for visible support included) and which offered approaches already address it. Sources:
https://www.kis.nl/publicatie/sociale-verbinding-tussen-nieuwkomers-en-andere-wijkbewoners and
Pettigrew & Tropp (2006), https://pubmed.ncbi.nlm.nih.gov/16737372/ .
"""

from __future__ import annotations

from dataclasses import dataclass

from wijkverbinder.core.knowledge import KnowledgeBase
from wijkverbinder.core.knowledge.model import Approach, ConditionInfo


@dataclass(frozen=True, kw_only=True)
class ConditionAdvice:
    """One contact condition with what the team can do and who already covers it."""

    condition: ConditionInfo
    addressed_by: tuple[str, ...]


def proposes_contact(approaches: tuple[Approach, ...]) -> bool:
    """True when one of the approaches brings groups together (bridging contact)."""
    return any(approach.bridging for approach in approaches)


def conditions_advice(
    approaches: tuple[Approach, ...], knowledge: KnowledgeBase
) -> tuple[ConditionAdvice, ...]:
    """All four conditions when contact between groups is proposed, else nothing."""
    if not proposes_contact(approaches):
        return ()
    bridging = [approach for approach in approaches if approach.bridging]
    return tuple(
        ConditionAdvice(
            condition=condition,
            addressed_by=tuple(
                approach.name
                for approach in bridging
                if condition.code in approach.contact_conditions
            ),
        )
        for condition in knowledge.contact_conditions
    )

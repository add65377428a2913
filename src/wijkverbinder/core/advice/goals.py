"""Structured goals: who set them is a list of codes, not free text (decision rule 5, issue 13).

A goal is set with residents when at least one of its setters is a named resident group
(`ResidentGroup`); partners such as the gemeente or the wijkagent take part but are not residents.
In a trajectory the resident groups come from its stakeholders (`groups_for_stakeholders`).
Warning ADV007 fires only when there are goals and a goal has no resident group; without goals the
advice asks for them instead (next step `doelen_vastleggen`).
Source: https://dewijkverbinder.nl/verbinden/bij-incidenten/vergroten-veiligheidsgevoel-in-de-wijk/
(activities are set up together with residents).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wijkverbinder.core.knowledge.vocabulary import (
    PARTNER_LABELS,
    RESIDENT_GROUP_LABELS,
    STAKEHOLDER_ROLE_GROUPS,
    Partner,
    ResidentGroup,
)

RESIDENT_CODES = frozenset(str(group) for group in ResidentGroup)
PARTNER_CODES = frozenset(str(partner) for partner in Partner)
SETTER_CODES = RESIDENT_CODES | PARTNER_CODES


@dataclass(frozen=True, kw_only=True)
class Goal:
    """A goal of the activity and the codes of who set it (resident groups and/or partners)."""

    text: str
    set_with: tuple[str, ...] = ()

    @property
    def resident_groups(self) -> tuple[str, ...]:
        """The setters that are resident groups."""
        return tuple(code for code in self.set_with if code in RESIDENT_CODES)

    @property
    def with_residents(self) -> bool:
        """True when at least one resident group took part."""
        return bool(self.resident_groups)


def setter_label(code: str) -> str:
    """The Dutch label of a resident group or partner code (the code itself when unknown)."""
    if code in RESIDENT_CODES:
        return RESIDENT_GROUP_LABELS[ResidentGroup(code)]
    if code in PARTNER_CODES:
        return PARTNER_LABELS[Partner(code)]
    return code


def setter_choices() -> list[tuple[str, str]]:
    """(code, label) of every resident group, then every partner, for forms and the CLI help."""
    residents = [(str(group), label) for group, label in RESIDENT_GROUP_LABELS.items()]
    partners = [(str(partner), label) for partner, label in PARTNER_LABELS.items()]
    return residents + partners


def unknown_setters(codes: Iterable[str]) -> list[str]:
    """The codes that are neither a resident group nor a partner."""
    return [code for code in codes if code not in SETTER_CODES]


def groups_for_stakeholders(roles: Iterable[str]) -> tuple[str, ...]:
    """Resident-group codes for a trajectory's resident stakeholders, by their role.

    `roles` are the roles (trajectories.Stakeholder.Role values) of stakeholders of kind
    'household'; professionals and organisations are not resident groups and are not passed in.
    """
    found: list[str] = []
    for role in roles:
        group = STAKEHOLDER_ROLE_GROUPS.get(role)
        if group is not None and str(group) not in found:
            found.append(str(group))
    return tuple(found)


def goals_without_residents(goals: tuple[Goal, ...]) -> tuple[str, ...] | None:
    """None without goals or when every goal has a resident group; else what is missing (ADV007)."""
    missing = tuple(_missing_line(goal) for goal in goals if not goal.with_residents)
    return missing or None


def _missing_line(goal: Goal) -> str:
    if not goal.set_with:
        return f"doel '{goal.text}': niet vastgelegd met wie het is bepaald"
    names = ", ".join(setter_label(code) for code in goal.set_with)
    return f"doel '{goal.text}': alleen bepaald met {names}"

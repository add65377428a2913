"""Typed, frozen records of the Wijkverbinder knowledge base (DOMAIN.md §8.1-8.2).

Every record carries `source_url` and `verified` (confirmed by a public source or not). Built by
`loader.py` from the YAML files after validation; never constructed from user input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wijkverbinder.core.knowledge.vocabulary import (
    BuurtbemiddelingExclusion,
    ContactCondition,
    ContactForm,
    Fit,
    FormatTrait,
    InterventionLevel,
    PrincipleKind,
    WarningCode,
)
from wijkverbinder.core.vocabulary import Phase


@dataclass(frozen=True, kw_only=True)
class Situation:
    """A short text with its source (current or desired situation, acute-danger note)."""

    text: str
    source_url: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class PhaseInfo:
    """One of the four situations of a buurt."""

    phase: Phase
    rank: int
    name: str
    slug: str
    colour: str
    colour_hex: str
    motto: str
    current_situation: Situation
    desired_situation: Situation
    recognition_signs: tuple[str, ...]
    source_url: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class ApproachPhase:
    """The link between an approach and a phase, with phase-specific text and order."""

    phase: Phase
    order: int
    text: str
    source_url: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class Approach:
    """A kind of contact activity."""

    code: str
    name: str
    parent: str | None
    description: str
    bridging: bool
    safety: bool
    contact_forms: tuple[ContactForm, ...]
    contact_conditions: tuple[ContactCondition, ...]
    goal_keywords: tuple[str, ...]
    activity_examples: tuple[str, ...]
    suitable_formats: tuple[str, ...]
    phases: tuple[ApproachPhase, ...]
    source_url: str
    verified: bool

    def for_phase(self, phase: Phase) -> ApproachPhase | None:
        """The phase link, or None when the approach does not serve this phase."""
        return next((link for link in self.phases if link.phase is phase), None)


@dataclass(frozen=True, kw_only=True)
class Principle:
    """What works or does not work; `approach`/`phase` None means it applies to all."""

    code: str
    approach: str | None
    phase: Phase | None
    kind: PrincipleKind
    text: str
    tags: tuple[str, ...]
    source_url: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class PracticeExample:
    """A named example from practice, with a link to read more."""

    code: str
    name: str
    description: str
    url: str
    approaches: tuple[str, ...]
    phases: tuple[Phase, ...]
    source_url: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class MeetingFormat:
    """A way of bringing residents together, with its fit per phase and for sensitive themes."""

    code: str
    name: str
    description: str
    contact_form: ContactForm
    traits: frozenset[FormatTrait]
    phase_fit: Mapping[Phase, Fit]
    sensitive_fit: Fit
    note: str
    source_url: str
    verified: bool

    def fit(self, phase: Phase, *, sensitive: bool = False) -> Fit:
        """The worse of the phase fit and (for a sensitive theme) the sensitive fit."""
        order = list(Fit)
        fits = [self.phase_fit[phase], self.sensitive_fit] if sensitive else [self.phase_fit[phase]]
        return max(fits, key=order.index)


@dataclass(frozen=True, kw_only=True)
class NamedItem:
    """A described member of a closed list (contact condition, contact form)."""

    code: str
    name: str
    description: str
    source_url: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class EscalationLevel:
    """One rung of the escalation ladder."""

    level: InterventionLevel
    name: str
    description: str
    actors: tuple[str, ...]
    informational_only: bool
    steps: tuple[str, ...]
    source_url: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class ExclusionCriterion:
    """A reason why buurtbemiddeling is not possible, with where to refer instead."""

    code: BuurtbemiddelingExclusion
    name: str
    description: str
    referrals: tuple[str, ...]
    source_url: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class WarningText:
    """The editable text of an advice warning or plan check."""

    code: WarningCode
    rule: int
    title: str
    message: str
    suggestion: str
    source_url: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class DecisionRule:
    """One of the 13 decision rules of DOMAIN §8.3."""

    number: int
    title: str
    summary: str
    implemented_in: tuple[str, ...]
    source_url: str
    see_also: tuple[str, ...]
    verified: bool


@dataclass(frozen=True, kw_only=True)
class EvidenceRule:
    """Signals of a theme that raise the floor of the phase."""

    theme: str
    min_count: int
    floor_phase: Phase
    reason: str
    source_url: str
    verified: bool

    def matches(self, theme_code: str) -> bool:
        """True for the theme itself and, for a main theme, each of its sub-themes."""
        return theme_code == self.theme or theme_code.startswith(f"{self.theme}.")

"""Typed, frozen records of the Wijkverbinder knowledge base.

Every record carries its provenance (`Sourced`): `source_url`, `verified`, and either the passage it
rests on or the project's own judgement. Built by `loader.py` from the YAML files after validation;
never constructed from user input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from wijkverbinder.core.knowledge.vocabulary import (
    BuurtbemiddelingExclusion,
    ContactCondition,
    ContactForm,
    Fit,
    FormatTrait,
    InterventionLevel,
    NextStep,
    Partner,
    PrincipleKind,
    ReadIn,
    SafetyCriterion,
    WarningCode,
)
from wijkverbinder.core.vocabulary import Phase


class Status(StrEnum):
    """How an item is grounded: a source confirms it, it is our own judgement, or neither yet."""

    SOURCE = "bron"
    JUDGEMENT = "eigen_oordeel"
    UNVERIFIED = "onbevestigd"


STATUS_LABELS: dict[Status, str] = {
    Status.SOURCE: "bevestigd door de bron",
    Status.JUDGEMENT: "eigen oordeel van het project",
    Status.UNVERIFIED: "niet geverifieerd",
}


@dataclass(frozen=True, kw_only=True)
class Sourced:
    """Provenance of an item: the page it rests on and how (issue 13).

    `verified` items carry `passage`: in our own words, what the page says that the item rests on,
    and `read_in` (the page itself, or the domain notes when the page could not be read). Items that
    are the project's own judgement carry `judgement`: the reasoning. `source_title` is the readable
    name of `source_url` (sources.yaml).
    """

    source_url: str
    verified: bool
    passage: str = ""
    read_in: ReadIn | None = None
    judgement: str = ""
    source_title: str = ""

    @property
    def status(self) -> Status:
        """Source, own judgement or unverified."""
        if self.verified:
            return Status.SOURCE
        return Status.JUDGEMENT if self.judgement else Status.UNVERIFIED


@dataclass(frozen=True, kw_only=True)
class Situation(Sourced):
    """A short text with its source (current or desired situation, acute-danger note)."""

    text: str


@dataclass(frozen=True, kw_only=True)
class PhaseInfo(Sourced):
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


@dataclass(frozen=True, kw_only=True)
class ApproachPhase(Sourced):
    """The link between an approach and a phase, with phase-specific text and order.

    `after_safety`: offered in this phase only once a recorded safety check shows that safety is
    restored (the next step after incidents, decision rule 2).
    """

    phase: Phase
    order: int
    text: str
    after_safety: bool = False


@dataclass(frozen=True, kw_only=True)
class Approach(Sourced):
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

    def for_phase(self, phase: Phase) -> ApproachPhase | None:
        """The phase link, or None when the approach does not serve this phase."""
        return next((link for link in self.phases if link.phase is phase), None)


@dataclass(frozen=True, kw_only=True)
class Principle(Sourced):
    """What works or does not work; `approach`/`phase` None means it applies to all."""

    code: str
    approach: str | None
    phase: Phase | None
    kind: PrincipleKind
    text: str
    tags: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class PracticeExample(Sourced):
    """A named example from practice, with a link to read more."""

    code: str
    name: str
    description: str
    url: str
    approaches: tuple[str, ...]
    phases: tuple[Phase, ...]


@dataclass(frozen=True, kw_only=True)
class MeetingFormat(Sourced):
    """A way of bringing residents together, with its fit per phase and for sensitive themes."""

    code: str
    name: str
    description: str
    contact_form: ContactForm
    traits: frozenset[FormatTrait]
    phase_fit: Mapping[Phase, Fit]
    sensitive_fit: Fit
    note: str

    def fit(self, phase: Phase, *, sensitive: bool = False) -> Fit:
        """The worse of the phase fit and (for a sensitive theme) the sensitive fit."""
        order = list(Fit)
        fits = [self.phase_fit[phase], self.sensitive_fit] if sensitive else [self.phase_fit[phase]]
        return max(fits, key=order.index)


@dataclass(frozen=True, kw_only=True)
class NamedItem(Sourced):
    """A described member of a closed list (contact condition, contact form)."""

    code: str
    name: str
    description: str


@dataclass(frozen=True, kw_only=True)
class TeamAction(Sourced):
    """What the team can do to meet a contact condition; `partners` who can be asked to help."""

    code: str
    text: str
    partners: tuple[Partner, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ConditionInfo(Sourced):
    """One of Allport's four contact conditions, with what the team can do for it."""

    code: ContactCondition
    name: str
    description: str
    team_actions: tuple[TeamAction, ...]


@dataclass(frozen=True, kw_only=True)
class SafetyCriterionInfo(Sourced):
    """One thing a safety check must confirm before bridging contact after incidents."""

    code: SafetyCriterion
    name: str
    question: str


@dataclass(frozen=True, kw_only=True)
class SafetyCheckRules:
    """The rules of the recorded safety check (knowledge_base/safety_check.yaml)."""

    criteria: tuple[SafetyCriterionInfo, ...]
    max_age_days: int
    incident_signal_days: int
    confirming_partners: tuple[Partner, ...]


@dataclass(frozen=True, kw_only=True)
class NextStepText(Sourced):
    """The text of a next step the advice proposes."""

    code: NextStep
    rule: int
    title: str
    text: str


@dataclass(frozen=True, kw_only=True)
class EscalationLevel(Sourced):
    """One rung of the escalation ladder."""

    level: InterventionLevel
    name: str
    description: str
    actors: tuple[str, ...]
    informational_only: bool
    steps: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ExclusionCriterion(Sourced):
    """A reason why buurtbemiddeling is not possible, with where to refer instead."""

    code: BuurtbemiddelingExclusion
    name: str
    description: str
    referrals: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class WarningText(Sourced):
    """The editable text of an advice warning or plan check."""

    code: WarningCode
    rule: int
    title: str
    message: str
    suggestion: str


@dataclass(frozen=True, kw_only=True)
class DecisionRule(Sourced):
    """One of the 13 decision rules (`knowledge_base/decision_rules.yaml`)."""

    number: int
    title: str
    summary: str
    implemented_in: tuple[str, ...]
    see_also: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class EvidenceRule(Sourced):
    """Signals of a theme that raise the floor of the phase."""

    theme: str
    min_count: int
    floor_phase: Phase
    reason: str

    @property
    def key(self) -> str:
        """Stable key of the rule: theme and floor (a theme may have a rule per floor)."""
        return f"{self.theme}:{self.floor_phase}"

    def matches(self, theme_code: str) -> bool:
        """True for the theme itself and, for a main theme, each of its sub-themes."""
        return theme_code == self.theme or theme_code.startswith(f"{self.theme}.")

"""Declarative schema of the knowledge-base YAML files (one entry per file).

Sourced objects also carry the provenance fields (`PROVENANCE_FIELDS`): `source_url`, `verified`,
`passage` + `read_in` (required when verified) or `judgement` (the project's own reasoning).

The validator walks the parsed YAML against these specs; the README in `knowledge_base/` documents
the same fields for content editors. Closed lists come from `vocabulary.py` and `core.vocabulary`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

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
    SafetyCriterion,
    WarningCode,
)
from wijkverbinder.core.vocabulary import Phase


class Kind(Enum):
    """The type of a value in a YAML file."""

    TEXT = "tekst"
    BOOL = "true/false"
    INT = "geheel getal"
    URL = "url"
    ENUM = "waarde uit een vaste lijst"
    REF = "verwijzing"
    LIST = "lijst"
    OBJECT = "object"
    PHASE_MAP = "object met een waarde per fase"


@dataclass(frozen=True, kw_only=True)
class Spec:
    """How one value must look."""

    kind: Kind
    required: bool = True
    choices: tuple[str, ...] = ()
    ref: str = ""
    item: Spec | None = None
    fields: Mapping[str, Spec] = field(default_factory=dict)
    sourced: bool = False


def _values(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum)


TEXT = Spec(kind=Kind.TEXT)
OPT_TEXT = Spec(kind=Kind.TEXT, required=False)
BOOL = Spec(kind=Kind.BOOL)
OPT_BOOL = Spec(kind=Kind.BOOL, required=False)
INT = Spec(kind=Kind.INT)
URL = Spec(kind=Kind.URL)
TEXTS = Spec(kind=Kind.LIST, item=TEXT)
PHASE = Spec(kind=Kind.ENUM, choices=_values(Phase), ref="phase")
PHASES = Spec(kind=Kind.LIST, item=PHASE)
APPROACH = Spec(kind=Kind.REF, ref="approach")
APPROACHES = Spec(kind=Kind.LIST, item=APPROACH)
FORMATS = Spec(kind=Kind.LIST, item=Spec(kind=Kind.REF, ref="format"))
FIT = Spec(kind=Kind.ENUM, choices=_values(Fit))


def enum_list(enum: type[Enum]) -> Spec:
    """A list of values from a closed list."""
    return Spec(kind=Kind.LIST, item=Spec(kind=Kind.ENUM, choices=_values(enum)))


def sourced(fields: Mapping[str, Spec]) -> Spec:
    """An object that must carry `source_url` and `verified`."""
    return Spec(kind=Kind.OBJECT, fields=fields, sourced=True)


def items(fields: Mapping[str, Spec]) -> Spec:
    """A list of sourced objects."""
    return Spec(kind=Kind.LIST, item=sourced(fields))


SITUATION = sourced({"text": TEXT})

PHASES_FILE = {
    "phases": items(
        {
            "code": PHASE,
            "rank": INT,
            "name": TEXT,
            "slug": TEXT,
            "colour": TEXT,
            "colour_hex": TEXT,
            "motto": TEXT,
            "current_situation": SITUATION,
            "desired_situation": SITUATION,
            "recognition_signs": TEXTS,
        }
    )
}

APPROACHES_FILE = {
    "approaches": items(
        {
            "code": TEXT,
            "name": TEXT,
            "parent": Spec(kind=Kind.REF, ref="approach", required=False),
            "description": TEXT,
            "bridging": BOOL,
            "safety": BOOL,
            "contact_forms": enum_list(ContactForm),
            "contact_conditions": enum_list(ContactCondition),
            "goal_keywords": TEXTS,
            "activity_examples": TEXTS,
            "suitable_formats": FORMATS,
            "phases": items({"phase": PHASE, "order": INT, "text": TEXT, "after_safety": OPT_BOOL}),
        }
    )
}

PRINCIPLES_FILE = {
    "principles": items(
        {
            "code": TEXT,
            "approach": Spec(kind=Kind.REF, ref="approach", required=False),
            "phase": Spec(kind=Kind.ENUM, choices=_values(Phase), ref="phase", required=False),
            "kind": Spec(kind=Kind.ENUM, choices=_values(PrincipleKind)),
            "text": TEXT,
            "tags": TEXTS,
        }
    )
}

EXAMPLES_FILE = {
    "practice_examples": items(
        {
            "code": TEXT,
            "name": TEXT,
            "description": TEXT,
            "url": URL,
            "approaches": APPROACHES,
            "phases": PHASES,
        }
    )
}

FORMATS_FILE = {
    "meeting_formats": items(
        {
            "code": TEXT,
            "name": TEXT,
            "description": TEXT,
            "contact_form": Spec(kind=Kind.ENUM, choices=_values(ContactForm)),
            "traits": enum_list(FormatTrait),
            "phase_fit": Spec(kind=Kind.PHASE_MAP, item=FIT),
            "sensitive_fit": FIT,
            "note": OPT_TEXT,
        }
    )
}

PARTNERS = enum_list(Partner)
OPT_PARTNERS = Spec(
    kind=Kind.LIST, item=Spec(kind=Kind.ENUM, choices=_values(Partner)), required=False
)

CONTACT_FILE = {
    "contact_conditions": items(
        {
            "code": Spec(kind=Kind.ENUM, choices=_values(ContactCondition)),
            "name": TEXT,
            "description": TEXT,
            "team_actions": items({"code": TEXT, "text": TEXT, "partners": OPT_PARTNERS}),
        }
    ),
    "contact_forms": items(
        {
            "code": Spec(kind=Kind.ENUM, choices=_values(ContactForm)),
            "name": TEXT,
            "description": TEXT,
        }
    ),
}

ESCALATION_FILE = {
    "levels": items(
        {
            "code": Spec(kind=Kind.ENUM, choices=_values(InterventionLevel)),
            "rank": INT,
            "name": TEXT,
            "description": TEXT,
            "actors": TEXTS,
            "informational_only": BOOL,
            "steps": Spec(kind=Kind.LIST, item=TEXT, required=False),
        }
    ),
    "acute_danger": SITUATION,
}

BUURTBEMIDDELING_FILE = {
    "exclusion_criteria": items(
        {
            "code": Spec(kind=Kind.ENUM, choices=_values(BuurtbemiddelingExclusion)),
            "name": TEXT,
            "description": TEXT,
            "referrals": TEXTS,
        }
    )
}

WARNINGS_FILE = {
    "warnings": items(
        {
            "code": Spec(kind=Kind.ENUM, choices=_values(WarningCode)),
            "rule": INT,
            "title": TEXT,
            "message": TEXT,
            "suggestion": TEXT,
        }
    )
}

RULES_FILE = {
    "rules": items(
        {
            "number": INT,
            "title": TEXT,
            "summary": TEXT,
            "implemented_in": TEXTS,
            "see_also": Spec(kind=Kind.LIST, item=URL),
        }
    )
}

SAFETY_FILE = {
    "criteria": items(
        {
            "code": Spec(kind=Kind.ENUM, choices=_values(SafetyCriterion)),
            "name": TEXT,
            "question": TEXT,
        }
    ),
    "max_age_days": INT,
    "incident_signal_days": INT,
    "confirming_partners": PARTNERS,
}

NEXT_STEPS_FILE = {
    "steps": items(
        {
            "code": Spec(kind=Kind.ENUM, choices=_values(NextStep)),
            "rule": INT,
            "title": TEXT,
            "text": TEXT,
        }
    )
}

SOURCES_FILE = {
    "sources": Spec(
        kind=Kind.LIST,
        item=Spec(kind=Kind.OBJECT, fields={"url": URL, "title": TEXT, "publisher": TEXT}),
    )
}

UNVERIFIED_FILE = {
    "items": Spec(
        kind=Kind.LIST,
        item=Spec(kind=Kind.OBJECT, fields={"file": TEXT, "item": TEXT, "reason": TEXT}),
    )
}

EVIDENCE_FILE = {
    "recommended_window_days": INT,
    "thresholds_judgement": TEXT,
    "rules": items(
        {"theme": TEXT, "min_count": INT, "floor_phase": PHASE, "reason": TEXT},
    ),
}

#: file name -> top-level fields
FILES: dict[str, Mapping[str, Spec]] = {
    "phases.yaml": PHASES_FILE,
    "approaches.yaml": APPROACHES_FILE,
    "principles.yaml": PRINCIPLES_FILE,
    "practice_examples.yaml": EXAMPLES_FILE,
    "meeting_formats.yaml": FORMATS_FILE,
    "contact.yaml": CONTACT_FILE,
    "escalation.yaml": ESCALATION_FILE,
    "buurtbemiddeling.yaml": BUURTBEMIDDELING_FILE,
    "warnings.yaml": WARNINGS_FILE,
    "decision_rules.yaml": RULES_FILE,
    "phase_evidence.yaml": EVIDENCE_FILE,
    "safety_check.yaml": SAFETY_FILE,
    "next_steps.yaml": NEXT_STEPS_FILE,
    "sources.yaml": SOURCES_FILE,
    "unverified.yaml": UNVERIFIED_FILE,
}

#: fields every sourced object may carry besides its own (checked by the walker)
PROVENANCE_FIELDS = ("source_url", "verified", "passage", "read_in", "judgement")

"""Step 3: constraints on a residents' meeting (decision rule 9).

* No social media (a format with the `online` trait) for a sensitive theme: refused (MTH003).
* The agenda needs an item on what binds the residents ("wat bindt ons"): refused (MTH004).
* More professionals than the limit (default 2) is a warning (MTH101): residents should lead.
Project specification; "what binds" rests on
https://dewijkverbinder.nl/verbinden/bij-ongemak/samenwerken-aan-een-gemeenschappelijke-taak-of-belang/ .
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wijkverbinder.core.knowledge import KnowledgeBase, load_knowledge_base
from wijkverbinder.core.knowledge.vocabulary import FormatTrait
from wijkverbinder.core.method.errors import MethodCode, MethodRefusalError, Problem

DEFAULT_MAX_PROFESSIONALS = 2
BINDING_WORDS = ("wat bindt", "bindt ons", "verbindt", "gemeenschappelijk", "gedeeld belang")


@dataclass(frozen=True, kw_only=True)
class MeetingCheck:
    """Refusals (block saving) and warnings (shown) for a planned meeting."""

    refusals: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


def has_binding_item(agenda: Sequence[str]) -> bool:
    """True when an agenda item is about what binds the residents."""
    return any(word in item.lower() for item in agenda for word in BINDING_WORDS)


def check_meeting(
    *,
    format_code: str,
    theme_sensitive: bool,
    professionals_present: int,
    agenda: Sequence[str],
    max_professionals: int = DEFAULT_MAX_PROFESSIONALS,
    knowledge: KnowledgeBase | None = None,
) -> MeetingCheck:
    """Check a planned meeting without raising."""
    kb = knowledge or load_knowledge_base()
    fmt = kb.meeting_format(format_code)
    if fmt is None:
        known = ", ".join(item.code for item in kb.meeting_formats)
        raise MethodRefusalError(
            MethodCode.INVALID_INPUT,
            f"Onbekende bijeenkomstvorm '{format_code}'. Kies uit: {known}.",
        )
    refusals: list[Problem] = []
    if theme_sensitive and FormatTrait.ONLINE in fmt.traits:
        refusals.append(
            Problem(
                code=MethodCode.SOCIAL_MEDIA_SENSITIVE,
                message=f"{fmt.name} is niet toegestaan bij een gevoelig thema; kies een gesprek "
                "in kleine kring, zoals een portiekgesprek of een straattafel.",
            )
        )
    if not has_binding_item(agenda):
        refusals.append(
            Problem(
                code=MethodCode.AGENDA_WITHOUT_BINDING_ITEM,
                message="De agenda mist een punt over wat de bewoners bindt ('wat bindt ons?').",
            )
        )
    warnings: list[Problem] = []
    if professionals_present > max_professionals:
        warnings.append(
            Problem(
                code=MethodCode.TOO_MANY_PROFESSIONALS,
                message=f"Er zijn {professionals_present} professionals bij; houd het bij hooguit "
                f"{max_professionals}, zodat bewoners het gesprek voeren.",
            )
        )
    return MeetingCheck(refusals=tuple(refusals), warnings=tuple(warnings))


def ensure_meeting_allowed(
    *,
    format_code: str,
    theme_sensitive: bool,
    professionals_present: int,
    agenda: Sequence[str],
    max_professionals: int = DEFAULT_MAX_PROFESSIONALS,
    knowledge: KnowledgeBase | None = None,
) -> tuple[Problem, ...]:
    """Raise on the first refusal (message lists all); otherwise return the warnings."""
    result = check_meeting(
        format_code=format_code,
        theme_sensitive=theme_sensitive,
        professionals_present=professionals_present,
        agenda=agenda,
        max_professionals=max_professionals,
        knowledge=knowledge,
    )
    if result.refusals:
        message = " ".join(problem.message for problem in result.refusals)
        raise MethodRefusalError(result.refusals[0].code, message)
    return result.warnings

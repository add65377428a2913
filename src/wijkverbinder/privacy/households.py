"""A resident's rights per household: what is stored about it (access) and removing it (erasure).

A household is found by what identifies it (postcode and house number, or what a file gave) turned
into its keyed pseudonym, or by the pseudonym itself. Both actions cover every team; they are for
the privacy officer (permission `privacy.handle_subject_requests`) and are written to the access log.
Trajectories never hold a household's pseudonym (residents there are "Huishouden 1", …), so a
household's data is its signals, their edit history and the example texts of collective questions
drawn from them; after an erasure detection runs again for each team concerned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.tasks import request_detection
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.pseudonym import PSEUDONYM_LENGTH, household_pseudonym, normalise_household
from wijkverbinder.intake import hooks
from wijkverbinder.intake.models import Signal, SignalEdit
from wijkverbinder.intake.services import pseudonym_secret

_PSEUDONYM = re.compile(rf"[0-9a-f]{{{PSEUDONYM_LENGTH}}}")


def pseudonym_for(*, household: str = "", pseudonym: str = "") -> str:
    """The pseudonym of a household, from what identifies it or given as such."""
    if pseudonym:
        cleaned = pseudonym.strip().lower()
        if not _PSEUDONYM.fullmatch(cleaned):
            raise DomainError(
                f"Een pseudoniem bestaat uit {PSEUDONYM_LENGTH} tekens 0-9 en a-f.",
                code="bad_pseudonym",
            )
        return cleaned
    if not normalise_household(household):
        raise DomainError(
            "Geef postcode en huisnummer van het huishouden, of het pseudoniem.",
            code="no_household",
        )
    return household_pseudonym(household, secret=pseudonym_secret())


def signals_of(pseudonym: str) -> QuerySet[Signal]:
    """Every signal of the household, of every team, deleted ones included."""
    return Signal.objects.filter(household=pseudonym).select_related(
        "team", "neighbourhood", "street"
    )


def export_household(*, user: AbstractBaseUser, pseudonym: str) -> dict[str, Any]:
    """What is stored about a household, as plain data (for JSON and the PDF)."""
    signals = list(signals_of(pseudonym).order_by("observed_on", "id"))
    questions = CollectiveQuestion.objects.filter(signals__in=signals).distinct()
    log_access(
        user=user, action="export", object_type="household", object_id=pseudonym, count=len(signals)
    )
    return {
        "pseudoniem": pseudonym,
        "gemaaktOp": timezone.now().isoformat(timespec="seconds"),
        "signalen": [_signal(s) for s in signals],
        "gemeenschappelijkeVragen": [
            {"id": str(q.uuid), "titel": q.label, "thema": q.theme, "status": q.status}
            for q in questions.order_by("created_at")
        ],
        "toelichting": (
            "Dit zijn alle gegevens die wijkverbinder over dit huishouden bewaart. Namen, "
            "telefoonnummers en adressen zijn vóór opslag uit de teksten verwijderd; het huishouden "
            "is alleen als pseudoniem opgeslagen."
        ),
    }


def _signal(signal: Signal) -> dict[str, Any]:
    return {
        "id": str(signal.uuid),
        "team": signal.team.name,
        "datum": signal.observed_on.isoformat(),
        "buurt": signal.neighbourhood.name,
        "straat": signal.street.name if signal.street else "",
        "thema": signal.theme,
        "rol": signal.role,
        "bron": signal.source,
        "ernst": signal.severity,
        "tekst": signal.text,
        "vastgelegdOp": signal.created_at.isoformat(timespec="seconds"),
        "verwijderd": signal.deleted_at is not None,
    }


@dataclass
class ErasureReport:
    """What an erasure removed (or, dry, would remove)."""

    pseudonym: str
    dry_run: bool
    signals: int = 0
    edits: int = 0
    questions: int = 0
    teams: list[str] = field(default_factory=list)


def erase_household(
    *, user: AbstractBaseUser, pseudonym: str, dry_run: bool = False
) -> ErasureReport:
    """Remove every signal of the household with its history; questions are detected anew."""
    signals = signals_of(pseudonym)
    ids = list(signals.values_list("pk", flat=True))
    teams = {s.team for s in signals}
    report = ErasureReport(
        pseudonym=pseudonym,
        dry_run=dry_run,
        signals=len(ids),
        edits=SignalEdit.objects.filter(signal_id__in=ids).count(),
        questions=CollectiveQuestion.objects.filter(signals__in=ids).distinct().count(),
        teams=sorted(team.name for team in teams),
    )
    if dry_run or not ids:
        return report
    with transaction.atomic():
        # lock the rows first: an edit of one of them at this moment waits and then finds the
        # signal gone, instead of adding a history row the deletion does not know about
        ids = list(
            Signal.objects.select_for_update().filter(pk__in=ids).values_list("pk", flat=True)
        )
        CollectiveQuestion.objects.filter(signals__in=ids).update(examples=[])
        hooks.signals_changed_in(Signal.objects.filter(pk__in=ids))
        Signal.objects.filter(pk__in=ids).delete()
        log_access(
            user=user, action="erase", object_type="household", object_id=pseudonym, count=len(ids)
        )
        for team in teams:
            request_detection(team, trigger="erasure")
    return report

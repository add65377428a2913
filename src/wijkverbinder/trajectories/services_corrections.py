"""Correcting the records of a trajectory: change or remove a stakeholder, contact or meeting.

A professional who typed a mistake corrects it here; the trajectory's history keeps what happened:
each correction appends a `corrected` event and each removal a `removed` event with a readable
description (the events themselves are never changed). Records are found by their public id within
the trajectory (another trajectory's record is a `NotFoundError`), free text is redacted as on
entry, and the rules of entry hold again (a meeting's format and agenda, a contact's date).

Removals that would undo a gate already passed are refused: a stakeholder with logged contacts
(remove the contacts first) and the last meeting of a trajectory that went on to step 4.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar
from uuid import UUID

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from wijkverbinder.accounts.selectors import AnyUser
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.common.validation import require_plausible_date
from wijkverbinder.core.knowledge import load_knowledge_base
from wijkverbinder.core.method import MethodCode, ensure_meeting_allowed
from wijkverbinder.trajectories.history import record_event
from wijkverbinder.trajectories.models import (
    Agreement,
    CheckIn,
    Contact,
    Meeting,
    Stakeholder,
    Step,
    Trajectory,
    TrajectoryEvent,
)
from wijkverbinder.trajectories.records import ROLES_BY_KIND, clean_text
from wijkverbinder.trajectories.selectors import theme_sensitive
from wijkverbinder.trajectories.services import method_rules, require_open

Kind = TrajectoryEvent.Kind
Record = TypeVar("Record", bound=models.Model)

NOT_HERE = {
    Stakeholder: "Deze belanghebbende hoort niet bij dit traject.",
    Contact: "Dit contact hoort niet bij dit traject.",
    Meeting: "Deze bijeenkomst hoort niet bij dit traject.",
    Agreement: "Deze afspraak hoort niet bij dit traject.",
    CheckIn: "Deze check-in hoort niet bij dit traject.",
    TrajectoryEvent: "Deze gebeurtenis hoort niet bij dit traject.",
}


def get_record(model: type[Record], *, trajectory: Trajectory, public_id: UUID | str) -> Record:
    """One record of the trajectory by its public id, or `NotFoundError`."""
    found = model._default_manager.filter(trajectory=trajectory, uuid=public_id).first()
    if found is None:
        raise NotFoundError(NOT_HERE.get(model, "Dit record hoort niet bij dit traject."))
    return found


def _changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    """'veld: oud → nieuw' for each changed field (free texts only as 'gewijzigd')."""
    parts = []
    for key, old in before.items():
        new = after[key]
        if new == old:
            continue
        shown = (isinstance(old, str) and len(old) > 40) or isinstance(old, list)
        parts.append(f"{key} gewijzigd" if shown else f"{key}: {old or '–'} → {new or '–'}")
    return "; ".join(parts) or "niets gewijzigd"


@transaction.atomic
def update_stakeholder(
    *,
    user: AnyUser,
    trajectory: Trajectory,
    public_id: UUID | str,
    changes: Mapping[str, str],
    channel: str = "web",
) -> Stakeholder:
    """Correct a stakeholder: `role`, `reached`, `partner`, `note`, `profession`/`organisation`.

    A household keeps its pseudonymous label; a professional's or organisation's label is its
    profession or organisation. The kind itself is not changed (remove and add instead).
    """
    require_open(trajectory)
    item = get_record(Stakeholder, trajectory=trajectory, public_id=public_id)
    before = {"rol": item.role, "bereikt via": item.reached, "partner": item.partner}
    before |= {"notitie": item.note, "naam": item.label}
    role = changes.get("role", item.role)
    if role not in ROLES_BY_KIND.get(item.kind, set()):  # type: ignore[call-overload]
        raise DomainError("Deze rol past niet bij deze soort belanghebbende.", code="invalid_role")
    item.role = role
    item.reached = changes.get("reached", item.reached)
    if "partner" in changes:
        item.partner = clean_text(changes["partner"], limit=100, what="partner")
    if item.reached == Stakeholder.Reached.PARTNER and not item.partner:
        raise DomainError("Noem de partner via wie u deze persoon bereikte.", code="required")
    if "note" in changes:
        item.note = clean_text(changes["note"], limit=300, what="notitie")
    if item.kind == Stakeholder.Kind.PROFESSIONAL and "profession" in changes:
        item.label = item.profession = clean_text(
            changes["profession"], limit=100, required=True, what="het beroep"
        )
    if item.kind == Stakeholder.Kind.ORGANISATION and "organisation" in changes:
        item.label = clean_text(
            changes["organisation"], limit=100, required=True, what="de organisatie"
        )
    item.full_clean()
    item.save()
    after = {"rol": item.role, "bereikt via": item.reached, "partner": item.partner}
    after |= {"notitie": item.note, "naam": item.label}
    detail = f"Belanghebbende {item.label} gecorrigeerd: {_changes(before, after)}"
    record_event(
        trajectory=trajectory,
        kind=Kind.CORRECTED,
        user=user,
        detail=detail,
        data={"belanghebbende": str(item.uuid)},
        channel=channel,
    )
    return item


@transaction.atomic
def remove_stakeholder(
    *, user: AnyUser, trajectory: Trajectory, public_id: UUID | str, channel: str = "web"
) -> None:
    """Remove a stakeholder added by mistake; one with logged contacts is refused."""
    require_open(trajectory)
    item = get_record(Stakeholder, trajectory=trajectory, public_id=public_id)
    if item.contacts.exists():
        raise DomainError(
            f"Met {item.label} zijn contacten vastgelegd; verwijder eerst die contacten.",
            code="has_contacts",
        )
    data = {"belanghebbende": str(item.uuid)}
    item.delete()
    record_event(
        trajectory=trajectory,
        kind=Kind.REMOVED,
        user=user,
        detail=f"Belanghebbende {item.label} verwijderd",
        data=data,
        channel=channel,
    )


def _contact_date(on: dt.date) -> dt.date:
    if on > timezone.localdate():
        raise DomainError("Een contact ligt niet in de toekomst.", code="future_date")
    require_plausible_date(on, kind="event")
    return on


@transaction.atomic
def update_contact(
    *,
    user: AnyUser,
    trajectory: Trajectory,
    public_id: UUID | str,
    changes: Mapping[str, Any],
    channel: str = "web",
) -> Contact:
    """Correct a contact: `stakeholder` (public id), `on`, `format`, `summary`."""
    require_open(trajectory)
    item = get_record(Contact, trajectory=trajectory, public_id=public_id)
    before = {"met": item.stakeholder.label, "datum": item.on, "vorm": item.format}
    before |= {"samenvatting": item.summary}
    if "stakeholder" in changes:
        item.stakeholder = get_record(
            Stakeholder, trajectory=trajectory, public_id=changes["stakeholder"]
        )
    if "on" in changes:
        item.on = _contact_date(changes["on"])
    item.format = changes.get("format", item.format)
    if "summary" in changes:
        item.summary = clean_text(
            changes["summary"], limit=500, required=True, what="de samenvatting"
        )
    item.full_clean()
    item.save()
    after = {"met": item.stakeholder.label, "datum": item.on, "vorm": item.format}
    after |= {"samenvatting": item.summary}
    detail = f"Contact met {item.stakeholder.label} gecorrigeerd: {_changes(before, after)}"
    record_event(
        trajectory=trajectory,
        kind=Kind.CORRECTED,
        user=user,
        detail=detail,
        data={"contact": str(item.uuid)},
        channel=channel,
    )
    return item


@transaction.atomic
def remove_contact(
    *, user: AnyUser, trajectory: Trajectory, public_id: UUID | str, channel: str = "web"
) -> None:
    """Remove a contact logged by mistake."""
    require_open(trajectory)
    item = get_record(Contact, trajectory=trajectory, public_id=public_id)
    detail = f"Contact met {item.stakeholder.label} van {item.on:%d-%m-%Y} verwijderd"
    data = {"contact": str(item.uuid)}
    item.delete()
    record_event(
        trajectory=trajectory,
        kind=Kind.REMOVED,
        user=user,
        detail=detail,
        data=data,
        channel=channel,
    )


def _meeting_rules(trajectory: Trajectory, item: Meeting) -> list[dict[str, str]]:
    """The rules of entry (decision rule 9) for the meeting as corrected; its warnings."""
    require_plausible_date(item.on, kind="plan")
    with method_rules():
        warnings = ensure_meeting_allowed(
            format_code=item.format,
            theme_sensitive=theme_sensitive(trajectory.theme),
            professionals_present=item.professionals,
            agenda=list(item.agenda),
            max_professionals=settings.MEETING_MAX_PROFESSIONALS,
        )
    return [{"code": str(w.code), "melding": w.message} for w in warnings]


MEETING_FIELDS = {
    "format": "vorm",
    "on": "datum",
    "affected": "lastErvaren",
    "causing": "lastVeroorzaken",
    "others": "andereBewoners",
    "professionals": "professionals",
    "agenda": "agenda",
}


@transaction.atomic
def update_meeting(
    *,
    user: AnyUser,
    trajectory: Trajectory,
    public_id: UUID | str,
    changes: Mapping[str, Any],
    channel: str = "web",
) -> Meeting:
    """Correct a meeting (any field of entry); the rules of entry are checked again."""
    require_open(trajectory)
    item = get_record(Meeting, trajectory=trajectory, public_id=public_id)
    before = {label: getattr(item, name) for name, label in MEETING_FIELDS.items()}
    for name in MEETING_FIELDS:
        if name == "agenda" and "agenda" in changes:
            agenda: Sequence[str] = changes["agenda"]
            item.agenda = [
                clean_text(text, limit=200, what="agendapunt") for text in agenda if text.strip()
            ]
        elif name in changes:
            setattr(item, name, changes[name])
    item.warnings = _meeting_rules(trajectory, item)
    item.full_clean()
    item.save()
    after = {label: getattr(item, name) for name, label in MEETING_FIELDS.items()}
    found = load_knowledge_base().meeting_format(item.format)
    name = found.name if found else item.format
    detail = f"Bijeenkomst {name} gecorrigeerd: {_changes(before, after)}"
    record_event(
        trajectory=trajectory,
        kind=Kind.CORRECTED,
        user=user,
        detail=detail,
        data={"bijeenkomst": str(item.uuid)},
        channel=channel,
    )
    return item


@transaction.atomic
def remove_meeting(
    *, user: AnyUser, trajectory: Trajectory, public_id: UUID | str, channel: str = "web"
) -> None:
    """Remove a meeting recorded by mistake; not the last one once step 3 is done."""
    require_open(trajectory)
    item = get_record(Meeting, trajectory=trajectory, public_id=public_id)
    if trajectory.step == Step.HAND_OVER and trajectory.meetings.count() == 1:
        raise DomainError(
            "Met deze bijeenkomst is stap 3 afgerond; een traject in stap 4 houdt minstens "
            "één bijeenkomst.",
            code=str(MethodCode.STEP3_INCOMPLETE),
        )
    found = load_knowledge_base().meeting_format(item.format)
    detail = f"Bijeenkomst {found.name if found else item.format} van {item.on:%d-%m-%Y} verwijderd"
    data = {"bijeenkomst": str(item.uuid)}
    item.delete()
    record_event(
        trajectory=trajectory,
        kind=Kind.REMOVED,
        user=user,
        detail=detail,
        data=data,
        channel=channel,
    )

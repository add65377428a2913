# ruff: noqa: N815  (API field names are lowerCamelCase: NL API Design Rules)
"""API shapes of `trajectories` (Dutch keys). Input serializers report every error at once, so a
400 problem lists them all in `invalidParams`; output is built by the `*_as_dict` functions."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from wijkverbinder.common.api import Timestamp
from wijkverbinder.common.api_input import InputSerializer
from wijkverbinder.core.knowledge.vocabulary import BuurtbemiddelingExclusion
from wijkverbinder.trajectories.models import (
    Agreement,
    CheckIn,
    Contact,
    Level,
    Meeting,
    Stakeholder,
    Step,
    Trajectory,
    TrajectoryEvent,
)


def choice(values: list[str], **kwargs: Any) -> serializers.ChoiceField:
    """A choice field documented as an inline enum (no shared component, so no name clashes)."""
    schema = {
        "allOf": [{"type": "string", "enum": values}],
        "description": kwargs.get("help_text", ""),
    }
    field_class = extend_schema_field(schema)(type("Choice", (serializers.ChoiceField,), {}))
    field: serializers.ChoiceField = field_class(choices=values, **kwargs)
    return field


class TrajectoryInputSerializer(InputSerializer[dict[str, Any]]):
    vraag = serializers.UUIDField(help_text="Id van de gemeenschappelijke vraag.")


class TrajectoryPatchSerializer(InputSerializer[dict[str, Any]]):
    stap = choice(Step.values, required=False, help_text="Alleen de volgende stap.")
    status = choice([Trajectory.Status.HANDED_OVER], required=False, help_text="Overdragen.")
    onpartijdigheidstoets = serializers.CharField(
        required=False, max_length=300, help_text="Hoe het team onpartijdig bleef."
    )


class LinkSerializer(serializers.Serializer[dict[str, Any]]):
    href = serializers.URLField()


class TrajectoryLinksSerializer(serializers.Serializer[dict[str, Any]]):
    """Links to the trajectory itself, its question and its nested resources (HAL `_links`)."""

    self = LinkSerializer()
    vraag = LinkSerializer(allow_null=True)
    belanghebbenden = LinkSerializer()
    contacten = LinkSerializer()
    bijeenkomsten = LinkSerializer()
    afspraken = LinkSerializer()
    checkIns = LinkSerializer()
    gebeurtenissen = LinkSerializer()


class TrajectorySerializer(serializers.Serializer[dict[str, Any]]):
    id = serializers.UUIDField()
    titel = serializers.CharField()
    thema = serializers.CharField()
    gevoelig = serializers.BooleanField()
    buurt = serializers.CharField()
    wijk = serializers.CharField()
    vraag = serializers.UUIDField(allow_null=True)
    stap = choice(Step.values)
    status = choice(Trajectory.Status.values)
    trede = choice(Level.values)
    onpartijdigheidGetoetst = serializers.BooleanField()
    ontbreekt = serializers.ListField(child=serializers.CharField())
    aangemaaktOp = Timestamp()
    _links = TrajectoryLinksSerializer()


class StakeholderInputSerializer(InputSerializer[dict[str, Any]]):
    soort = choice(Stakeholder.Kind.values)
    rol = choice(Stakeholder.Role.values)
    bereiktVia = choice(Stakeholder.Reached.values)
    beroep = serializers.CharField(required=False, allow_blank=True, default="", max_length=100)
    organisatie = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=100
    )
    partner = serializers.CharField(required=False, allow_blank=True, default="", max_length=100)
    notitie = serializers.CharField(required=False, allow_blank=True, default="", max_length=300)


class StakeholderPatchSerializer(InputSerializer[dict[str, Any]]):
    rol = choice(Stakeholder.Role.values, required=False)
    bereiktVia = choice(Stakeholder.Reached.values, required=False)
    beroep = serializers.CharField(required=False, allow_blank=True, max_length=100)
    organisatie = serializers.CharField(required=False, allow_blank=True, max_length=100)
    partner = serializers.CharField(required=False, allow_blank=True, max_length=100)
    notitie = serializers.CharField(required=False, allow_blank=True, max_length=300)


class StakeholderSerializer(serializers.Serializer[dict[str, Any]]):
    id = serializers.UUIDField()
    naam = serializers.CharField()
    soort = choice(Stakeholder.Kind.values)
    rol = choice(Stakeholder.Role.values)
    bereiktVia = choice(Stakeholder.Reached.values)
    beroep = serializers.CharField(help_text="Alleen bij een professional.")
    organisatie = serializers.CharField(help_text="Alleen bij een organisatie.")
    partner = serializers.CharField()
    notitie = serializers.CharField()


class ContactInputSerializer(InputSerializer[dict[str, Any]]):
    belanghebbende = serializers.UUIDField(help_text="Id van de belanghebbende.")
    datum = serializers.DateField()
    vorm = choice(Contact.Format.values)
    samenvatting = serializers.CharField(max_length=500)


class ContactPatchSerializer(InputSerializer[dict[str, Any]]):
    belanghebbende = serializers.UUIDField(required=False)
    datum = serializers.DateField(required=False)
    vorm = choice(Contact.Format.values, required=False)
    samenvatting = serializers.CharField(required=False, max_length=500)


class ContactSerializer(serializers.Serializer[dict[str, Any]]):
    id = serializers.UUIDField()
    belanghebbende = serializers.UUIDField()
    datum = serializers.DateField()
    vorm = choice(Contact.Format.values)
    samenvatting = serializers.CharField()


class MeetingInputSerializer(InputSerializer[dict[str, Any]]):
    vorm = serializers.CharField(max_length=40, help_text="Code uit de kennisbank.")
    datum = serializers.DateField()
    lastErvaren = serializers.IntegerField(min_value=0, max_value=500)
    lastVeroorzaken = serializers.IntegerField(min_value=0, max_value=500)
    andereBewoners = serializers.IntegerField(min_value=0, max_value=500)
    professionals = serializers.IntegerField(min_value=0, max_value=100)
    agenda = serializers.ListField(child=serializers.CharField(max_length=200), max_length=30)


class WarningSerializer(serializers.Serializer[dict[str, Any]]):
    code = serializers.CharField()
    melding = serializers.CharField()


class MeetingPatchSerializer(InputSerializer[dict[str, Any]]):
    vorm = serializers.CharField(required=False, max_length=40, help_text="Code uit de kennisbank.")
    datum = serializers.DateField(required=False)
    lastErvaren = serializers.IntegerField(required=False, min_value=0, max_value=500)
    lastVeroorzaken = serializers.IntegerField(required=False, min_value=0, max_value=500)
    andereBewoners = serializers.IntegerField(required=False, min_value=0, max_value=500)
    professionals = serializers.IntegerField(required=False, min_value=0, max_value=100)
    agenda = serializers.ListField(
        required=False, child=serializers.CharField(max_length=200), max_length=30
    )


class MeetingSerializer(serializers.Serializer[dict[str, Any]]):
    id = serializers.UUIDField()
    vorm = serializers.CharField()
    datum = serializers.DateField()
    lastErvaren = serializers.IntegerField()
    lastVeroorzaken = serializers.IntegerField()
    andereBewoners = serializers.IntegerField()
    professionals = serializers.IntegerField()
    agenda = serializers.ListField(child=serializers.CharField())
    waarschuwingen = WarningSerializer(many=True)


class AgreementInputSerializer(InputSerializer[dict[str, Any]]):
    wie = serializers.CharField(max_length=100)
    wat = serializers.CharField(max_length=300)
    uiterlijk = serializers.DateField()
    ondersteuning = serializers.BooleanField(required=False, default=False)


class AgreementPatchSerializer(InputSerializer[dict[str, Any]]):
    status = choice(Agreement.Status.values)


class AgreementSerializer(serializers.Serializer[dict[str, Any]]):
    id = serializers.UUIDField()
    wie = serializers.CharField()
    wat = serializers.CharField()
    uiterlijk = serializers.DateField()
    ondersteuning = serializers.BooleanField()
    status = choice(Agreement.Status.values)


class CheckInInputSerializer(InputSerializer[dict[str, Any]]):
    gepland = serializers.DateField()


class CheckInPatchSerializer(InputSerializer[dict[str, Any]]):
    uitkomst = choice(CheckIn.Outcome.values)
    gehoudenOp = serializers.DateField(required=False, allow_null=True, default=None)
    notitie = serializers.CharField(required=False, allow_blank=True, default="", max_length=300)


class CheckInSerializer(serializers.Serializer[dict[str, Any]]):
    id = serializers.UUIDField()
    gepland = serializers.DateField()
    gehoudenOp = serializers.DateField(allow_null=True)
    uitkomst = choice(["", *CheckIn.Outcome.values], help_text="Leeg zolang niet gehouden.")
    notitie = serializers.CharField()


class IntakeSerializer(serializers.Serializer[dict[str, Any]]):
    vrijwillig = serializers.BooleanField()
    aanspreekbaar = serializers.BooleanField()
    uitsluitingen = serializers.ListField(
        child=choice([item.value for item in BuurtbemiddelingExclusion]),
        required=False,
        default=list,
    )


class EscalationInputSerializer(InputSerializer[dict[str, Any]]):
    naar = choice(Level.values, required=False, allow_null=True)
    redenOverslaan = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=300
    )
    acuutGevaar = serializers.BooleanField(required=False, default=False)
    intake = IntakeSerializer(required=False, allow_null=True, default=None)


class EscalationSerializer(serializers.Serializer[dict[str, Any]]):
    van = choice(Level.values)
    naar = choice(Level.values)
    reden = serializers.CharField()
    overgeslagen = serializers.ListField(child=serializers.CharField())
    politieDirect = serializers.BooleanField()
    verwijzingen = serializers.ListField(child=serializers.CharField())
    bron = serializers.CharField()


class EscalatedTrajectorySerializer(TrajectorySerializer):
    """The trajectory after the step on the ladder, with what the step was."""

    escalatie = EscalationSerializer()


class CloseInputSerializer(InputSerializer[dict[str, Any]]):
    reden = serializers.CharField(max_length=300)


class EventSerializer(serializers.Serializer[dict[str, Any]]):
    id = serializers.UUIDField()
    soort = choice(TrajectoryEvent.Kind.values)
    omschrijving = serializers.CharField()
    gegevens = serializers.DictField()
    door = serializers.CharField()
    op = Timestamp()


def stakeholder_as_dict(item: Stakeholder) -> dict[str, Any]:
    return {
        "id": item.uuid,
        "naam": item.label,
        "soort": item.kind,
        "rol": item.role,
        "bereiktVia": item.reached,
        "beroep": item.profession,
        "organisatie": item.label if item.kind == Stakeholder.Kind.ORGANISATION else "",
        "partner": item.partner,
        "notitie": item.note,
    }


def contact_as_dict(item: Contact) -> dict[str, Any]:
    return {
        "id": item.uuid,
        "belanghebbende": item.stakeholder.uuid,
        "datum": item.on,
        "vorm": item.format,
        "samenvatting": item.summary,
    }


def meeting_as_dict(item: Meeting) -> dict[str, Any]:
    return {
        "id": item.uuid,
        "vorm": item.format,
        "datum": item.on,
        "lastErvaren": item.affected,
        "lastVeroorzaken": item.causing,
        "andereBewoners": item.others,
        "professionals": item.professionals,
        "agenda": item.agenda,
        "waarschuwingen": item.warnings,
    }


def agreement_as_dict(item: Agreement) -> dict[str, Any]:
    return {
        "id": item.uuid,
        "wie": item.who,
        "wat": item.what,
        "uiterlijk": item.due,
        "ondersteuning": item.support,
        "status": item.status,
    }


def check_in_as_dict(item: CheckIn) -> dict[str, Any]:
    return {
        "id": item.uuid,
        "gepland": item.planned_on,
        "gehoudenOp": item.held_on,
        "uitkomst": item.outcome,
        "notitie": item.note,
    }


def event_as_dict(item: TrajectoryEvent) -> dict[str, Any]:
    return {
        "id": item.uuid,
        "soort": item.kind,
        "omschrijving": item.detail or str(item.get_kind_display()),
        "gegevens": item.data,
        "door": item.by.get_full_name() or item.by.get_username() if item.by else "",
        "op": item.at,
    }

# ruff: noqa: N803  (path parameters are lowerCamelCase: NL API Design Rules)
"""The nested resources of `/api/v1/trajecten/{id}`: belanghebbenden, contacten, bijeenkomsten,
afspraken, check-ins and gebeurtenissen. Thin: parse, one service call, shape.

Every collection is a paginated list (`page`, `pageSize`, `count/next/previous/results`, like the
top-level lists); a POST answers 201 with the record and its `Location`; every record has a public
id (uuid) and its own URL. Stakeholders, contacts and meetings can be corrected (PATCH) and removed
(DELETE, 204); agreements change status and check-ins record their outcome by PATCH. Mixed into
`api.TrajectoryViewSet`, which provides `get_object` (team-scoped: another team's trajectory or
record is a 404).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.db.models import Model, QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import Serializer

from wijkverbinder.trajectories import checkins, records, services_corrections
from wijkverbinder.trajectories import serializers as s
from wijkverbinder.trajectories.models import (
    Agreement,
    CheckIn,
    Contact,
    Meeting,
    Stakeholder,
    Trajectory,
    TrajectoryEvent,
)
from wijkverbinder.trajectories.services_corrections import get_record

API = "api"
UUID = "[0-9a-fA-F-]{36}"
LOCATION = OpenApiParameter(
    "Location",
    OpenApiTypes.URI,
    location=OpenApiParameter.HEADER,
    response=[201],
    description="URL van het nieuwe record.",
)
REMOVED = {204: OpenApiResponse(description="Verwijderd; de geschiedenis noemt het.")}


def _record_id(name: str) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.UUID, OpenApiParameter.PATH)


def created(request: Request, record: Any, data: dict[str, Any]) -> Response:
    """201 with the new record and `Location`: the collection's URL plus the record's id."""
    location = request.build_absolute_uri(f"{request.path}/{record.uuid}")
    return Response(data, status=status.HTTP_201_CREATED, headers={"Location": location})


def validated(serializer: type[Serializer[Any]], request: Request) -> dict[str, Any]:
    given = serializer(data=request.data)
    given.is_valid(raise_exception=True)
    return dict(given.validated_data)


class RecordsMixin:
    """Stakeholders, contacts, meetings, agreements, check-ins and events of one trajectory."""

    def get_object(self) -> Trajectory:
        raise NotImplementedError

    if TYPE_CHECKING:  # provided by the viewset (GenericViewSet and its `Pagination`)

        def paginate_queryset(self, queryset: Any) -> list[Any] | None: ...

        def get_paginated_response(self, data: Any) -> Response: ...

    def _page(self, rows: QuerySet[Any], as_dict: Callable[[Any], dict[str, Any]]) -> Response:
        page = self.paginate_queryset(rows)
        assert page is not None  # the viewset always paginates
        return self.get_paginated_response([as_dict(item) for item in page])

    def _one(self, model: type[Model], public_id: str) -> Any:
        return get_record(model, trajectory=self.get_object(), public_id=public_id)

    # --- belanghebbenden ---------------------------------------------------------------------

    @extend_schema(summary="Belanghebbenden", responses={200: s.StakeholderSerializer(many=True)})
    @action(detail=True, methods=["get"], url_path="belanghebbenden")
    def belanghebbenden(self, request: Request, id: str) -> Response:
        return self._page(self.get_object().stakeholders.all(), s.stakeholder_as_dict)

    @extend_schema(
        summary="Een belanghebbende toevoegen",
        request=s.StakeholderInputSerializer,
        responses={201: s.StakeholderSerializer},
        parameters=[LOCATION],
    )
    @belanghebbenden.mapping.post
    def belanghebbende_toevoegen(self, request: Request, id: str) -> Response:
        item = self.get_object()
        d = validated(s.StakeholderInputSerializer, request)
        made = records.add_stakeholder(
            user=request.user,
            trajectory=item,
            kind=d["soort"],
            role=d["rol"],
            reached=d["bereiktVia"],
            profession=d["beroep"],
            organisation=d["organisatie"],
            partner=d["partner"],
            note=d["notitie"],
            channel=API,
        )
        return created(request, made, s.stakeholder_as_dict(made))

    @extend_schema(
        summary="Eén belanghebbende",
        parameters=[_record_id("belanghebbendeId")],
        responses={200: s.StakeholderSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"belanghebbenden/(?P<belanghebbendeId>{UUID})")
    def belanghebbende(self, request: Request, id: str, belanghebbendeId: str) -> Response:
        return Response(s.stakeholder_as_dict(self._one(Stakeholder, belanghebbendeId)))

    @extend_schema(
        summary="Een belanghebbende corrigeren (de geschiedenis noemt de correctie)",
        parameters=[_record_id("belanghebbendeId")],
        request=s.StakeholderPatchSerializer,
        responses={200: s.StakeholderSerializer},
    )
    @belanghebbende.mapping.patch
    def belanghebbende_corrigeren(
        self, request: Request, id: str, belanghebbendeId: str
    ) -> Response:
        d = validated(s.StakeholderPatchSerializer, request)
        names = {"rol": "role", "bereiktVia": "reached", "beroep": "profession"}
        names |= {"organisatie": "organisation", "partner": "partner", "notitie": "note"}
        done = services_corrections.update_stakeholder(
            user=request.user,
            trajectory=self.get_object(),
            public_id=belanghebbendeId,
            changes={names[key]: value for key, value in d.items()},
            channel=API,
        )
        return Response(s.stakeholder_as_dict(done))

    @extend_schema(
        summary="Een belanghebbende verwijderen (zonder contacten)",
        parameters=[_record_id("belanghebbendeId")],
        request=None,
        responses=REMOVED,
    )
    @belanghebbende.mapping.delete
    def belanghebbende_verwijderen(
        self, request: Request, id: str, belanghebbendeId: str
    ) -> Response:
        services_corrections.remove_stakeholder(
            user=request.user, trajectory=self.get_object(), public_id=belanghebbendeId, channel=API
        )
        return Response(status=status.HTTP_204_NO_CONTENT)

    # --- contacten ---------------------------------------------------------------------------

    @extend_schema(summary="Contactlog", responses={200: s.ContactSerializer(many=True)})
    @action(detail=True, methods=["get"], url_path="contacten")
    def contacten(self, request: Request, id: str) -> Response:
        rows = self.get_object().contacts.select_related("stakeholder")
        return self._page(rows, s.contact_as_dict)

    @extend_schema(
        summary="Een contact vastleggen",
        request=s.ContactInputSerializer,
        responses={201: s.ContactSerializer},
        parameters=[LOCATION],
    )
    @contacten.mapping.post
    def contact_vastleggen(self, request: Request, id: str) -> Response:
        item = self.get_object()
        d = validated(s.ContactInputSerializer, request)
        person = get_record(Stakeholder, trajectory=item, public_id=d["belanghebbende"])
        made = records.log_contact(
            user=request.user,
            trajectory=item,
            stakeholder=person,
            on=d["datum"],
            format=d["vorm"],
            summary=d["samenvatting"],
            channel=API,
        )
        return created(request, made, s.contact_as_dict(made))

    @extend_schema(
        summary="Eén contact",
        parameters=[_record_id("contactId")],
        responses={200: s.ContactSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"contacten/(?P<contactId>{UUID})")
    def contact(self, request: Request, id: str, contactId: str) -> Response:
        return Response(s.contact_as_dict(self._one(Contact, contactId)))

    @extend_schema(
        summary="Een contact corrigeren (de geschiedenis noemt de correctie)",
        parameters=[_record_id("contactId")],
        request=s.ContactPatchSerializer,
        responses={200: s.ContactSerializer},
    )
    @contact.mapping.patch
    def contact_corrigeren(self, request: Request, id: str, contactId: str) -> Response:
        d = validated(s.ContactPatchSerializer, request)
        names = {"belanghebbende": "stakeholder", "datum": "on", "vorm": "format"}
        names["samenvatting"] = "summary"
        done = services_corrections.update_contact(
            user=request.user,
            trajectory=self.get_object(),
            public_id=contactId,
            changes={names[key]: value for key, value in d.items()},
            channel=API,
        )
        return Response(s.contact_as_dict(done))

    @extend_schema(
        summary="Een contact verwijderen",
        parameters=[_record_id("contactId")],
        request=None,
        responses=REMOVED,
    )
    @contact.mapping.delete
    def contact_verwijderen(self, request: Request, id: str, contactId: str) -> Response:
        services_corrections.remove_contact(
            user=request.user, trajectory=self.get_object(), public_id=contactId, channel=API
        )
        return Response(status=status.HTTP_204_NO_CONTENT)

    # --- bijeenkomsten -----------------------------------------------------------------------

    @extend_schema(summary="Bijeenkomsten", responses={200: s.MeetingSerializer(many=True)})
    @action(detail=True, methods=["get"], url_path="bijeenkomsten")
    def bijeenkomsten(self, request: Request, id: str) -> Response:
        return self._page(self.get_object().meetings.all(), s.meeting_as_dict)

    @extend_schema(
        summary="Een bijeenkomst vastleggen (beslisregel 9)",
        request=s.MeetingInputSerializer,
        responses={201: s.MeetingSerializer},
        parameters=[LOCATION],
    )
    @bijeenkomsten.mapping.post
    def bijeenkomst_vastleggen(self, request: Request, id: str) -> Response:
        d = validated(s.MeetingInputSerializer, request)
        made, _warnings = records.record_meeting(
            user=request.user,
            trajectory=self.get_object(),
            format=d["vorm"],
            on=d["datum"],
            affected=d["lastErvaren"],
            causing=d["lastVeroorzaken"],
            others=d["andereBewoners"],
            professionals=d["professionals"],
            agenda=d["agenda"],
            channel=API,
        )
        return created(request, made, s.meeting_as_dict(made))

    @extend_schema(
        summary="Eén bijeenkomst",
        parameters=[_record_id("bijeenkomstId")],
        responses={200: s.MeetingSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"bijeenkomsten/(?P<bijeenkomstId>{UUID})")
    def bijeenkomst(self, request: Request, id: str, bijeenkomstId: str) -> Response:
        return Response(s.meeting_as_dict(self._one(Meeting, bijeenkomstId)))

    @extend_schema(
        summary="Een bijeenkomst corrigeren (beslisregel 9 opnieuw; de geschiedenis noemt het)",
        parameters=[_record_id("bijeenkomstId")],
        request=s.MeetingPatchSerializer,
        responses={200: s.MeetingSerializer},
    )
    @bijeenkomst.mapping.patch
    def bijeenkomst_corrigeren(self, request: Request, id: str, bijeenkomstId: str) -> Response:
        d = validated(s.MeetingPatchSerializer, request)
        names = {label: name for name, label in services_corrections.MEETING_FIELDS.items()}
        done = services_corrections.update_meeting(
            user=request.user,
            trajectory=self.get_object(),
            public_id=bijeenkomstId,
            changes={names[key]: value for key, value in d.items()},
            channel=API,
        )
        return Response(s.meeting_as_dict(done))

    @extend_schema(
        summary="Een bijeenkomst verwijderen",
        parameters=[_record_id("bijeenkomstId")],
        request=None,
        responses=REMOVED,
    )
    @bijeenkomst.mapping.delete
    def bijeenkomst_verwijderen(self, request: Request, id: str, bijeenkomstId: str) -> Response:
        services_corrections.remove_meeting(
            user=request.user, trajectory=self.get_object(), public_id=bijeenkomstId, channel=API
        )
        return Response(status=status.HTTP_204_NO_CONTENT)

    # --- afspraken ---------------------------------------------------------------------------

    @extend_schema(summary="Afspraken", responses={200: s.AgreementSerializer(many=True)})
    @action(detail=True, methods=["get"], url_path="afspraken")
    def afspraken(self, request: Request, id: str) -> Response:
        return self._page(self.get_object().agreements.all(), s.agreement_as_dict)

    @extend_schema(
        summary="Een afspraak maken",
        request=s.AgreementInputSerializer,
        responses={201: s.AgreementSerializer},
        parameters=[LOCATION],
    )
    @afspraken.mapping.post
    def afspraak_maken(self, request: Request, id: str) -> Response:
        d = validated(s.AgreementInputSerializer, request)
        made = records.add_agreement(
            user=request.user,
            trajectory=self.get_object(),
            who=d["wie"],
            what=d["wat"],
            due=d["uiterlijk"],
            support=d["ondersteuning"],
            channel=API,
        )
        return created(request, made, s.agreement_as_dict(made))

    @extend_schema(
        summary="Eén afspraak",
        parameters=[_record_id("afspraakId")],
        responses={200: s.AgreementSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"afspraken/(?P<afspraakId>{UUID})")
    def afspraak(self, request: Request, id: str, afspraakId: str) -> Response:
        return Response(s.agreement_as_dict(self._one(Agreement, afspraakId)))

    @extend_schema(
        summary="De status van een afspraak wijzigen",
        parameters=[_record_id("afspraakId")],
        request=s.AgreementPatchSerializer,
        responses={200: s.AgreementSerializer},
    )
    @afspraak.mapping.patch
    def afspraak_wijzigen(self, request: Request, id: str, afspraakId: str) -> Response:
        found = self._one(Agreement, afspraakId)
        d = validated(s.AgreementPatchSerializer, request)
        records.set_agreement_status(
            user=request.user, agreement=found, status=d["status"], channel=API
        )
        return Response(s.agreement_as_dict(found))

    # --- check-ins ---------------------------------------------------------------------------

    @extend_schema(summary="Check-ins", responses={200: s.CheckInSerializer(many=True)})
    @action(detail=True, methods=["get"], url_path="check-ins")
    def check_ins(self, request: Request, id: str) -> Response:
        return self._page(self.get_object().check_ins.all(), s.check_in_as_dict)

    @extend_schema(
        summary="Een check-in plannen",
        request=s.CheckInInputSerializer,
        responses={201: s.CheckInSerializer},
        parameters=[LOCATION],
    )
    @check_ins.mapping.post
    def check_in_plannen(self, request: Request, id: str) -> Response:
        d = validated(s.CheckInInputSerializer, request)
        made = checkins.plan_check_in(
            user=request.user, trajectory=self.get_object(), planned_on=d["gepland"], channel=API
        )
        return created(request, made, s.check_in_as_dict(made))

    @extend_schema(
        summary="Eén check-in",
        parameters=[_record_id("checkInId")],
        responses={200: s.CheckInSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"check-ins/(?P<checkInId>{UUID})")
    def check_in(self, request: Request, id: str, checkInId: str) -> Response:
        return Response(s.check_in_as_dict(self._one(CheckIn, checkInId)))

    @extend_schema(
        summary="De uitkomst van een check-in vastleggen",
        parameters=[_record_id("checkInId")],
        request=s.CheckInPatchSerializer,
        responses={200: s.CheckInSerializer},
    )
    @check_in.mapping.patch
    def check_in_vastleggen(self, request: Request, id: str, checkInId: str) -> Response:
        found = self._one(CheckIn, checkInId)
        d = validated(s.CheckInPatchSerializer, request)
        checkins.record_check_in(
            user=request.user,
            check_in=found,
            outcome=d["uitkomst"],
            held_on=d["gehoudenOp"],
            note=d["notitie"],
            channel=API,
        )
        return Response(s.check_in_as_dict(found))

    # --- gebeurtenissen ----------------------------------------------------------------------

    @extend_schema(
        summary="De geschiedenis (tijdlijn), nieuwste eerst",
        responses={200: s.EventSerializer(many=True)},
    )
    @action(detail=True, methods=["get"], url_path="gebeurtenissen")
    def gebeurtenissen(self, request: Request, id: str) -> Response:
        return self._page(self.get_object().events.select_related("by"), s.event_as_dict)

    @extend_schema(
        summary="Eén gebeurtenis",
        parameters=[_record_id("gebeurtenisId")],
        responses={200: s.EventSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"gebeurtenissen/(?P<gebeurtenisId>{UUID})")
    def gebeurtenis(self, request: Request, id: str, gebeurtenisId: str) -> Response:
        return Response(s.event_as_dict(self._one(TrajectoryEvent, gebeurtenisId)))

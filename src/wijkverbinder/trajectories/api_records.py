"""The nested resources of `/api/v1/trajecten/{id}`: belanghebbenden, contacten, bijeenkomsten,
afspraken (PATCH of the status) and check-ins (PATCH records the outcome). Thin: parse, one
service call, shape. Mixed into `api.TrajectoryViewSet`, which provides `get_object` (team-scoped).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import Serializer

from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.trajectories import checkins, records
from wijkverbinder.trajectories import serializers as s
from wijkverbinder.trajectories.models import Trajectory

API = "api"


def _list_or_create(
    request: Request,
    existing: Iterable[Any],
    as_dict: Callable[[Any], dict[str, Any]],
    serializer: type[Serializer[Any]],
    create: Callable[[dict[str, Any]], Any],
) -> Response:
    """GET: the records as dicts; POST: validate the body, create one record, 201 with it."""
    if request.method == "GET":
        return Response([as_dict(x) for x in existing])
    given = serializer(data=request.data)
    given.is_valid(raise_exception=True)
    return Response(as_dict(create(given.validated_data)), status=status.HTTP_201_CREATED)


class RecordsMixin:
    """Stakeholders, contacts, meetings, agreements and check-ins of one trajectory."""

    def get_object(self) -> Trajectory:
        raise NotImplementedError

    @extend_schema(
        summary="Belanghebbenden",
        request=s.StakeholderInputSerializer,
        responses={200: s.StakeholderSerializer(many=True), 201: s.StakeholderSerializer},
    )
    @action(detail=True, methods=["get", "post"], url_path="belanghebbenden")
    def belanghebbenden(self, request: Request, id: str) -> Response:
        item = self.get_object()

        def create(d: dict[str, Any]) -> Any:
            return records.add_stakeholder(
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

        return _list_or_create(
            request,
            item.stakeholders.all(),
            s.stakeholder_as_dict,
            s.StakeholderInputSerializer,
            create,
        )

    @extend_schema(
        summary="Contactlog",
        request=s.ContactInputSerializer,
        responses={200: s.ContactSerializer(many=True), 201: s.ContactSerializer},
    )
    @action(detail=True, methods=["get", "post"], url_path="contacten")
    def contacten(self, request: Request, id: str) -> Response:
        item = self.get_object()

        def create(d: dict[str, Any]) -> Any:
            person = item.stakeholders.filter(pk=d["belanghebbende"]).first()
            if person is None:
                raise NotFoundError("Deze belanghebbende hoort niet bij dit traject.")
            return records.log_contact(
                user=request.user,
                trajectory=item,
                stakeholder=person,
                on=d["datum"],
                format=d["vorm"],
                summary=d["samenvatting"],
                channel=API,
            )

        return _list_or_create(
            request, item.contacts.all(), s.contact_as_dict, s.ContactInputSerializer, create
        )

    @extend_schema(
        summary="Bijeenkomsten",
        request=s.MeetingInputSerializer,
        responses={200: s.MeetingSerializer(many=True), 201: s.MeetingSerializer},
    )
    @action(detail=True, methods=["get", "post"], url_path="bijeenkomsten")
    def bijeenkomsten(self, request: Request, id: str) -> Response:
        item = self.get_object()

        def create(d: dict[str, Any]) -> Any:
            made, _warnings = records.record_meeting(
                user=request.user,
                trajectory=item,
                format=d["vorm"],
                on=d["datum"],
                affected=d["lastErvaren"],
                causing=d["lastVeroorzaken"],
                others=d["andereBewoners"],
                professionals=d["professionals"],
                agenda=d["agenda"],
                channel=API,
            )
            return made

        return _list_or_create(
            request, item.meetings.all(), s.meeting_as_dict, s.MeetingInputSerializer, create
        )

    @extend_schema(
        summary="Afspraken",
        request=s.AgreementInputSerializer,
        responses={200: s.AgreementSerializer(many=True), 201: s.AgreementSerializer},
    )
    @action(detail=True, methods=["get", "post"], url_path="afspraken")
    def afspraken(self, request: Request, id: str) -> Response:
        item = self.get_object()

        def create(d: dict[str, Any]) -> Any:
            return records.add_agreement(
                user=request.user,
                trajectory=item,
                who=d["wie"],
                what=d["wat"],
                due=d["uiterlijk"],
                support=d["ondersteuning"],
                channel=API,
            )

        return _list_or_create(
            request, item.agreements.all(), s.agreement_as_dict, s.AgreementInputSerializer, create
        )

    @extend_schema(
        summary="De status van een afspraak wijzigen",
        request=s.AgreementPatchSerializer,
        responses={200: s.AgreementSerializer},
    )
    @action(detail=True, methods=["patch"], url_path=r"afspraken/(?P<afspraakId>[0-9]+)")
    def afspraak(self, request: Request, id: str, afspraakId: str) -> Response:  # noqa: N803
        item = self.get_object()
        found = item.agreements.filter(pk=afspraakId).first()
        if found is None:
            raise NotFoundError("Deze afspraak hoort niet bij dit traject.")
        given = s.AgreementPatchSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        records.set_agreement_status(
            user=request.user, agreement=found, status=given.validated_data["status"], channel=API
        )
        return Response(s.agreement_as_dict(found))

    @extend_schema(
        summary="Check-ins",
        request=s.CheckInInputSerializer,
        responses={200: s.CheckInSerializer(many=True), 201: s.CheckInSerializer},
    )
    @action(detail=True, methods=["get", "post"], url_path="check-ins")
    def check_ins(self, request: Request, id: str) -> Response:
        item = self.get_object()

        def create(d: dict[str, Any]) -> Any:
            return checkins.plan_check_in(
                user=request.user, trajectory=item, planned_on=d["gepland"], channel=API
            )

        return _list_or_create(
            request, item.check_ins.all(), s.check_in_as_dict, s.CheckInInputSerializer, create
        )

    @extend_schema(
        summary="De uitkomst van een check-in vastleggen",
        request=s.CheckInPatchSerializer,
        responses={200: s.CheckInSerializer},
    )
    @action(detail=True, methods=["patch"], url_path=r"check-ins/(?P<checkInId>[0-9]+)")
    def check_in(self, request: Request, id: str, checkInId: str) -> Response:  # noqa: N803
        item = self.get_object()
        found = item.check_ins.filter(pk=checkInId).first()
        if found is None:
            raise NotFoundError("Deze check-in hoort niet bij dit traject.")
        given = s.CheckInPatchSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        d = given.validated_data
        checkins.record_check_in(
            user=request.user,
            check_in=found,
            outcome=d["uitkomst"],
            held_on=d["gehoudenOp"],
            note=d["notitie"],
            channel=API,
        )
        return Response(s.check_in_as_dict(found))

# ruff: noqa: N803  (path parameters are lowerCamelCase: NL API Design Rules)
"""Step 3 and 4 in the API: a trajectory's meetings and agreements."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from wijkverbinder.trajectories import records, services_corrections
from wijkverbinder.trajectories import serializers as s
from wijkverbinder.trajectories.api_records.common import (
    API,
    LOCATION,
    REMOVED,
    UUID,
    RecordsBase,
    created,
    record_id,
    validated,
)
from wijkverbinder.trajectories.models import (
    Agreement,
    Meeting,
)


class MeetingsMixin(RecordsBase):
    """Meetings of one trajectory."""

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
        item = self.get_object()  # another team's trajectory: 404 before any validation
        d = validated(s.MeetingInputSerializer, request)
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
        return created(request, made, s.meeting_as_dict(made))

    @extend_schema(
        summary="Eén bijeenkomst",
        parameters=[record_id("bijeenkomstId")],
        responses={200: s.MeetingSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"bijeenkomsten/(?P<bijeenkomstId>{UUID})")
    def bijeenkomst(self, request: Request, id: str, bijeenkomstId: str) -> Response:
        return Response(s.meeting_as_dict(self._one(Meeting, bijeenkomstId)))

    @extend_schema(
        summary="Een bijeenkomst corrigeren (beslisregel 9 opnieuw; de geschiedenis noemt het)",
        parameters=[record_id("bijeenkomstId")],
        request=s.MeetingPatchSerializer,
        responses={200: s.MeetingSerializer},
    )
    @bijeenkomst.mapping.patch
    def bijeenkomst_corrigeren(self, request: Request, id: str, bijeenkomstId: str) -> Response:
        item = self.get_object()  # another team's trajectory: 404 before any validation
        d = validated(s.MeetingPatchSerializer, request)
        names = {label: name for name, label in services_corrections.MEETING_FIELDS.items()}
        done = services_corrections.update_meeting(
            user=request.user,
            trajectory=item,
            public_id=bijeenkomstId,
            changes={names[key]: value for key, value in d.items()},
            channel=API,
        )
        return Response(s.meeting_as_dict(done))

    @extend_schema(
        summary="Een bijeenkomst verwijderen",
        parameters=[record_id("bijeenkomstId")],
        request=None,
        responses=REMOVED,
    )
    @bijeenkomst.mapping.delete
    def bijeenkomst_verwijderen(self, request: Request, id: str, bijeenkomstId: str) -> Response:
        services_corrections.remove_meeting(
            user=request.user, trajectory=self.get_object(), public_id=bijeenkomstId, channel=API
        )
        return Response(status=status.HTTP_204_NO_CONTENT)


class AgreementsMixin(RecordsBase):
    """Agreements of one trajectory."""

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
        item = self.get_object()  # another team's trajectory: 404 before any validation
        d = validated(s.AgreementInputSerializer, request)
        made = records.add_agreement(
            user=request.user,
            trajectory=item,
            who=d["wie"],
            what=d["wat"],
            due=d["uiterlijk"],
            support=d["ondersteuning"],
            channel=API,
        )
        return created(request, made, s.agreement_as_dict(made))

    @extend_schema(
        summary="Eén afspraak",
        parameters=[record_id("afspraakId")],
        responses={200: s.AgreementSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"afspraken/(?P<afspraakId>{UUID})")
    def afspraak(self, request: Request, id: str, afspraakId: str) -> Response:
        return Response(s.agreement_as_dict(self._one(Agreement, afspraakId)))

    @extend_schema(
        summary="De status van een afspraak wijzigen",
        parameters=[record_id("afspraakId")],
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

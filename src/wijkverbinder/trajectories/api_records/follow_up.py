# ruff: noqa: N803  (path parameters are lowerCamelCase: NL API Design Rules)
"""After the hand-over in the API: check-ins, and the trajectory's history (events)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from wijkverbinder.trajectories import checkins
from wijkverbinder.trajectories import serializers as s
from wijkverbinder.trajectories.api_records.common import (
    API,
    LOCATION,
    UUID,
    RecordsBase,
    created,
    record_id,
    validated,
)
from wijkverbinder.trajectories.models import (
    CheckIn,
    TrajectoryEvent,
)


class CheckInsMixin(RecordsBase):
    """Check-ins of one trajectory."""

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
        item = self.get_object()  # another team's trajectory: 404 before any validation
        d = validated(s.CheckInInputSerializer, request)
        made = checkins.plan_check_in(
            user=request.user, trajectory=item, planned_on=d["gepland"], channel=API
        )
        return created(request, made, s.check_in_as_dict(made))

    @extend_schema(
        summary="Eén check-in",
        parameters=[record_id("checkInId")],
        responses={200: s.CheckInSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"check-ins/(?P<checkInId>{UUID})")
    def check_in(self, request: Request, id: str, checkInId: str) -> Response:
        return Response(s.check_in_as_dict(self._one(CheckIn, checkInId)))

    @extend_schema(
        summary="De uitkomst van een check-in vastleggen",
        parameters=[record_id("checkInId")],
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


class EventsMixin(RecordsBase):
    """The history (events) of one trajectory."""

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
        parameters=[record_id("gebeurtenisId")],
        responses={200: s.EventSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"gebeurtenissen/(?P<gebeurtenisId>{UUID})")
    def gebeurtenis(self, request: Request, id: str, gebeurtenisId: str) -> Response:
        return Response(s.event_as_dict(self._one(TrajectoryEvent, gebeurtenisId)))

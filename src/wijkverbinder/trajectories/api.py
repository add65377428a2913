"""API of `trajectories`: `/api/v1/trajecten` with nested `belanghebbenden`, `contacten`,
`bijeenkomsten`, `afspraken`, `check-ins` and `gebeurtenissen` (the timeline, read-only).

Step transitions: PATCH of `stap` (only the next step; the gates decide), `status: handed_over`
(hand-over gate) and `onpartijdigheidstoets`; operations `_escaleren` and `_afsluiten`. Team-scoped
(another team's trajectory: 404 problem); a refusal of the method: 400 problem with its Dutch
message and code (MTH…); invalid input: 400 with every error in `invalidParams`.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from wijkverbinder.common.audit import log_access
from wijkverbinder.trajectories import escalation, records, selectors, services
from wijkverbinder.trajectories import serializers as s
from wijkverbinder.trajectories.api_records import LOCATION, RecordsMixin
from wijkverbinder.trajectories.history import OBJECT_TYPE
from wijkverbinder.trajectories.models import Trajectory

UUID_REGEX = "[0-9a-fA-F-]{36}"
API = "api"


NESTED = {
    "belanghebbenden": "belanghebbenden",
    "contacten": "contacten",
    "bijeenkomsten": "bijeenkomsten",
    "afspraken": "afspraken",
    "checkIns": "check-ins",
    "gebeurtenissen": "gebeurtenissen",
}


def links(request: Request, item: Trajectory) -> dict[str, Any]:
    """HAL `_links`: the trajectory itself, its question and each nested collection."""
    own = request.build_absolute_uri(f"/api/v1/trajecten/{item.uuid}")
    question = item.question.uuid if item.question else None
    return {
        "self": {"href": own},
        "vraag": {
            "href": request.build_absolute_uri(f"/api/v1/gemeenschappelijke-vragen/{question}")
        }
        if question
        else None,
        **{name: {"href": f"{own}/{path}"} for name, path in NESTED.items()},
    }


def trajectory_as_dict(
    item: Trajectory, state: selectors.Progress | None = None, request: Request | None = None
) -> dict[str, Any]:
    """One trajectory with what its current gate still misses (`state`: its progress, if read)
    and, for the API (`request`), its `_links`."""
    state = state or selectors.progress(item)
    gate = {"map_network": state.step2, "connect": state.step3, "hand_over": state.handover}
    missing = gate[item.step].missing if item.status == "active" and item.step in gate else ()
    return {
        "id": item.uuid,
        "titel": item.title,
        "thema": item.theme,
        "gevoelig": selectors.theme_sensitive(item.theme),
        "buurt": item.neighbourhood.code,
        "wijk": item.district.code,
        "vraag": item.question.uuid if item.question else None,
        "stap": item.step,
        "status": item.status,
        "trede": item.level,
        "onpartijdigheidGetoetst": item.impartiality_checked_at is not None,
        "ontbreekt": list(missing),
        "aangemaaktOp": item.created_at,
        **({"_links": links(request, item)} if request is not None else {}),
    }


class TrajectoryViewSet(
    RecordsMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet[Trajectory],
):
    """Trajectories of your team: one chosen theme through the four steps."""

    serializer_class = s.TrajectorySerializer  # type: ignore[assignment]
    queryset = Trajectory.objects.none()
    lookup_field = "uuid"
    lookup_url_kwarg = "id"
    lookup_value_regex = UUID_REGEX

    def get_queryset(self) -> QuerySet[Trajectory]:
        return selectors.trajectories_for_user(user=self.request.user)

    def get_object(self) -> Trajectory:
        return selectors.get_trajectory_for_user(
            user=self.request.user, public_id=self.kwargs["id"]
        )

    def _out(self, item: Trajectory, code: int = 200, **extra: Any) -> Response:
        data = s.TrajectorySerializer(trajectory_as_dict(item, request=self.request)).data
        return Response(data | extra, status=code)

    @extend_schema(summary="Trajecten van uw team")
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        rows = self.paginate_queryset(self.get_queryset())
        assert rows is not None
        log_access(user=request.user, action="list", object_type=OBJECT_TYPE, channel=API)
        states = selectors.progress_for(rows)
        return self.get_paginated_response(
            [trajectory_as_dict(item, states[item.pk], self.request) for item in rows]
        )

    @extend_schema(
        summary="Een traject starten vanuit een gemeenschappelijke vraag",
        request=s.TrajectoryInputSerializer,
        responses={201: s.TrajectorySerializer},
        parameters=[LOCATION],
    )
    def create(self, request: Request) -> Response:
        given = s.TrajectoryInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        question = selectors.get_question_for_user(
            user=request.user, public_id=given.validated_data["vraag"]
        )
        created = services.start_trajectory(user=request.user, question=question, channel=API)
        response = self._out(created, status.HTTP_201_CREATED)
        response["Location"] = request.build_absolute_uri(f"{request.path}/{created.uuid}")
        return response

    @extend_schema(summary="Eén traject")
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        item = self.get_object()
        log_access(
            user=request.user,
            action="view",
            object_type=OBJECT_TYPE,
            object_id=item.uuid,
            channel=API,
        )
        return self._out(item)

    @extend_schema(
        summary="Onpartijdigheid vastleggen, naar de volgende stap, of overdragen",
        request=s.TrajectoryPatchSerializer,
        responses={200: s.TrajectorySerializer},
    )
    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        item = self.get_object()
        given = s.TrajectoryPatchSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        with transaction.atomic():  # a refusal of any part changes nothing
            if "onpartijdigheidstoets" in data:
                records.record_impartiality(
                    user=request.user,
                    trajectory=item,
                    note=data["onpartijdigheidstoets"],
                    channel=API,
                )
            if "stap" in data:
                services.advance_step(
                    user=request.user, trajectory=item, target=data["stap"], channel=API
                )
            if "status" in data:
                services.hand_over(user=request.user, trajectory=item, channel=API)
        return self._out(item)

    @extend_schema(
        summary="Een trede op de escalatieladder (lichtste eerst)",
        request=s.EscalationInputSerializer,
        responses={200: s.EscalatedTrajectorySerializer},
    )
    @action(detail=True, methods=["post"], url_path="_escaleren")
    def escaleren(self, request: Request, id: str) -> Response:
        item = self.get_object()
        given = s.EscalationInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        d = given.validated_data
        given_intake = d["intake"]
        intake = (
            escalation.IntakeAnswers(
                voluntary=given_intake["vrijwillig"],
                addressable=given_intake["aanspreekbaar"],
                exclusions=tuple(given_intake["uitsluitingen"]),
            )
            if given_intake is not None
            else None
        )
        done = escalation.escalate(
            user=request.user,
            trajectory=item,
            target=d.get("naar"),
            skip_reason=d["redenOverslaan"],
            acute_danger=d["acuutGevaar"],
            intake=intake,
            channel=API,
        )
        step = {
            "van": str(done.proposal.from_level),
            "naar": str(done.proposal.to_level),
            "reden": done.proposal.reason,
            "overgeslagen": [str(level) for level in done.proposal.skipped],
            "politieDirect": done.proposal.contact_police_directly,
            "verwijzingen": list(done.proposal.referrals),
            "bron": done.proposal.source_url,
        }
        return self._out(item, escalatie=s.EscalationSerializer(step).data)

    @extend_schema(
        summary="Het traject afsluiten",
        request=s.CloseInputSerializer,
        responses={200: s.TrajectorySerializer},
    )
    @action(detail=True, methods=["post"], url_path="_afsluiten")
    def afsluiten(self, request: Request, id: str) -> Response:
        item = self.get_object()
        given = s.CloseInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        services.close_trajectory(
            user=request.user, trajectory=item, reason=given.validated_data["reden"], channel=API
        )
        return self._out(item)

"""Team API of `straattafel`: `/api/v1/straattafels` with nested `stellingen`,
`papieren-deelnemers`, `uitkomsten` and the operation `_sluiten`.

Team-scoped (another team's straattafel: 404 problem); a refusal: 400 problem with its Dutch
message and code; invalid input: 400 with every error in `invalidParams`.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from wijkverbinder.accounts.selectors import get_neighbourhood_for_user
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError
from wijkverbinder.straattafel import results, selectors, services
from wijkverbinder.straattafel import serializers as s
from wijkverbinder.straattafel.models import Straattafel
from wijkverbinder.straattafel.presentation import (
    results_as_dict,
    statement_as_dict,
    straattafel_as_dict,
)
from wijkverbinder.straattafel.services import OBJECT_TYPE
from wijkverbinder.trajectories.selectors import get_trajectory_for_user

API = "api"
UUID_REGEX = "[0-9a-fA-F-]{36}"


class StraattafelViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet[Straattafel]
):
    """Straattafels of your team."""

    serializer_class = s.StraattafelSerializer  # type: ignore[assignment]
    queryset = Straattafel.objects.none()
    lookup_field = "uuid"
    lookup_url_kwarg = "id"
    lookup_value_regex = UUID_REGEX

    def get_queryset(self) -> Any:
        return selectors.straattafels_for_user(user=self.request.user)

    def get_object(self) -> Straattafel:
        return selectors.get_straattafel_for_user(
            user=self.request.user, public_id=self.kwargs["id"]
        )

    def _out(self, item: Straattafel, code: int = 200) -> Response:
        return Response(
            s.StraattafelSerializer(straattafel_as_dict(self.request, item)).data, status=code
        )

    @extend_schema(summary="Straattafels van uw team")
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        rows = self.paginate_queryset(self.get_queryset())
        assert rows is not None
        log_access(user=request.user, action="list", object_type=OBJECT_TYPE, channel=API)
        return self.get_paginated_response([straattafel_as_dict(request, r) for r in rows])

    @extend_schema(
        summary="Een straattafel starten (voor een buurt, of in stap 3 van een traject)",
        request=s.StraattafelInputSerializer,
        responses={201: s.StraattafelSerializer},
    )
    def create(self, request: Request) -> Response:
        given = s.StraattafelInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        trajectory = (
            get_trajectory_for_user(user=request.user, public_id=data["traject"])
            if data.get("traject")
            else None
        )
        if trajectory is None and not data.get("buurt"):
            raise DomainError("Geef een buurt of een traject op.", code="buurt_missing")
        neighbourhood = (
            trajectory.neighbourhood
            if trajectory
            else get_neighbourhood_for_user(user=request.user, code=data["buurt"])
        )
        created = services.create_straattafel(
            user=request.user,
            neighbourhood=neighbourhood,
            title=data["titel"],
            question=data["vraag"],
            opens_at=data["opent"],
            closes_at=data["sluit"],
            moderated=data["gemodereerd"],
            participant_cap=data.get("maxDeelnemers"),
            trajectory=trajectory,
            channel=API,
        )
        return self._out(created, status.HTTP_201_CREATED)

    @extend_schema(summary="Eén straattafel")
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
        methods=["GET"],
        summary="Stellingen van een straattafel",
        responses=s.StatementSerializer(many=True),
    )
    @extend_schema(
        methods=["POST"],
        summary="Een stelling van het team toevoegen",
        request=s.StatementInputSerializer,
        responses={201: s.StatementSerializer},
    )
    @action(detail=True, methods=["get", "post"], url_path="stellingen", pagination_class=None)
    def stellingen(self, request: Request, id: str) -> Response:
        item = self.get_object()
        if request.method == "POST":
            given = s.StatementInputSerializer(data=request.data)
            given.is_valid(raise_exception=True)
            created = services.add_statement(
                user=request.user,
                straattafel=item,
                text=given.validated_data["tekst"],
                is_meta=given.validated_data["contextvraag"],
                channel=API,
            )
            return Response(s.StatementSerializer(statement_as_dict(created)).data, status=201)
        rows = item.statements.all()
        counts = {x.pk: x.vote_count for x in selectors.shown_statements(item)}  # type: ignore[attr-defined]
        for row in rows:
            row.vote_count = counts.get(row.pk, 0)  # type: ignore[attr-defined]
        return Response([statement_as_dict(row) for row in rows])

    @extend_schema(
        summary="Een stelling tonen, afwijzen of als contextvraag markeren",
        request=s.StatementPatchSerializer,
        responses=s.StatementSerializer,
    )
    @action(detail=True, methods=["patch"], url_path=r"stellingen/(?P<nummer>[0-9]+)")
    def stelling(self, request: Request, id: str, nummer: str) -> Response:
        item = self.get_object()
        given = s.StatementPatchSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        statement = selectors.get_statement_for_user(
            user=request.user, straattafel=item, number=int(nummer)
        )
        changed = services.moderate_statement(
            user=request.user,
            statement=statement,
            status=given.validated_data.get("status"),
            is_meta=given.validated_data.get("contextvraag"),
            channel=API,
        )
        return Response(s.StatementSerializer(statement_as_dict(changed)).data)

    @extend_schema(
        summary="De stemmen van een deelnemer op papier invoeren (turfformulier)",
        request=s.PaperInputSerializer,
        responses={201: s.PaperSerializer},
    )
    @action(detail=True, methods=["post"], url_path="papieren-deelnemers")
    def papieren_deelnemers(self, request: Request, id: str) -> Response:
        item = self.get_object()
        given = s.PaperInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            votes = {int(k): int(v) for k, v in given.validated_data["stemmen"].items()}
        except ValueError:
            raise DomainError(
                "Een stellingnummer is een getal.", code="unknown_statement"
            ) from None
        participant = services.record_paper_votes(
            user=request.user, straattafel=item, votes=votes, channel=API
        )
        return Response(
            {"deelnemer": participant.number, "kanaal": participant.channel}, status=201
        )

    @extend_schema(
        summary="De uitkomsten: groepen, wat ons bindt, wat verdeelt", responses=s.ResultsSerializer
    )
    @action(detail=True, methods=["get"], url_path="uitkomsten", pagination_class=None)
    def uitkomsten(self, request: Request, id: str) -> Response:
        item = self.get_object()
        log_access(
            user=request.user,
            action="view",
            object_type=OBJECT_TYPE,
            object_id=item.uuid,
            channel=API,
        )
        return Response(results_as_dict(results.results_for(item)))

    @extend_schema(
        summary="De straattafel nu sluiten en de uitkomsten vastleggen",
        request=None,
        responses=s.StraattafelSerializer,
    )
    @action(detail=True, methods=["post"], url_path="_sluiten")
    def sluiten(self, request: Request, id: str) -> Response:
        item = self.get_object()
        services.close_straattafel(user=request.user, straattafel=item, channel=API)
        return self._out(item)

"""API `/api/v1/gemeenschappelijke-vragen`: list with filters, read, and the team's decisions as
operations (NL API Design Rules allow an operation as `_verb` last segment):

* `POST …/{id}/_bevestig`, `…/_afwijzen` (`toelichting`), `…/_hernoem` (`titel`),
  `…/_samenvoegen` (`vragen`: ids that merge into this one), `…/_splitsen` (`signalen`, `titel`);
* `POST …/_detecteer` starts detection for the user's teams (202).

Team-scoped like the UI (another team's question: 404 problem); refusals are 400 problems.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from wijkverbinder.accounts.selectors import teams_for_user, user_of
from wijkverbinder.collective import decisions
from wijkverbinder.collective import serializers as s
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.selectors import (
    QuestionFilter,
    get_question_for_user,
    questions_for_user,
)
from wijkverbinder.collective.tasks import request_detection
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError

LIST_PARAMETERS = [
    OpenApiParameter("buurt", str, description="CBS-buurtcode"),
    OpenApiParameter("thema", str, description="Themacode; een hoofdthema omvat zijn subthema's"),
    OpenApiParameter(
        "status",
        str,
        enum=[*CollectiveQuestion.Status.values, "all"],
        description="Standaard: open en bevestigd",
    ),
    OpenApiParameter("vanaf", str, description="Periode eindigt op of na deze datum (JJJJ-MM-DD)"),
    OpenApiParameter("tot", str, description="Periode begint op of voor deze datum (JJJJ-MM-DD)"),
    OpenApiParameter(
        "nietMeerGevonden", bool, description="Ook vragen die de laatste detectie niet meer vond"
    ),
    OpenApiParameter(
        "sterkte",
        str,
        description=(
            "Alleen vragen van deze sterkte(n), gescheiden door komma's: sterk, duidelijk, zwak "
            "(bijvoorbeeld sterk,duidelijk om zwakke aanwijzingen te verbergen). Standaard: alle."
        ),
    ),
]


@extend_schema_view(
    list=extend_schema(parameters=LIST_PARAMETERS, summary="Gemeenschappelijke vragen van uw team"),
    retrieve=extend_schema(
        summary="Eén gemeenschappelijke vraag", responses=s.QuestionDetailSerializer
    ),
)
class QuestionViewSet(viewsets.ReadOnlyModelViewSet[CollectiveQuestion]):
    """Collective questions of the user's teams, most unusual first."""

    serializer_class = s.QuestionSerializer
    queryset = CollectiveQuestion.objects.none()
    lookup_field = "uuid"
    lookup_url_kwarg = "id"
    lookup_value_regex = "[0-9a-fA-F-]{36}"

    def get_queryset(self) -> QuerySet[CollectiveQuestion]:
        query = s.QuestionQuerySerializer(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        q = query.validated_data
        filters = QuestionFilter(
            neighbourhood=q.get("buurt", ""),
            theme=q.get("thema", ""),
            status=q.get("status", ""),
            since=q.get("vanaf"),
            until=q.get("tot"),
            include_stale=q.get("nietMeerGevonden", False),
            strengths=q.get("sterkte", ()),
        )
        return questions_for_user(user=self.request.user, filters=filters)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        response = super().list(request, *args, **kwargs)
        log_access(
            user=request.user, action="list", object_type="collective_question", channel="api"
        )
        return response

    def get_object(self) -> CollectiveQuestion:
        return get_question_for_user(user=self.request.user, question_id=self.kwargs["id"])

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        question = self.get_object()
        log_access(
            user=request.user,
            action="view",
            object_type="collective_question",
            object_id=question.uuid,
            channel="api",
        )
        return Response(s.QuestionDetailSerializer(question).data)

    def _answer(self, question: CollectiveQuestion, code: int = status.HTTP_200_OK) -> Response:
        question.refresh_from_db()
        return Response(s.QuestionDetailSerializer(question).data, status=code)

    @extend_schema(summary="Vraag bevestigen", request=None, responses=s.QuestionDetailSerializer)
    @action(detail=True, methods=["post"], url_path="_bevestig")
    def bevestig(self, request: Request, id: str) -> Response:
        question = self.get_object()
        decisions.confirm_question(user=user_of(request), question=question, channel="api")
        return self._answer(question)

    @extend_schema(
        summary="Vraag afwijzen (met toelichting)",
        request=s.DismissSerializer,
        responses=s.QuestionDetailSerializer,
    )
    @action(detail=True, methods=["post"], url_path="_afwijzen")
    def afwijzen(self, request: Request, id: str) -> Response:
        question = self.get_object()
        body = s.DismissSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        decisions.dismiss_question(
            user=user_of(request),
            question=question,
            note=body.validated_data["toelichting"],
            channel="api",
        )
        return self._answer(question)

    @extend_schema(
        summary="Titel van de vraag wijzigen",
        request=s.RenameSerializer,
        responses=s.QuestionDetailSerializer,
    )
    @action(detail=True, methods=["post"], url_path="_hernoem")
    def hernoem(self, request: Request, id: str) -> Response:
        question = self.get_object()
        body = s.RenameSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        decisions.rename_question(
            user=user_of(request),
            question=question,
            title=body.validated_data["titel"],
            channel="api",
        )
        return self._answer(question)

    @extend_schema(
        summary="Andere vragen in deze vraag samenvoegen",
        request=s.MergeSerializer,
        responses=s.QuestionDetailSerializer,
    )
    @action(detail=True, methods=["post"], url_path="_samenvoegen")
    def samenvoegen(self, request: Request, id: str) -> Response:
        question = self.get_object()
        body = s.MergeSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        others = []
        for other_id in body.validated_data["vragen"]:
            try:
                others.append(get_question_for_user(user=request.user, question_id=other_id))
            except NotFoundError as exc:
                raise DomainError(
                    f"Vraag {other_id} bestaat niet of hoort niet bij uw team.", code="not_found"
                ) from exc
        decisions.merge_questions(
            user=user_of(request), target=question, others=others, channel="api"
        )
        return self._answer(question)

    @extend_schema(
        summary="Gekozen signalen afsplitsen tot een nieuwe vraag",
        request=s.SplitSerializer,
        responses={201: s.QuestionDetailSerializer},
    )
    @action(detail=True, methods=["post"], url_path="_splitsen")
    def splitsen(self, request: Request, id: str) -> Response:
        question = self.get_object()
        body = s.SplitSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        part = decisions.split_question(
            user=user_of(request),
            question=question,
            signals=list(body.validated_data["signalen"]),
            title=body.validated_data.get("titel", ""),
            channel="api",
        )
        return self._answer(part, status.HTTP_201_CREATED)

    @extend_schema(
        summary="Detectie starten voor uw teams",
        request=None,
        responses={202: s.DetectionStartedSerializer},
    )
    @action(detail=False, methods=["post"], url_path="_detecteer")
    def detecteer(self, request: Request) -> Response:
        teams = list(teams_for_user(user=request.user))
        for team in teams:
            request_detection(team, trigger="api")
        log_access(
            user=request.user,
            action="detect",
            object_type="collective_question",
            channel="api",
            count=len(teams),
        )
        return Response({"teams": len(teams)}, status=status.HTTP_202_ACCEPTED)

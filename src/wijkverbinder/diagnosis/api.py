"""API of `diagnosis`: `/api/v1/diagnoses`, `/api/v1/diagnoses/vragenlijst`, `/api/v1/adviezen`.

Diagnoses are team-scoped (another team's assessment answers 404) and append-only (list, create,
read). `adviezen` answers with exactly the JSON of `wijkverbinder advise --json` (`advice_as_dict`),
plus `plancontrole` when an `activiteitenplan` is sent; with `gebied` the area's recorded safety
check counts (`veiligheidscontroles`, `safety_api.py`). Invalid input: a 400 problem listing every
error in `invalidParams`. Reads and writes of assessments are access-logged.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.core.diagnosis import questionnaire_definition
from wijkverbinder.diagnosis import selectors, services
from wijkverbinder.diagnosis.advice_input import build_advice
from wijkverbinder.diagnosis.api_reads import logged_read
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.serializers import (
    AdviceInputSerializer,
    DiagnosisInputSerializer,
    DiagnosisSerializer,
    assessment_as_dict,
    reject_safety_flag,
)
from wijkverbinder.diagnosis.services import as_core_check

OBJECT_TYPE = services.OBJECT_TYPE
UUID_REGEX = "[0-9a-fA-F-]{36}"


class DiagnosisViewSet(
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet[PhaseAssessment],
):
    """Phase assessments of your team's wijken and buurten (answers in, phase with reasons out)."""

    serializer_class = DiagnosisSerializer  # type: ignore[assignment]
    queryset = PhaseAssessment.objects.none()  # for the schema; requests use get_queryset()
    lookup_field = "uuid"
    lookup_url_kwarg = "id"
    lookup_value_regex = UUID_REGEX

    def get_queryset(self) -> QuerySet[PhaseAssessment]:
        rows = selectors.assessments_for_user(user=self.request.user)
        area = self.request.query_params.get("gebied", "").strip()
        if area:
            rows = rows.filter(neighbourhood__code=area.upper()) | rows.filter(
                district__code=area.upper()
            )
        return rows

    def get_object(self) -> PhaseAssessment:
        return selectors.get_assessment_for_user(
            user=self.request.user, public_id=self.kwargs["id"]
        )

    @extend_schema(
        summary="Situatiebepalingen van uw team",
        parameters=[
            OpenApiParameter(
                "gebied", str, description="Alleen dit gebied (CBS-code wijk of buurt)."
            )
        ],
    )
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        rows = self.paginate_queryset(self.get_queryset())
        assert rows is not None
        log_access(
            user=request.user,
            action="list",
            object_type=OBJECT_TYPE,
            channel="api",
            count=len(rows),
        )
        data = [DiagnosisSerializer(assessment_as_dict(item)).data for item in rows]
        return self.get_paginated_response(data)

    @extend_schema(summary="Eén situatiebepaling")
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return logged_read(
            request,
            object_type=OBJECT_TYPE,
            public_id=self.kwargs["id"],
            get=lambda public_id: selectors.get_assessment_for_user(
                user=request.user, public_id=public_id
            ),
            shape=lambda item: DiagnosisSerializer(assessment_as_dict(item)).data,
        )

    @extend_schema(
        summary="De fase bepalen",
        request=DiagnosisInputSerializer,
        responses={201: DiagnosisSerializer},
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        given = DiagnosisInputSerializer(data=request.data, context={"request": request})
        given.is_valid(raise_exception=True)
        try:
            item = services.record_assessment(
                user=request.user,
                area=given.validated_data["gebied"],
                answers=given.validated_data["antwoorden"],
                notes=given.validated_data["toelichting"],
                channel="api",
            )
        except DomainError as error:
            raise exceptions.ValidationError(
                {"antwoorden": [exceptions.ErrorDetail(error.message, code=error.code)]}
            ) from error
        return Response(
            DiagnosisSerializer(assessment_as_dict(item)).data, status=status.HTTP_201_CREATED
        )


class QuestionnaireView(APIView):
    """The questionnaire of the phase assessment: questions, answer codes, the phase each points to."""

    @extend_schema(
        summary="De vragenlijst van de situatiebepaling",
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="De vragen.")},
    )
    def get(self, request: Request) -> Response:
        return Response({"vragen": questionnaire_definition()})


class AdviceView(APIView):
    """Advice for a phase and plan: ranked approaches, suitable formats, warnings (as the CLI)."""

    @extend_schema(
        summary="Advies voor een fase en plan",
        request=AdviceInputSerializer,
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="Het advies.")},
    )
    def post(self, request: Request) -> Response:
        reject_safety_flag(request.data)
        given = AdviceInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        check = None
        code = given.validated_data.get("gebied")
        if code:
            try:
                area = selectors.get_area_for_user(user=request.user, code=code)
            except NotFoundError as error:
                raise exceptions.ValidationError(
                    {"gebied": [exceptions.ErrorDetail(error.message, code="not_found")]}
                ) from error
            recorded = selectors.current_safety_check(user=request.user, area=area)
            check = as_core_check(recorded) if recorded is not None else None
        try:
            outcome = build_advice(given.validated_data, safety_check=check)
        except DomainError as error:
            raise exceptions.ValidationError(
                {"adviesvraag": [exceptions.ErrorDetail(error.message, code=error.code)]}
            ) from error
        return Response(outcome.as_dict())

"""Residents' API of `straattafel`: `/api/v1/deelnames/{code}` (no account, no log-in).

A participant is identified by the key returned with their first vote or statement
(`deelnemerSleutel`), sent back in the `Deelnemer-Sleutel` header. No cookies, so no cross-site
request can vote for somebody. A closed straattafel answers 403, a limit 429 (`Retry-After`), each
as a problem document with a Dutch message.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from wijkverbinder.common.api import problem
from wijkverbinder.common.errors import DomainError
from wijkverbinder.straattafel import participation, selectors, state
from wijkverbinder.straattafel import serializers as s
from wijkverbinder.straattafel.models import Straattafel

KEY_HEADER = OpenApiParameter(
    "Deelnemer-Sleutel",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="De sleutel uit het antwoord op de eerste stem.",
)


def _key(request: Request) -> str | None:
    return request.headers.get("Deelnemer-Sleutel") or None


def _address(request: Request) -> str:
    return str(request.META.get("REMOTE_ADDR", ""))


def _refusal(error: DomainError) -> Response:
    if isinstance(error, participation.RateLimitedError):
        response = problem(429, error.message, code=error.code)
        response["Retry-After"] = "60"
        return response
    if isinstance(error, state.ClosedError):
        return problem(403, error.message, code=error.code)
    return problem(400, error.message, code=error.code)


class ResidentView(APIView):
    """Base: no authentication, no CSRF, no throttling by user."""

    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]

    def item(self, code: str) -> Straattafel:
        return selectors.get_by_code(code)


class ParticipationView(ResidentView):
    @extend_schema(
        summary="Een straattafel voor bewoners: wat nog te stemmen is",
        parameters=[KEY_HEADER],
        responses=s.ParticipationSerializer,
    )
    def get(self, request: Request, code: str) -> Response:
        item = self.item(code)
        participant = participation.find_participant(item, _key(request))
        current = state.status(item)
        message = ""
        try:
            state.require_open(item)
        except state.ClosedError as closed:
            message = closed.message
        todo = selectors.fair_order(item, participant) if current == "open" else []
        done = participant.votes.count() if participant else 0
        return Response(
            {
                "titel": item.title,
                "vraag": item.question,
                "status": current,
                "sluit": item.closes_at,
                "melding": message,
                "nogTeStemmen": [{"nummer": t.number, "tekst": t.text} for t in todo],
                "gestemd": done,
            }
        )


class VotesView(ResidentView):
    @extend_schema(
        summary="Stemmen op een stelling (een nieuwe stem vervangt de vorige)",
        parameters=[KEY_HEADER],
        request=s.VoteInputSerializer,
        responses={201: s.VoteSerializer},
    )
    def post(self, request: Request, code: str) -> Response:
        item = self.item(code)
        given = s.VoteInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            cast = participation.cast_vote(
                straattafel=item,
                key=_key(request),
                address=_address(request),
                statement_number=given.validated_data["stelling"],
                value=given.validated_data["stem"],
            )
        except DomainError as error:
            return _refusal(error)
        body = {**given.validated_data, "deelnemerSleutel": cast.new_key}
        return Response(s.VoteSerializer(body).data, status=201)


class ResidentStatementsView(ResidentView):
    @extend_schema(
        summary="Zelf een stelling toevoegen (eerst bekeken door het team als gemodereerd)",
        parameters=[KEY_HEADER],
        request=s.ResidentStatementInputSerializer,
        responses={201: s.ResidentStatementSerializer},
    )
    def post(self, request: Request, code: str) -> Response:
        item = self.item(code)
        given = s.ResidentStatementInputSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            cast, created = participation.add_resident_statement(
                straattafel=item,
                key=_key(request),
                address=_address(request),
                text=given.validated_data["tekst"],
            )
        except DomainError as error:
            return _refusal(error)
        return Response({"status": created.status, "deelnemerSleutel": cast.new_key}, status=201)


class OutcomeView(ResidentView):
    @extend_schema(
        summary="Wat de buurt vindt (na het stemmen)",
        parameters=[KEY_HEADER],
        responses=s.ResultsSerializer,
    )
    def get(self, request: Request, code: str) -> Response:
        from wijkverbinder.straattafel.presentation import results_as_dict
        from wijkverbinder.straattafel.results import results_for

        item = self.item(code)
        participant = participation.find_participant(item, _key(request))
        if participant is None or not participant.votes.exists():
            return problem(403, "Stem eerst op een paar stellingen.", code="vote_first")
        return Response(results_as_dict(results_for(item)))

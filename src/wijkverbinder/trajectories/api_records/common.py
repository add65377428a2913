"""The nested resources of `/api/v1/trajecten/{id}`: belanghebbenden, contacten, bijeenkomsten,
afspraken, check-ins and gebeurtenissen. Thin: parse, one service call, shape.

Every collection is a paginated list (`page`, `pageSize`, `count/next/previous/results`, like the
top-level lists); a POST answers 201 with the record and its `Location`; every record has a public
id (uuid) and its own URL. Stakeholders, contacts and meetings can be corrected (PATCH) and removed
(DELETE, 204); agreements change status and check-ins record their outcome by PATCH. Mixed into
`api.TrajectoryViewSet`, which provides `get_object` (team-scoped: another team's trajectory or
record is a 404).

This module holds what the parts share; the parts are named by the records they serve.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.db.models import Model, QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import Serializer

from wijkverbinder.trajectories.models import (
    Trajectory,
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


def record_id(name: str) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.UUID, OpenApiParameter.PATH)


def created(request: Request, record: Any, data: dict[str, Any]) -> Response:
    """201 with the new record and `Location`: the collection's URL plus the record's id."""
    location = request.build_absolute_uri(f"{request.path}/{record.uuid}")
    return Response(data, status=status.HTTP_201_CREATED, headers={"Location": location})


def validated(serializer: type[Serializer[Any]], request: Request) -> dict[str, Any]:
    given = serializer(data=request.data)
    given.is_valid(raise_exception=True)
    return dict(given.validated_data)


class RecordsBase:
    """What every part needs from the trajectory viewset: its trajectory and its pagination."""

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

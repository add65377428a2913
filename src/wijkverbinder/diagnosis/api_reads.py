"""One access-logged read of a team-scoped record by public id, shared by the diagnosis APIs.

A record of another team (or none) raises the selector's `NotFoundError` (a 404 problem) and is
logged as `not_found`; a found record is logged as `view`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar
from uuid import UUID

from rest_framework.request import Request
from rest_framework.response import Response

from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import NotFoundError


class _Public(Protocol):
    uuid: UUID


T = TypeVar("T", bound=_Public)


def logged_read(
    request: Request,
    *,
    object_type: str,
    public_id: str,
    get: Callable[[str], T],
    shape: Callable[[T], dict[str, Any]],
) -> Response:
    """The record's API shape, with the read (or the miss) in the access log."""
    try:
        item = get(public_id)
    except NotFoundError:
        log_access(
            user=request.user,
            action="view",
            object_type=object_type,
            object_id=public_id,
            channel="api",
            result="not_found",
        )
        raise
    log_access(
        user=request.user,
        action="view",
        object_type=object_type,
        object_id=item.uuid,
        channel="api",
    )
    return Response(shape(item))

"""The problem+json exception handler keeps the service's Dutch message."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from wijkverbinder.common.api import problem_exception_handler


def test_permission_denied_keeps_its_dutch_message() -> None:
    response = problem_exception_handler(PermissionDenied("Alleen een coördinator mag dit."), {})
    assert response is not None
    assert response.status_code == 403
    assert response.data["detail"] == "Alleen een coördinator mag dit."
    assert response.content_type == "application/problem+json"


def test_permission_denied_without_message_gets_the_default() -> None:
    response = problem_exception_handler(PermissionDenied(), {})
    assert response is not None
    assert response.data["title"] == "Geen toegang"

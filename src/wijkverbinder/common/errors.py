"""Domain errors: refusals a person can cause, with a clear Dutch message.

Services raise `DomainError` (or a subclass); views, the API and commands turn it into a message,
a 400 problem document or an exit code. Nothing is changed when one is raised.
"""

from __future__ import annotations


class DomainError(Exception):
    """A refusal with a message meant for the user (already in Dutch) and a stable code."""

    code = "domain_error"

    def __init__(
        self, message: str, *, code: str | None = None, details: list[str] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details = details or []


class NotFoundError(DomainError):
    """The record does not exist, or is not visible to this user's team (both look the same)."""

    code = "not_found"

"""Writing the access log (see `models.AccessLogEntry`). Never pass personal data here."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser

from wijkverbinder.common.models import AccessLogEntry


def log_access(
    *,
    user: AbstractBaseUser | AnonymousUser | None,
    action: str,
    object_type: str,
    object_id: object = "",
    channel: str = "web",
    result: str = "ok",
    count: int = 1,
) -> None:
    """Append one entry to the access log."""
    actor = user if user is not None and user.is_authenticated else None
    AccessLogEntry.objects.create(
        user_id=actor.pk if actor is not None else None,
        username=actor.get_username() if actor is not None else "",
        action=action,
        object_type=object_type,
        object_id=str(object_id)[:64],
        channel=channel,
        result=result,
        count=count,
    )

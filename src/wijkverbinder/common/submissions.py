"""Double submits: the same form sent twice in a row within seconds by one session is done once.

A double click, an impatient second click or two tabs send the same POST twice, often at the same
moment; without a guard each of them adds a record (two contacts, two meetings, a second paper
participant with the same votes). `first_submission(request)` keeps per session the last form it
sent (`Submission`: a keyed hash of the session, unique, and one of the address and the fields).
The same form again within `WINDOW` is the repeat and is not carried out; of two simultaneous
identical requests exactly one gets through, on SQLite and PostgreSQL (a unique insert, then a
conditional update). Any other form in between makes it new again, so an action that was refused,
then made possible (add the missing contact) and sent again, is carried out. Requests without a
session (residents, the API) are not guarded here: the API has its own keys (`externId`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from wijkverbinder.common.models import Submission

WINDOW = timedelta(seconds=5)
KEEP = timedelta(minutes=1)


def _keyed(*parts: object) -> str:
    message = json.dumps(parts, ensure_ascii=False).encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def submission_keys(request: HttpRequest) -> tuple[str, str] | None:
    """Keyed hashes of the session and of (session, address, fields without the CSRF token)."""
    session = getattr(request, "session", None)
    session_key = session.session_key if session is not None else None
    if not session_key:
        return None
    fields = sorted(
        (name, request.POST.getlist(name)) for name in request.POST if name != "csrfmiddlewaretoken"
    )
    return _keyed("session", session_key), _keyed(session_key, request.path, fields)


def first_submission(request: HttpRequest) -> bool:
    """False when this session's last form was this same one, sent less than `WINDOW` ago."""
    keys = submission_keys(request)
    if keys is None:
        return True
    session, digest = keys
    now = timezone.now()
    try:
        with transaction.atomic():
            Submission.objects.filter(at__lt=now - KEEP).delete()
            Submission.objects.create(session=session, digest=digest, at=now)
    except IntegrityError:  # the session sent a form before: this one, just now, is the repeat
        last = Submission.objects.filter(session=session)
        fresh = last.exclude(digest=digest, at__gte=now - WINDOW).update(digest=digest, at=now)
        return bool(fresh)
    return True

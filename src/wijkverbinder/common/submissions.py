"""Double submits: the same form sent twice within seconds by one session is done once.

A double click, an impatient second click or two tabs send the same POST twice, often at the same
moment; without a guard each of them adds a record (two contacts, two meetings, a second paper
participant with the same votes). `first_submission(request)` records a keyed hash of the session,
the address and the sent fields in `Submission` (a unique key, so of two simultaneous requests
exactly one inserts it, on SQLite and PostgreSQL); the other one is the repeat and is not carried
out. After `WINDOW` the same form counts as new again (an intended repeat). Requests without a
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


def submission_key(request: HttpRequest) -> str | None:
    """The keyed hash of (session, address, fields without the CSRF token); None without a session."""
    session = getattr(request, "session", None)
    session_key = session.session_key if session is not None else None
    if not session_key:
        return None
    fields = sorted(
        (name, request.POST.getlist(name)) for name in request.POST if name != "csrfmiddlewaretoken"
    )
    message = json.dumps([session_key, request.path, fields], ensure_ascii=False).encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def first_submission(request: HttpRequest) -> bool:
    """False when this session sent the same form to the same address less than `WINDOW` ago."""
    key = submission_key(request)
    if key is None:
        return True
    now = timezone.now()
    try:
        with transaction.atomic():
            Submission.objects.filter(at__lt=now - KEEP).delete()
            Submission.objects.create(key=key, at=now)
    except IntegrityError:  # sent before: a repeat within the window, or a new one after it
        return bool(Submission.objects.filter(key=key, at__lt=now - WINDOW).update(at=now))
    return True

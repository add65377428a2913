"""The user's facts (`accounts.facts`): one query per request, the same answers as the tables, and
no state kept beyond the request: a revoked device, a removed membership or a withdrawn permission
counts from the very next request (as it must with several server processes)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_otp import DEVICE_ID_SESSION_KEY, user_has_device
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from wijkverbinder.accounts import two_factor
from wijkverbinder.accounts.facts import facts_of, load_facts
from wijkverbinder.accounts.models import Membership, User

pytestmark = pytest.mark.django_db


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def _verified_client(username: str) -> tuple[Client, TOTPDevice]:
    """A client logged in with password and authenticator code."""
    user = User.objects.get(username=username)
    device = two_factor.pending_app(user)
    assert two_factor.confirm_app(user=user, device=device, code=_code(device)) is not None
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client, device


def test_facts_answer_what_the_tables_answer(demo: None) -> None:
    joost = User.objects.get(username="joost")
    group = Group.objects.create(name="privacy")
    group.permissions.add(Permission.objects.get(codename="audit_accesslogentry"))
    joost.groups.add(group)
    joost.user_permissions.add(Permission.objects.get(codename="view_team"))
    device = two_factor.pending_app(joost)
    two_factor.confirm_app(user=joost, device=device, code=_code(device))

    facts = load_facts(User.objects.get(pk=joost.pk))
    fresh = User.objects.get(pk=joost.pk)  # Django's own answers, from the tables
    assert list(facts.team_ids) == sorted(
        Membership.objects.filter(user=fresh).values_list("team_id", flat=True)
    )
    assert facts.has_device == bool(user_has_device(fresh, confirmed=True))
    assert device.persistent_id in facts.devices
    backend_perms = fresh.get_all_permissions()
    assert facts.user_permissions | facts.group_permissions == backend_perms
    assert "common.audit_accesslogentry" in facts.group_permissions


def test_a_user_with_facts_asks_nothing_more_for_permissions_teams_and_devices(
    demo: None,
) -> None:
    joost = User.objects.get(username="joost")
    load_facts(joost)
    with CaptureQueriesContext(connection) as captured:
        assert joost.has_perm("accounts.view_team") is False
        assert two_factor.has_authenticator(joost) is False
        assert facts_of(joost) is not None
    assert len(captured) == 0


def test_a_page_reads_the_facts_once(demo: None) -> None:
    client = Client()
    client.force_login(User.objects.get(username="joost"))
    client.get("/signalen/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/signalen/").status_code == 200
    sql = [q["sql"] for q in captured.captured_queries]
    assert sum("UNION ALL" in q for q in sql) == 1
    assert not any("otp_totp_totpdevice" in q and "UNION ALL" not in q for q in sql)
    assert not any("accounts_membership" in q and "UNION ALL" not in q for q in sql)
    assert not any("auth_permission" in q and "UNION ALL" not in q for q in sql)


def test_a_revoked_device_ends_the_verified_session_at_the_next_request(
    demo: None, settings: object
) -> None:
    settings.TWO_FACTOR_REQUIRED = True  # type: ignore[attr-defined]
    client, device = _verified_client("joost")
    assert client.get("/signalen/").status_code == 200
    TOTPDevice.objects.filter(pk=device.pk).update(confirmed=False)  # revoked elsewhere
    response = client.get("/signalen/")
    assert response.status_code == 302
    assert DEVICE_ID_SESSION_KEY not in client.session


def test_a_device_deleted_by_the_admin_counts_at_once(demo: None) -> None:
    client, device = _verified_client("fatima")
    assert client.get("/signalen/").status_code == 200
    TOTPDevice.objects.filter(pk=device.pk).delete()
    # the session's app is gone; her recovery codes are left, so she is asked for one of them
    assert client.get("/signalen/")["Location"].startswith("/inloggen/code/")
    assert DEVICE_ID_SESSION_KEY not in client.session
    StaticDevice.objects.filter(user__username="fatima").delete()  # the admin's reset
    assert client.get("/signalen/").status_code == 200  # not required for her: not asked


def test_the_device_of_another_user_does_not_verify(demo: None) -> None:
    _other, device = _verified_client("joost")
    fatima = User.objects.get(username="fatima")
    own = two_factor.pending_app(fatima)
    two_factor.confirm_app(user=fatima, device=own, code=_code(own))
    client = Client()
    client.force_login(fatima)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id  # joost's device in fatima's session
    session.save()
    assert client.get("/signalen/")["Location"].startswith("/inloggen/code/")

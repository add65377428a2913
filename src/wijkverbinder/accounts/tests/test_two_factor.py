"""Two-step log-in with an authenticator app (TOTP) and recovery codes; required for coordinators
and administrators when TWO_FACTOR_REQUIRED is on; the public paths stay open."""

from __future__ import annotations

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from wijkverbinder.accounts import two_factor
from wijkverbinder.accounts.models import User
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD


def _log_in(username: str) -> Client:
    client = Client()
    response = client.post("/inloggen/", {"username": username, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    return client


def _unthrottle(username: str) -> None:
    """django-otp makes a second try wait after a wrong code; a person takes longer than a test."""
    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user__username=username).update(
            throttling_failure_count=0, throttling_failure_timestamp=None
        )


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def required(settings: object) -> None:
    settings.TWO_FACTOR_REQUIRED = True  # type: ignore[attr-defined]


def test_off_by_default_outside_production_so_the_demo_logs_in(demo: None) -> None:
    assert _log_in("joost").get("/").status_code == 200


def test_coordinator_must_enrol_when_required(demo: None, required: None) -> None:
    client = _log_in("joost")
    response = client.get("/signalen/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/tweestapsverificatie/")
    assert client.get("/api/v1/signalen").status_code == 403
    page = client.get("/account/tweestapsverificatie/").content.decode()
    assert "data:image/svg+xml" in page  # the QR code is made locally
    device = TOTPDevice.objects.get(user__username="joost", confirmed=False)
    wrong = client.post("/account/tweestapsverificatie/", {"code": "000000"})
    assert "niet goed" in wrong.content.decode()
    _unthrottle("joost")
    done = client.post("/account/tweestapsverificatie/", {"code": _code(device), "next": "/"})
    codes = done.context["codes"]
    assert len(codes) == 10
    assert client.get("/signalen/").status_code == 200


def test_member_is_not_forced_but_may_enrol(demo: None, required: None) -> None:
    assert _log_in("fatima").get("/signalen/").status_code == 200


def test_enrolled_user_is_asked_for_the_code_and_a_recovery_code_works_once(demo: None) -> None:
    fatima = User.objects.get(username="fatima")
    device = two_factor.pending_app(fatima)
    codes = two_factor.confirm_app(user=fatima, device=device, code=_code(device))
    assert codes is not None
    client = _log_in("fatima")
    response = client.get("/signalen/")
    assert response["Location"].startswith("/inloggen/code/")
    assert client.post("/inloggen/code/", {"code": "123456"}).status_code == 200
    assert client.get("/signalen/").status_code == 302
    _unthrottle("fatima")
    assert (
        client.post("/inloggen/code/", {"code": codes[0].upper(), "next": "/signalen/"})["Location"]
        == "/signalen/"
    )
    assert client.get("/signalen/").status_code == 200
    again = _log_in("fatima")
    assert again.post("/inloggen/code/", {"code": codes[0]}).status_code == 200  # used up
    assert two_factor.recovery_codes_left(fatima) == 9


def test_code_page_does_not_redirect_elsewhere(demo: None) -> None:
    fatima = User.objects.get(username="fatima")
    device = two_factor.pending_app(fatima)
    codes = two_factor.confirm_app(user=fatima, device=device, code=_code(device))
    assert codes is not None
    client = _log_in("fatima")
    answer = client.post("/inloggen/code/", {"code": codes[1], "next": "https://elders.example/"})
    assert answer["Location"] == "/"


def test_admin_resets_two_factor(demo: None) -> None:
    fatima = User.objects.get(username="fatima")
    device = two_factor.pending_app(fatima)
    two_factor.confirm_app(user=fatima, device=device, code=_code(device))
    assert two_factor.reset_two_factor(user=fatima) == 2
    assert not two_factor.has_authenticator(fatima)
    assert _log_in("fatima").get("/signalen/").status_code == 200


def test_public_paths_stay_open_for_an_unverified_user(demo: None, required: None) -> None:
    client = _log_in("joost")
    assert client.get("/api/v1/openapi.json").status_code == 200
    assert client.get("/static/wijkverbinder/wijkverbinder.css").status_code in {200, 404}

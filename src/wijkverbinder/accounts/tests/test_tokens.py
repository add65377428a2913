"""API keys: hashed, named, expiring, shown once; one per name; refused when expired or revoked."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from rest_framework.test import APIClient

from wijkverbinder.accounts import tokens
from wijkverbinder.accounts.models import ApiToken, User
from wijkverbinder.accounts.services import create_token, revoke_token
from wijkverbinder.common.errors import DomainError


def _api(key: str, scheme: str = "Token") -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"{scheme} {key}")
    return client


def test_key_is_stored_only_as_digest(fatima: User) -> None:
    key = create_token(username="fatima", name="Signalen-koppeling", days=30)
    stored = ApiToken.objects.get(user=fatima)
    assert key.startswith("wv_")
    assert len(key) > 40
    assert stored.digest == tokens.digest(key)
    assert key not in {stored.digest, stored.prefix}
    assert stored.prefix == key[:11]
    assert stored.name == "Signalen-koppeling"
    days = (stored.expires_at - timezone.now()).total_seconds() / 86400
    assert 29.9 < days <= 30


def test_key_authenticates_with_token_or_bearer(fatima: User) -> None:
    key = create_token(username="fatima")
    assert _api(key).get("/api/v1/signalen").status_code == 200
    assert _api(key, "Bearer").get("/api/v1/signalen").status_code == 200
    assert ApiToken.objects.get(user=fatima).last_used_at is not None


def test_same_name_replaces_other_names_coexist(fatima: User) -> None:
    first = create_token(username="fatima", name="a")
    second = create_token(username="fatima", name="a")
    third = create_token(username="fatima", name="b")
    assert _api(first).get("/api/v1/signalen").status_code == 401
    assert _api(second).get("/api/v1/signalen").status_code == 200
    assert _api(third).get("/api/v1/signalen").status_code == 200
    assert ApiToken.objects.filter(user=fatima).count() == 2


def test_expired_revoked_inactive_and_unknown_keys_get_the_same_401(fatima: User) -> None:
    expired = create_token(username="fatima", name="oud")
    ApiToken.objects.filter(name="oud").update(expires_at=timezone.now() - timedelta(seconds=1))
    revoked = create_token(username="fatima", name="weg")
    revoke_token(token_id=ApiToken.objects.get(name="weg").pk)
    bodies = []
    for key in (expired, revoked, "wv_onbekend", "x" * 20):
        response = _api(key).get("/api/v1/signalen")
        assert response.status_code == 401
        assert response["Content-Type"] == "application/problem+json"
        bodies.append(response.json()["detail"])
    assert len(set(bodies)) == 1
    active = create_token(username="fatima", name="actief")
    User.objects.filter(pk=fatima.pk).update(is_active=False)
    assert _api(active).get("/api/v1/signalen").status_code == 401


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"username": "niemand"}, "bestaat niet"),
        ({"username": "fatima", "days": 0}, "1 tot 730 dagen"),
        ({"username": "fatima", "days": 731}, "1 tot 730 dagen"),
        ({"username": "fatima", "name": "  "}, "naam van 1 tot 100"),
        ({"username": "fatima", "name": "a\x00b"}, "stuurteken"),
    ],
)
def test_refusals(fatima: User, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(DomainError, match=message):
        create_token(**kwargs)  # type: ignore[arg-type]
    assert not ApiToken.objects.exists()


def test_inactive_user_gets_no_key(fatima: User) -> None:
    User.objects.filter(pk=fatima.pk).update(is_active=False)
    with pytest.raises(DomainError, match="niet actief"):
        create_token(username="fatima")


def test_createtoken_command_prints_key_once(
    demo: None, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("createtoken", "joost", "--name", "GGD-koppeling", "--days", "7")
    key = capsys.readouterr().out.strip()
    stored = ApiToken.objects.get(digest=tokens.digest(key))
    assert stored.user.username == "joost"
    assert stored.name == "GGD-koppeling"
    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("createtoken", "niemand")

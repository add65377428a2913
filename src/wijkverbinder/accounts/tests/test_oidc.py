"""Optional OIDC sign-in: off by default; only one existing active user per e-mail address."""

from __future__ import annotations

from django.test import Client

from wijkverbinder.accounts.models import User
from wijkverbinder.accounts.oidc import ExistingUserBackend


def test_off_by_default(db: None) -> None:
    assert Client().get("/oidc/authenticate/").status_code in {302, 404}
    assert "gemeenteaccount" not in Client().get("/inloggen/").content.decode()


def test_matches_one_active_user_by_email_and_creates_nobody(fatima: User) -> None:
    backend = ExistingUserBackend()
    found = backend.filter_users_by_claims({"email": "FATIMA@verbindendam.example"})
    assert list(found) == [fatima]
    assert not backend.filter_users_by_claims({"email": ""}).exists()
    assert not backend.filter_users_by_claims({"email": "nieuw@verbindendam.example"}).exists()
    users_before = User.objects.count()
    backend.create_user({"email": "nieuw@verbindendam.example"})
    assert User.objects.count() == users_before
    User.objects.filter(pk=fatima.pk).update(is_active=False)
    assert not backend.filter_users_by_claims({"email": "fatima@verbindendam.example"}).exists()


def test_two_users_with_one_address_match_nobody(fatima: User) -> None:
    User.objects.create_user("fatima2", email="fatima@verbindendam.example")
    assert (
        not ExistingUserBackend()
        .filter_users_by_claims({"email": "fatima@verbindendam.example"})
        .exists()
    )

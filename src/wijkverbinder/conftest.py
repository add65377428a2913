"""Shared pytest fixtures: the demo municipality's cast serves every test (DESIGN.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # Django is imported lazily, so core tests also run without it (-p no:django)
    from django.test import Client

    from wijkverbinder.accounts.models import User


@pytest.fixture
def demo(db: Any) -> None:
    """The demo municipality Verbindendam with its teams and personas."""
    from wijkverbinder.portal.demo.build import build_demo

    build_demo()


def _client_for(username: str) -> Client:
    from django.test import Client

    from wijkverbinder.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


@pytest.fixture
def fatima(demo: None) -> User:
    """Member of Wijkteam W (maatschappelijk werker)."""
    from wijkverbinder.accounts.models import User

    return User.objects.get(username="fatima")


@pytest.fixture
def pieter(demo: None) -> User:
    """Member of Wijkteam Noord: must never see Wijkteam W's data."""
    from wijkverbinder.accounts.models import User

    return User.objects.get(username="pieter")


@pytest.fixture
def fatima_client(demo: None) -> Client:
    """A browser session logged in as Fatima (Wijkteam W)."""
    return _client_for("fatima")


@pytest.fixture
def pieter_client(demo: None) -> Client:
    """A browser session logged in as Pieter (Wijkteam Noord)."""
    return _client_for("pieter")


@pytest.fixture(autouse=True)
def _fast_password_hashing(request: pytest.FixtureRequest) -> None:
    """Tests do not need slow password hashing (the demo creates six users)."""
    if request.config.pluginmanager.hasplugin("django"):
        request.getfixturevalue("settings").PASSWORD_HASHERS = [
            "django.contrib.auth.hashers.MD5PasswordHasher"
        ]


@pytest.fixture(autouse=True, scope="session")
def _flush_lifts_log_triggers(request: pytest.FixtureRequest) -> None:
    """Tests against a live server empty the SQLite database with DELETE after each test (Django's
    flush); the access log's triggers refuse that, so the flush drops them first. `migrate`'s
    post_migrate handler (run by the flush) puts them back. PostgreSQL flushes with TRUNCATE, which
    the row triggers do not cover."""
    if not request.config.pluginmanager.hasplugin("django"):
        return
    from django.db.backends.sqlite3.operations import DatabaseOperations

    from wijkverbinder.common import log_guard

    original = DatabaseOperations.sql_flush

    def sql_flush(self: Any, style: Any, tables: Any, **kwargs: Any) -> list[str]:
        statements = original(self, style, tables, **kwargs)
        if not statements:
            return list(statements)
        return [*log_guard.statements("sqlite", create=False), *statements]

    DatabaseOperations.sql_flush = sql_flush  # type: ignore[method-assign]

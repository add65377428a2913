"""Shared pytest fixtures: the demo municipality's cast serves every test."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # Django is imported lazily, so core tests also run without it (-p no:django)
    from django.test import Client

    from wijkverbinder.accounts.models import User


@pytest.fixture(autouse=True)
def _fresh_cache(request: pytest.FixtureRequest) -> None:
    """Each test starts with an empty cache: throttling counts and locks do not leak between tests."""
    if not request.config.pluginmanager.has_plugin("django"):
        return
    from django.core.cache import cache

    cache.clear()


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


IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def _tasks_run_at_once(request: pytest.FixtureRequest) -> None:
    """Background tasks (detection, imports) run at once, so a test sees their effect. The
    installation queues them in the database (settings.TASKS); tests of the queue itself use
    the `task_queue` fixture."""
    if request.config.pluginmanager.hasplugin("django"):
        request.getfixturevalue("settings").TASKS = IMMEDIATE_TASKS


@pytest.fixture
def task_queue(settings: Any) -> None:
    """The database queue of the installation (tasks wait until a worker runs them)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

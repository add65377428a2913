"""Settings: production refuses to start without a secret, without a database URL, or with DEBUG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wijkverbinder.config.env import REGISTRY
from wijkverbinder.config.secrets_file import load_or_create_secret


def _load_settings(tmp_path: Path, code: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL"}
    }
    clean.update(
        env, WIJKVERBINDER_VAR=str(tmp_path), DJANGO_SETTINGS_MODULE="wijkverbinder.config.settings"
    )
    code = (
        code
        or "from django.conf import settings; print(settings.DEBUG, settings.DATABASES['default']['ENGINE'])"
    )
    return subprocess.run(
        [sys.executable, "-c", code], env=clean, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DATABASE_URL": "postgres://x@127.0.0.1/x"}, "SECRET_KEY ontbreekt"),
        ({"SECRET_KEY": "s" * 50}, "DATABASE_URL ontbreekt"),
        (
            {"SECRET_KEY": "s" * 50, "DATABASE_URL": "postgres://x@127.0.0.1/x", "DEBUG": "true"},
            "DEBUG staat aan",
        ),
        (
            {
                "SECRET_KEY": "s" * 50,
                "DATABASE_URL": "postgres://x@127.0.0.1/x",
                "API_BROWSABLE": "true",
            },
            "API_BROWSABLE staat aan",
        ),
    ],
)
def test_production_refuses_unsafe_settings(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    result = _load_settings(tmp_path, WIJKVERBINDER_MODE="production", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_starts_with_safe_settings(tmp_path: Path) -> None:
    result = _load_settings(
        tmp_path,
        WIJKVERBINDER_MODE="production",
        SECRET_KEY="s" * 50,
        DATABASE_URL="postgres://x@127.0.0.1/x",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "django.db.backends.postgresql"]


def test_embedded_default_is_sqlite_without_debug(tmp_path: Path) -> None:
    result = _load_settings(tmp_path, WIJKVERBINDER_MODE="embedded")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "wijkverbinder.common.sqlite"]
    assert (tmp_path / "secret_key").exists()


def test_embedded_sqlite_waits_for_the_write_lock(tmp_path: Path) -> None:
    code = (
        "from django.conf import settings; o = settings.DATABASES['default']['OPTIONS']; "
        "print(o['transaction_mode'], o['timeout'], 'WAL' in o['init_command'])"
    )
    result = _load_settings(tmp_path, code=code, WIJKVERBINDER_MODE="embedded")
    assert result.stdout.split() == ["IMMEDIATE", "20", "True"], result.stderr


def test_unknown_mode_refused(tmp_path: Path) -> None:
    result = _load_settings(tmp_path, WIJKVERBINDER_MODE="test")
    assert "WIJKVERBINDER_MODE" in result.stderr


def test_generated_secret_is_stable_and_private(tmp_path: Path) -> None:
    path = tmp_path / "var" / "secret_key"
    first = load_or_create_secret(path)
    assert load_or_create_secret(path) == first
    assert len(first) >= 50
    assert path.stat().st_mode & 0o777 == 0o600


def test_every_setting_has_help_text() -> None:
    assert "SECRET_KEY" in REGISTRY
    assert "DATABASE_URL" in REGISTRY
    assert "PORT" in REGISTRY
    assert all(item.help for item in REGISTRY.values())


def test_settings_doc_is_current() -> None:
    from wijkverbinder.config.settingsdoc import render

    committed = Path(__file__).resolve().parents[4] / "docs" / "settings.md"
    assert committed.read_text(encoding="utf-8") == render(), "run `make settingsdoc`"

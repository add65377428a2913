"""Typed reading of settings from the environment, with a registry for `docs/settings.md`.

Every setting of wijkverbinder is read through these helpers so that each has a default and a help
text, and the documentation can be generated from one place (`wijkverbinder settingsdoc`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class EnvSetting:
    """One documented environment variable."""

    name: str
    default: str
    help: str


REGISTRY: dict[str, EnvSetting] = {}


def _register(name: str, default: object, help_text: str) -> str | None:
    REGISTRY[name] = EnvSetting(
        name=name, default="" if default is None else str(default), help=help_text
    )
    return os.environ.get(name)


def env_str(name: str, default: str, help_text: str) -> str:
    """A string setting."""
    value = _register(name, default, help_text)
    return default if value is None or value == "" else value


def env_bool(name: str, default: bool, help_text: str) -> bool:
    """A boolean setting: 1/true/yes/on (any case) mean true."""
    value = _register(name, "true" if default else "false", help_text)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


def env_int(name: str, default: int, help_text: str) -> int:
    """An integer setting; a malformed value stops start-up with a clear message."""
    value = _register(name, default, help_text)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        msg = f"{name} moet een geheel getal zijn, niet {value!r}."
        raise ValueError(msg) from exc


def env_list(name: str, default: list[str], help_text: str) -> list[str]:
    """A comma-separated list setting."""
    value = _register(name, ",".join(default), help_text)
    if value is None or value.strip() == "":
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]

"""Password rules: at least 12 characters, not a common password (Django's list of 20,000 plus a
Dutch list of our own), in Dutch.

A common word with digits or marks around it counts as that word: `wachtwoord1`, `Welkom2025!` and
`Feyenoord010` are refused just like `wachtwoord`.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

DUTCH_LIST = Path(__file__).resolve().parent / "data" / "common_passwords_nl.txt"
_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """Django's list of common passwords and our Dutch one, lower case."""
    with gzip.open(CommonPasswordValidator().DEFAULT_PASSWORD_LIST_PATH, "rt") as handle:
        words = {line.strip().lower() for line in handle}
    dutch = DUTCH_LIST.read_text(encoding="utf-8").splitlines()
    words.update(line.strip().lower() for line in dutch if line.strip() and line[0] != "#")
    return frozenset(words)


class MinimumLengthValidator:
    """At least `min_length` characters (12 by default)."""

    def __init__(self, min_length: int = 12) -> None:
        self.min_length = min_length

    def validate(self, password: str, user: Any = None) -> None:
        if len(password) < self.min_length:
            raise ValidationError(
                ngettext(
                    "This password is too short: use at least %(min_length)d character.",
                    "This password is too short: use at least %(min_length)d characters.",
                    self.min_length,
                )
                % {"min_length": self.min_length},
                code="password_too_short",
            )

    def get_help_text(self) -> str:
        return ngettext(
            "Use at least %(min_length)d character.",
            "Use at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}


class CommonWordValidator:
    """Not a common password, nor a common word with digits or marks around it."""

    def validate(self, password: str, user: Any = None) -> None:
        lowered = password.strip().lower()
        core = _EDGES.sub("", lowered)
        words = common_passwords()
        if lowered in words or (len(core) >= 3 and core in words):
            raise ValidationError(
                _("This password is too common (or a common word with digits); choose another."),
                code="password_too_common",
            )

    def get_help_text(self) -> str:
        return _("Do not use a common password or a common word with a number.")

"""API keys: made at random, stored as a digest, shown once.

A key is `wv_` followed by 43 URL-safe characters (256 random bits). Because it is random and long,
a plain SHA-256 digest is enough to store it (no slow password hash is needed: there is nothing to
guess). The first characters are kept to recognise a key in lists without revealing it.
"""

from __future__ import annotations

import hashlib
import secrets

KEY_PREFIX = "wv_"
SHOWN_CHARACTERS = 8


def new_key() -> str:
    """A fresh random API key."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def digest(key: str) -> str:
    """The stored form of a key."""
    return hashlib.sha256(key.encode()).hexdigest()


def shown_part(key: str) -> str:
    """The first characters of a key, to recognise it in lists."""
    return key[: len(KEY_PREFIX) + SHOWN_CHARACTERS]

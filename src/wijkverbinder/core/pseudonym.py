"""Household pseudonyms: a keyed hash of what the professional enters (issue 3, privacy).

`household_pseudonym(raw, secret=...)` = HMAC-SHA256 (RFC 2104) with the installation's secret
over a normalised form of `raw`, hex, truncated to `PSEUDONYM_LENGTH` characters (80 bits: no
practical collisions for one municipality). Without the secret the pseudonym cannot be turned
back by trying all postcodes and house numbers; with it, the same household always gets the
same pseudonym, so its repeat signals count once.

Normalisation: Unicode NFKC, lower case, every run of non-alphanumerics removed. So postcode
`1234 AB` equals `1234ab` and house number `12-A` equals `12a` and `12 a`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

PSEUDONYM_LENGTH = 20
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise_household(raw: str) -> str:
    """The canonical form that is hashed (see module docstring)."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", raw).casefold())


def household_pseudonym(raw: str, *, secret: bytes) -> str:
    """Keyed, truncated HMAC-SHA256 of the normalised household key."""
    if not secret:
        msg = "Een geheime sleutel is verplicht voor een huishoudpseudoniem."
        raise ValueError(msg)
    canonical = normalise_household(raw)
    if not canonical:
        msg = "Huishouden is leeg: vul bijvoorbeeld postcode en huisnummer in."
        raise ValueError(msg)
    digest = hmac.new(secret, canonical.encode("utf-8"), hashlib.sha256).hexdigest()
    return digest[:PSEUDONYM_LENGTH]

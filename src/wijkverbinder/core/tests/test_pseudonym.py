"""Household pseudonyms: keyed, normalised, stable, refusing empty input."""

from __future__ import annotations

import pytest

from wijkverbinder.core.pseudonym import (
    PSEUDONYM_LENGTH,
    household_pseudonym,
    normalise_household,
)

SECRET = b"test-secret-1"


@pytest.mark.parametrize(
    "variant",
    ["1234 AB 12-A", "1234ab 12a", " 1234 ab 12 A ", "1234-AB-12-a", "１２３４ＡＢ１２Ａ"],
)
def test_variants_normalise_equal(variant):
    assert household_pseudonym(variant, secret=SECRET) == household_pseudonym(
        "1234AB12A", secret=SECRET
    )


def test_different_households_differ():
    assert household_pseudonym("1234AB 12", secret=SECRET) != household_pseudonym(
        "1234AB 14", secret=SECRET
    )


def test_secret_matters():
    assert household_pseudonym("1234AB 12", secret=SECRET) != household_pseudonym(
        "1234AB 12", secret=b"other"
    )


def test_shape_is_truncated_hex_without_raw_value():
    value = household_pseudonym("1234AB 12", secret=SECRET)
    assert len(value) == PSEUDONYM_LENGTH
    int(value, 16)
    assert value != normalise_household("1234AB 12")


def test_known_value_is_stable():
    # HMAC-SHA256(key=b"test-secret-1", msg=b"1234ab12a"), first 20 hex characters
    import hashlib
    import hmac

    expected = hmac.new(SECRET, b"1234ab12a", hashlib.sha256).hexdigest()[:PSEUDONYM_LENGTH]
    assert household_pseudonym("1234 AB 12-A", secret=SECRET) == expected


@pytest.mark.parametrize("raw", ["", "   ", " - / "])
def test_refuses_empty(raw):
    with pytest.raises(ValueError, match="leeg"):
        household_pseudonym(raw, secret=SECRET)


def test_refuses_empty_secret():
    with pytest.raises(ValueError, match="sleutel"):
        household_pseudonym("1234AB 12", secret=b"")

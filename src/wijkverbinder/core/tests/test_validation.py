"""Plausibility rules shared by every input path (core.validation)."""

from __future__ import annotations

from datetime import date

import pytest

from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.validation import (
    control_character_problem,
    identifier_problem,
    looks_like_street_name,
    plan_date_problem,
    record_problems,
    signal_date_problem,
    street_name_candidate,
)
from wijkverbinder.core.vocabulary import normalise_postcode, split_house_number

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("value", "fine"),
    [
        (date(1, 1, 1), False),
        (date(1999, 12, 31), False),
        (date(2000, 1, 1), True),
        (TODAY, True),
        (date(2026, 3, 11), False),
    ],
)
def test_signal_dates(value: date, fine: bool) -> None:
    assert (signal_date_problem(value, today=TODAY) is None) is fine


@pytest.mark.parametrize(
    ("value", "fine"),
    [
        (date(24, 5, 1), False),
        (date(2029, 3, 10), True),
        (date(2029, 3, 11), False),
        (date(8856, 1, 1), False),
    ],
)
def test_plan_dates_within_three_years(value: date, fine: bool) -> None:
    assert (plan_date_problem(value, today=TODAY) is None) is fine


def test_leap_day_plan_bound() -> None:
    assert plan_date_problem(date(2031, 2, 28), today=date(2028, 2, 29)) is None


@pytest.mark.parametrize("text", ["a\x00b", "a\x1bb", "a\x7fb", "a\u2028b"])
def test_control_characters_refused(text: str) -> None:
    assert control_character_problem(text, multiline=True)


def test_line_breaks_only_in_multiline_text() -> None:
    assert control_character_problem("regel 1\nregel 2\ttab", multiline=True) is None
    assert control_character_problem("regel 1\nregel 2")


@pytest.mark.parametrize(
    ("value", "fine"),
    [
        ("SIG-12345", True),
        ("sha256:ab12", True),
        ("Jan Jansen 06-12340099", False),
        ("0612340099", False),
        ("a@b.nl", False),
        ("x" * 101, False),
        ("", True),
        ("8b1c8329-0483-4963-83ea-7d7ff7db0951", True),  # "0483-4963…" looks like a phone number
        ("signalen:caaef660-0438-4766-91ca-cc8393001dfe", True),
        ("8b1c8329-0483-4963-83ea-7d7ff7db0951 0612340099", False),
    ],
)
def test_identifiers(value: str, fine: bool) -> None:
    assert (identifier_problem(value) is None) is fine


@pytest.mark.parametrize(
    ("raw", "street"),
    [
        ("Kerkstraat 16 Pieternella 06-12340067", "Kerkstraat"),
        ("Loswal 3a", "Loswal"),
        ("1e Jan Steenstraat", "1e Jan Steenstraat"),
        ("Burgemeester de Vlugtlaan 12-3", "Burgemeester de Vlugtlaan"),
        ("Pieternella", None),
        ("Jan Jansen 06-12340099", None),
        ("bel 0612340099", None),
    ],
)
def test_street_names_from_files(raw: str, street: str | None) -> None:
    candidate = street_name_candidate(raw)
    assert (candidate if looks_like_street_name(candidate) else None) == street


def test_record_problems_name_every_column() -> None:
    record = SignalRecord(id="Jan 0612340099", date=date(1, 1, 1), text="a\x00b", street="x\x00")
    columns = [column for column, _ in record_problems(record, today=TODAY)]
    assert columns == ["date", "text", "street", "id"]


@pytest.mark.parametrize("value", ["²", "12²", "١٢"])
def test_house_numbers_are_ascii_digits(value: str) -> None:
    assert split_house_number(value) is None or split_house_number(value) == (12, "")


def test_superscript_postcode_is_no_postcode() -> None:
    assert normalise_postcode("¹²³⁴AB") is None

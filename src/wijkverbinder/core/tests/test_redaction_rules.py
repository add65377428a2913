"""Our own redaction rules, without deduce (fast): formats, checksums, clean-up of names."""

from __future__ import annotations

from datetime import date

import pytest

from wijkverbinder.core.redaction import Span, Tag, find_spans
from wijkverbinder.core.redaction.names import clean_name_span
from wijkverbinder.core.redaction.patterns import (
    elfproef,
    find_addresses,
    find_birth_dates,
    find_bsns,
    find_ibans,
    find_phones,
    find_postcodes,
)
from wijkverbinder.core.redaction.spans import apply_spans, merge_spans


def _texts(text: str, spans: list[Span]) -> list[str]:
    return [text[span.start : span.end] for span in spans]


@pytest.mark.parametrize(
    "phone",
    [
        "06-12345678",
        "06 1234 5678",
        "0612345678",
        "06.87.65.43.21",
        "+31 6 23456789",
        "+31612345678",
        "+31 (0)6 3456 7890",
        "0031 6 45678901",
        "020-6123456",
        "010 412 34 56",
        "0512-543210",
        "(072) 512 34 56",
        "06 – 12345678",
    ],
)
def test_phone_formats(phone):
    text = f"Bel {phone} morgen."
    assert _texts(text, find_phones(text)) == [phone]


@pytest.mark.parametrize(
    "text", ["Op 01-02-2003 12 uur", "Om 17.00 uur", "Huisnummer 12", "Pas 1234"]
)
def test_no_phone(text):
    assert find_phones(text) == []


def test_elfproef():
    assert elfproef("123456782")
    assert not elfproef("123456781")
    assert not elfproef("000000000")


def test_bsn_formats_and_cue():
    text = "BSN 725763863, ook 1622.75.869 en 875 483 847; los 123456781; bsn: 12345678"
    assert _texts(text, merge_spans(find_bsns(text))) == [
        "725763863",
        "1622.75.869",
        "875 483 847",
        "12345678",
    ]


def test_iban_checksum_and_dutch_shape():
    text = "NL91ABNA0417164300, nl73ingb0004567891, NL46 RABO 2319 4875 74, DE89370400440532013000"
    assert len(find_ibans(text)) == 4
    assert find_ibans("GB00XXXX12345612345678") == []


def test_postcodes():
    text = "1055 XK en 8911KL, postcode 3521ab, maar niet 2000 en of 1000 kg"
    assert _texts(text, find_postcodes(text)) == ["1055 XK", "8911KL", "3521ab"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Huisbezoek Kerkstraat 12, stank.", "Kerkstraat 12"),
        ("bewoner van Lindenlaan 27 zag", "Lindenlaan 27"),
        ("op Burgemeester de Withstraat 23 bis wonen", "Burgemeester de Withstraat 23 bis"),
        ("Het gezin op Tsjerkestrjitte 8 heeft", "Tsjerkestrjitte 8"),
        ("aan de Van Heemstralaan 4-A,", "Van Heemstralaan 4-A"),
        ("Dorpsweg 112a.", "Dorpsweg 112a"),
    ],
)
def test_addresses(text, address):
    assert _texts(text, find_addresses(text)) == [address]


def test_street_without_number_is_kept():
    assert find_addresses("Jongeren hangen rond op de Kerkstraat en het Marktplein.") == []


def test_birth_dates_by_cue_and_by_age():
    today = date(2025, 6, 1)
    text = "geboren 5 mei 2011; bezoek 14-03-2025; 12-03-1956; geb. in maart 1944; sinds juni 2019"
    found = _texts(text, merge_spans(find_birth_dates(text, today=today)))
    assert found == ["5 mei 2011", "12-03-1956", "maart 1944"]


@pytest.mark.parametrize(
    ("text", "proposed", "expected"),
    [
        ("Mevrouw Van der Berg belde", "Mevrouw Van der Berg", "Van der Berg"),
        ("Volgens Rachida Tahiri wel", "Volgens Rachida Tahiri", "Rachida Tahiri"),
        ("de heer Jhinkoe belde", "de heer Jhinkoe", "Jhinkoe"),
        ("Albert Heijn aan de Kerkstraat", "Albert Heijn aan de Kerkstraat", None),
        ("Jeugd hangt rond", "Jeugd", None),
        ("Hoekstra uit de Dorpsstraat", "Hoekstra uit de Dorpsstraat", "Hoekstra"),
        ("K. van Dijk wil", "K. van Dijk", "K. van Dijk"),
    ],
)
def test_clean_name_span(text, proposed, expected):
    start = text.index(proposed)
    cleaned = clean_name_span(text, Span(start, start + len(proposed), Tag.NAAM))
    assert (text[cleaned.start : cleaned.end] if cleaned else None) == expected


def test_titled_names_without_deduce():
    text = "Mevrouw Fatima el Amrani en dhr. K. van Dijk en meneer De Wit-van Dam"
    spans = find_spans(text, use_deduce=False)
    assert _texts(text, spans) == ["Fatima el Amrani", "K. van Dijk", "De Wit-van Dam"]


def test_merge_takes_union_and_most_specific_tag():
    merged = merge_spans([Span(0, 5, Tag.NAAM), Span(3, 9, Tag.EMAIL), Span(20, 22, Tag.NAAM)])
    assert merged == [Span(0, 9, Tag.EMAIL), Span(20, 22, Tag.NAAM)]
    text, counts = apply_spans("abcdefghij and more text", merged)
    assert text.startswith("[EMAIL]j")
    assert counts == {"EMAIL": 1, "NAAM": 1}

"""Where a signal happened: postcode + house number, a buurt code (+ street), or a point.

The result is always a buurt of the user's team; anything else is refused in Dutch. The postcode
and house number are used to find the street and to make the household pseudonym; they are not kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from wijkverbinder.areas.models import Neighbourhood, Street
from wijkverbinder.areas.selectors import address_lookup, neighbourhood_at
from wijkverbinder.areas.services import add_street
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.geo import in_netherlands
from wijkverbinder.core.vocabulary import normalise_postcode, split_house_number


@dataclass(frozen=True)
class PlaceInput:
    """What the professional or the file gives about the place."""

    neighbourhood_code: str = ""
    street_name: str = ""
    postcode: str = ""
    house_number: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Place:
    """A resolved place within the team's areas."""

    neighbourhood: Neighbourhood
    street: Street | None
    lat: float | None
    lon: float | None
    household_key: str  # normalised postcode + house number, or "" (input for the pseudonym only)
    house_number: str


@dataclass(frozen=True)
class _AddressHit:
    """A valid postcode + house number, with the street when the address table knows it."""

    household_key: str
    house_number: str
    street: Street | None
    lat: float | None
    lon: float | None


def _from_address(place: PlaceInput) -> _AddressHit | None:
    if not (place.postcode or place.house_number):
        return None
    postcode = normalise_postcode(place.postcode)
    number = split_house_number(place.house_number)
    if postcode is None:
        raise DomainError(
            f"{place.postcode!r} is geen geldige postcode (bijvoorbeeld 1234 AB).",
            code="bad_postcode",
        )
    if number is None:
        raise DomainError(
            f"{place.house_number!r} is geen geldig huisnummer.", code="bad_house_number"
        )
    address = address_lookup(postcode=postcode, house_number=place.house_number)
    return _AddressHit(
        household_key=f"{postcode} {number[0]}{number[1]}",
        house_number=f"{number[0]}{number[1]}",
        street=address.street if address else None,
        lat=address.lat if address else None,
        lon=address.lon if address else None,
    )


def _check_point(place: PlaceInput) -> None:
    if place.lat is None and place.lon is None:
        return
    if place.lat is None or place.lon is None or not in_netherlands(place.lat, place.lon):
        raise DomainError("Geef lat en lon samen, binnen Nederland.", code="bad_point")


# One message per kind of place for "unknown" and "another team's": a refusal must not tell where
# other teams work (issue 10).
NOT_YOURS = {
    "code": "Buurtcode {code!r} is onbekend of hoort niet bij het werkgebied van uw team.",
    "point": "Dit punt ligt niet in een buurt van het werkgebied van uw team.",
    "address": (
        "Dit adres is onbekend of ligt buiten het werkgebied van uw team; "
        "kies de buurt en de straat."
    ),
}


def _not_yours(kind: str, code: str = "") -> DomainError:
    return DomainError(NOT_YOURS[kind].format(code=code), code="unknown_neighbourhood")


def _buurt(
    place: PlaceInput, hit: _AddressHit | None, allowed: QuerySet[Neighbourhood]
) -> Neighbourhood:
    if hit is not None and hit.street is not None:
        if not allowed.filter(pk=hit.street.neighbourhood_id).exists():
            raise _not_yours("address")
        return hit.street.neighbourhood
    if place.neighbourhood_code:
        found = (
            allowed.filter(code=place.neighbourhood_code.strip().upper()).order_by("-year").first()
        )
        if found is None:
            raise _not_yours("code", place.neighbourhood_code)
        return found
    if place.lat is not None and place.lon is not None:
        located = neighbourhood_at(lat=place.lat, lon=place.lon)
        if located is None or not allowed.filter(pk=located.pk).exists():
            raise _not_yours("point")
        return located
    if hit is not None:
        raise _not_yours("address")
    raise DomainError(
        "Geef een postcode en huisnummer, een buurt, of een punt (lat en lon).", code="no_place"
    )


def resolve_place(
    *, place: PlaceInput, allowed: QuerySet[Neighbourhood], create_streets: bool = False
) -> Place:
    """A place within `allowed` buurten, or a `DomainError` saying what is wrong."""
    _check_point(place)
    hit = _from_address(place)
    buurt = _buurt(place, hit, allowed)
    street = hit.street if hit is not None else None
    if street is None and place.street_name.strip():
        street = _street(buurt, place.street_name, create=create_streets)
    return Place(
        neighbourhood=buurt,
        street=street,
        lat=place.lat if place.lat is not None else (hit.lat if hit else None),
        lon=place.lon if place.lon is not None else (hit.lon if hit else None),
        household_key=hit.household_key if hit else "",
        house_number=hit.house_number if hit else "",
    )


def _street(buurt: Neighbourhood, name: str, *, create: bool) -> Street:
    clean = " ".join(name.split())
    found = buurt.streets.filter(name__iexact=clean).first()
    if found is not None:
        return found
    if not create:
        raise DomainError(
            f"Straat {clean!r} is niet bekend in buurt {buurt.name}.", code="unknown_street"
        )
    return add_street(neighbourhood=buurt, name=clean)

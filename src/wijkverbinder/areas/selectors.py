"""Reading areas. These selectors are not team-scoped: areas are public CBS data. Reads of a
team's areas go through `wijkverbinder.accounts.selectors`, which scope them."""

from __future__ import annotations

import threading
from typing import Any

from django.db.models import Count, Max

from wijkverbinder.areas.models import Address, Neighbourhood
from wijkverbinder.core.geo import AreaIndex
from wijkverbinder.core.vocabulary import normalise_postcode, split_house_number

_lock = threading.Lock()
_cache: dict[str, Any] = {"key": None, "index": None}


def area_index() -> AreaIndex:
    """The spatial index of all buurten, rebuilt when any buurt was added or changed.

    The key (count and last change) is one cheap query, so an import by another process or worker
    is picked up too.
    """
    key = tuple(Neighbourhood.objects.aggregate(n=Count("id"), last=Max("updated_at")).values())
    with _lock:
        if _cache["key"] != key:
            rows = (
                Neighbourhood.objects.exclude(geometry=None)
                .order_by("-year", "code")
                .values_list("code", "geometry")
            )
            _cache["index"] = AreaIndex((code, geometry) for code, geometry in rows if geometry)
            _cache["key"] = key
        index: AreaIndex = _cache["index"]
        return index


def neighbourhood_at(*, lat: float, lon: float) -> Neighbourhood | None:
    """The buurt (newest boundary year first) that contains a point, by point-in-polygon."""
    code = area_index().locate(lat, lon)
    if code is None:
        return None
    return (
        Neighbourhood.objects.filter(code=code).order_by("-year").select_related("district").first()
    )


def address_lookup(*, postcode: str, house_number: str) -> Address | None:
    """The imported address for a postcode and house number (with or without letter/addition)."""
    code = normalise_postcode(postcode)
    number = split_house_number(house_number)
    if code is None or number is None:
        return None
    candidates = Address.objects.filter(postcode=code, house_number=number[0]).select_related(
        "street", "street__neighbourhood", "street__neighbourhood__district"
    )
    exact = [a for a in candidates if a.addition == number[1]]
    return exact[0] if exact else next(iter(candidates), None)


def neighbourhood_code_at(*, lat: float, lon: float) -> str | None:
    """The CBS code of the buurt containing a point, without a database query per point."""
    return area_index().locate(lat, lon)

"""The `?buurt=<CBS code>` filter of the signal, question and trajectory lists holds when a code is
loaded for two boundary years (its `get(code=…)` found two buurten and answered 500)."""

from __future__ import annotations

import pytest
from django.test import Client

from wijkverbinder.areas.models import Neighbourhood

pytestmark = pytest.mark.django_db
ROZENHOF = "BU99010102"


@pytest.mark.parametrize("url", ["/signalen/", "/gemeenschappelijke-vragen/", "/trajecten/"])
def test_a_code_of_two_boundary_years_filters_on_the_newest(
    fatima_client: Client, url: str
) -> None:
    old = Neighbourhood.objects.get(code=ROZENHOF)
    Neighbourhood.objects.create(
        code=old.code, year=old.year + 1, name=old.name, district=old.district
    )
    response = fatima_client.get(url, {"buurt": ROZENHOF})
    assert response.status_code == 200
    body = response.content.decode()
    assert f'<option value="{ROZENHOF}" selected>' in body
    assert "utrecht-form-field-error-message" not in body

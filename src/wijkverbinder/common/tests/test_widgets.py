"""`PlainSelect` and the plain inputs write the same HTML as Django's template-rendered widgets;
the choices of a model field (a buurt field in the app) come from one plain query."""

from __future__ import annotations

from datetime import date

import pytest
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.html import parse_html
from django.test.utils import CaptureQueriesContext

from wijkverbinder.common.widgets import (
    ListedChoiceIterator,
    PlainCheckboxInput,
    PlainDateInput,
    PlainSelect,
    PlainTextInput,
)

CHOICES = [("", "—"), ("a", "Aap & <noot>"), ("b", "Beer"), ("b", "Beer again"), (1, "Een")]
ATTRS = {"class": "utrecht-select", "id": "id_thema", "required": True, "disabled": False}


@pytest.mark.parametrize("value", [None, "", "a", "b", 1, "1", "zzz", ["a", "b"]])
def test_the_html_is_django_s_own(value: object) -> None:
    django_html = forms.Select(choices=CHOICES).render("thema", value, attrs=ATTRS)
    ours = PlainSelect(choices=CHOICES).render("thema", value, attrs=ATTRS)
    assert parse_html(ours) == parse_html(django_html)


def test_a_multiple_select_and_option_groups_as_django_renders_them() -> None:
    multiple = forms.SelectMultiple(choices=CHOICES).render("x", ["a", "b"])

    class PlainMultiple(PlainSelect):
        allow_multiple_selected = True

    assert parse_html(PlainMultiple(choices=CHOICES).render("x", ["a", "b"])) == parse_html(
        multiple.replace(" multiple", "")
    )
    groups = [("Groep", [("a", "A"), ("b", "B")]), ("c", "C")]
    assert parse_html(PlainSelect(choices=groups).render("g", "b")) == parse_html(
        forms.Select(choices=groups).render("g", "b")
    )


@pytest.mark.django_db
def test_model_choices_from_one_plain_query() -> None:
    class ListedField(forms.ModelChoiceField):  # type: ignore[type-arg]
        iterator = ListedChoiceIterator

    class Form(forms.Form):
        buurt = ListedField(
            queryset=ContentType.objects.order_by("model"), to_field_name="model",
            widget=PlainSelect,
        )  # fmt: skip

    form = Form()
    with CaptureQueriesContext(connection) as captured:
        html = str(form["buurt"])
    assert len(captured) == 1
    assert "DECLARE" not in captured.captured_queries[0]["sql"]
    assert "COUNT(" not in captured.captured_queries[0]["sql"]
    assert html.count("<option") == ContentType.objects.count() + 1


@pytest.mark.parametrize(
    ("plain", "django_widget", "value"),
    [
        (PlainTextInput, forms.TextInput, None),
        (PlainTextInput, forms.TextInput, 'Dorps"straat <1>'),
        (PlainDateInput, forms.DateInput, date(2026, 3, 1)),
        (PlainDateInput, forms.DateInput, "niet-een-datum"),
        (PlainCheckboxInput, forms.CheckboxInput, True),
        (PlainCheckboxInput, forms.CheckboxInput, False),
        (PlainCheckboxInput, forms.CheckboxInput, "on"),
    ],
)
def test_inputs_as_django_writes_them(
    plain: type[forms.Widget], django_widget: type[forms.Widget], value: object
) -> None:
    attrs = {"class": "utrecht-textbox", "id": "id_x", "required": True, "hidden": False}
    options = {"format": "%Y-%m-%d"} if django_widget is forms.DateInput else {}
    ours = plain(attrs={"type": "date"} if options else None, **options)
    theirs = django_widget(attrs={"type": "date"} if options else None, **options)
    assert parse_html(ours.render("x", value, attrs=attrs)) == parse_html(
        theirs.render("x", value, attrs=attrs)
    )

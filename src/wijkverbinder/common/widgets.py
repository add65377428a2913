"""Form widgets that write their HTML in Python instead of through a template per option.

Django renders a `<select>` with one template and then one more template per `<option>`: a filter
form with 40 themes and a handful of buurten renders 60 small templates, which was the largest
single cost of the signal and question lists (docs/performance.md). `PlainSelect` writes the same
markup (same attributes, the first matching option selected, values and labels escaped) with
`format_html`; grouped choices fall back to Django's own rendering.

`PlainTextInput`, `PlainDateInput` and `PlainCheckboxInput` do the same for `<input>`.

`ListedChoiceIterator` gives a `ModelChoiceField` its choices from one ordinary query instead of
`QuerySet.iterator()`, which on PostgreSQL opens a server-side cursor (DECLARE, FETCH, CLOSE:
three round trips) for the five buurten of a team.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.forms.widgets import Input
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe


class PlainSelect(forms.Select):
    """A `forms.Select` rendered without templates (see the module docstring)."""

    def render(
        self,
        name: str,
        value: Any,
        attrs: dict[str, Any] | None = None,
        renderer: Any = None,
    ) -> SafeString:
        choices = list(iter(self.choices))  # not list(choices): that counts the rows first
        if any(isinstance(label, (list, tuple)) for _value, label in choices):
            return super().render(name, value, attrs, renderer)  # option groups: Django's way
        final_attrs = self.build_attrs(self.attrs, attrs)
        final_attrs = {key: val for key, val in final_attrs.items() if val is not None}
        wanted = {str(v) for v in self.format_value(value)}
        chosen = False
        options = []
        for option_value, label in choices:
            key = "" if option_value is None else str(option_value)
            selected = key in wanted and (self.allow_multiple_selected or not chosen)
            chosen = chosen or selected
            options.append(
                format_html(
                    '<option value="{}"{}>{}</option>',
                    key,
                    mark_safe(" selected") if selected else "",
                    label,
                )
            )
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(final_attrs),
            mark_safe("".join(options)),  # noqa: S308 - each option escaped by format_html
        )


class _PlainInput(Input):
    """An `<input>` written out as Django's `input.html` writes it."""

    def render(
        self,
        name: str,
        value: Any,
        attrs: dict[str, Any] | None = None,
        renderer: Any = None,
    ) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        shown = widget["value"]
        final_attrs = {key: val for key, val in widget["attrs"].items() if val is not None}
        return format_html(
            '<input type="{}" name="{}"{}{}>',
            widget["type"],
            name,
            format_html(' value="{}"', shown) if shown is not None else "",
            flatatt(final_attrs),
        )


class PlainTextInput(_PlainInput, forms.TextInput):
    """`forms.TextInput` without a template."""


class PlainDateInput(_PlainInput, forms.DateInput):
    """`forms.DateInput` without a template."""


class PlainCheckboxInput(_PlainInput, forms.CheckboxInput):
    """`forms.CheckboxInput` without a template."""


class ListedChoiceIterator(ModelChoiceIterator):  # type: ignore[type-arg]
    """The choices of a `ModelChoiceField` from one plain query (see the module docstring)."""

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)

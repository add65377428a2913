"""Template filters of intake: theme labels and readable history."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext as _

from wijkverbinder.core.taxonomy import load_taxonomy

register = template.Library()

FIELD_LABELS = {
    "observed_on": "datum",
    "neighbourhood_id": "buurt",
    "street_id": "straat",
    "theme": "thema",
    "text": "tekst",
    "role": "rol",
    "source": "bron",
    "severity": "ernst",
    "household": "huishouden",
    "reason": "reden",
    "external_id": "extern kenmerk",
    "signalen_number": "Signalen-nummer",
    "lat": "punt",
}


@register.filter
def theme_label(code: str) -> str:
    """`overlast.geluid` → `Overlast › Geluid`."""
    return load_taxonomy().full_label(code)


@register.filter
def edit_action(action: str) -> str:
    """Dutch name of a history action."""
    names = {
        "create": _("recorded"),
        "update": _("changed"),
        "delete": _("deleted"),
        "theme": _("theme confirmed"),
        "enrich": _("filled in by an import"),
    }
    return names.get(action, action)


@register.filter
def changed_fields(changes: dict[str, object]) -> str:
    """The names of the changed fields, in Dutch (values are not shown in the list)."""
    if "reason" in changes:
        return f"reden: {changes['reason']}"
    return ", ".join(FIELD_LABELS.get(name, name) for name in changes)

"""Template filters of intake: theme labels and readable history."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from wijkverbinder.core.classify import DEFAULT_THRESHOLD
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.intake.models import Signal

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


#: at or above this the theme suggestion is "almost certain"; between the classifier's threshold
#: (below which it suggests nothing) and this, "fairly certain"
CERTAIN = 0.7


@register.filter
def certainty_words(confidence: float | None) -> str:
    """The classifier's certainty (0–1) of a theme suggestion in words, not as a bare number."""
    if confidence is None:
        return ""
    if confidence >= CERTAIN:
        return _("almost certain")
    if confidence >= DEFAULT_THRESHOLD:
        return _("fairly certain")
    return _("uncertain")


@register.filter
def theme_label(code: str) -> str:
    """`overlast.geluid` → `Overlast › Geluid`."""
    return load_taxonomy().full_label(code)


@register.simple_tag
def theme_badge(signal: Signal) -> SafeString:
    """The signal's theme as a badge, "(suggested)" when not confirmed yet. A tag, not an
    included template: the signal list shows 25 of them and an include costs a template each."""
    if not signal.theme:
        return format_html('<span class="wv-badge wv-badge--none">{}</span>', _("no theme yet"))
    badge = format_html(
        '<span class="wv-badge wv-badge--{}">{}</span>',
        signal.theme_origin or "none",
        theme_label(signal.theme),
    )
    if signal.theme_origin == "suggested":
        return format_html('{} <span class="wv-small">({})</span>', badge, _("suggested"))
    return badge


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

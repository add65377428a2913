"""Template helpers of trajectories: the board's tiles of candidate questions."""

from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkverbinder.collective.models import CollectiveQuestion

register = template.Library()


@register.simple_tag
def candidate_tiles(questions: Iterable[CollectiveQuestion]) -> SafeString:
    """Column 1 of the board (up to 20 questions) as one tag: the start page's URL reversed once,
    no template tags per tile. Translations are trusted text, as `{% blocktranslate %}` treats
    them; the values are escaped."""
    start = reverse("trajectories:start")
    tiles = format_html_join(
        "\n      ",
        '<li class="wv-tile"><a class="utrecht-link" href="{}?vraag={}">{}</a>\n'
        '        <span class="wv-small">{} · {}</span></li>',
        (
            (
                start,
                str(q.uuid),
                q.label,
                q.neighbourhood.name,
                mark_safe(  # noqa: S308 - a trusted translation with an escaped number
                    ngettext("%(n)s household", "%(n)s households", q.households)
                    % {"n": format_html("{}", localize(q.households))}
                ),
            )
            for q in questions
        ),
    )
    if not tiles:
        empty = mark_safe(_("No open collective questions."))  # noqa: S308 - trusted translation
        return format_html('<li class="wv-small">{}</li>', empty)
    return tiles

"""Default titles of collective questions: theme, then place (e.g. "Geluid – Kastanjelaan, Rozenhof").

A title the team set (`title_edited`) is never replaced by detection. Two questions can share a
title (the same theme and place in different periods, or a confirmed question and a newer open
one), so wherever questions are listed or chosen they are shown by `display_title`: the title with
its period, e.g. "Geluid – Tulpenhof, Rozenhof (sep–nov 2025)". A trajectory takes this form as its
title when it starts, so trajectories of same-titled questions differ too.
"""

from __future__ import annotations

from datetime import date

from django.utils.formats import date_format

from wijkverbinder.core.taxonomy import load_taxonomy

NEW_TOPIC_PREFIX = "nieuw:"
MAX_TITLE = 150


def theme_name(code: str) -> str:
    """The short Dutch name of a theme (`overlast.geluid` → `Geluid`), or the new topic's word."""
    if code.startswith(NEW_TOPIC_PREFIX):
        return f"Nieuw onderwerp ‘{code.removeprefix(NEW_TOPIC_PREFIX)}’"
    theme = load_taxonomy().get(code)
    return theme.label if theme is not None else code


def default_title(theme: str, *, street: str = "", neighbourhood: str = "") -> str:
    """`Geluid – Kastanjelaan, Rozenhof` (street question) or `Afval – Haven` (buurt question)."""
    place = ", ".join(part for part in (street, neighbourhood) if part)
    title = f"{theme_name(theme)} – {place}" if place else theme_name(theme)
    return title[:MAX_TITLE]


def period_label(start: date | None, end: date | None) -> str:
    """A question's period in short months: `sep–nov 2025`, `nov 2025–feb 2026`, `sep 2025`
    (one month), or "" without dates. Month names follow the active language."""
    if start is None or end is None:
        only = start or end
        return date_format(only, "b Y") if only is not None else ""
    if (start.year, start.month) == (end.year, end.month):
        return date_format(start, "b Y")
    if start.year == end.year:
        return f"{date_format(start, 'b')}–{date_format(end, 'b Y')}"
    return f"{date_format(start, 'b Y')}–{date_format(end, 'b Y')}"


def display_title(
    title: str, start: date | None, end: date | None, *, limit: int | None = None
) -> str:
    """The title with its period, so questions with the same title can be told apart:
    `Geluid – Tulpenhof, Rozenhof (sep–nov 2025)`; the bare title without dates. With `limit`
    the title is shortened (never the period) so that the whole fits in `limit` characters."""
    period = period_label(start, end)
    suffix = f" ({period})" if period else ""
    if limit is not None and len(title) + len(suffix) > limit:
        title = title[: max(limit - len(suffix) - 1, 0)].rstrip() + "…"
    return f"{title}{suffix}"

"""Default titles of collective questions: theme, then place (e.g. "Geluid – Kastanjelaan, Rozenhof").

A title the team set (`title_edited`) is never replaced by detection.
"""

from __future__ import annotations

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

"""Template helpers of collective: theme names, the score in words, the trajectory link."""

from __future__ import annotations

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from wijkverbinder.collective import presentation
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.titles import theme_name

register = template.Library()


@register.filter
def question_theme(code: str) -> str:
    """`overlast.geluid` → `Geluid`; `nieuw:scooters` → `Nieuw onderwerp ‘scooters’`."""
    return theme_name(code)


@register.filter
def question_period(question: CollectiveQuestion) -> str:
    """ "maart 2026 – mei 2026", or one month when the question starts and ends in it (each date
    formatted once: the list shows 25 questions)."""
    start = date_format(question.start, "F Y") if question.start else ""
    end = date_format(question.end, "F Y") if question.end else ""
    return start if end == start else f"{start} – {end}"


@register.filter
def score_words(score: float) -> str:
    """The score in words."""
    return presentation.score_words(score)


@register.filter
def score_band(score: float) -> str:
    """CSS modifier of the score."""
    return presentation.score_band(score)


@register.filter
def question_count(question: CollectiveQuestion) -> str:
    """ "12 huishoudens", or "12 meldingen" when households were not recorded."""
    return presentation.count_words(question.households, question.households_known)


@register.filter
def question_themes(question: CollectiveQuestion) -> list[str]:
    """Names of every theme of a question (more than one when a matter spans themes)."""
    return [theme_name(code) for code in (question.themes or [question.theme])]


@register.filter
def trend_arrow(trend: str) -> str:
    """↗ rising, → stable, ↘ falling."""
    return {"rising": "↗", "falling": "↘"}.get(trend, "→")


@register.filter
def side_name(side: str) -> str:
    """Dutch name of a side or role (plural: the households in it)."""
    names = {
        "affected": _("experience nuisance"),
        "causing": _("cause nuisance"),
        "involved": _("involved"),
        "asking_help": _("ask for help"),
    }
    return names.get(side, side)


@register.simple_tag
def trajectory_start_url(question: CollectiveQuestion) -> str:
    """`/…/?vraag=<uuid>` of the trajectories app's start page, or "" while that app is absent."""
    try:
        base = reverse("trajectories:start")
    except NoReverseMatch:
        return ""
    return f"{base}?{urlencode({'vraag': str(question.uuid)})}"

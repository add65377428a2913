"""Template helpers of collective: theme names, the score in words, the trajectory link."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wijkverbinder.collective import presentation
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.titles import theme_name
from wijkverbinder.intake.models import Signal

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


#: Stands in for a signal's id when the detail URL is reversed once for all rows.
_URL_SENTINEL = "00000000-0000-0000-0000-000000000000"


@register.simple_tag
def signal_rows(signals: Iterable[Signal]) -> SafeString:
    """The rows of the question's signal table (about 30): one tag instead of a loop of tags and
    filters per row; the URL is reversed and the role names translated once, each date formatted
    once (signals share days)."""
    url = reverse("intake:detail", args=[_URL_SENTINEL])
    roles = {value: str(label) for value, label in Signal.Role.choices}
    # Translations are trusted text, as `{% translate %}` treats them; the values are escaped.
    choose = _("Choose the signal of %(date)s")
    days: dict[date, tuple[str, str]] = {}
    rows = []
    for signal in signals:
        day = signal.observed_on
        if day not in days:
            days[day] = (date_format(day, "j M Y"), date_format(day, "j F Y"))
        short, long = days[day]
        ident = str(signal.uuid)
        street = signal.street.name if signal.street is not None else ""
        rows.append(
            format_html(
                _SIGNAL_ROW,
                ident=ident,
                label=mark_safe(choose % {"date": conditional_escape(short)}),  # noqa: S308
                url=url.replace(_URL_SENTINEL, ident),
                day=long,
                street=street or "–",
                text=Truncator(signal.text).chars(140),
                role=roles.get(signal.role, signal.role) or "–",
            )
        )
    return mark_safe("".join(rows))  # noqa: S308 - every part went through format_html


_SIGNAL_ROW = (
    '\n      <tr class="utrecht-table__row">\n'
    '        <td class="utrecht-table__cell"><input type="checkbox" name="signals" value="{ident}"'
    ' id="s-{ident}" class="utrecht-checkbox utrecht-checkbox--html-input"'
    ' aria-label="{label}"></td>\n'
    '        <td class="utrecht-table__cell cq-nowrap"><a class="utrecht-link" href="{url}">'
    "{day}</a></td>\n"
    '        <td class="utrecht-table__cell">{street}</td>\n'
    '        <td class="utrecht-table__cell">{text}</td>\n'
    '        <td class="utrecht-table__cell">{role}</td>\n'
    "      </tr>"
)


@register.simple_tag
def merge_options(candidates: Iterable[CollectiveQuestion]) -> SafeString:
    """The checkboxes of the questions that can be merged into this one (up to 30), as one tag."""
    statuses = {value: str(label) for value, label in CollectiveQuestion.Status.choices}
    return format_html_join(
        "",
        '<div class="cq-option"><input type="checkbox" name="others" value="{0}" id="m-{0}"'
        ' class="utrecht-checkbox utrecht-checkbox--html-input"> <label for="m-{0}">{1}'
        ' <span class="wv-small cq-muted">({2}, {3})</span></label></div>',
        (
            (
                str(other.uuid),
                other.label,
                statuses.get(other.status, other.status),
                question_count(other),
            )
            for other in candidates
        ),
    )


@register.simple_tag
def question_rows(questions: Iterable[CollectiveQuestion], offset: int) -> SafeString:
    """The rows of the list (25 a page), numbered from `offset` + 1: one tag instead of a dozen
    filters and tags per row; the URL is reversed and the choice names translated once."""
    url = reverse("collective:detail", args=[_URL_SENTINEL])
    statuses = {value: str(label) for value, label in CollectiveQuestion.Status.choices}
    trends = {value: str(label) for value, label in CollectiveQuestion.Trend.choices}
    # Translations are trusted text, as `{% translate %}` treats them (not escaped).
    new_topic = mark_safe(f" · {_('new topic')}")  # noqa: S308
    themes_label = mark_safe(_("themes"))  # noqa: S308
    no_longer = mark_safe(_("no longer found"))  # noqa: S308
    rows = []
    for number, q in enumerate(questions, start=offset + 1):
        band = score_band(q.score)
        names = question_themes(q)
        streets = q.streets or []
        rows.append(
            format_html(
                _QUESTION_ROW,
                band=band,
                number=number,
                url=url.replace(_URL_SENTINEL, str(q.uuid)),
                title=q.title,
                place=q.neighbourhood.name,
                new=new_topic if q.new_topic else "",
                themes=format_html(
                    '<br><span class="wv-small cq-themes">{}: {}</span>',
                    themes_label,
                    ", ".join(names),
                )
                if len(names) > 1
                else "",
                words=score_words(q.score),
                count=question_count(q),
                arrow=trend_arrow(q.trend),
                trend=trends.get(q.trend, q.trend),
                streets=", ".join(str(s) for s in streets[:3]) or "–",
                more=" …" if len(streets) > 3 else "",
                period=question_period(q),
                status=q.status,
                status_label=statuses.get(q.status, q.status),
                stale=format_html('<br><span class="wv-small cq-muted">{}</span>', no_longer)
                if q.stale
                else "",
            )
        )
    return mark_safe("".join(rows))  # noqa: S308 - every part went through format_html


_QUESTION_ROW = (
    '\n    <tr class="utrecht-table__row cq-row--{band}">\n'
    '      <td class="utrecht-table__cell cq-muted">{number}</td>\n'
    '      <td class="utrecht-table__cell"><a class="utrecht-link cq-title" href="{url}">{title}</a>'
    '<br><span class="wv-small cq-muted">{place}{new}</span>{themes}</td>\n'
    '      <td class="utrecht-table__cell"><span class="cq-score cq-score--{band}">{words}</span></td>\n'
    '      <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{count}</td>\n'
    '      <td class="utrecht-table__cell"><span aria-hidden="true">{arrow}</span> {trend}</td>\n'
    '      <td class="utrecht-table__cell">{streets}{more}</td>\n'
    '      <td class="utrecht-table__cell cq-nowrap">{period}</td>\n'
    '      <td class="utrecht-table__cell"><span class="wv-badge cq-status cq-status--{status}">'
    "{status_label}</span>{stale}</td>\n"
    "    </tr>"
)

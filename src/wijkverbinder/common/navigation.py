"""The main navigation and the sections that later parts of the product fill.

A section whose app is not installed yet shows a page that says what will come there, so a user
never meets a dead link.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    """One entry of the main navigation."""

    slug: str
    title: str | Promise
    coming: str | Promise
    url_name: str | None = None  # set once the section's app provides its own start page
    staff_only: bool = False
    permission: str = ""  # shown only to users with this permission


SECTIONS: tuple[Section, ...] = (
    Section(
        "signalen",
        _("Signals"),
        _(
            "Here you will record the individual questions, complaints and observations you hear, "
            "and import them from Signalen or Open311. Personal data is removed before storage."
        ),
        url_name="intake:list",
    ),
    Section(
        "gemeenschappelijke-vragen",
        _("Collective questions"),
        _(
            "Here signals that share a theme, a place and a period will be grouped into collective "
            "questions of a street or buurt, ranked against the buurt's own history."
        ),
        url_name="collective:list",
    ),
    Section(
        "trajecten",
        _("Trajectories"),
        _(
            "Here the team will carry a chosen theme through the four steps: choose the theme, map "
            "the network, connect residents and hand over to residents."
        ),
        url_name="trajectories:board",
    ),
    Section(
        "straattafels",
        _("Straattafels"),
        _("Here residents vote on statements and the team sees what binds them."),
        url_name="straattafel:list",
    ),
    Section(
        "situatie-bepalen",
        _("Assess the situation"),
        _("Here the team assesses the phase of a wijk or buurt and records safety checks."),
        url_name="diagnosis:areas",
    ),
    Section(
        "advies",
        _("Advice"),
        _("Here the team gets advice on approaches and meeting formats for the phase."),
        url_name="diagnosis:advice",
    ),
    Section(
        "wijkanalyse",
        _("Neighbourhood analysis"),
        _("Here maps, trends and the effect of the approach per buurt will be shown."),
        url_name="analysis:index",
    ),
    Section(
        "kennisbank",
        _("Knowledge base"),
        _(
            "Here you will find the phases of a neighbourhood, the approaches that fit each phase, "
            "what works and what does not, and practice examples."
        ),
        url_name="diagnosis:knowledge_base",
    ),
    Section(
        "privacy",
        _("Privacy"),
        _("The access log, residents' requests and retention periods."),
        url_name="privacy:home",
        permission="privacy.handle_subject_requests",
    ),
    Section(
        "beheer",
        _("Administration"),
        _("Users, teams, areas and imports."),
        url_name="admin:index",
        staff_only=True,
    ),
)


def section(slug: str) -> Section:
    """The section with this slug (KeyError when unknown)."""
    for item in SECTIONS:
        if item.slug == slug:
            return item
    raise KeyError(slug)

"""Plain-data shapes of a straattafel and its results for the APIs (Dutch keys)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from wijkverbinder.straattafel import printing, state
from wijkverbinder.straattafel.models import Statement, Straattafel
from wijkverbinder.straattafel.results import Results


def straattafel_as_dict(request: HttpRequest, item: Straattafel) -> dict[str, Any]:
    return {
        "id": item.uuid,
        "titel": item.title,
        "vraag": item.question,
        "buurt": item.neighbourhood.code,
        "traject": item.trajectory.uuid if item.trajectory else None,
        "opent": item.opens_at,
        "sluit": item.closes_at,
        "status": state.status(item),
        "gemodereerd": item.moderated,
        "maxDeelnemers": item.participant_cap,
        "deelnemers": (  # an annotated 0 is a count too (no query per row)
            item.participant_count
            if hasattr(item, "participant_count")
            else item.participants.count()
        ),
        "bewonersLink": printing.residents_url(request, item),
    }


def statement_as_dict(item: Statement) -> dict[str, Any]:
    return {
        "nummer": item.number,
        "tekst": item.text,
        "contextvraag": item.is_meta,
        "herkomst": item.origin,
        "status": item.status,
        "stemmen": getattr(item, "vote_count", 0),
    }


def _ground(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "nummer": row["statement"].number,
        "tekst": row["statement"].text,
        "gic": row["gic"],
        "perGroep": [{"groep": s["group"], "aandeelEens": s["share"]} for s in row["shares"]],
    }


def results_as_dict(current: Results) -> dict[str, Any]:
    return {
        "deelnemers": current.participants,
        "opPapier": current.paper,
        "stemmen": current.votes,
        "tweedeling": current.meaningful,
        "reden": current.reason,
        "groepen": [
            {
                "naam": g.name,
                "leden": g.size,
                "kenmerkend": [
                    {
                        "nummer": r["statement"].number,
                        "tekst": r["statement"].text,
                        "richting": "agree" if r["agree"] else "disagree",
                        "aandeel": r["share"],
                        "z": r["repness_test"],
                    }
                    for r in g.representatives
                ],
            }
            for g in (current.groups if current.meaningful else [])
        ],
        "watOnsBindt": [_ground(row) for row in current.common_ground],
        "watVerdeelt": [_ground(row) for row in current.divisive],
    }

"""Test data of `diagnosis`: named answer sets for each phase, and a helper to record one."""

from __future__ import annotations

from typing import Any

from wijkverbinder.accounts.models import User
from wijkverbinder.accounts.selectors import get_neighbourhood_for_user
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.services import record_assessment

#: Rozenhof (Wijk W, Wijkteam W) — the demo buurt the tests assess
ROZENHOF = "BU99010102"
WIJK_W = "WK990101"
NOORDERVELD = "BU99010201"  # Wijkteam Noord

RUST: dict[str, Any] = {
    "waargenomen": ["langs_elkaar_heen"],
    "hoe_vaak": "regelmatig",
    "gemeld_door": ["wijkteam", "bewoners_een_groep"],
}
ONGEMAK: dict[str, Any] = {
    "waargenomen": ["kleine_ergernissen", "onbegrip"],
    "hoe_vaak": "soms",
    "gemeld_door": ["wijkteam", "corporatie"],
}
SPANNING: dict[str, Any] = {
    "waargenomen": ["wij_zij_taal", "elkaar_mijden"],
    "hoe_vaak": "regelmatig",
    "gemeld_door": ["wijkteam", "bewoners_meerdere_groepen"],
    "scheidslijnen": ["jong_oud"],
}
INCIDENTEN: dict[str, Any] = {
    "waargenomen": ["vernieling", "bedreiging"],
    "hoe_vaak": "vaak",
    "laatste_keer": "afgelopen_maand",
    "gemeld_door": ["wijkagent", "bewoners_meerdere_groepen"],
    "waar": ["plein_speelplek"],
}


def assess(username: str, code: str, answers: dict[str, Any], notes: str = "") -> PhaseAssessment:
    """Record an assessment of a buurt as this persona."""
    user = User.objects.get(username=username)
    area = get_neighbourhood_for_user(user=user, code=code)
    return record_assessment(user=user, area=area, answers=answers, notes=notes)

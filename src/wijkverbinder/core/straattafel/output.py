"""The analysis as plain data: the JSON of `wijkverbinder straattafel-analyse --json`.

Shape: ``{"participants": [{"id", "group"}], "statements": [{"id", "gic", "consensus",
"repness"}], "groups": K}``. Ids are those of the input; `group` is null for a participant who is
not clustered; `consensus` is "agree" or "disagree" when the statement is on Polis's majority-consensus
list, else null; `repness` maps each group for which the statement is representative to Polis's
fields (`repful-for`, `n-success`, `n-trials`, `p-success`, `p-test`, `repness`, `repness-test`,
and `best-agree` where it applies).
"""

from __future__ import annotations

from typing import Any

from wijkverbinder.core.straattafel.analysis import Analysis
from wijkverbinder.core.straattafel.stats import Representative


def representative_as_dict(item: Representative) -> dict[str, Any]:
    """Polis's finalised repness fields of one statement for one group."""
    out: dict[str, Any] = {
        "repful-for": item.repful_for,
        "n-success": item.n_success,
        "n-trials": item.n_trials,
        "p-success": item.p_success,
        "p-test": item.p_test,
        "repness": item.repness,
        "repness-test": item.repness_test,
    }
    if item.best_agree:
        out["best-agree"] = True
    return out


def analysis_as_dict(result: Analysis) -> dict[str, Any]:
    """The CLI's JSON document."""
    groups = result.group_of()
    consensus = {item.statement: kind for kind, items in result.consensus.items() for item in items}
    repness: dict[int, dict[str, Any]] = {}
    for group, items in result.repness.items():
        for item in items:
            repness.setdefault(item.statement, {})[str(group)] = representative_as_dict(item)
    return {
        "participants": [{"id": pid, "group": groups[pid]} for pid in result.matrix.participants],
        "statements": [
            {
                "id": tid,
                "gic": float(result.gic[j]),
                "consensus": consensus.get(tid),
                "repness": repness.get(tid, {}),
            }
            for j, tid in enumerate(result.matrix.statements)
        ],
        "groups": result.groups,
    }

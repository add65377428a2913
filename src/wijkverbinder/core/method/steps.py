"""The order of the four steps and the gate from step 3 to step 4.

* Steps are taken one at a time, forward (MTH016): choose the theme → map the network → connect
  residents → hand over. The step-2 gate (decision rule 8) and the hand-over gate (rule 10) live in
  `gates.py`.
* Step 4 starts only after residents have been brought together: at least one meeting recorded
  (MTH015). Project specification (unverified): handing over an initiative that residents never
  met about has nothing to hand over.
"""

from __future__ import annotations

from enum import StrEnum

from wijkverbinder.core.method.errors import GateResult, MethodCode, MethodRefusalError


class Step(StrEnum):
    """The method's four steps (docs/glossary.md), in order."""

    CHOOSE_THEME = "choose_theme"
    MAP_NETWORK = "map_network"
    CONNECT = "connect"
    HAND_OVER = "hand_over"

    @property
    def number(self) -> int:
        """1 to 4."""
        return list(Step).index(self) + 1


STEP_NAMES = {
    Step.CHOOSE_THEME: "thema kiezen",
    Step.MAP_NETWORK: "gemeenschappelijke vraag in kaart brengen",
    Step.CONNECT: "vragen en bewoners verbinden",
    Step.HAND_OVER: "initiatief overdragen",
}


def next_step(step: Step) -> Step | None:
    """The step after this one, or None after step 4."""
    steps = list(Step)
    index = steps.index(step)
    return steps[index + 1] if index + 1 < len(steps) else None


def ensure_next_step(*, current: Step, target: Step) -> None:
    """Raise MTH016 unless `target` is the step right after `current`."""
    following = next_step(current)
    if target is following:
        return
    if following is None:
        message = "Dit traject is al in de laatste stap; draag het over of sluit het af."
    else:
        message = (
            f"Een traject gaat één stap tegelijk vooruit: van stap {current.number} naar stap "
            f"{following.number} ({STEP_NAMES[following]})."
        )
    raise MethodRefusalError(MethodCode.STEP_OUT_OF_ORDER, message)


def check_step3_done(*, meetings: int) -> GateResult:
    """Whether step 4 may start: residents have been brought together at least once."""
    missing: list[str] = []
    if meetings < 1:
        missing.append("Er is nog geen bijeenkomst met bewoners vastgelegd.")
    return GateResult(passed=not missing, missing=tuple(missing))


def ensure_step3_done(*, meetings: int) -> None:
    """Raise `MethodRefusalError` (MTH015) with what is missing."""
    result = check_step3_done(meetings=meetings)
    if not result.passed:
        raise MethodRefusalError(
            MethodCode.STEP3_INCOMPLETE, f"Stap 4 kan nog niet beginnen. {result.message}"
        )

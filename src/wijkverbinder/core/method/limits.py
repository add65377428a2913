"""Step 1: at most N active trajectories per team per wijk (default 2; decision rule 7).

The limit is the project specification (unverified in public sources); it is configurable.
A third trajectory is refused with a Dutch message naming the active ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wijkverbinder.core.method.errors import MethodCode, MethodRefusalError

DEFAULT_MAX_ACTIVE = 2


@dataclass(frozen=True, kw_only=True)
class ActiveTrajectory:
    """A trajectory that has not been handed over or closed."""

    key: str
    title: str
    team: str
    district: str


def check_trajectory_limit(
    *,
    active: Sequence[ActiveTrajectory],
    team: str,
    district: str,
    max_active: int = DEFAULT_MAX_ACTIVE,
) -> None:
    """Raise `MethodRefusalError` (MTH001) when the team already has `max_active` in this wijk."""
    running = [item for item in active if item.team == team and item.district == district]
    if len(running) < max_active:
        return
    titles = " en ".join(f"'{item.title}'" for item in running)
    raise MethodRefusalError(
        MethodCode.TOO_MANY_TRAJECTORIES,
        f"Dit team heeft in deze wijk al {len(running)} actieve trajecten ({titles}); het maximum "
        f"is {max_active}. Rond eerst een traject af of draag het over.",
    )

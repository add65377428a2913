"""The plausibility rules of `core.validation` as refusals of the apps (`DomainError`, in Dutch).

Services call these, so a rule holds for forms, the API, imports and commands alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkverbinder.common.errors import DomainError
from wijkverbinder.core import validation

DateRule = Callable[..., str | None]

DATE_RULES: dict[str, DateRule] = {
    "signal": validation.signal_date_problem,
    "event": validation.event_date_problem,
    "plan": validation.plan_date_problem,
}


def require_plausible_date(value: dt.date, *, kind: str) -> dt.date:
    """`value`, or a `DomainError` when it lies outside the bounds for `kind` (signal/event/plan)."""
    problem = DATE_RULES[kind](value, today=timezone.localdate())
    if problem:
        raise DomainError(problem, code="implausible_date")
    return value


def require_no_control_characters(*values: str, multiline: bool = False) -> None:
    """A `DomainError` when any value holds NUL or another control character."""
    for value in values:
        problem = validation.control_character_problem(value, multiline=multiline)
        if problem:
            raise DomainError(problem, code="control_character")


#: a filter whose "Vanaf" date lies after its "Tot en met" date finds nothing: say so instead
DATES_REVERSED = _(
    "The date 'From' lies after the date 'Until': the dates are reversed. Swap them to filter."
)


def dates_reversed(since: dt.date | None, until: dt.date | None) -> bool:
    """True when both dates are given and `since` lies after `until`."""
    return since is not None and until is not None and since > until

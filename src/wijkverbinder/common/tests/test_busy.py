"""`retry_when_busy`: a block that meets a busy SQLite database runs again, whole; other errors
and blocks inside an outer transaction are not retried."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import OperationalError, transaction

from wijkverbinder.common.busy import retry_when_busy


def _flaky(failures: int, message: str = "database is locked") -> Any:
    calls = {"n": 0}

    def work() -> int:
        calls["n"] += 1
        if calls["n"] <= failures:
            raise OperationalError(message)
        return calls["n"]

    return work, calls


def test_busy_is_retried_until_it_works(transactional_db: None) -> None:
    work, calls = _flaky(2)
    assert retry_when_busy(work, pauses=(0, 0, 0)) == 3
    assert calls["n"] == 3


def test_gives_up_after_the_last_pause(transactional_db: None) -> None:
    work, calls = _flaky(5)
    with pytest.raises(OperationalError, match="locked"):
        retry_when_busy(work, pauses=(0, 0))
    assert calls["n"] == 3


def test_other_errors_and_outer_transactions_are_not_retried(transactional_db: None) -> None:
    work, calls = _flaky(1, "no such table: x")
    with pytest.raises(OperationalError, match="no such table"):
        retry_when_busy(work, pauses=(0,))
    assert calls["n"] == 1
    work, calls = _flaky(1)
    with pytest.raises(OperationalError), transaction.atomic():
        retry_when_busy(work, pauses=(0,))
    assert calls["n"] == 1

"""Redacting many texts: the order is kept, a repeated text is redacted once, and the progress
adds up to all texts."""

from __future__ import annotations

import pytest

from wijkverbinder.intake import redaction_pool
from wijkverbinder.intake.redaction_pool import redact_many


def test_repeated_texts_are_redacted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def fake(text: str) -> str:
        calls.append(text)
        return text.upper()

    monkeypatch.setattr(redaction_pool, "_redact_text", fake)
    done: list[int] = []
    assert redact_many(["grofvuil", "poep", "grofvuil"], workers=1, progress=done.append) == [
        "GROFVUIL",
        "POEP",
        "GROFVUIL",
    ]
    assert calls == ["grofvuil", "poep"]
    assert sum(done) == 3


def test_real_redaction_of_a_repeated_text() -> None:
    texts = ["Bel Jan de Vries op 06-12345678", "Bel Jan de Vries op 06-12345678"]
    first, second = redact_many(texts, workers=1)
    assert first == second
    assert "06-12345678" not in first

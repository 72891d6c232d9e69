"""What the bell's socket events would carry: every `emit_to_user` the app makes, recorded in order."""

from __future__ import annotations

import pytest

from fitnesscrm.core import realtime


@pytest.fixture
def emitted(monkeypatch) -> list[tuple[int, str, dict]]:
    """`(user_id, event, payload)` of every emit to a person's sockets during the test."""
    sent: list[tuple[int, str, dict]] = []
    monkeypatch.setattr(
        realtime, "emit_to_user", lambda user_id, event, payload: sent.append((user_id, event, payload))
    )
    return sent

"""The demo calendar loaded around the dates that are hard for a calendar: no trainer double-booked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
import sqlalchemy as sa

from fitnesscrm.demo import service as demo
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Session


# A weekday, a Sunday night, the week of the March and of the November daylight-saving changes.
@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 11, 23, 15, 0, tzinfo=UTC),
        datetime(2027, 1, 11, 4, 30, tzinfo=UTC),
        datetime(2027, 3, 14, 12, 0, tzinfo=UTC),
        datetime(2027, 11, 5, 20, 0, tzinfo=UTC),
    ],
)
def test_demo_calendar_fills_the_weeks_around_now_without_double_booking(app, now):
    studio = demo.load(now=now, calendar_only=True)
    sessions = list(db.session.scalars(sa.select(Session).order_by(Session.starts_at)))
    assert studio.sessions == len(sessions) > 150
    assert sessions[0].starts_at >= now - timedelta(weeks=5)
    assert sessions[-1].starts_at <= now + timedelta(weeks=5)
    assert any(s.starts_at > now for s in sessions) and any(s.ends_at < now for s in sessions)
    # The database refused any overlap while loading; check the client side as the rules see it too.
    blocking = [s for s in sessions if s.status not in ("cancelled", "late_cancel")]
    for trainer_id in {s.trainer_id for s in blocking}:
        own = [s for s in blocking if s.trainer_id == trainer_id]
        assert all(a.ends_at <= b.starts_at for a, b in pairwise(own))

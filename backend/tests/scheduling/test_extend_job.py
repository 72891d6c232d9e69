"""Does `flask extend-series` keep running series a year ahead, once, and leave ended or cancelled ones alone?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.activity.service import AUTOMATIC_ACTOR
from fitnesscrm.extensions import db
from fitnesscrm.scheduling import series as series_service
from fitnesscrm.scheduling.models import Reminder, Session, SessionSeries
from tests.scheduling.test_series import weekly


def _count(*where) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(Session).where(*where))


def starting_soon(api, studio, **extra):
    """A weekly Monday series from next week, so its year-ahead horizon is near the job's clock."""
    start = (datetime.now(UTC) + timedelta(days=7)).replace(hour=12, minute=0, second=0, microsecond=0)
    start -= timedelta(days=start.weekday())
    extra.setdefault("rrule", "FREQ=WEEKLY;BYDAY=MO")
    return weekly(
        api, studio, starts_at=start.isoformat(), ends_at=(start + timedelta(hours=1)).isoformat(), **extra
    ).get_json()


def _run(app, now=None):
    if now is None:
        result = app.test_cli_runner().invoke(args=["extend-series"])
        assert result.exit_code == 0, result.output
        return result.output
    return series_service.extend_due(now=now)


def test_the_job_extends_open_ended_series_nearing_their_horizon(app, studio, client_as):
    api = client_as(studio.owner)
    series = starting_soon(api, studio)
    before = _count(Session.series_id == series["id"])

    assert "Extended 0 series." in _run(app)  # a year ahead already: nothing to do yet

    later = datetime.now(UTC) + timedelta(days=60)
    assert _run(app, now=later) == 1
    row = db.session.get(SessionSeries, series["id"])
    assert row.materialized_until == later + series_service.HORIZON
    after = _count(Session.series_id == series["id"])
    assert after > before + 6
    last = db.session.scalar(sa.select(sa.func.max(Session.starts_at)).where(Session.series_id == series["id"]))
    assert last > later + series_service.HORIZON - timedelta(days=8)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Reminder)) > 0

    assert _run(app, now=later) == 0  # a second run the same day adds nothing
    assert _count(Session.series_id == series["id"]) == after
    entry = db.session.scalars(
        sa.select(ActivityEntry).where(ActivityEntry.entity_type == "session_series", ActivityEntry.action == "update")
    ).one()
    assert (entry.actor_id, entry.actor_name) == (None, AUTOMATIC_ACTOR)
    assert entry.changes["occurrences"]["after"] == after - before


def test_the_job_leaves_cancelled_and_ended_series_alone(app, studio, client_as):
    api = client_as(studio.owner)
    ended = starting_soon(api, studio, rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=3")
    cancelled = starting_soon(api, studio, rrule="FREQ=WEEKLY;BYDAY=TU", client_ids=[])
    first = api.get(f"/api/sessions?series_id={cancelled['id']}&per_page=1").get_json()["items"][0]
    assert api.post(f"/api/sessions/{first['id']}/cancel", json={"scope": "all"}).status_code == 200
    total = _count()

    assert _run(app, now=datetime.now(UTC) + timedelta(days=400)) == 0
    assert _count() == total
    assert db.session.get(SessionSeries, ended["id"]).materialized_until > datetime.now(UTC) + timedelta(days=700)
    assert db.session.get(SessionSeries, cancelled["id"]).cancelled_at is not None
    assert _count(Session.series_id == ended["id"]) == 3


def test_an_occurrence_that_would_overlap_is_stored_cancelled(app, studio, client_as):
    api = client_as(studio.owner)
    series = starting_soon(api, studio)
    row = db.session.get(SessionSeries, series["id"])
    horizon = row.materialized_until
    last = api.get(
        "/api/sessions", query_string={"series_id": series["id"], "from": (horizon - timedelta(days=8)).isoformat()}
    ).get_json()["items"][-1]
    clash_start = datetime.fromisoformat(last["starts_at"]) + timedelta(weeks=1)
    booked = api.post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id,
            "starts_at": clash_start.isoformat(),
            "ends_at": (clash_start + timedelta(minutes=30)).isoformat(),
            "override": True,
        },
    )
    assert booked.status_code == 201, booked.get_json()

    assert _run(app, now=datetime.now(UTC) + timedelta(days=60)) == 1
    skipped = db.session.scalars(
        sa.select(Session).where(Session.series_id == series["id"], Session.starts_at == clash_start)
    ).one()
    assert skipped.status == "cancelled"
    assert "overlaps" in skipped.cancel_reason

"""The demo calendar: sessions around today that the scheduling rules would have accepted.

The same around the dates that are hard for a calendar is in `test_schedule_dates.py`."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.clients.models import Client
from fitnesscrm.demo import content
from fitnesscrm.extensions import db
from fitnesscrm.scheduling import availability
from fitnesscrm.scheduling.models import Participant, Reminder, Session, SessionSeries, StatusChange, TimeOff

ZONE = ZoneInfo(content.TIMEZONE)


def _sessions() -> list[Session]:
    return list(db.session.scalars(sa.select(Session).order_by(Session.starts_at)))


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """This module's tests share the demo studio loaded as of now, loaded once per run (conftest's DemoDatabases)."""
    yield from demo_databases.transaction(None)


@pytest.fixture(scope="module")
def now(module_transaction) -> datetime:
    """The moment the demo studio was loaded around."""
    return module_transaction.now


def test_demo_sessions_keep_to_working_hours_and_time_off(now):
    for session in _sessions():
        assert not availability.outside(session.trainer_id, content.TIMEZONE, [(session.starts_at, session.ends_at)])
    weekend = db.session.scalars(sa.select(TimeOff)).one()
    assert weekend.starts_at.astimezone(ZONE).weekday() == 5
    assert (weekend.ends_at - weekend.starts_at) >= timedelta(hours=47)


def test_demo_past_sessions_have_attendance_and_future_ones_reminders(now):
    sessions = _sessions()
    past = [s for s in sessions if s.ends_at <= now]
    future = [s for s in sessions if s.starts_at > now]
    assert past and all(s.status != "scheduled" for s in past)
    assert {"completed", "no_show"} <= {s.status for s in past}
    changes = db.session.scalar(sa.select(sa.func.count()).select_from(StatusChange))
    assert changes == len(past)
    assert all(s.status == "scheduled" for s in future)
    due = db.session.scalar(
        sa.select(sa.func.count()).select_from(Reminder).where(Reminder.status == "pending", Reminder.due_at > now)
    )
    assert due >= len(future)
    logged = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(ActivityEntry)
        .where(ActivityEntry.entity_type == "session", ActivityEntry.action == "update")
    )
    assert logged == len(past)


def test_demo_calendar_has_programmes_groups_an_exception_and_the_demo_clients_sessions(now):
    series = db.session.scalars(sa.select(SessionSeries)).all()
    assert {s.kind for s in series} == {"personal", "group"}
    groups = [s for s in series if s.kind == "group"]
    assert all(1 < len(g.client_ids) <= g.capacity for g in groups)
    assert db.session.scalar(sa.select(sa.func.count()).where(Session.is_exception, Session.status == "scheduled")) >= 1
    assert {"assessment", "consultation"} <= set(db.session.scalars(sa.select(Session.kind).distinct()))
    demo_client = db.session.scalars(sa.select(Client).where(Client.user_id.is_not(None))).one()
    upcoming = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Participant)
        .where(Participant.client_id == demo_client.id, Participant.starts_at > now, Participant.active)
    )
    assert upcoming >= 2


def test_demo_titles_name_the_session_not_its_client(now):
    """Screens and feeds show who a session is with beside its title; a name in the title would repeat it or,
    for a client, show them their own name."""
    rows = db.session.execute(
        sa.select(Session.title, Client.first_name).join(Participant, Participant.session_id == Session.id).join(Client)
    ).all()
    assert rows and not [(title, name) for title, name in rows if title and name in title]

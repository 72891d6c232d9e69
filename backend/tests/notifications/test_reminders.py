"""Are due session reminders emailed once each, in the client's own time zone, and never for cancelled sessions?"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.notifications import reminders, service
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.scheduling.models import Reminder
from tests.mail import text_of

T = "2030-01-07T{}:00+00:00"  # a Monday; reminders fall due 24 h and 1 h before
DAY_BEFORE = datetime.fromisoformat("2030-01-06T10:00:00+00:00")
HOUR_BEFORE = datetime.fromisoformat("2030-01-07T09:00:00+00:00")


def _book(client_as, studio, start="10:00", end="11:00") -> int:
    response = client_as(studio.owner).post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id,
            "starts_at": T.format(start),
            "ends_at": T.format(end),
            "client_ids": [studio.client.id],
        },
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def _reminders(session_id: int) -> dict[str, str]:
    rows = db.session.execute(sa.select(Reminder.kind, Reminder.status).where(Reminder.session_id == session_id)).all()
    return dict(rows)


def _reminder_rows() -> list[OutboxMessage]:
    return db.session.execute(sa.select(OutboxMessage).where(OutboxMessage.template == "reminder")).scalars().all()


def test_due_reminder_is_emailed_in_the_clients_zone_and_marked_sent_once(client_as, studio, sent_mail):
    studio.client_user.timezone = "Asia/Tokyo"
    db.session.commit()
    session_id = _book(client_as, studio)
    sent_mail()  # the booking emails
    assert _reminders(session_id) == {"24h": "pending", "1h": "pending"}

    assert reminders.send_due(now=DAY_BEFORE) == 1
    assert _reminders(session_id) == {"24h": "sent", "1h": "pending"}
    [email] = sent_mail()
    assert email["To"] == studio.client.email
    assert email["Subject"] == "Reminder: Personal session, Mon 7 Jan, 19:00"
    text = " ".join(text_of(email).split())
    assert f"with {studio.trainer.full_name}, Monday 7 January, 19:00–20:00 (Asia/Tokyo time)" in text
    assert email["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # The next minute's run, or a second worker's: nothing more.
    assert reminders.send_due(now=DAY_BEFORE) == 0
    assert sent_mail() == []
    assert reminders.send_due(now=HOUR_BEFORE) == 1
    assert _reminders(session_id) == {"24h": "sent", "1h": "sent"}
    assert len(sent_mail()) == 1


def test_a_reminder_already_claimed_is_not_claimed_again(client_as, studio):
    session_id = _book(client_as, studio)
    assert len(reminders._claim(HOUR_BEFORE)) == 2
    assert reminders._claim(HOUR_BEFORE) == []  # the conditional UPDATE: only pending rows are taken
    assert _reminders(session_id) == {"24h": "sent", "1h": "sent"}


def test_cancelled_sessions_get_no_reminder(client_as, studio):
    session_id = _book(client_as, studio)
    assert client_as(studio.owner).post(f"/api/sessions/{session_id}/cancel", json={}).status_code == 200
    # Even a pending reminder left behind is not sent for a cancelled session.
    db.session.execute(sa.update(Reminder).where(Reminder.session_id == session_id).values(status="pending"))
    db.session.commit()
    assert reminders.send_due(now=HOUR_BEFORE) == 0
    assert _reminder_rows() == []
    assert set(_reminders(session_id).values()) == {"cancelled"}


def test_a_session_already_begun_is_not_reminded_late(client_as, studio):
    session_id = _book(client_as, studio)
    assert reminders.send_due(now=datetime.fromisoformat(T.format("10:30"))) == 0
    assert _reminder_rows() == []
    assert set(_reminders(session_id).values()) == {"cancelled"}


def test_a_client_who_turned_reminders_off_gets_none_and_none_reads_as_sent(client_as, studio):
    session_id = _book(client_as, studio)
    service.update_preferences(actor=_as_client(studio), preferences=[{"topic": "reminders", "email": False}])
    assert reminders.send_due(now=DAY_BEFORE) == 0
    assert _reminder_rows() == []
    assert _reminders(session_id) == {"24h": "cancelled", "1h": "pending"}


def _as_client(studio):
    from fitnesscrm.core.tenancy import Principal, Role

    return Principal(
        user_id=studio.client_user.id,
        organization_id=studio.org.id,
        role=Role.CLIENT,
        email=studio.client.email,
        name="C",
        client_id=studio.client.id,
    )


def test_the_periodic_task_sends_what_is_due_now(client_as, studio, monkeypatch):
    session_id = _book(client_as, studio)
    monkeypatch.setattr(reminders, "datetime", _FrozenAt(HOUR_BEFORE))
    # The task's own body (a worker wraps it in an app context of its own, which would not see this test's rows).
    reminders.send_reminders.func.__wrapped__(timestamp=int(HOUR_BEFORE.timestamp()))
    assert _reminders(session_id) == {"24h": "sent", "1h": "sent"}
    assert len(_reminder_rows()) == 2


class _FrozenAt:
    """Stands in for `datetime` in the reminders module, so that its `now` is a chosen moment."""

    def __init__(self, moment: datetime):
        self.moment = moment

    def now(self, tz=None):
        return self.moment

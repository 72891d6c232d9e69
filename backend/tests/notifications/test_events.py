"""Do the people of a session hear when it is booked, moved or cancelled, and people when a trainer is assigned?"""

from __future__ import annotations

import icalendar
import sqlalchemy as sa

from fitnesscrm.core import events
from fitnesscrm.extensions import db
from fitnesscrm.notifications import service
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.scheduling.events import SessionChanged
from tests.factories import ClientFactory, principal_for
from tests.mail import text_of

T = "2030-01-07T{}:00+00:00"  # a Monday, 10:00 UTC is 19:00 in Tokyo and 05:00 in New York


def _zones(studio) -> None:
    studio.trainer_user.timezone = "America/New_York"
    studio.client_user.timezone = "Asia/Tokyo"
    db.session.commit()


def _book(api, studio, start="10:00", end="11:00"):
    response = api.post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id,
            "starts_at": T.format(start),
            "ends_at": T.format(end),
            "client_ids": [studio.client.id],
            "location": "Room 1",
        },
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _ics(message) -> icalendar.Event:
    [part] = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert part.get_filename() == "session.ics"
    [event] = icalendar.Calendar.from_ical(part.get_content()).walk("VEVENT")
    return event


def _rows(template: str) -> list[OutboxMessage]:
    return (
        db.session.execute(
            sa.select(OutboxMessage).where(OutboxMessage.template == template).order_by(OutboxMessage.id)
        )
        .scalars()
        .all()
    )


def test_booking_emails_trainer_and_client_each_in_their_zone_with_the_ics(client_as, studio, sent_mail):
    _zones(studio)
    session = _book(client_as(studio.owner), studio)

    received = {message["To"]: message for message in sent_mail()}
    assert set(received) == {studio.trainer.email, studio.client.email}  # the owner who booked it knows
    to_trainer, to_client = received[studio.trainer.email], received[studio.client.email]
    assert to_trainer["Subject"] == "Booked: Personal session, Mon 7 Jan, 05:00"
    assert to_client["Subject"] == "Booked: Personal session, Mon 7 Jan, 19:00"
    trainer_text, client_text = " ".join(text_of(to_trainer).split()), " ".join(text_of(to_client).split())
    assert f"with {studio.client.full_name} is booked for Monday 7 January, 05:00–06:00 (America/New York time)" in (
        trainer_text
    )
    assert f"with {studio.trainer.full_name} is booked for Monday 7 January, 19:00–20:00 (Asia/Tokyo time)" in (
        client_text
    )
    assert "Where: Room 1" in client_text
    # Sessions are a topic people may turn off: the one-click unsubscribe headers are there.
    assert to_client["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    event = _ics(to_client)
    assert str(event["uid"]) == f"session-{session['id']}@fitnesscrm"
    assert event.decoded("dtstart").isoformat() == "2030-01-07T10:00:00+00:00"
    assert str(event["summary"]) == f"Personal session with {studio.trainer.full_name}"
    assert str(_ics(to_trainer)["summary"]) == f"Personal session with {studio.client.full_name}"


def test_a_trainer_booking_their_own_session_is_not_emailed_about_it(client_as, studio, sent_mail):
    _book(client_as(studio.trainer_user), studio)
    assert [message["To"] for message in sent_mail()] == [studio.client.email]


def test_moving_emails_the_new_time_and_a_second_move_is_another_message(client_as, studio, sent_mail):
    _zones(studio)
    api = client_as(studio.owner)
    session = _book(api, studio)
    sent_mail()

    moved = api.patch(
        f"/api/sessions/{session['id']}", json={"starts_at": T.format("12:00"), "ends_at": T.format("13:00")}
    )
    assert moved.status_code == 200
    first = {message["To"]: message for message in sent_mail()}
    assert first[studio.client.email]["Subject"] == "Moved: Personal session, now Mon 7 Jan, 21:00"
    text = " ".join(text_of(first[studio.client.email]).split())
    assert "has moved from Monday 7 January, 19:00 to Monday 7 January, 21:00–22:00 (Asia/Tokyo time)" in text
    assert _ics(first[studio.trainer.email]).decoded("dtstart").isoformat() == "2030-01-07T12:00:00+00:00"

    api.patch(f"/api/sessions/{session['id']}", json={"starts_at": T.format("14:00"), "ends_at": T.format("15:00")})
    second = {message["To"]: message for message in sent_mail()}
    assert set(second) == {studio.trainer.email, studio.client.email}
    assert second[studio.client.email]["Message-ID"] != first[studio.client.email]["Message-ID"]

    api.patch(f"/api/sessions/{session['id']}", json={"notes": "Bring a towel"})
    assert sent_mail() == []  # an edit that moves nothing is not worth an email


def test_the_same_move_recorded_twice_is_one_message_each(client_as, studio):
    api = client_as(studio.owner)
    session = _book(api, studio)
    api.patch(f"/api/sessions/{session['id']}", json={"starts_at": T.format("12:00"), "ends_at": T.format("13:00")})
    assert len(_rows("session_moved")) == 2

    events.record_by(
        principal_for(studio.owner),
        SessionChanged,
        entity_id=session["id"],
        label="Personal session",
        changes={"starts_at": {"before": T.format("10:00"), "after": T.format("12:00")}},
    )
    assert len(_rows("session_moved")) == 2


def test_cancelling_emails_both_with_a_cancelled_ics(client_as, studio, sent_mail):
    api = client_as(studio.owner)
    session = _book(api, studio)
    sent_mail()
    assert api.post(f"/api/sessions/{session['id']}/cancel", json={"reason": "Sick"}).status_code == 200
    received = {message["To"]: message for message in sent_mail()}
    assert set(received) == {studio.trainer.email, studio.client.email}
    assert received[studio.client.email]["Subject"].startswith("Cancelled: Personal session")
    assert str(_ics(received[studio.client.email])["status"]) == "CANCELLED"
    # Cancelling again changes nothing and sends nothing.
    api.post(f"/api/sessions/{session['id']}/cancel", json={})
    assert sent_mail() == []


def test_people_added_or_taken_off_hear_a_booking_or_a_cancellation_and_the_rest_hear_nothing(
    client_as, studio, sent_mail
):
    api = client_as(studio.owner)
    session = _book(api, studio)
    newcomer = ClientFactory(organization_id=studio.org.id)
    db.session.commit()
    sent_mail()

    changed = api.patch(
        f"/api/sessions/{session['id']}", json={"capacity": 2, "client_ids": [studio.client.id, newcomer.id]}
    )
    assert changed.status_code == 200, changed.get_json()
    received = {message["To"]: message for message in sent_mail()}
    assert set(received) == {newcomer.email}  # the trainer and the client already booked learn nothing new
    assert received[newcomer.email]["Subject"].startswith("Booked: Personal session")
    assert str(_ics(received[newcomer.email])["status"]) == "CONFIRMED"

    api.patch(f"/api/sessions/{session['id']}", json={"client_ids": [newcomer.id]})
    received = {message["To"]: message for message in sent_mail()}
    assert set(received) == {studio.client.email}
    assert received[studio.client.email]["Subject"].startswith("Cancelled: Personal session")
    assert str(_ics(received[studio.client.email])["status"]) == "CANCELLED"

    # Taken off and put back on: a second booking email, not swallowed as a repeat of the first.
    api.patch(f"/api/sessions/{session['id']}", json={"client_ids": [newcomer.id, studio.client.id]})
    assert [message["To"] for message in sent_mail()] == [studio.client.email]


def test_a_client_who_turned_sessions_off_is_not_emailed(client_as, studio, sent_mail):
    service.update_preferences(
        actor=principal_for(studio.client_user), preferences=[{"topic": "sessions", "email": False}]
    )
    _book(client_as(studio.owner), studio)
    assert [message["To"] for message in sent_mail()] == [studio.trainer.email]


def test_a_rolled_back_booking_emails_nobody(client_as, studio, sent_mail):
    api = client_as(studio.owner)
    _book(api, studio)
    sent_mail()
    clash = api.post(
        "/api/sessions",
        json={"trainer_id": studio.trainer.id, "starts_at": T.format("10:30"), "ends_at": T.format("11:30")},
    )
    assert clash.status_code == 409
    assert sent_mail() == []


def test_assigning_a_trainer_emails_the_trainer_and_the_client(client_as, studio, sent_mail):
    newcomer = ClientFactory(organization_id=studio.org.id)
    api = client_as(studio.owner)
    assert (
        api.post(f"/api/clients/{newcomer.id}/assignments", json={"trainer_id": studio.trainer.id}).status_code == 201
    )

    received = {message["To"]: message for message in sent_mail()}
    assert received[studio.trainer.email]["Subject"] == f"{newcomer.full_name} is now your client"
    assert "as their primary trainer" in text_of(received[studio.trainer.email])
    assert f"/clients/{newcomer.id}" in text_of(received[studio.trainer.email])
    assert received[newcomer.email]["Subject"] == f"{studio.trainer.full_name} is now your trainer"
    assert set(received) == {studio.trainer.email, newcomer.email}

    # Ended and taken on again: a new assignment, so new messages.
    assert api.delete(f"/api/clients/{newcomer.id}/assignments/{studio.trainer.id}").status_code == 204
    assert (
        api.post(f"/api/clients/{newcomer.id}/assignments", json={"trainer_id": studio.trainer.id}).status_code == 201
    )
    assert len(sent_mail()) == 2


def test_a_refused_assignment_queues_nothing(client_as, studio):
    response = client_as(studio.owner).post(
        f"/api/clients/{studio.client.id}/assignments", json={"trainer_id": studio.trainer.id}
    )
    assert response.status_code == 409
    assert _rows("assignment_trainer") == []


def _weekly(api, studio, count=6):
    response = api.post(
        "/api/series",
        json={
            "trainer_id": studio.trainer.id,
            "starts_at": "2030-03-04T07:00:00-05:00",
            "ends_at": "2030-03-04T08:00:00-05:00",
            "timezone": "America/New_York",
            "rrule": f"FREQ=WEEKLY;BYDAY=MO;COUNT={count}",
            "client_ids": [studio.client.id],
        },
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _series_file(message) -> icalendar.Event:
    [part] = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    return icalendar.Calendar.from_ical(part.get_content()).walk("VEVENT")


def test_a_booked_series_is_one_email_each_with_every_session_in_its_calendar_file(client_as, studio, sent_mail):
    _zones(studio)
    _weekly(client_as(studio.owner), studio)

    received = {message["To"]: message for message in sent_mail()}
    assert set(received) == {studio.trainer.email, studio.client.email}  # not one per session
    assert (
        received[studio.client.email]["Subject"]
        == "Booked: Personal sessions, weekly on Mon, 6 times, first Mon 4 Mar, 21:00"
    )
    text = " ".join(text_of(received[studio.client.email]).split())
    assert "is booked: weekly on Mon, 6 times at 07:00 (America/New York time), 1 hour each" in text
    assert "The first is on Monday 4 March, 21:00 (Asia/Tokyo time)" in text
    [master] = _series_file(received[studio.client.email])
    assert master.decoded("rrule")["COUNT"] == [6]


def test_cancelling_the_rest_of_a_series_says_from_when_and_how_many(client_as, studio, sent_mail):
    api = client_as(studio.owner)
    series = _weekly(api, studio)
    items = api.get(f"/api/sessions?series_id={series['id']}").get_json()["items"]
    sent_mail()

    assert api.post(f"/api/sessions/{items[2]['id']}/cancel", json={"scope": "following"}).status_code == 200
    received = {message["To"]: message for message in sent_mail()}
    assert set(received) == {studio.trainer.email, studio.client.email}
    assert received[studio.client.email]["Subject"] == "Cancelled: Personal sessions, 4 sessions"
    assert "is cancelled from Monday 18 March, 11:00 on: 4 sessions" in " ".join(
        text_of(received[studio.trainer.email]).split()
    )

    moved = api.patch(
        f"/api/sessions/{items[0]['id']}",
        json={"scope": "all", "starts_at": "2030-03-04T09:00:00-05:00", "ends_at": "2030-03-04T10:00:00-05:00"},
    )
    assert moved.status_code == 200, moved.get_json()
    received = {message["To"]: message["Subject"] for message in sent_mail()}
    assert received == {
        studio.trainer.email: "Changed: Personal sessions, now weekly on Mon, 2 times, from Mon 4 Mar, 14:00",
        studio.client.email: "Changed: Personal sessions, now weekly on Mon, 2 times, from Mon 4 Mar, 14:00",
    }

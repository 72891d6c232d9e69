"""Does the bell ring for the people an event concerns, in their own words and zone, and only once it is stored?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.core import events
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.extensions import db
from fitnesscrm.messaging.events import MessagePosted
from fitnesscrm.notifications.inbox.models import InAppNotification
from fitnesscrm.progress.checkins.events import CheckInSubmitted
from fitnesscrm.progress.goals.events import GoalAchieved
from tests.factories import ClientFactory, UserFactory

T = "2030-01-07T{}:00+00:00"  # a Monday; 10:00 UTC is 19:00 in Tokyo and 05:00 in New York


def _principal(user, studio, role, **profile) -> Principal:
    return Principal(user_id=user.id, organization_id=studio.org.id, role=role, email=user.email, name="x", **profile)


def _posted(studio, *, author, recipients, thread_id=7) -> MessagePosted:
    return MessagePosted(
        organization_id=studio.org.id,
        actor=_principal(author, studio, Role(author.role)),
        thread_id=thread_id,
        message_id=41,
        author_user_id=author.id,
        author_name=f"{author.first_name} {author.last_name}",
        thread_title=studio.client.full_name,
        preview="See you at 7?",
        recipient_user_ids=tuple(recipients),
        client_id=studio.client.id,
    )


def _notifications(user) -> list[InAppNotification]:
    stmt = sa.select(InAppNotification).where(InAppNotification.user_id == user.id).order_by(InAppNotification.id)
    return list(db.session.execute(stmt).scalars())


def test_a_chat_message_rings_each_recipients_bell_after_commit_with_their_own_link(studio, emitted):
    events.record(_posted(studio, author=studio.trainer_user, recipients=[studio.client_user.id, studio.owner.id]))
    assert emitted == []  # nothing is said before the message is stored

    db.session.commit()

    [to_client] = _notifications(studio.client_user)
    assert to_client.kind == "message" and to_client.link == "/portal/messages/7"
    assert (
        to_client.title
        == f"{studio.trainer_user.first_name} {studio.trainer_user.last_name} in {studio.client.full_name}"
    )
    assert to_client.body == "See you at 7?"
    assert _notifications(studio.owner)[0].link == "/messages/7"
    assert _notifications(studio.trainer_user) == []
    by_user = {user_id: (event, payload) for user_id, event, payload in emitted}
    assert set(by_user) == {studio.client_user.id, studio.owner.id}
    event, payload = by_user[studio.client_user.id]
    assert event == "notification" and payload["unread_count"] == 1
    assert payload["notification"]["id"] == to_client.id and payload["notification"]["read_at"] is None


def test_a_rolled_back_change_writes_and_emits_nothing(studio, emitted):
    events.record(_posted(studio, author=studio.trainer_user, recipients=[studio.client_user.id]))
    db.session.rollback()
    db.session.commit()

    assert emitted == []
    assert _notifications(studio.client_user) == []


def test_a_rolled_back_savepoint_drops_only_its_own_emits(studio, emitted):
    events.record(_posted(studio, author=studio.trainer_user, recipients=[studio.owner.id]))
    savepoint = db.session.begin_nested()
    events.record(_posted(studio, author=studio.trainer_user, recipients=[studio.client_user.id], thread_id=8))
    savepoint.rollback()
    db.session.commit()

    assert [user_id for user_id, _event, _payload in emitted] == [studio.owner.id]


def test_a_booked_session_rings_the_trainer_and_client_in_their_zones_but_not_the_booker(client_as, studio, emitted):
    studio.trainer_user.timezone = "America/New_York"
    studio.client_user.timezone = "Asia/Tokyo"
    db.session.commit()
    booked = client_as(studio.trainer_user).post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id,
            "starts_at": T.format("10:00"),
            "ends_at": T.format("11:00"),
            "client_ids": [studio.client.id],
        },
    )
    assert booked.status_code == 201, booked.get_json()

    [to_client] = _notifications(studio.client_user)
    assert to_client.kind == "session_booked" and to_client.link == "/portal"
    assert to_client.body == f"Mon 7 Jan, 19:00 with {studio.trainer.full_name}"
    assert _notifications(studio.trainer_user) == []

    moved = client_as(studio.owner).patch(
        f"/api/sessions/{booked.get_json()['id']}",
        json={"starts_at": T.format("12:00"), "ends_at": T.format("13:00")},
    )
    assert moved.status_code == 200, moved.get_json()
    [to_trainer] = _notifications(studio.trainer_user)
    assert to_trainer.kind == "session_moved" and to_trainer.link == "/calendar"
    assert to_trainer.body == f"Mon 7 Jan, 07:00 with {studio.client.full_name}"
    assert [n.kind for n in _notifications(studio.client_user)] == ["session_booked", "session_moved"]


def test_an_assignment_rings_the_trainer_and_the_client(client_as, studio):
    newcomer_user = UserFactory(organization_id=studio.org.id, role="client")
    newcomer = ClientFactory(organization_id=studio.org.id, user_id=newcomer_user.id)
    response = client_as(studio.owner).post(
        f"/api/clients/{newcomer.id}/assignments", json={"trainer_id": studio.trainer.id}
    )
    assert response.status_code == 201

    [to_trainer] = _notifications(studio.trainer_user)
    assert to_trainer.title == f"New client: {newcomer.full_name}" and to_trainer.link == f"/clients/{newcomer.id}"
    [to_client] = _notifications(newcomer_user)
    assert to_client.body == f"{studio.trainer.full_name} is now your trainer."


def test_a_check_in_rings_the_clients_current_trainers(studio):
    client = _principal(studio.client_user, studio, Role.CLIENT, client_id=studio.client.id)
    events.record(
        CheckInSubmitted(
            organization_id=studio.org.id,
            actor=client,
            entity_id=studio.client.id,
            label=studio.client.full_name,
            changes={"form": {"before": None, "after": "Weekly check-in"}},
        )
    )
    db.session.commit()

    [to_trainer] = _notifications(studio.trainer_user)
    assert to_trainer.title == f"{studio.client.full_name} sent a check-in"
    assert to_trainer.body == "Weekly check-in is ready for your review." and to_trainer.link == "/check-ins"
    assert _notifications(studio.client_user) == [] and _notifications(studio.owner) == []


def test_a_goal_reached_rings_the_client_and_trainers_but_not_whoever_logged_it(studio):
    trainer = _principal(studio.trainer_user, studio, Role.TRAINER, trainer_id=studio.trainer.id)
    events.record(
        GoalAchieved(
            organization_id=studio.org.id,
            actor=trainer,
            entity_id=studio.client.id,
            label=studio.client.full_name,
            changes={"goal": {"before": None, "after": "Squat 100 kg"}},
        )
    )
    db.session.commit()

    [to_client] = _notifications(studio.client_user)
    assert (to_client.title, to_client.body, to_client.link) == ("Goal reached", "Squat 100 kg", "/portal/progress")
    assert _notifications(studio.trainer_user) == []

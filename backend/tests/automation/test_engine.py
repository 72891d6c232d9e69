"""Does the engine start each run once, run its steps in order, wait, and never send twice?"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.automation import engine, service
from fitnesscrm.automation.models import Run
from fitnesscrm.clients import service as clients
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Participant, Session
from fitnesscrm.tasks.models import Task
from tests.automation.helpers import EMAIL, automation_messages, make_rule
from tests.factories import ClientFactory, principal_for


def _runs(rule_id: int) -> list[Run]:
    return list(db.session.execute(sa.select(Run).where(Run.rule_id == rule_id).order_by(Run.id)).scalars())


def test_client_created_rule_emails_the_new_client_once_with_merge_fields(studio):
    rule = make_rule(studio)
    client = clients.create(actor=principal_for(studio.owner), first_name="Ada", last_name="Byron", email="ada@x.test")
    assert [run.occasion for run in _runs(rule.id)] == ["client_created"]

    first = engine.process(organization_id=studio.org.id)
    again = engine.process(organization_id=studio.org.id)

    messages = automation_messages(studio.org.id)
    assert [(m.recipient_address, m.subject) for m in messages] == [("ada@x.test", "Hi Ada")]
    assert messages[0].context["body_text"] == f"Hello Ada Byron from {studio.org.name}"
    assert first.steps_run == 1 and again.steps_run == 0
    run = _runs(rule.id)[0]
    assert run.client_id == client.id and run.status == "completed" and run.results[0]["outcome"] == "Email queued."


def test_a_run_steps_through_waits_and_makes_the_trainers_task(studio):
    steps = [
        EMAIL,
        {"type": "wait", "amount": 3, "unit": "days"},
        {"type": "create_task", "title": "Call {{ full_name }}", "due_in_days": 1},
        {"type": "wait", "amount": 4, "unit": "days"},
        {"type": "send_email", "subject": "Week one", "body": "How was it?"},
    ]
    rule = make_rule(studio, steps=steps)
    engine.start_runs(
        organization_id=studio.org.id,
        trigger="client_created",
        client_ids=[studio.client.id],
        occasion="client_created",
    )
    now = datetime.now(UTC) + timedelta(minutes=1)

    assert engine.process(organization_id=studio.org.id, now=now).steps_run == 2
    assert engine.process(organization_id=studio.org.id, now=now + timedelta(days=2)).steps_run == 0
    assert engine.process(organization_id=studio.org.id, now=now + timedelta(days=3)).steps_run == 2
    summary = engine.process(organization_id=studio.org.id, now=now + timedelta(days=7))

    assert summary.steps_run == 1
    assert [m.subject for m in automation_messages(studio.org.id)] == ["Hi Casey", "Week one"]
    task = db.session.execute(sa.select(Task).where(Task.rule_id == rule.id)).scalar_one()
    assert task.title == "Call Casey Holloway"
    assert task.assignee_id == studio.trainer_user.id and task.client_id == studio.client.id
    assert task.source == "automation" and task.due_on == (now + timedelta(days=4)).date()
    run = _runs(rule.id)[0]
    assert run.status == "completed" and run.step_index == 5 and len(run.results) == 5


def test_a_step_run_again_sends_nothing_twice(studio):
    rule = make_rule(studio, steps=[EMAIL, {"type": "create_task", "title": "Follow up"}])
    engine.start_runs(
        organization_id=studio.org.id,
        trigger="client_created",
        client_ids=[studio.client.id],
        occasion="client_created",
    )
    engine.process(organization_id=studio.org.id)
    run = _runs(rule.id)[0]
    # As if the commit had been lost after the effects: the run is due again from its first step.
    run.status, run.step_index, run.next_due_at, run.results = "active", 0, datetime.now(UTC), []
    db.session.commit()

    engine.process(organization_id=studio.org.id)

    assert len(automation_messages(studio.org.id)) == 1
    assert db.session.execute(sa.select(sa.func.count()).select_from(Task).where(Task.rule_id == rule.id)).scalar() == 1


def test_conditions_choose_the_clients_a_rule_fires_for(studio):
    rule = make_rule(
        studio, conditions=[{"type": "has_tag", "tag": "vip"}, {"type": "status_in", "statuses": ["active"]}]
    )
    tagged = ClientFactory(organization_id=studio.org.id, tags=["vip"], status="active")
    untagged = ClientFactory(organization_id=studio.org.id, tags=[], status="active")
    paused = ClientFactory(organization_id=studio.org.id, tags=["vip"], status="paused")

    started = engine.start_runs(
        organization_id=studio.org.id,
        trigger="client_created",
        client_ids=[tagged.id, untagged.id, paused.id],
        occasion="client_created",
    )

    assert started == 1 and [run.client_id for run in _runs(rule.id)] == [tagged.id]


def test_a_client_who_no_longer_matches_stops_before_the_next_step(studio):
    rule = make_rule(
        studio,
        conditions=[{"type": "lacks_tag", "tag": "left"}],
        steps=[{"type": "wait", "amount": 1, "unit": "hours"}, EMAIL],
    )
    engine.start_runs(
        organization_id=studio.org.id,
        trigger="client_created",
        client_ids=[studio.client.id],
        occasion="client_created",
    )
    engine.process(organization_id=studio.org.id)
    studio.client.tags = ["left"]
    db.session.commit()

    engine.process(organization_id=studio.org.id, now=datetime.now(UTC) + timedelta(hours=2))

    assert automation_messages(studio.org.id) == []
    assert _runs(rule.id)[0].status == "stopped"


def test_birthday_fires_once_a_year_on_the_studios_day(studio):
    rule = make_rule(studio, trigger="birthday")
    now = datetime.now(UTC)
    today = engine._today(studio.org.timezone, now)
    # 1992 was a leap year, so any of today's dates exists in it.
    studio.client.date_of_birth = date(1992, today.month, today.day)
    studio.other_client.date_of_birth = today - timedelta(days=365 * 30 + 40)
    db.session.commit()

    first = engine.process(organization_id=studio.org.id, now=now)
    again = engine.process(organization_id=studio.org.id, now=now + timedelta(hours=2))

    assert (first.evaluated, first.fired) == (1, 1)
    assert [(run.client_id, run.occasion) for run in _runs(rule.id)] == [(studio.client.id, f"birthday:{today.year}")]
    assert (again.evaluated, again.fired) == (1, 0)
    assert len(automation_messages(studio.org.id)) == 1


def _past_session(studio, client, days_ago: int) -> Session:
    starts = datetime.now(UTC) - timedelta(days=days_ago)
    session = Session(
        organization_id=studio.org.id,
        trainer_id=studio.trainer.id,
        kind="personal",
        status="completed",
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        timezone="UTC",
    )
    db.session.add(session)
    db.session.flush()
    db.session.add(
        Participant(
            organization_id=studio.org.id,
            session_id=session.id,
            client_id=client.id,
            starts_at=session.starts_at,
            ends_at=session.ends_at,
        )
    )
    db.session.commit()
    return session


def test_no_session_in_days_fires_once_per_last_session(studio):
    lapsed = _past_session(studio, studio.client, days_ago=20)
    _past_session(studio, studio.other_client, days_ago=3)
    rule = make_rule(studio, trigger="no_session_in_days", trigger_days=14)

    summary = engine.process(organization_id=studio.org.id)
    service.set_enabled(actor=principal_for(studio.owner), rule_id=rule.id, enabled=False)
    service.set_enabled(actor=principal_for(studio.owner), rule_id=rule.id, enabled=True)
    again = engine.process(organization_id=studio.org.id)

    assert summary.fired == 1 and again.fired == 0
    assert [(run.client_id, run.occasion) for run in _runs(rule.id)] == [(studio.client.id, f"no_session:{lapsed.id}")]


def test_tag_steps_change_the_client_and_the_activity_log_says_so(studio):
    rule = make_rule(studio, steps=[{"type": "add_tag", "tag": "welcomed"}, {"type": "remove_tag", "tag": "new"}])
    studio.client.tags = ["new"]
    db.session.commit()
    engine.start_runs(
        organization_id=studio.org.id,
        trigger="client_created",
        client_ids=[studio.client.id],
        occasion="client_created",
    )

    engine.process(organization_id=studio.org.id)

    db.session.refresh(studio.client)
    assert studio.client.tags == ["welcomed"]
    entries = (
        db.session.execute(
            sa.select(ActivityEntry).where(
                ActivityEntry.entity_type == "client", ActivityEntry.entity_id == studio.client.id
            )
        )
        .scalars()
        .all()
    )
    assert [e.changes["tags"]["after"] for e in entries if "tags" in e.changes] == [["new", "welcomed"], ["welcomed"]]
    assert [r["outcome"] for r in _runs(rule.id)[0].results] == ["Tag “welcomed” added.", "Tag “new” removed."]


def test_turning_a_rule_off_stops_its_runs_under_way(studio):
    rule = make_rule(studio, steps=[{"type": "wait", "amount": 1, "unit": "hours"}, EMAIL])
    engine.start_runs(
        organization_id=studio.org.id,
        trigger="client_created",
        client_ids=[studio.client.id],
        occasion="client_created",
    )
    engine.process(organization_id=studio.org.id)

    service.set_enabled(actor=principal_for(studio.owner), rule_id=rule.id, enabled=False)
    engine.process(organization_id=studio.org.id, now=datetime.now(UTC) + timedelta(hours=2))

    assert _runs(rule.id)[0].status == "stopped"
    assert automation_messages(studio.org.id) == []


def test_a_session_booked_starts_a_run_per_client_on_it(studio):
    from fitnesscrm.scheduling import service as scheduling

    rule = make_rule(studio, trigger="session_booked")
    starts = datetime.now(UTC) + timedelta(days=2)
    session = scheduling.create(
        actor=principal_for(studio.owner),
        trainer_id=studio.trainer.id,
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        client_ids=[studio.client.id],
        kind="personal",
        override=True,
    )

    assert [(r.client_id, r.occasion) for r in _runs(rule.id)] == [(studio.client.id, f"session_booked:{session.id}")]


def test_a_segment_condition_starts_runs_only_for_the_segments_clients(studio, other_studio):
    from fitnesscrm.errors import ValidationError
    from fitnesscrm.segments import service as segments

    vips = segments.create(actor=principal_for(studio.owner), name="VIPs", filters={"tags_any": ["vip"]})
    rule = make_rule(studio, conditions=[{"type": "in_segment", "segment_id": vips["id"]}])
    tagged = ClientFactory(organization_id=studio.org.id, tags=["vip"], status="active")
    untagged = ClientFactory(organization_id=studio.org.id, tags=[], status="active")

    started = engine.start_runs(
        organization_id=studio.org.id, trigger="client_created", client_ids=[tagged.id, untagged.id], occasion="new"
    )

    assert started == 1 and [run.client_id for run in _runs(rule.id)] == [tagged.id]
    assert service.get(actor=principal_for(studio.owner), rule_id=rule.id).conditions_text == ["In the segment “VIPs”"]
    theirs = segments.create(actor=principal_for(other_studio.owner), name="Theirs", filters={})
    try:
        make_rule(studio, conditions=[{"type": "in_segment", "segment_id": theirs["id"]}])
    except ValidationError as error:
        assert "conditions.0.segment_id" in error.fields
    else:
        raise AssertionError("another studio's segment was accepted")

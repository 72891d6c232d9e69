"""The demo studio's automations and tasks, so that both screens look alive.

Four rules from the built-in templates (three on, the payment reminder off); the welcome sequence
has run for the newest clients — finished for the older ones, waiting for the newest — and the
re-engagement rule for a few lapsed ones, with their emails already sent (outbox rows written as
history, keyed as the engine keys them, so the rules' figures count them) and the tasks they made.
Each trainer also has tasks made by hand: one due today, one overdue, one done.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import User
from fitnesscrm.automation import templates
from fitnesscrm.automation.models import Rule, Run
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.organizations.models import Organization
from fitnesscrm.tasks.models import Task
from fitnesscrm.trainers.models import Trainer

ENABLED = {"welcome_sequence": True, "re_engagement": True, "birthday": True, "payment_reminder": False}
HAND_TASKS = [
    ("Plan next block for the strength group", 0),
    ("Update the waiver template", -2),
    ("Order resistance bands", -6),
]


def _rule(org_id: int, owner_id: int, key: str, now: datetime) -> Rule:
    template = templates.TEMPLATES[key]
    rule = Rule(
        organization_id=org_id,
        name=template["name"],
        description=template["description"],
        trigger=template["trigger"],
        trigger_days=template["trigger_days"],
        conditions=[],
        steps=[dict(step) for step in template["steps"]],
        enabled=ENABLED[key],
        template=key,
        created_by_id=owner_id,
        next_evaluation_at=now if template["trigger"] in ("birthday", "no_session_in_days") and ENABLED[key] else None,
    )
    db.session.add(rule)
    return rule


def _email(org: Organization, rule: Rule, run: Run, index: int, client: Client, at: datetime) -> OutboxMessage:
    step = rule.steps[index]
    values = {
        "first_name": client.first_name,
        "full_name": client.full_name,
        "studio_name": org.name,
        "trainer_name": "",
    }
    subject = step["subject"].replace("{{ first_name }}", client.first_name).replace("{{ studio_name }}", org.name)
    text = step["body"]
    for name, value in values.items():
        text = text.replace("{{ " + name + " }}", value)
    return OutboxMessage(
        organization_id=org.id,
        channel="email",
        recipient_user_id=client.user_id,
        recipient_address=client.email,
        recipient_name=client.full_name,
        template="automation",
        subject=subject,
        context={"body_html": f"<p>{text}</p>", "body_text": text},
        idempotency_key=f"automation:{rule.id}:{run.id}:{index}",
        status="sent",
        attempts=1,
        next_attempt_at=at,
        sent_at=at,
        created_at=at,
    )


def add(*, now: datetime, organization_id: int) -> dict[str, int]:
    """Rules, runs, their sent emails and tasks, and hand-made tasks; counts of each."""
    org = db.session.get(Organization, organization_id)
    owner_id = db.session.execute(
        sa.select(User.id).where(User.organization_id == org.id, User.role == "owner").order_by(User.id).limit(1)
    ).scalar_one()
    rules = {key: _rule(org.id, owner_id, key, now) for key in ENABLED}
    db.session.flush()
    trainer_of = dict(
        db.session.execute(
            sa.select(Assignment.client_id, Trainer.user_id)
            .join(Trainer, Trainer.id == Assignment.trainer_id)
            .where(Assignment.organization_id == org.id, Assignment.is_primary, Assignment.ended_at.is_(None))
        ).all()
    )
    clients = list(
        db.session.execute(
            sa.select(Client)
            .where(Client.organization_id == org.id, Client.status == "active", Client.email.is_not(None))
            .order_by(Client.created_at.desc(), Client.id.desc())
            .limit(10)
        ).scalars()
    )
    welcome, lapsed = rules["welcome_sequence"], rules["re_engagement"]
    runs = messages = tasks = 0
    for n, client in enumerate(clients):
        rule = welcome if n < 6 else lapsed
        days_ago = 2 + 2 * n if rule is welcome else 1
        started = now - timedelta(days=days_ago, hours=3)
        finished = rule is welcome and days_ago >= 7
        step_index = len(rule.steps) if finished else (1 if rule is welcome else 2)
        results = [{"step": 0, "type": "send_email", "outcome": "Email queued.", "at": started.isoformat()}]
        occasion = "client_created" if rule is welcome else f"no_session:demo-{client.id}"
        run = Run(
            organization_id=org.id,
            rule_id=rule.id,
            client_id=client.id,
            occasion=occasion,
            status="completed" if finished or rule is lapsed else "active",
            step_index=step_index,
            next_due_at=None if finished or rule is lapsed else started + timedelta(days=3),
            results=results,
            messaged_at=started,
            created_at=started,
            finished_at=started if rule is lapsed else None,
        )
        db.session.add(run)
        db.session.flush()
        db.session.add(_email(org, rule, run, 0, client, started))
        runs, messages = runs + 1, messages + 1
        assignee = trainer_of.get(client.id) or owner_id
        if rule is lapsed or days_ago >= 3:
            index = 1 if rule is lapsed else 2
            title = rule.steps[index]["title"].replace("{{ full_name }}", client.full_name)
            due = (started + timedelta(days=3 if rule is welcome else 0, hours=1)).date()
            db.session.add(
                Task(
                    organization_id=org.id,
                    title=title,
                    due_on=due,
                    assignee_id=assignee,
                    client_id=client.id,
                    source="automation",
                    rule_id=rule.id,
                    source_key=f"automation:{rule.id}:{run.id}:{index}",
                    completed_at=started + timedelta(days=4) if finished else None,
                    completed_by_id=assignee if finished else None,
                    created_at=started,
                )
            )
            tasks += 1
            if rule is lapsed:
                run.results = [
                    *results,
                    {"step": 1, "type": "create_task", "outcome": "Task created.", "at": started.isoformat()},
                ]
        if finished:
            run.finished_at = started + timedelta(days=7)
            db.session.add(_email(org, rule, run, 4, client, started + timedelta(days=7)))
            messages += 1
    staff = db.session.execute(
        sa.select(User.id).where(User.organization_id == org.id, User.role.in_(("owner", "trainer"))).order_by(User.id)
    ).scalars()
    for user_id in staff:
        for n, (title, offset) in enumerate(HAND_TASKS):
            done = n == 2
            db.session.add(
                Task(
                    organization_id=org.id,
                    title=title,
                    due_on=(now + timedelta(days=offset)).date(),
                    assignee_id=user_id,
                    source="person",
                    created_by_id=owner_id,
                    completed_at=now - timedelta(days=1) if done else None,
                    completed_by_id=user_id if done else None,
                )
            )
            tasks += 1
    db.session.commit()
    return {"rules": len(rules), "runs": runs, "messages": messages, "tasks": tasks}

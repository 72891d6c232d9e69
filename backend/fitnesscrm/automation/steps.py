"""What each step does for one client: queue a message, make a task, change a tag, call a webhook, or wait.

Every effect is keyed by (run, step), so a step that runs again after a failure changes nothing twice:
the outbox refuses a second message with the same idempotency key, the tasks table a second task
with the same source key, a tag already there is not added again, and the webhook's job is deferred
with a queueing lock.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import procrastinate
import sqlalchemy as sa
from markupsafe import Markup, escape

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.automation.models import Rule, Run
from fitnesscrm.clients.events import ClientUpdated
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.jobs import defer, task
from fitnesscrm.core.outbound import OutboundFailed, OutboundRefused, post
from fitnesscrm.extensions import db
from fitnesscrm.notifications import merge_fields
from fitnesscrm.notifications import service as notifications
from fitnesscrm.notifications.push import service as push
from fitnesscrm.notifications.sms import service as sms
from fitnesscrm.organizations.models import Organization
from fitnesscrm.tasks import service as tasks
from fitnesscrm.trainers.models import Trainer


@dataclass(frozen=True)
class Recipient:
    """The client a run is for, with what its messages and tasks need."""

    id: int
    organization_id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    user_id: int | None
    trainer_name: str | None
    trainer_user_id: int | None
    studio_name: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def values(self) -> dict[str, str]:
        return merge_fields.client_values(
            first_name=self.first_name,
            last_name=self.last_name,
            email=self.email,
            trainer_name=self.trainer_name,
            studio_name=self.studio_name,
        )


@dataclass(frozen=True)
class Outcome:
    text: str
    messaged: bool = False
    resume_at: datetime | None = None


def recipients(client_ids: list[int]) -> dict[int, Recipient]:
    """The listed clients with their primary trainer and studio: one query."""
    primary = sa.and_(Assignment.client_id == Client.id, Assignment.is_primary, Assignment.ended_at.is_(None))
    rows = db.session.execute(
        sa.select(
            Client.id,
            Client.organization_id,
            Client.first_name,
            Client.last_name,
            Client.email,
            Client.phone,
            Client.user_id,
            Trainer.first_name.label("trainer_first"),
            Trainer.last_name.label("trainer_last"),
            Trainer.user_id.label("trainer_user_id"),
            Organization.name.label("studio_name"),
        )
        .join(Organization, Organization.id == Client.organization_id)
        .outerjoin(Assignment, primary)
        .outerjoin(Trainer, Trainer.id == Assignment.trainer_id)
        .where(Client.id.in_(client_ids))
    ).all()
    return {
        row.id: Recipient(
            id=row.id,
            organization_id=row.organization_id,
            first_name=row.first_name,
            last_name=row.last_name,
            email=row.email,
            phone=row.phone,
            user_id=row.user_id,
            trainer_name=f"{row.trainer_first} {row.trainer_last}" if row.trainer_first else None,
            trainer_user_id=row.trainer_user_id,
            studio_name=row.studio_name,
        )
        for row in rows
    }


def paragraphs(text: str) -> str:
    """Plain text as escaped HTML paragraphs, line breaks kept."""
    blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
    return "".join(f"<p>{Markup('<br>').join(escape(line) for line in block.splitlines())}</p>" for block in blocks)


def _key(rule: Rule, run: Run, index: int) -> str:
    return f"automation:{rule.id}:{run.id}:{index}"


def _send_email(step, rule, run, index, recipient: Recipient, now) -> Outcome:
    if not recipient.email:
        return Outcome("Skipped: the client has no email address.")
    values = recipient.values()
    text = merge_fields.render_text(step["body"], values)
    queued = notifications.queue_email(
        organization_id=recipient.organization_id,
        template="automation",
        to_address=recipient.email,
        to_name=recipient.full_name,
        to_user_id=recipient.user_id,
        subject=merge_fields.render_text(step["subject"], values),
        context={"body_html": paragraphs(text), "body_text": text},
        idempotency_key=_key(rule, run, index),
    )
    if queued is None:
        return Outcome("Skipped: the client turned these emails off.")
    return Outcome("Email queued.", messaged=True)


def _send_sms(step, rule, run, index, recipient: Recipient, now) -> Outcome:
    if not recipient.phone:
        return Outcome("Skipped: the client has no phone number.")
    text = merge_fields.render_text(step["body"], recipient.values())
    queued = sms.queue_text(
        organization_id=recipient.organization_id,
        template="automation",
        to_number=recipient.phone,
        to_name=recipient.full_name,
        to_user_id=recipient.user_id,
        subject=text[:80],
        context={"body_text": text},
        idempotency_key=_key(rule, run, index),
    )
    if queued is None:
        return Outcome("Skipped: texts are not set up, or the client has not agreed to them.")
    return Outcome("Text queued.", messaged=True)


def _send_push(step, rule, run, index, recipient: Recipient, now) -> Outcome:
    if recipient.user_id is None:
        return Outcome("Skipped: the client has no login to push to.")
    values = recipient.values()
    queued = push.queue_pushes(
        organization_id=recipient.organization_id,
        user_ids=[recipient.user_id],
        template="automation",
        title=merge_fields.render_text(step["title"], values),
        body=merge_fields.render_text(step["body"], values),
        url="/portal",
        tag=f"automation-{run.id}-{index}",
        idempotency_key=_key(rule, run, index),
    )
    if not queued:
        return Outcome("Skipped: the client has no device that takes notifications.")
    return Outcome("Push notification queued.", messaged=True)


def _create_task(step, rule, run, index, recipient: Recipient, now) -> Outcome:
    assignee_id = step.get("assignee_id") or recipient.trainer_user_id
    if assignee_id is None:
        # Nobody named and no trainer with a login: the rule's author takes it.
        assignee_id = rule.created_by_id
    if assignee_id is None:
        return Outcome("Skipped: the client has no primary trainer with a login to give the task to.")
    values = recipient.values()
    due_in = step.get("due_in_days")
    tasks.create_for_automation(
        organization_id=recipient.organization_id,
        source_key=_key(rule, run, index),
        rule_id=rule.id,
        title=merge_fields.render_text(step["title"], values),
        notes=merge_fields.render_text(step["notes"], values) if step.get("notes") else None,
        due_on=(now + timedelta(days=due_in)).date() if due_in is not None else None,
        assignee_id=assignee_id,
        client_id=recipient.id,
        client_name=recipient.full_name,
    )
    return Outcome("Task created.")


def _change_tag(step, rule, run, index, recipient: Recipient, now) -> Outcome:
    tag = step["tag"]
    adding = step["type"] == "add_tag"
    has = Client.tags.contains([tag])
    after = db.session.execute(
        sa.update(Client)
        .where(Client.id == recipient.id, ~has if adding else has)
        .values(tags=sa.func.array_append(Client.tags, tag) if adding else sa.func.array_remove(Client.tags, tag))
        .returning(Client.tags)
    ).scalar_one_or_none()
    if after is None:
        return Outcome(f"Tag “{tag}” was already {'there' if adding else 'gone'}.")
    events.record(
        ClientUpdated(
            organization_id=recipient.organization_id,
            actor=None,
            entity_id=recipient.id,
            label=recipient.full_name,
            changes={"tags": {"before": [t for t in after if t != tag] if adding else [*after, tag], "after": after}},
        )
    )
    return Outcome(f"Tag “{tag}” {'added' if adding else 'removed'}.")


def _call_webhook(step, rule, run, index, recipient: Recipient, now) -> Outcome:
    # Already queued by an earlier attempt at this step: that job makes the call.
    with contextlib.suppress(procrastinate.exceptions.AlreadyEnqueued):
        defer(call_webhook, queueing_lock=_key(rule, run, index), run_id=run.id, step_index=index)
    return Outcome("Webhook call queued.")


def _wait(step, rule, run, index, recipient: Recipient, now) -> Outcome:
    delta = timedelta(hours=step["amount"]) if step["unit"] == "hours" else timedelta(days=step["amount"])
    unit = step["unit"] if step["amount"] != 1 else step["unit"].removesuffix("s")
    return Outcome(f"Waiting {step['amount']} {unit}.", resume_at=now + delta)


RUNNERS = {
    "send_email": _send_email,
    "send_sms": _send_sms,
    "send_push": _send_push,
    "create_task": _create_task,
    "add_tag": _change_tag,
    "remove_tag": _change_tag,
    "call_webhook": _call_webhook,
    "wait": _wait,
}


def run(step: dict[str, Any], *, rule: Rule, run: Run, index: int, recipient: Recipient, now: datetime) -> Outcome:
    """Do one step for one client (in the caller's transaction) and say what happened."""
    return RUNNERS[step["type"]](step, rule, run, index, recipient, now)


def webhook_body(rule: Rule, run: Run, step: dict[str, Any], recipient: Recipient) -> bytes:
    """The JSON a rule's webhook step sends: the rule, the client, the occasion and the step's own payload."""
    return json.dumps(
        {
            "rule": {"id": rule.id, "name": rule.name},
            "client": {
                "id": recipient.id,
                "first_name": recipient.first_name,
                "last_name": recipient.last_name,
                "email": recipient.email,
                "phone": recipient.phone,
            },
            "occasion": run.occasion,
            "data": step.get("payload") or {},
        }
    ).encode()


def call(*, run_id: int, step_index: int) -> str:
    """POST a webhook step's JSON; the outcome, also kept on the run. Raises OutboundFailed to be retried."""
    run_row = db.session.get(Run, run_id, with_for_update=True)
    if run_row is None:
        return "The run no longer exists."
    rule = db.session.get(Rule, run_row.rule_id)
    step = rule.steps[step_index] if step_index < len(rule.steps) else None
    if step is None or step["type"] != "call_webhook":
        return "The rule's step changed before the call was made."
    recipient = recipients([run_row.client_id])[run_row.client_id]
    try:
        response = post(
            step["url"],
            body=webhook_body(rule, run_row, step, recipient),
            headers={"Content-Type": "application/json", "FitnessCRM-Automation-Run": str(run_row.id)},
        )
        outcome = (
            f"Webhook answered {response.status}."
            if 200 <= response.status < 300
            else f"Webhook failed: it answered {response.status}."
        )
    except OutboundRefused as refused:
        outcome = f"Webhook refused: {refused}"
    except OutboundFailed as failed:
        outcome = f"Webhook failed: {failed}"
    run_row.results = [
        *run_row.results,
        {"step": step_index, "type": "call_webhook", "outcome": outcome, "at": datetime.now().astimezone().isoformat()},
    ]
    db.session.commit()
    return outcome


@task(
    name="automation.call-webhook",
    queue="default",
    retry=procrastinate.RetryStrategy(max_attempts=5, exponential_wait=30),
)
def call_webhook(run_id: int, step_index: int) -> None:
    """Make one webhook step's call; a receiver that failed is tried again (5 times, 30 s growing)."""
    outcome = call(run_id=run_id, step_index=step_index)
    if outcome.startswith("Webhook failed"):
        raise OutboundFailed(outcome)

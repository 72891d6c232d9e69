"""Automation's events (rules created, changed, turned on and off) and its subscriptions to other domains' events.

Each subscriber starts runs in the transaction of the change that fired them (engine.start_runs),
keyed by the event's occasion, so a change recorded twice starts nothing twice; the steps run on the
worker's next minute (or the next call of process-triggers).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from fitnesscrm.automation import engine
from fitnesscrm.billing.events import PaymentFailed
from fitnesscrm.clients.events import ClientCreated
from fitnesscrm.core.events import RecordChanged, subscribe
from fitnesscrm.core.jobs import periodic
from fitnesscrm.extensions import db
from fitnesscrm.progress.goals.events import GoalAchieved
from fitnesscrm.scheduling.events import AttendanceMarked, SessionBooked, SessionCancelled, SessionChanged
from fitnesscrm.scheduling.models import Participant


@dataclass(frozen=True, kw_only=True)
class RuleEvent(RecordChanged):
    entity_type = "automation_rule"


@dataclass(frozen=True, kw_only=True)
class RuleCreated(RuleEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class RuleChanged(RuleEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class RuleEnabled(RuleEvent):
    action = "enable"


@dataclass(frozen=True, kw_only=True)
class RuleDisabled(RuleEvent):
    action = "disable"


@dataclass(frozen=True, kw_only=True)
class RuleDeleted(RuleEvent):
    action = "delete"


def _participants(organization_id: int, session_id: int, *, active_only: bool) -> list[int]:
    stmt = sa.select(Participant.client_id).where(
        Participant.session_id == session_id, Participant.organization_id == organization_id
    )
    if active_only:
        stmt = stmt.where(Participant.active)
    return list(db.session.execute(stmt).scalars())


@subscribe(ClientCreated)
def start_on_client_created(event: ClientCreated) -> None:
    """Start the rules on "a client is added" for the new client."""
    engine.start_runs(
        organization_id=event.organization_id,
        trigger="client_created",
        client_ids=[event.entity_id],
        occasion="client_created",
    )


@subscribe(SessionBooked)
def start_on_session_booked(event: SessionBooked) -> None:
    """Start the rules on "a session is booked" for each client booked on it."""
    engine.start_runs(
        organization_id=event.organization_id,
        trigger="session_booked",
        client_ids=_participants(event.organization_id, event.entity_id, active_only=True),
        occasion=f"session_booked:{event.entity_id}",
    )


@subscribe(SessionChanged)
def start_on_clients_added(event: SessionChanged) -> None:
    """A client added to a booked session is booked on it too."""
    engine.start_runs(
        organization_id=event.organization_id,
        trigger="session_booked",
        client_ids=list(event.clients_added),
        occasion=f"session_booked:{event.entity_id}",
    )


@subscribe(SessionCancelled)
def start_on_session_cancelled(event: SessionCancelled) -> None:
    """Start the rules on "a session is cancelled" for each client who was on it."""
    engine.start_runs(
        organization_id=event.organization_id,
        trigger="session_cancelled",
        client_ids=_participants(event.organization_id, event.entity_id, active_only=False),
        occasion=f"session_cancelled:{event.entity_id}",
    )


@subscribe(AttendanceMarked)
def start_on_attendance(event: AttendanceMarked) -> None:
    """Start the rules on "attended" or "did not show up" for each client on the session."""
    trigger = {"completed": "session_attended", "no_show": "session_no_show"}.get(event.status)
    if trigger is None:
        return
    engine.start_runs(
        organization_id=event.organization_id,
        trigger=trigger,
        client_ids=_participants(event.organization_id, event.entity_id, active_only=False),
        occasion=f"{trigger}:{event.entity_id}",
    )


@subscribe(PaymentFailed)
def start_on_payment_failed(event: PaymentFailed) -> None:
    """Start the rules on "a payment fails" for the client who owes it."""
    engine.start_runs(
        organization_id=event.organization_id,
        trigger="payment_failed",
        client_ids=[event.client_id],
        occasion=f"payment_failed:{event.entity_id}",
    )


@subscribe(GoalAchieved)
def start_on_goal_achieved(event: GoalAchieved) -> None:
    """Start the rules on "a client reaches a goal"; each goal (by its title) fires once."""
    goal = (event.changes.get("goal") or {}).get("after") or event.label
    engine.start_runs(
        organization_id=event.organization_id,
        trigger="goal_achieved",
        client_ids=[event.entity_id],
        occasion=f"goal_achieved:{goal}",
    )


@periodic(cron="* * * * *", name="automation.process-triggers")
def process_triggers(timestamp: int) -> None:
    """Every minute: evaluate due time triggers and run due steps, as POST /api/automation/process-triggers does."""
    engine.process()

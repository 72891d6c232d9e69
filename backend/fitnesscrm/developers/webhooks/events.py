"""Other domains' events, as the public webhook events endpoints subscribe to (see event_types.EVENT_TYPES).

Each subscriber runs in the transaction of the change and only writes rows and defers jobs
(publishing.publish); nothing here calls out.
"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.billing.events import InvoicePaid, MembershipStarted, PaymentFailed, PaymentRecorded
from fitnesscrm.clients.events import ClientArchived, ClientCreated, ClientUpdated
from fitnesscrm.clients.models import Client
from fitnesscrm.core.events import RecordChanged, subscribe
from fitnesscrm.developers.webhooks.event_types import EVENT_TYPES
from fitnesscrm.developers.webhooks.publishing import publish
from fitnesscrm.extensions import db
from fitnesscrm.messaging.events import MessagePosted
from fitnesscrm.progress.checkins.events import CheckInSubmitted
from fitnesscrm.progress.goals.events import GoalAchieved
from fitnesscrm.progress.models import CheckInSubmission, Goal
from fitnesscrm.scheduling.events import AttendanceMarked, SessionBooked, SessionCancelled

# Events whose record is their own `entity_id`: domain event class → public type.
DIRECT = {
    ClientCreated: "client.created",
    ClientUpdated: "client.updated",
    ClientArchived: "client.archived",
    SessionBooked: "session.booked",
    SessionCancelled: "session.cancelled",
    InvoicePaid: "invoice.paid",
    PaymentFailed: "payment.failed",
    PaymentRecorded: "payment.succeeded",
    MembershipStarted: "membership.started",
}
ATTENDANCE = {"completed": "session.attended", "no_show": "session.no_show"}


def _publish(event: RecordChanged, event_type: str, record_id) -> None:
    publish(
        organization_id=event.organization_id,
        event_type=event_type,
        kind=EVENT_TYPES[event_type][1],
        record_id=record_id,
    )


@subscribe(*DIRECT)
def publish_record_event(event: RecordChanged) -> None:
    """A client, session, invoice, payment or membership event, for the endpoints that want it."""
    # By the nearest class named, so that a subclass some domain adds later reads as its parent.
    event_type = next(DIRECT[cls] for cls in type(event).__mro__ if cls in DIRECT)
    _publish(event, event_type, event.entity_id)


@subscribe(AttendanceMarked)
def publish_attendance(event: AttendanceMarked) -> None:
    """A session marked attended or no-show (a late cancellation is no webhook event)."""
    if event.status in ATTENDANCE:
        _publish(event, ATTENDANCE[event.status], event.entity_id)


@subscribe(MessagePosted)
def publish_client_message(event: MessagePosted) -> None:
    """A message a client wrote in their thread (in the app or by text), not one the studio wrote to them."""
    if event.client_id is None:
        return

    def by_client() -> int | None:
        if event.via_sms:
            return event.message_id
        user_id = db.session.scalar(sa.select(Client.user_id).where(Client.id == event.client_id))
        return event.message_id if user_id is not None and user_id == event.author_user_id else None

    publish(organization_id=event.organization_id, event_type="message.received", kind="message", record_id=by_client)


@subscribe(CheckInSubmitted)
def publish_check_in(event: CheckInSubmitted) -> None:
    """A client's check-in answers (the event names the client; the submission is their newest)."""
    _publish(
        event,
        "checkin.submitted",
        lambda: db.session.scalar(
            sa.select(CheckInSubmission.id)
            .where(CheckInSubmission.client_id == event.entity_id)
            .order_by(CheckInSubmission.id.desc())
            .limit(1)
        ),
    )


@subscribe(GoalAchieved)
def publish_goal(event: GoalAchieved) -> None:
    """A goal reached (the event names the client and the goal's title)."""
    title = event.changes.get("goal", {}).get("after")
    _publish(
        event,
        "goal.achieved",
        lambda: db.session.scalar(
            sa.select(Goal.id)
            .where(Goal.client_id == event.entity_id, Goal.title == title, Goal.status == "achieved")
            .order_by(Goal.achieved_at.desc(), Goal.id.desc())
            .limit(1)
        ),
    )

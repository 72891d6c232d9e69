"""Goals' events: what people read about later, and the subscriptions that re-evaluate a client's goals.

Entries are about the client (labelled with their name), as every change to a client's data is.
Whatever feeds a goal — a measurement, a set, an attended session, a habit tick — re-evaluates
that client's active goals in the same transaction, so a goal is marked reached with the change
that reached it.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from fitnesscrm.core.events import RecordChanged, subscribe
from fitnesscrm.extensions import db
from fitnesscrm.progress.habits.events import HabitLogged
from fitnesscrm.progress.measurements.events import MeasurementRecorded
from fitnesscrm.scheduling.events import AttendanceMarked
from fitnesscrm.scheduling.models import Participant
from fitnesscrm.training.events import SetsLogged


@dataclass(frozen=True, kw_only=True)
class GoalEvent(RecordChanged):
    entity_type = "client"


@dataclass(frozen=True, kw_only=True)
class GoalSet(GoalEvent):
    action = "set_goal"


@dataclass(frozen=True, kw_only=True)
class GoalChanged(GoalEvent):
    action = "change_goal"


@dataclass(frozen=True, kw_only=True)
class GoalAbandoned(GoalEvent):
    action = "abandon_goal"


@dataclass(frozen=True, kw_only=True)
class GoalAchieved(GoalEvent):
    action = "achieve_goal"


@dataclass(frozen=True, kw_only=True)
class MilestoneReached(GoalEvent):
    action = "reach_milestone"


@subscribe(SetsLogged, MeasurementRecorded, HabitLogged)
def evaluate_after_progress(event: SetsLogged | MeasurementRecorded | HabitLogged) -> None:
    """Re-evaluate the client's goals: a lift, measurement or habit-streak goal may have been reached."""
    from fitnesscrm.progress.goals import evaluation

    evaluation.evaluate(organization_id=event.organization_id, client_id=event.client_id, actor=event.actor)


@subscribe(AttendanceMarked)
def evaluate_after_attendance(event: AttendanceMarked) -> None:
    """Re-evaluate the goals of every client on the session: an attendance goal may have been reached."""
    from fitnesscrm.progress.goals import evaluation

    client_ids = db.session.execute(
        sa.select(Participant.client_id).where(
            Participant.session_id == event.entity_id, Participant.organization_id == event.organization_id
        )
    ).scalars()
    for client_id in client_ids:
        evaluation.evaluate(organization_id=event.organization_id, client_id=client_id, actor=event.actor)

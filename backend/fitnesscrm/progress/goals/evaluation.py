"""Marking goals and milestones reached when the computed progress passes them, once, with an activity entry."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.progress.goals import progress as computed
from fitnesscrm.progress.goals import queries
from fitnesscrm.progress.goals.events import GoalAchieved, MilestoneReached
from fitnesscrm.progress.goals.wording import milestone_label
from fitnesscrm.progress.models import Goal


def evaluate(*, organization_id: int, client_id: int, actor: Principal | None) -> None:
    """Mark the client's active goals and milestones their progress has reached (in the caller's transaction)."""
    client = db.session.execute(
        sa.select(Client).where(Client.id == client_id, Client.organization_id == organization_id)
    ).scalar_one_or_none()
    if client is None:
        return
    rows = queries.goals_with_names(
        sa.select(Goal).where(
            Goal.client_id == client_id, Goal.organization_id == organization_id, Goal.status == "active"
        )
    )
    if not rows:
        return
    zone, today = queries.client_today(client)
    goals = [goal for goal, _ in rows]
    progress = computed.compute(goals, zone=zone, today=today)
    milestones = queries.milestones_of(goals)
    # Entries name the milestone in the studio's units: an activity entry is read by many people.
    units = queries.studio_units(organization_id)
    now = datetime.now(UTC)
    for goal, names in rows:
        state = progress[goal.id]
        for milestone in milestones.get(goal.id, []):
            if milestone.reached_at is None and computed.passes(goal, state, milestone.value):
                milestone.reached_at = now
                _record(MilestoneReached, organization_id, actor, client, {
                    "goal": goal.title, "milestone": milestone_label(goal, milestone.value, names, units),
                })  # fmt: skip
        if state.reached:
            goal.status, goal.achieved_at = "achieved", now
            _record(GoalAchieved, organization_id, actor, client, {"goal": goal.title})
    db.session.flush()


def _record(event_type, organization_id: int, actor: Principal | None, client: Client, values: dict) -> None:
    events.record(
        event_type(
            organization_id=organization_id,
            actor=actor,
            entity_id=client.id,
            label=client.full_name,
            changes={name: {"before": None, "after": value} for name, value in values.items()},
        )
    )

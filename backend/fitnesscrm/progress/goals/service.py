"""Goals: staff set, change and abandon them; everyone who may see the client reads them with their progress.

Targets are typed in the reader's units and stored as the goal's unit (SI for measurements, kg
for lifts, days for streaks); progress is computed on every read (`progress`) and goals are marked
reached when what feeds them changes (`evaluation`, run from `events`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import STAFF, Principal
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.progress.goals import evaluation, queries
from fitnesscrm.progress.goals.events import GoalAbandoned, GoalChanged, GoalSet
from fitnesscrm.progress.goals.presenting import present
from fitnesscrm.progress.goals.schemas import MAX_MILESTONES, MAX_STREAK_DAYS
from fitnesscrm.progress.goals.wording import Names, milestone_label, target_text
from fitnesscrm.progress.measurements.units import Units, to_si, units_for
from fitnesscrm.progress.models import Goal, GoalMilestone, Habit, Measurement, MeasurementType
from fitnesscrm.training.exercises import service as exercises
from fitnesscrm.training.models import SetLog

STATUS_ORDER = sa.case({"active": 0, "achieved": 1}, value=Goal.status, else_=2)
KIND_FIELDS = {
    "measurement": ("measurement_type_id", "target_value"),
    "lift": ("exercise_id", "target_value"),
    "attendance": ("sessions_per_week", "weeks"),
    "habit_streak": ("habit_id", "target_value"),
}
REQUIRED = "Required for this kind of goal."


def _before_start() -> ValidationError:
    return ValidationError("The target date is before the start.", fields={"target_date": ["On or after the start."]})


def _visible(actor: Principal) -> sa.Select:
    """`select(Goal)` of the clients `actor` may see."""
    client_ids = clients.visible(actor).with_only_columns(Client.id)
    return sa.select(Goal).where(Goal.organization_id == actor.organization_id, Goal.client_id.in_(client_ids))


def _find(actor: Principal, goal_id: int, *, lock: bool = False) -> Goal:
    stmt = _visible(actor).where(Goal.id == goal_id)
    goal = db.session.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()
    if goal is None:
        raise NotFound("No such goal.")
    return goal


def get_all(*, actor: Principal, client_id: int, status: str | None = None, page: int = 1, per_page: int = 25) -> Page:
    """One page of a client's goals, active first, each with its progress (one statement per kind)."""
    client = clients.find(actor=actor, client_id=client_id)
    stmt = sa.select(Goal).where(Goal.client_id == client.id, Goal.organization_id == actor.organization_id)
    if status:
        stmt = stmt.where(Goal.status == status)
    stmt = queries.with_names(stmt).order_by(STATUS_ORDER, Goal.created_at.desc(), Goal.id.desc())
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = present(queries.named(result.items), client=client, units=units_for(actor))
    return result


def get(*, actor: Principal, goal_id: int) -> dict[str, Any]:
    """One goal with its progress."""
    goal = _find(actor, goal_id)
    return _one(actor, goal.id)


def _one(actor: Principal, goal_id: int) -> dict[str, Any]:
    rows = queries.goals_with_names(sa.select(Goal).where(Goal.id == goal_id))
    client = db.session.get(Client, rows[0][0].client_id)
    return present(rows, client=client, units=units_for(actor))[0]


def _names(actor: Principal, client: Client, values: dict[str, Any]) -> Names:
    """Check what the goal is about exists for this studio and client, and name it."""
    kind = values["kind"]
    if kind == "measurement":
        found = db.session.execute(
            sa.select(MeasurementType).where(
                MeasurementType.id == values["measurement_type_id"],
                sa.or_(
                    MeasurementType.organization_id.is_(None),
                    MeasurementType.organization_id == client.organization_id,
                ),
                MeasurementType.archived_at.is_(None),
            )
        ).scalar_one_or_none()
        if found is None:
            raise ValidationError("No such measurement type.", fields={"measurement_type_id": ["No such type."]})
        return Names(measurement_type=found.name, dimension=found.dimension)
    if kind == "lift":
        try:
            exercise = exercises.find(actor=actor, exercise_id=values["exercise_id"])
        except NotFound:
            raise ValidationError("No such exercise.", fields={"exercise_id": ["No such exercise."]}) from None
        return Names(exercise=exercise.name)
    if kind == "habit_streak":
        habit = db.session.execute(
            sa.select(Habit).where(
                Habit.id == values["habit_id"], Habit.client_id == client.id, Habit.archived_at.is_(None)
            )
        ).scalar_one_or_none()
        if habit is None:
            raise ValidationError("No such habit.", fields={"habit_id": ["Not one of this client's habits."]})
        return Names(habit=habit.name)
    return Names()


def _target_in_goal_unit(kind: str, value: Decimal, names: Names, units: Units) -> Decimal:
    if kind == "measurement":
        return to_si(value, units.for_dimension(names.dimension or "number"))
    if kind == "lift":
        return to_si(value, units.weight_unit)
    if kind == "habit_streak" and (value != value.to_integral_value() or not 1 <= value <= MAX_STREAK_DAYS):
        raise ValidationError(
            "A streak is a whole number of days.",
            fields={"target_value": [f"A whole number of days from 1 to {MAX_STREAK_DAYS:,}."]},
        )
    return value


def _start_value(goal: Goal, zone: str) -> Decimal | None:
    """What the client stood at when the goal was set: the latest measurement, or the best e1RM before it."""
    if goal.kind == "measurement":
        return db.session.execute(
            sa.select(Measurement.value_si)
            .where(
                Measurement.client_id == goal.client_id,
                Measurement.type_id == goal.measurement_type_id,
                Measurement.superseded_at.is_(None),
                Measurement.measured_on <= goal.starts_on,
            )
            .order_by(Measurement.measured_on.desc(), Measurement.id.desc())
            .limit(1)
        ).scalar_one_or_none()
    if goal.kind == "lift":
        return db.session.execute(
            sa.select(sa.func.max(SetLog.e1rm_kg)).where(
                SetLog.client_id == goal.client_id,
                SetLog.exercise_id == goal.exercise_id,
                SetLog.status == "done",
                SetLog.deleted_at.is_(None),
                SetLog.performed_at < sa.func.timezone(zone, sa.cast(goal.starts_on, sa.DateTime)),
            )
        ).scalar_one()
    return None


def _milestone_values(goal: Goal, values: dict[str, Any], names: Names, units: Units) -> list[Decimal] | None:
    """The milestones asked for, in the goal's unit and in the order they will be reached; None: unchanged."""
    target = Decimal(goal.target_value if goal.target_value is not None else goal.weeks)
    start = Decimal(goal.start_value) if goal.kind in ("measurement", "lift") and goal.start_value is not None else None
    every = values.get("milestone_every")
    if every is not None:
        if goal.kind == "measurement" and start is None:
            raise ValidationError(
                "Milestones every so often need a starting value.",
                fields={"milestone_every": [f"Record the client's {(names.measurement_type or '').lower()} first."]},
            )
        step = _target_in_goal_unit(goal.kind, every, names, units) if goal.kind != "habit_streak" else every
        origin = start if start is not None else Decimal(0)
        count = int(abs(target - origin) / step) if step else 0
        if count > MAX_MILESTONES:
            raise ValidationError(
                "Too many milestones.", fields={"milestone_every": [f"At most {MAX_MILESTONES} milestones."]}
            )
        sign = -1 if target < origin else 1
        found = [origin + sign * step * n for n in range(1, count + 1)]
        return [value for value in found if value != target]
    if "milestones" not in values:
        return None
    origin = start if start is not None else Decimal(0)
    converted = sorted({_target_in_goal_unit(goal.kind, value, names, units) if goal.kind != "habit_streak" else value
                        for value in values["milestones"]}, reverse=target < origin)  # fmt: skip
    low, high = sorted((origin, target))
    if any(not low < value < high for value in converted):
        between = f"{milestone_label(goal, low, names, units)} and {milestone_label(goal, high, names, units)}"
        raise ValidationError(
            "Milestones lie on the way.", fields={"milestones": [f"Each strictly between {between}."]}
        )
    return converted


def _set_milestones(goal: Goal, found: list[Decimal] | None, names: Names, units: Units) -> list[str] | None:
    """Replace the goal's milestones with `found` (None: keep them); their labels."""
    if found is None:
        return None
    labels = [milestone_label(goal, value, names, units)[:120] for value in found]
    # A milestone kept through an edit keeps the moment it was reached.
    reached = dict(
        db.session.execute(
            sa.delete(GoalMilestone)
            .where(GoalMilestone.goal_id == goal.id)
            .returning(GoalMilestone.value, GoalMilestone.reached_at)
        ).all()
    )
    db.session.add_all(
        GoalMilestone(
            organization_id=goal.organization_id,
            goal_id=goal.id,
            value=value,
            label=label,
            reached_at=reached.get(value),
        )
        for value, label in zip(found, labels, strict=True)
    )
    return labels


def create(*, actor: Principal, client_id: int, **values: Any) -> dict[str, Any]:
    """Set a goal for a client (staff of the client); it may be reached at once if progress already meets it."""
    actor.require(*STAFF)
    client = clients.find(actor=actor, client_id=client_id)
    kind = values["kind"]
    missing = {name: [REQUIRED] for name in KIND_FIELDS[kind] if values.get(name) is None}
    if missing:
        raise ValidationError("Some details of the goal are missing.", fields=missing)
    units = units_for(actor)
    names = _names(actor, client, values)
    zone, today = queries.client_today(client)
    starts_on: date = values.get("starts_on") or today
    if values.get("target_date") and values["target_date"] < starts_on:
        raise _before_start()
    goal = Goal(
        organization_id=actor.organization_id,
        client_id=client.id,
        kind=kind,
        title="",
        measurement_type_id=values.get("measurement_type_id") if kind == "measurement" else None,
        exercise_id=values.get("exercise_id") if kind == "lift" else None,
        habit_id=values.get("habit_id") if kind == "habit_streak" else None,
        target_value=(
            _target_in_goal_unit(kind, values["target_value"], names, units) if kind != "attendance" else None
        ),
        sessions_per_week=values.get("sessions_per_week") if kind == "attendance" else None,
        weeks=values.get("weeks") if kind == "attendance" else None,
        starts_on=starts_on,
        target_date=values.get("target_date"),
        created_by_user_id=actor.user_id,
    )
    goal.start_value = _start_value(goal, zone)
    goal.title = values.get("title") or target_text(goal, names, units)[:160]
    db.session.add(goal)
    db.session.flush()
    _set_milestones(goal, _milestone_values(goal, values, names, units), names, units)
    set_to = {"goal": goal.title, "target": target_text(goal, names, units)}
    changes = {name: {"before": None, "after": value} for name, value in set_to.items()}
    events.record_by(actor, GoalSet, entity_id=client.id, label=client.full_name, changes=changes)
    evaluation.evaluate(organization_id=actor.organization_id, client_id=client.id, actor=actor)
    db.session.commit()
    return _one(actor, goal.id)


def update(*, actor: Principal, goal_id: int, **values: Any) -> dict[str, Any]:
    """Change an active goal's title, target, date or milestones (staff of the client)."""
    actor.require(*STAFF)
    goal = _find(actor, goal_id, lock=True)
    if goal.status != "active":
        raise Conflict(f"This goal is {goal.status}; only active goals can be changed.", code="goal_not_active")
    client = db.session.get(Client, goal.client_id)
    units = units_for(actor)
    names = _names(actor, client, {"kind": goal.kind, "measurement_type_id": goal.measurement_type_id,
                                   "exercise_id": goal.exercise_id, "habit_id": goal.habit_id})  # fmt: skip
    before_title, before_target = goal.title, target_text(goal, names, units)
    if values.get("target_value") is not None and goal.kind != "attendance":
        goal.target_value = _target_in_goal_unit(goal.kind, values["target_value"], names, units)
    if goal.kind == "attendance":
        goal.sessions_per_week = values.get("sessions_per_week") or goal.sessions_per_week
        goal.weeks = values.get("weeks") or goal.weeks
    if "target_date" in values:
        if values["target_date"] and values["target_date"] < goal.starts_on:
            raise _before_start()
        goal.target_date = values["target_date"]
    after_target = target_text(goal, names, units)
    if "title" in values:
        goal.title = values["title"] or after_target[:160]
    elif before_title == before_target[:160]:
        goal.title = after_target[:160]
    labels = _set_milestones(goal, _milestone_values(goal, values, names, units), names, units)
    changes = {
        name: {"before": before, "after": after}
        for name, before, after in (("goal", before_title, goal.title), ("target", before_target, after_target))
        if before != after
    }
    if labels is not None:
        changes["milestones"] = {"before": None, "after": labels}
    events.record_by(actor, GoalChanged, entity_id=client.id, label=client.full_name, changes=changes)
    db.session.flush()
    evaluation.evaluate(organization_id=actor.organization_id, client_id=client.id, actor=actor)
    db.session.commit()
    return _one(actor, goal.id)


def abandon(*, actor: Principal, goal_id: int) -> dict[str, Any]:
    """Stop tracking an active goal; it stays in the client's list as abandoned (staff of the client)."""
    actor.require(*STAFF)
    goal = _find(actor, goal_id, lock=True)
    if goal.status != "active":
        raise Conflict(f"This goal is already {goal.status}.", code="goal_not_active")
    client = db.session.get(Client, goal.client_id)
    goal.status = "abandoned"
    events.record_by(actor, GoalAbandoned, entity_id=client.id, label=client.full_name, changes={
        "goal": {"before": goal.title, "after": goal.title}, "status": {"before": "active", "after": "abandoned"},
    })  # fmt: skip
    db.session.commit()
    return _one(actor, goal.id)

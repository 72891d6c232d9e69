"""The exercise library as a studio sees it: built-in exercises it has not replaced, and its own.

A built-in exercise (organization_id NULL) is never changed by a studio. Editing or archiving
one makes the studio's own copy (`based_on_id`), which from then on stands in for it in that
studio's list; programs that already name the built-in keep reading it by id.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.core import events
from fitnesscrm.core.changes import created, diff, jsonable
from fitnesscrm.core.pagination import Page, paginate, sort_clause
from fitnesscrm.core.search import matches
from fitnesscrm.core.tenancy import MANAGERS, STAFF, Principal
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db
from fitnesscrm.training.exercises import vocabulary
from fitnesscrm.training.exercises.events import (
    ExerciseArchived,
    ExerciseCopied,
    ExerciseCreated,
    ExerciseRestored,
    ExerciseUpdated,
)
from fitnesscrm.training.models import Exercise

# The fields a studio sets, in the order the activity log lists them.
EDITABLE = (
    "name", "aliases", "category", "primary_muscles", "secondary_muscles", "equipment", "level", "mechanic",
    "force", "unilateral", "measurement", "cues", "instructions", "video_url",
)  # fmt: skip
_CODED = {"category", "level", "mechanic", "force", "measurement"}
_CODED_LISTS = {"primary_muscles", "secondary_muscles", "equipment"}
SORT_COLUMNS = {"name": sa.func.lower(Exercise.name)}


def library(actor: Principal) -> sa.Select:
    """The exercises `actor`'s studio lists: built-in ones it has no copy of, and its own."""
    copy = aliased(Exercise)
    replaced = sa.exists().where(copy.organization_id == actor.organization_id, copy.based_on_id == Exercise.id)
    return sa.select(Exercise).where(
        sa.or_(
            Exercise.organization_id == actor.organization_id,
            sa.and_(Exercise.organization_id.is_(None), ~replaced),
        )
    )


def get_all(
    *,
    actor: Principal,
    q: str | None = None,
    muscle: str | None = None,
    equipment: str | None = None,
    category: str | None = None,
    level: str | None = None,
    measurement: str | None = None,
    archived: str | None = None,
    sort: str = "name",
    page: int = 1,
    per_page: int = 25,
) -> Page:
    """One page of the studio's library, searched and filtered; archived exercises only when asked for."""
    actor.require(*STAFF)
    stmt = library(actor)
    if (match := matches(Exercise.search, q)) is not None:
        stmt = stmt.where(match)
    if muscle:
        stmt = stmt.where(
            sa.or_(Exercise.primary_muscles.any_() == muscle, Exercise.secondary_muscles.any_() == muscle)
        )
    if equipment:
        stmt = stmt.where(Exercise.equipment.any_() == equipment)
    for column, value in ((Exercise.category, category), (Exercise.level, level), (Exercise.measurement, measurement)):
        if value:
            stmt = stmt.where(column == value)
    if archived == "only":
        stmt = stmt.where(Exercise.archived_at.is_not(None))
    elif archived != "include":
        stmt = stmt.where(Exercise.archived_at.is_(None))
    stmt = stmt.order_by(*sort_clause(sort, SORT_COLUMNS, "name", Exercise.id))
    return paginate(stmt, page=page, per_page=per_page)


def find(*, actor: Principal, exercise_id: int, lock: bool = False) -> Exercise:
    """A built-in exercise or one of the studio's own, or NotFound (another studio's exercise included)."""
    actor.require(*STAFF)
    stmt = sa.select(Exercise).where(
        Exercise.id == exercise_id,
        sa.or_(Exercise.organization_id.is_(None), Exercise.organization_id == actor.organization_id),
    )
    if lock:
        stmt = stmt.with_for_update()
    exercise = db.session.execute(stmt).scalar_one_or_none()
    if exercise is None:
        raise NotFound("No such exercise.")
    return exercise


def get(*, actor: Principal, exercise_id: int) -> Exercise:
    """One exercise of the library, by id."""
    return find(actor=actor, exercise_id=exercise_id)


def builtin_ids_by_slug(slugs: Iterable[str]) -> dict[str, int]:
    """The ids of the built-in exercises with these slugs (their source_id); unknown slugs are left out."""
    rows = db.session.execute(
        sa.select(Exercise.source_id, Exercise.id).where(
            Exercise.organization_id.is_(None), Exercise.source == "builtin", Exercise.source_id.in_(list(slugs))
        )
    )
    return dict(rows.tuples().all())


def readable(exercise: Exercise) -> dict[str, Any]:
    """The exercise's fields as the activity log shows them: choices in words ("Lower back"), not codes."""
    values: dict[str, Any] = {}
    for field in EDITABLE:
        value = getattr(exercise, field)
        if field in _CODED and value is not None:
            value = vocabulary.label(value)
        elif field in _CODED_LISTS:
            value = vocabulary.labels(value or [])
        values[field] = value
    return jsonable(values)


def _normalised(values: dict[str, Any]) -> dict[str, Any]:
    """Repeated codes dropped, blank steps dropped, and secondary muscles that are also primary ones."""
    values = dict(values)
    for field in ("primary_muscles", "secondary_muscles", "equipment"):
        if field in values:
            values[field] = list(dict.fromkeys(values[field] or []))
    if "instructions" in values:
        values["instructions"] = [step for step in values["instructions"] or [] if step]
    return values


def _apply(exercise: Exercise, values: dict[str, Any]) -> None:
    for field, value in _normalised(values).items():
        setattr(exercise, field, value)
    exercise.secondary_muscles = [m for m in exercise.secondary_muscles or [] if m not in exercise.primary_muscles]


def create(*, actor: Principal, **values: Any) -> Exercise:
    """Add an exercise of the studio's own (any staff member)."""
    actor.require(*STAFF)
    exercise = Exercise(
        organization_id=actor.organization_id, source="custom", created_by_user_id=actor.user_id, aliases=[]
    )
    _apply(exercise, {field: values.get(field) for field in EDITABLE if field in values})
    db.session.add(exercise)
    db.session.flush()
    events.record_by(
        actor, ExerciseCreated, entity_id=exercise.id, label=exercise.name, changes=created(readable(exercise))
    )
    db.session.commit()
    return exercise


def _studio_copy(actor: Principal, builtin: Exercise) -> Exercise | None:
    return db.session.execute(
        sa.select(Exercise)
        .where(Exercise.organization_id == actor.organization_id, Exercise.based_on_id == builtin.id)
        .with_for_update()
    ).scalar_one_or_none()


def _copy_of(actor: Principal, builtin: Exercise) -> Exercise:
    """A new studio copy of `builtin`, not yet flushed."""
    return Exercise(
        organization_id=actor.organization_id,
        based_on_id=builtin.id,
        source="custom",
        created_by_user_id=actor.user_id,
        **{field: getattr(builtin, field) for field in EDITABLE},
    )


def _own(actor: Principal, exercise_id: int) -> tuple[Exercise, Exercise | None]:
    """The exercise the studio may change for `exercise_id` (its copy of a built-in one, if any) and the built-in."""
    exercise = find(actor=actor, exercise_id=exercise_id, lock=True)
    if exercise.organization_id is not None:
        return exercise, None
    return _studio_copy(actor, exercise), exercise


def update(*, actor: Principal, exercise_id: int, **values: Any) -> Exercise:
    """Edit the studio's own exercise; editing a built-in one edits the studio's copy, made now if need be."""
    actor.require(*STAFF)
    exercise, builtin = _own(actor, exercise_id)
    copy_made = exercise is None
    if copy_made:
        exercise = _copy_of(actor, builtin)
        db.session.add(exercise)
    before = readable(builtin if copy_made else exercise)
    _apply(exercise, values)
    db.session.flush()
    changes = diff(before, readable(exercise))
    if copy_made:
        events.record_by(actor, ExerciseCopied, entity_id=exercise.id, label=exercise.name, changes=changes)
    elif changes:
        events.record_by(actor, ExerciseUpdated, entity_id=exercise.id, label=exercise.name, changes=changes)
    db.session.commit()
    exercise.copy_made = copy_made
    return exercise


def archive(*, actor: Principal, exercise_id: int) -> Exercise:
    """Hide an exercise from the studio's library (owner, admin); a built-in one gets an archived studio copy."""
    actor.require(*MANAGERS)
    exercise, builtin = _own(actor, exercise_id)
    copy_made = exercise is None
    if copy_made:
        exercise = _copy_of(actor, builtin)
        db.session.add(exercise)
    if exercise.archived_at is None:
        before = exercise.archived_at
        exercise.archived_at = datetime.now(UTC)
        db.session.flush()
        changes = diff({"archived_at": before}, jsonable({"archived_at": exercise.archived_at}))
        events.record_by(actor, ExerciseArchived, entity_id=exercise.id, label=exercise.name, changes=changes)
    db.session.commit()
    exercise.copy_made = copy_made
    return exercise


def restore(*, actor: Principal, exercise_id: int) -> Exercise:
    """Bring an archived exercise back to the studio's library (owner, admin); restoring a live one changes nothing."""
    actor.require(*MANAGERS)
    exercise, builtin = _own(actor, exercise_id)
    if exercise is None:
        exercise = builtin
    elif exercise.archived_at is not None:
        changes = diff(jsonable({"archived_at": exercise.archived_at}), {"archived_at": None})
        exercise.archived_at = None
        events.record_by(actor, ExerciseRestored, entity_id=exercise.id, label=exercise.name, changes=changes)
    db.session.commit()
    exercise.copy_made = False
    return exercise

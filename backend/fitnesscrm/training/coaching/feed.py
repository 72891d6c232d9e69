"""The feed of finished workouts of the clients a coach may see, newest first."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core.pagination import Page, bounded_count, page_from_total
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.errors import Forbidden
from fitnesscrm.extensions import db
from fitnesscrm.training.models import Exercise, PersonalRecord, SetLog, WorkoutComment, WorkoutLog

# Records listed per workout; the count says how many there were in all.
RECORDS_SHOWN = 3
# Finished workouts are counted up to here ("1,000+"): a feed is read from the top, and a trainer's
# count walks their clients' rows one by one.
COUNT_LIMIT = 1_000


def _decorated(stmt: sa.Select) -> sa.Select:
    """The page's workouts with their client, sets done, records and comment count: correlated, for its rows only."""
    sets_done = (
        sa.select(sa.func.count())
        .where(SetLog.workout_log_id == WorkoutLog.id, SetLog.status == "done", SetLog.deleted_at.is_(None))
        .scalar_subquery()
    )
    of_workout = (
        sa.select(PersonalRecord)
        .join(SetLog, SetLog.id == PersonalRecord.set_log_id)
        .where(SetLog.workout_log_id == WorkoutLog.id, SetLog.deleted_at.is_(None))
    )
    records_count = of_workout.with_only_columns(sa.func.count()).scalar_subquery()
    shown = (
        of_workout.join(Exercise, Exercise.id == PersonalRecord.exercise_id)
        .with_only_columns(
            sa.func.jsonb_build_object(
                "exercise_name",
                Exercise.name,
                "kind",
                PersonalRecord.kind,
                "value",
                PersonalRecord.value,
                "previous_value",
                PersonalRecord.previous_value,
                "reps",
                PersonalRecord.reps,
                "load_kg",
                PersonalRecord.load_kg,
            ).label("record")
        )
        .order_by(PersonalRecord.achieved_at, PersonalRecord.id)
        .limit(RECORDS_SHOWN)
        .correlate(WorkoutLog)  # a FROM subquery correlates only when told: the page's workout, not every one
        .subquery("shown")
    )
    records = sa.select(
        sa.func.coalesce(sa.func.jsonb_agg(shown.c.record), sa.cast(sa.literal("[]"), JSONB))
    ).scalar_subquery()
    comments = sa.select(sa.func.count()).where(WorkoutComment.workout_log_id == WorkoutLog.id).scalar_subquery()
    return stmt.with_only_columns(
        WorkoutLog.id,
        WorkoutLog.client_id,
        Client.first_name,
        Client.last_name,
        WorkoutLog.name,
        WorkoutLog.started_at,
        WorkoutLog.finished_at,
        WorkoutLog.duration_seconds,
        WorkoutLog.total_volume_kg,
        sets_done.label("sets_done"),
        records_count.label("records_count"),
        records.label("records"),
        comments.label("comment_count"),
    ).join(Client, Client.id == WorkoutLog.client_id)


def get_all(*, actor: Principal, page: int = 1, per_page: int = 25) -> Page:
    """Finished workouts of the clients `actor` may see (staff only), newest first, one page."""
    if actor.role == Role.CLIENT:
        raise Forbidden("Clients read their own workouts in their history.")
    # Only the key selected: counting and paging read ix_workout_logs_org_finished (client_id included) alone.
    filtered = scoped(WorkoutLog, actor).with_only_columns(WorkoutLog.id).where(WorkoutLog.finished_at.is_not(None))
    if actor.role == Role.TRAINER:
        filtered = filtered.where(WorkoutLog.client_id.in_(clients.visible(actor).with_only_columns(Client.id)))
    # The index's order (finished_at DESC, id): the page is read off it, never sorted.
    order_by = [WorkoutLog.finished_at.desc(), WorkoutLog.id.asc()]
    limit = max(COUNT_LIMIT, page * per_page)
    counted = bounded_count(filtered, limit)
    keys = filtered.order_by(*order_by).limit(per_page).offset((page - 1) * per_page).scalar_subquery()
    rows = db.session.execute(_decorated(filtered.where(WorkoutLog.id.in_(keys))).order_by(*order_by)).all()
    return page_from_total([_item(row) for row in rows], total=counted, page=page, per_page=per_page, limit=limit)


def _item(row) -> dict:
    item = row._asdict()
    item["client_name"] = f"{item.pop('first_name')} {item.pop('last_name')}"
    return item

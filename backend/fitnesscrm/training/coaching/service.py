"""Comments on workouts: the client's coaches and the client themselves write them; both read them.

Whoever may see a client (their trainers, the studio's managers, the client) reads and writes
the comments on that client's workouts: the coach comments, the client replies. A comment is
edited only by its author, and deleted by its author or a manager.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.errors import Forbidden, NotFound
from fitnesscrm.extensions import db
from fitnesscrm.training.coaching.events import WorkoutCommented
from fitnesscrm.training.models import WorkoutComment, WorkoutLog


def _workout(actor: Principal, workout_log_id: uuid.UUID) -> tuple[WorkoutLog, Client]:
    """A workout log of a client `actor` may see, with its client, or NotFound."""
    row = db.session.execute(
        clients.visible(actor)
        .add_columns(WorkoutLog)
        .join(WorkoutLog, WorkoutLog.client_id == Client.id)
        .where(WorkoutLog.id == workout_log_id)
    ).one_or_none()
    if row is None:
        raise NotFound("No such workout.")
    return row[1], row[0]


def _comment(actor: Principal, workout_log_id: uuid.UUID, comment_id: int) -> WorkoutComment:
    comment = db.session.execute(
        scoped(WorkoutComment, actor).where(
            WorkoutComment.id == comment_id, WorkoutComment.workout_log_id == workout_log_id
        )
    ).scalar_one_or_none()
    if comment is None:
        raise NotFound("No such comment.")
    return comment


def present(comment: WorkoutComment, actor: Principal) -> dict:
    """A comment as its reader sees it: whether they wrote it and what they may do with it."""
    mine = comment.author_user_id is not None and comment.author_user_id == actor.user_id
    return {
        "id": comment.id,
        "workout_log_id": comment.workout_log_id,
        "author_name": comment.author_name,
        "body": comment.body,
        "created_at": comment.created_at,
        "edited": comment.updated_at is not None and comment.updated_at > comment.created_at,
        "is_mine": mine,
        "can_edit": mine,
        "can_delete": mine or actor.is_manager,
    }


def get_all(*, actor: Principal, workout_log_id: uuid.UUID, page: int = 1, per_page: int = 25) -> Page:
    """The comments on a workout `actor` may see, oldest first."""
    _workout(actor, workout_log_id)
    stmt = scoped(WorkoutComment, actor).where(WorkoutComment.workout_log_id == workout_log_id)
    result = paginate(stmt.order_by(WorkoutComment.created_at, WorkoutComment.id), page=page, per_page=per_page)
    result.items = [present(comment, actor) for comment in result.items]
    return result


def create(*, actor: Principal, workout_log_id: uuid.UUID, body: str) -> dict:
    """Comment on a workout of a client `actor` may see (their coach, a manager, or the client replying)."""
    workout, client = _workout(actor, workout_log_id)
    comment = WorkoutComment(
        organization_id=actor.organization_id,
        workout_log_id=workout.id,
        author_user_id=actor.user_id,
        author_name=actor.name,
        body=body,
    )
    db.session.add(comment)
    db.session.flush()
    events.record_by(
        actor,
        WorkoutCommented,
        entity_id=client.id,
        label=client.full_name,
        changes={"workout": {"before": None, "after": workout.name}, "comment": {"before": None, "after": body}},
        at=workout.finished_at or workout.started_at,
    )
    db.session.commit()
    return present(comment, actor)


def update(*, actor: Principal, workout_log_id: uuid.UUID, comment_id: int, body: str) -> dict:
    """Change the text of a comment; only its author may."""
    _workout(actor, workout_log_id)
    comment = _comment(actor, workout_log_id, comment_id)
    if comment.author_user_id != actor.user_id:
        raise Forbidden("Only the comment's author may edit it.")
    comment.body = body
    comment.updated_at = datetime.now(UTC)
    db.session.commit()
    return present(comment, actor)


def delete(*, actor: Principal, workout_log_id: uuid.UUID, comment_id: int) -> None:
    """Delete a comment: its author, or a manager of the studio."""
    _workout(actor, workout_log_id)
    comment = _comment(actor, workout_log_id, comment_id)
    if comment.author_user_id != actor.user_id and not actor.is_manager:
        raise Forbidden("Only the comment's author or a manager may delete it.")
    db.session.delete(comment)
    db.session.commit()


def commented_workouts(*, actor: Principal, page: int = 1, per_page: int = 25) -> Page:
    """The workouts of the clients `actor` may see that have comments, the most recently commented first."""
    latest = sa.func.max(WorkoutComment.created_at)
    stmt = (
        sa.select(
            WorkoutLog.id,
            WorkoutLog.name,
            WorkoutLog.started_at,
            WorkoutLog.finished_at,
            sa.func.count(WorkoutComment.id).label("comment_count"),
            latest.label("last_comment_at"),
        )
        .select_from(Client)
        .join(WorkoutLog, WorkoutLog.client_id == Client.id)
        .join(WorkoutComment, WorkoutComment.workout_log_id == WorkoutLog.id)
        .where(clients.visible(actor).whereclause)
        .group_by(WorkoutLog.id)
        .order_by(latest.desc(), WorkoutLog.id.desc())
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [row._asdict() for row in result.items]
    return result

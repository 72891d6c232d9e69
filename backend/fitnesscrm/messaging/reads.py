"""Read positions and unread counts: how far each member has read, and what they have not.

A member's unread messages are the thread's messages after their read position that others
wrote and nobody deleted. Only members have unread counts: an owner opening a client's thread
reads it without being waited on.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert

from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.messaging import access
from fitnesscrm.messaging.models import Message, Thread, ThreadMember


def _unread(reader: Principal) -> sa.Select:
    position = sa.func.coalesce(ThreadMember.last_read_message_id, 0)
    return (
        sa.select(Message.thread_id)
        .join(Thread, Thread.id == Message.thread_id)
        .outerjoin(ThreadMember, sa.and_(ThreadMember.thread_id == Thread.id, ThreadMember.user_id == reader.user_id))
        .where(
            Thread.organization_id == reader.organization_id,
            access.member_condition(reader),
            Message.id > position,
            Message.deleted_at.is_(None),
            Message.author_user_id.is_distinct_from(reader.user_id),
        )
    )


def unread_counts(reader: Principal, thread_ids: list[int]) -> dict[int, int]:
    """Unread messages per thread for `reader`, in one statement (threads without any are left out)."""
    stmt = _unread(reader).where(Message.thread_id.in_(thread_ids))
    rows = db.session.execute(
        stmt.with_only_columns(Message.thread_id, sa.func.count()).group_by(Message.thread_id)
    ).all()
    return dict(rows)


def total_unread(reader: Principal) -> int:
    """Every unread message of `reader`'s threads."""
    return db.session.execute(_unread(reader).with_only_columns(sa.func.count())).scalar_one()


def advance(*, thread: Thread, user_id: int, message_id: int) -> int:
    """Move `user_id`'s read position in `thread` to `message_id`, never backwards; returns the position.

    One upsert, so two tabs marking read at once neither collide nor move the position back.
    """
    insert = pg_insert(ThreadMember).values(
        organization_id=thread.organization_id, thread_id=thread.id, user_id=user_id, last_read_message_id=message_id
    )
    current = ThreadMember.__table__.c.last_read_message_id
    upsert = insert.on_conflict_do_update(
        constraint="uq_chat_thread_members_thread_user",
        set_={
            "last_read_message_id": sa.func.greatest(sa.func.coalesce(current, 0), insert.excluded.last_read_message_id)
        },
    ).returning(ThreadMember.last_read_message_id)
    return db.session.execute(upsert).scalar_one()

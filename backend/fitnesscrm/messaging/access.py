"""Who is in a thread and who may open it: the one place both rules are written, in SQL.

Members (they are told about new messages and have unread counts): a client thread's client
(if they have an account) and the trainers assigned to the client now; a group thread's
current `ThreadMember` rows. Who may open a thread: its members, and the studio's owners and
admins, who may open every thread of their studio without being members of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db
from fitnesscrm.messaging.models import Thread, ThreadMember
from fitnesscrm.trainers.models import Trainer


@dataclass(frozen=True)
class Member:
    """A member of a thread as readers see them, with how far they have read."""

    thread_id: int
    user_id: int
    name: str
    role: str
    trainer_id: int | None
    client_id: int | None
    last_read_message_id: int | None


def _in_group(user_id: int) -> sa.ColumnElement[bool]:
    # Aliased: callers' own queries join ThreadMember (read positions), which must not correlate in here.
    member = aliased(ThreadMember)
    return sa.exists().where(member.thread_id == Thread.id, member.user_id == user_id, member.left_at.is_(None))


def member_condition(principal: Principal) -> sa.ColumnElement[bool]:
    """Threads `principal` belongs to (SQL over `Thread`)."""
    group = sa.and_(Thread.kind == "group", _in_group(principal.user_id))
    if principal.role == Role.CLIENT and principal.client_id is not None:
        return sa.or_(Thread.client_id == principal.client_id, group)
    if principal.role != Role.CLIENT and principal.trainer_id is not None:
        coached = sa.exists().where(
            Assignment.client_id == Thread.client_id,
            Assignment.trainer_id == principal.trainer_id,
            Assignment.ended_at.is_(None),
        )
        return sa.or_(sa.and_(Thread.kind == "client", coached), group)
    return group


def visible_condition(principal: Principal) -> sa.ColumnElement[bool]:
    """Threads `principal` may open (SQL over `Thread`), within their studio."""
    studio = Thread.organization_id == principal.organization_id
    if principal.is_manager:
        return studio
    return sa.and_(studio, member_condition(principal))


def find(*, actor: Principal, thread_id: int, lock: bool = False) -> Thread:
    """A thread `actor` may open, or NotFound (another studio's and others' threads are not said to exist)."""
    stmt = sa.select(Thread).where(Thread.id == thread_id, visible_condition(actor))
    if lock:
        stmt = stmt.with_for_update(of=Thread)
    thread = db.session.execute(stmt).scalar_one_or_none()
    if thread is None:
        raise NotFound("No such conversation.")
    return thread


def may_open(*, actor: Principal, thread_id: int) -> bool:
    """Whether `actor` may open the thread (a socket's join asks this every time)."""
    stmt = sa.select(Thread.id).where(Thread.id == thread_id, visible_condition(actor))
    return db.session.execute(stmt).first() is not None


def _member_pairs(thread_ids: list[int]) -> sa.Subquery:
    client_users = (
        sa.select(Thread.id.label("thread_id"), Client.user_id.label("user_id"))
        .join(Client, Client.id == Thread.client_id)
        .where(Thread.id.in_(thread_ids), Client.user_id.is_not(None))
    )
    trainer_users = (
        sa.select(Thread.id, Trainer.user_id)
        .join(Assignment, sa.and_(Assignment.client_id == Thread.client_id, Assignment.ended_at.is_(None)))
        .join(Trainer, Trainer.id == Assignment.trainer_id)
        .where(Thread.id.in_(thread_ids), Trainer.user_id.is_not(None))
    )
    group_users = (
        sa.select(ThreadMember.thread_id, ThreadMember.user_id)
        .join(Thread, Thread.id == ThreadMember.thread_id)
        .where(ThreadMember.thread_id.in_(thread_ids), Thread.kind == "group", ThreadMember.left_at.is_(None))
    )
    return sa.union(client_users, trainer_users, group_users).subquery("pairs")


def members(thread_ids: list[int]) -> dict[int, list[Member]]:
    """The members of each thread, by name, in one statement."""
    if not thread_ids:
        return {}
    pairs = _member_pairs(thread_ids)
    rows = db.session.execute(
        sa.select(
            pairs.c.thread_id,
            User.id,
            User.first_name,
            User.last_name,
            User.role,
            Trainer.id,
            Client.id,
            ThreadMember.last_read_message_id,
        )
        .join(User, sa.and_(User.id == pairs.c.user_id, User.is_active))
        .outerjoin(Trainer, Trainer.user_id == User.id)
        .outerjoin(Client, Client.user_id == User.id)
        .outerjoin(ThreadMember, sa.and_(ThreadMember.thread_id == pairs.c.thread_id, ThreadMember.user_id == User.id))
        .order_by(pairs.c.thread_id, User.first_name, User.last_name, User.id)
    ).all()
    found: dict[int, list[Member]] = {thread_id: [] for thread_id in thread_ids}
    for thread_id, user_id, first, last, role, trainer_id, client_id, last_read in rows:
        name = f"{first} {last}".strip()
        found[thread_id].append(Member(thread_id, user_id, name, role, trainer_id, client_id, last_read))
    return found


def as_principal(member: Member, organization_id: int) -> Principal:
    """A member as the reader of their own copy of a thread (their title, their unread count)."""
    return Principal(
        user_id=member.user_id,
        organization_id=organization_id,
        role=Role(member.role),
        email="",
        name=member.name,
        trainer_id=member.trainer_id,
        client_id=member.client_id,
    )

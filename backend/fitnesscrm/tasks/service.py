"""Tasks' rules: staff see their own (managers everyone's), make and change them, complete and reopen them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import joinedload

from fitnesscrm.auth.models import User
from fitnesscrm.clients import service as clients
from fitnesscrm.core import events
from fitnesscrm.core.changes import created, diff, jsonable, snapshot
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import STAFF, Principal, Role, scoped
from fitnesscrm.errors import Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.tasks.events import TaskChanged, TaskCompleted, TaskCreated, TaskReopened
from fitnesscrm.tasks.models import Task

EDITABLE = ("title", "notes", "due_on", "assignee", "client")


def today_for(actor: Principal) -> date:
    """The caller's today, in their zone."""
    return datetime.now(ZoneInfo(actor.timezone or "UTC")).date()


def _visible(actor: Principal) -> sa.Select:
    """Tasks the caller may see: a manager's studio's, else their own."""
    actor.require(*STAFF)
    stmt = scoped(Task, actor)
    return stmt if actor.is_manager else stmt.where(Task.assignee_id == actor.user_id)


def _loaded(stmt: sa.Select) -> sa.Select:
    return stmt.options(joinedload(Task.assignee), joinedload(Task.client), joinedload(Task.completed_by))


def get_all(
    *,
    actor: Principal,
    status: str = "open",
    mine: bool = False,
    assignee_id: int | None = None,
    client_id: int | None = None,
    due: str | None = None,
    page: int = 1,
    per_page: int = 25,
) -> Page:
    """Tasks, open ones by due date (undated last), done ones newest first; a trainer's only their own."""
    stmt = _visible(actor)
    if mine:
        stmt = stmt.where(Task.assignee_id == actor.user_id)
    if assignee_id is not None:
        stmt = stmt.where(Task.assignee_id == assignee_id)
    if client_id is not None:
        stmt = stmt.where(Task.client_id == client_id)
    today = today_for(actor)
    if due == "today":
        stmt = stmt.where(Task.due_on == today)
    elif due == "overdue":
        stmt = stmt.where(Task.due_on < today)
    if status == "open":
        stmt = stmt.where(Task.completed_at.is_(None)).order_by(Task.due_on.asc().nulls_last(), Task.id)
    elif status == "done":
        stmt = stmt.where(Task.completed_at.is_not(None)).order_by(Task.completed_at.desc(), Task.id.desc())
    else:
        stmt = stmt.order_by(Task.completed_at.is_not(None), Task.due_on.asc().nulls_last(), Task.id)
    return paginate(_loaded(stmt), page=page, per_page=per_page)


def get(*, actor: Principal, task_id: int) -> Task:
    """One task the caller may see."""
    task = db.session.execute(_loaded(_visible(actor).where(Task.id == task_id))).unique().scalar_one_or_none()
    if task is None:
        raise NotFound("There is no such task.")
    return task


def _assignee(actor: Principal, assignee_id: int) -> User:
    """A staff member of the caller's studio that the caller may give work to."""
    if actor.role == Role.TRAINER and assignee_id != actor.user_id:
        raise Forbidden("Trainers make tasks for themselves; ask a manager to assign one to someone else.")
    user = db.session.execute(
        scoped(User, actor).where(User.id == assignee_id, User.is_active, User.role.in_(list(STAFF)))
    ).scalar_one_or_none()
    if user is None:
        raise ValidationError("Choose a staff member.", fields={"assignee_id": ["Not a staff member of this studio."]})
    return user


def _state(task: Task) -> dict[str, Any]:
    values = snapshot(task, ("title", "notes", "due_on"))
    values["assignee"] = task.assignee.full_name if task.assignee else None
    values["client"] = task.client.full_name if task.client else None
    return values


def create(
    *,
    actor: Principal,
    title: str,
    assignee_id: int | None = None,
    notes: str | None = None,
    due_on: date | None = None,
    client_id: int | None = None,
) -> Task:
    """Make a task for a staff member (the caller when nobody is named), optionally about a client."""
    actor.require(*STAFF)
    assignee = _assignee(actor, assignee_id or actor.user_id)
    client = clients.find(actor=actor, client_id=client_id) if client_id is not None else None
    task = Task(
        organization_id=actor.organization_id,
        title=title,
        notes=notes,
        due_on=due_on,
        assignee_id=assignee.id,
        client_id=client.id if client else None,
        source="person",
        created_by_id=actor.user_id,
    )
    task.assignee, task.client = assignee, client
    db.session.add(task)
    db.session.flush()
    events.record_by(actor, TaskCreated, entity_id=task.id, label=task.title, changes=created(_state(task)))
    db.session.commit()
    return get(actor=actor, task_id=task.id)


def update(*, actor: Principal, task_id: int, **fields: Any) -> Task:
    """Change a task's title, notes, due date, assignee or client."""
    task = get(actor=actor, task_id=task_id)
    before = _state(task)
    if "assignee_id" in fields:
        task.assignee = _assignee(actor, fields.pop("assignee_id"))
        task.assignee_id = task.assignee.id
    if "client_id" in fields:
        client_id = fields.pop("client_id")
        task.client = clients.find(actor=actor, client_id=client_id) if client_id is not None else None
        task.client_id = client_id
    for name, value in fields.items():
        setattr(task, name, value)
    changes = diff(before, _state(task))
    if changes:
        events.record_by(actor, TaskChanged, entity_id=task.id, label=task.title, changes=changes)
    db.session.commit()
    return get(actor=actor, task_id=task.id)


def complete(*, actor: Principal, task_id: int) -> Task:
    """Mark a task done by the caller; done already, it stays as it was."""
    task = get(actor=actor, task_id=task_id)
    if task.completed_at is None:
        task.completed_at, task.completed_by_id = datetime.now(UTC), actor.user_id
        events.record_by(actor, TaskCompleted, entity_id=task.id, label=task.title)
        db.session.commit()
    return get(actor=actor, task_id=task.id)


def reopen(*, actor: Principal, task_id: int) -> Task:
    """Mark a done task as still to do."""
    task = get(actor=actor, task_id=task_id)
    if task.completed_at is not None:
        task.completed_at, task.completed_by_id = None, None
        events.record_by(actor, TaskReopened, entity_id=task.id, label=task.title)
        db.session.commit()
    return get(actor=actor, task_id=task.id)


def summary(*, actor: Principal) -> dict[str, int]:
    """The caller's open tasks: how many, how many due today, how many overdue (for the dashboard's card)."""
    actor.require(*STAFF)
    today = today_for(actor)
    row = db.session.execute(
        sa.select(
            sa.func.count(),
            sa.func.count().filter(Task.due_on == today),
            sa.func.count().filter(Task.due_on < today),
        ).where(
            Task.organization_id == actor.organization_id,
            Task.assignee_id == actor.user_id,
            Task.completed_at.is_(None),
        )
    ).one()
    return {"open": row[0], "due_today": row[1], "overdue": row[2]}


def create_for_automation(
    *,
    organization_id: int,
    source_key: str,
    rule_id: int,
    title: str,
    assignee_id: int,
    client_id: int,
    client_name: str,
    notes: str | None,
    due_on: date | None,
) -> int | None:
    """A task made by an automation's step, once per `source_key` (the caller commits); its id, None if made before."""
    task_id = db.session.execute(
        insert(Task)
        .values(
            organization_id=organization_id,
            title=title[:200],
            notes=notes,
            due_on=due_on,
            assignee_id=assignee_id,
            client_id=client_id,
            source="automation",
            rule_id=rule_id,
            source_key=source_key,
        )
        .on_conflict_do_nothing(index_elements=[Task.source_key])
        .returning(Task.id)
    ).scalar_one_or_none()
    if task_id is not None:
        assignee = db.session.get(User, assignee_id)
        changes = created(
            jsonable({"title": title, "due_on": due_on, "assignee": assignee.full_name, "client": client_name})
        )
        events.record(
            TaskCreated(
                organization_id=organization_id, actor=None, entity_id=task_id, label=title[:200], changes=changes
            )
        )
    return task_id

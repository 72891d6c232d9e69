"""Check-in forms staff build, and which form a client answers on which weekday.

Forms belong to the studio: every staff member reads and uses them; their author or a
manager changes them. A client has at most one active assignment; giving another ends it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import STAFF, Principal, scoped
from fitnesscrm.errors import Conflict, Forbidden, NotFound
from fitnesscrm.extensions import db
from fitnesscrm.progress.checkins import questions as checks
from fitnesscrm.progress.checkins.events import (
    CheckInAssigned,
    CheckInEnded,
    CheckInFormArchived,
    CheckInFormCreated,
    CheckInFormUpdated,
)
from fitnesscrm.progress.habits import service as habits
from fitnesscrm.progress.models import CheckInAssignment, CheckInForm

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _in_use():
    """How many clients answer the form now."""
    return (
        sa.select(sa.func.count())
        .where(CheckInAssignment.form_id == CheckInForm.id, CheckInAssignment.ended_at.is_(None))
        .scalar_subquery()
    )


def present_form(form: CheckInForm, clients_count: int | None = None) -> dict[str, Any]:
    return {
        "id": form.id,
        "name": form.name,
        "questions": form.questions,
        "question_count": len(form.questions),
        "archived_at": form.archived_at,
        "created_at": form.created_at,
        "updated_at": form.updated_at,
        "clients_count": clients_count
        if clients_count is not None
        else db.session.scalar(sa.select(_in_use().label("n")).where(CheckInForm.id == form.id)),
    }


def _form(actor: Principal, form_id: int, *, lock: bool = False) -> CheckInForm:
    stmt = scoped(CheckInForm, actor).where(CheckInForm.id == form_id)
    form = db.session.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()
    if form is None:
        raise NotFound("No such check-in form.")
    return form


def _may_change(actor: Principal, form: CheckInForm) -> None:
    if not actor.is_manager and form.created_by_user_id != actor.user_id:
        raise Forbidden("Only the form's author or a manager may change it.")


def get_forms(*, actor: Principal, archived: bool = False, page: int = 1, per_page: int = 25) -> Page:
    """The studio's check-in forms by name, each with how many clients answer it: two statements."""
    actor.require(*STAFF)
    archived_filter = CheckInForm.archived_at.is_not(None) if archived else CheckInForm.archived_at.is_(None)
    stmt = (
        sa.select(CheckInForm, _in_use().label("clients_count"))
        .where(CheckInForm.organization_id == actor.organization_id, archived_filter)
        .order_by(sa.func.lower(CheckInForm.name), CheckInForm.id)
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [present_form(row.CheckInForm, row.clients_count) for row in result.items]
    return result


def get_form(*, actor: Principal, form_id: int) -> dict[str, Any]:
    """One check-in form with its questions (staff)."""
    actor.require(*STAFF)
    return present_form(_form(actor, form_id))


def create_form(*, actor: Principal, name: str, questions: list[dict[str, Any]]) -> dict[str, Any]:
    """Build a check-in form (staff)."""
    actor.require(*STAFF)
    form = CheckInForm(
        organization_id=actor.organization_id,
        name=name,
        questions=checks.normalize(questions),
        created_by_user_id=actor.user_id,
    )
    db.session.add(form)
    db.session.flush()
    events.record_by(
        actor, CheckInFormCreated, entity_id=form.id, label=form.name, changes={"name": {"before": None, "after": name}}
    )
    db.session.commit()
    return present_form(form, 0)


def update_form(*, actor: Principal, form_id: int, **fields: Any) -> dict[str, Any]:
    """Rename a form or change its questions; submissions already sent keep the questions they answered."""
    actor.require(*STAFF)
    form = _form(actor, form_id, lock=True)
    _may_change(actor, form)
    changes = {}
    if "name" in fields and fields["name"] != form.name:
        changes["name"] = {"before": form.name, "after": fields["name"]}
        form.name = fields["name"]
    if "questions" in fields:
        questions = checks.normalize(fields["questions"])
        if questions != form.questions:
            changes["questions"] = {"before": len(form.questions), "after": len(questions)}
            form.questions = questions
    if changes:
        form.updated_at = datetime.now(UTC)
        events.record_by(actor, CheckInFormUpdated, entity_id=form.id, label=form.name, changes=changes)
    db.session.commit()
    return present_form(form)


def archive_form(*, actor: Principal, form_id: int) -> dict[str, Any]:
    """Retire a form nobody answers any more; its submissions stay."""
    actor.require(*STAFF)
    form = _form(actor, form_id, lock=True)
    _may_change(actor, form)
    if form.archived_at is None:
        in_use = db.session.scalar(sa.select(_in_use()).where(CheckInForm.id == form.id))
        if in_use:
            clients_word = "client answers" if in_use == 1 else "clients answer"
            raise Conflict(f"{in_use} {clients_word} this form every week; give them another form first.")
        form.archived_at = datetime.now(UTC)
        events.record_by(actor, CheckInFormArchived, entity_id=form.id, label=form.name)
        db.session.commit()
    return present_form(form, 0)


def active_assignment(client_id: int) -> tuple[CheckInAssignment, str] | None:
    """A client's active assignment with its form's name, or None."""
    row = db.session.execute(
        sa.select(CheckInAssignment, CheckInForm.name)
        .join(CheckInForm, CheckInForm.id == CheckInAssignment.form_id)
        .where(CheckInAssignment.client_id == client_id, CheckInAssignment.ended_at.is_(None))
    ).one_or_none()
    return (row[0], row[1]) if row else None


def present_assignment(assignment: CheckInAssignment, form_name: str) -> dict[str, Any]:
    return {
        "id": assignment.id,
        "client_id": assignment.client_id,
        "form_id": assignment.form_id,
        "form_name": form_name,
        "weekday": assignment.weekday,
        "weekday_name": WEEKDAYS[assignment.weekday - 1],
        "starts_on": assignment.starts_on,
    }


def _end(actor: Principal, client: Client, now: datetime) -> CheckInAssignment | None:
    current = db.session.execute(
        sa.select(CheckInAssignment)
        .where(CheckInAssignment.client_id == client.id, CheckInAssignment.ended_at.is_(None))
        .with_for_update()
    ).scalar_one_or_none()
    if current is not None:
        current.ended_at = now
        db.session.flush()
    return current


def assign(
    *, actor: Principal, client_id: int, form_id: int, weekday: int, starts_on: date | None = None
) -> dict[str, Any]:
    """Have a client check in every week on `weekday` with a form, ending the assignment they had (staff)."""
    actor.require(*STAFF)
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    form = _form(actor, form_id)
    if form.archived_at is not None:
        raise Conflict("This form is archived.")
    now = datetime.now(UTC)
    previous = _end(actor, client, now)
    assignment = CheckInAssignment(
        organization_id=actor.organization_id,
        client_id=client.id,
        form_id=form.id,
        weekday=weekday,
        starts_on=starts_on or habits.today_of(client),
    )
    db.session.add(assignment)
    db.session.flush()
    before_form = previous and db.session.scalar(sa.select(CheckInForm.name).where(CheckInForm.id == previous.form_id))
    changes = {
        "form": {"before": before_form, "after": form.name},
        "weekday": {"before": WEEKDAYS[previous.weekday - 1] if previous else None, "after": WEEKDAYS[weekday - 1]},
        "start_date": {"before": None, "after": assignment.starts_on.isoformat()},
    }
    events.record_by(actor, CheckInAssigned, entity_id=client.id, label=client.full_name, changes=changes)
    db.session.commit()
    return present_assignment(assignment, form.name)


def unassign(*, actor: Principal, client_id: int) -> None:
    """Stop a client's weekly check-in (staff); what they sent stays."""
    actor.require(*STAFF)
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    previous = _end(actor, client, datetime.now(UTC))
    if previous is None:
        raise NotFound("This client has no weekly check-in.")
    form_name = db.session.scalar(sa.select(CheckInForm.name).where(CheckInForm.id == previous.form_id))
    events.record_by(
        actor,
        CheckInEnded,
        entity_id=client.id,
        label=client.full_name,
        changes={"form": {"before": form_name, "after": None}},
    )
    db.session.commit()

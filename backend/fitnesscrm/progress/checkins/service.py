"""Check-ins as clients send them and coaches review them.

A client sends one submission per due week (the week coming up or an overdue one), checked
against the form's questions, which the submission keeps as they were. Staff read the
submissions of the clients they may see, oldest unreviewed first, reply and mark them
reviewed. Every read goes through `clients.service.visible`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import User
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.changes import private
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import STAFF, Principal, Role
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.progress.checkins import due, forms, photos
from fitnesscrm.progress.checkins import questions as checks
from fitnesscrm.progress.checkins.events import CheckInReplied, CheckInReviewed, CheckInSubmitted
from fitnesscrm.progress.models import CheckInForm, CheckInSubmission

# A client sees at most this many overdue weeks; older ones still count.
OVERDUE_SHOWN = 12
STATUSES = ("unreviewed", "reviewed", "all")


def _now() -> datetime:
    return datetime.now(UTC)


def due_summary(*, actor: Principal, client_id: int, now: datetime | None = None) -> dict[str, Any]:
    """A client's weekly check-in: the assignment, the week coming up and the overdue weeks (newest first)."""
    client = clients.find(actor=actor, client_id=client_id)
    current = forms.active_assignment(client.id)
    week = due.weeks(clients.visible(actor).where(Client.id == client.id), now=now or _now())
    rows = db.session.execute(
        sa.select(week.c.due_on, week.c.today, week.c.submission_id, week.c.overdue).order_by(week.c.due_on.desc())
    ).all()
    upcoming = next((row for row in rows if row.due_on >= row.today), None)
    overdue = [row.due_on for row in rows if row.overdue]
    return {
        "client_id": client.id,
        "assignment": forms.present_assignment(*current) if current else None,
        "next_due": {"due_on": upcoming.due_on, "submission_id": upcoming.submission_id} if upcoming else None,
        "overdue": overdue[:OVERDUE_SHOWN],
        "overdue_count": len(overdue),
        "questions": current
        and db.session.scalar(sa.select(CheckInForm.questions).where(CheckInForm.id == current[0].form_id)),
    }


def _check_due(client: Client, due_on: date, now: datetime) -> int:
    """The form id of the week due on `due_on`: a week of the active assignment, coming up or overdue."""
    week = due.weeks(sa.select(Client).where(Client.id == client.id), now=now)
    row = db.session.execute(
        sa.select(week.c.form_id, week.c.submission_id).where(week.c.due_on == due_on)
    ).one_or_none()
    if row is None:
        raise ValidationError(
            "No check-in is due on that day.",
            fields={"due_on": ["A due day of your weekly check-in: this week's or an overdue one."]},
        )
    if row.submission_id is not None:
        raise Conflict("This week's check-in was already sent.")
    return row.form_id


def submit(*, actor: Principal, client_id: int, due_on: date, answers: list[dict[str, Any]]) -> dict[str, Any]:
    """Send the answers for a due week (the client themselves): checked, with the questions kept as they were."""
    actor.require(Role.CLIENT)
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    now = _now()
    form_id = _check_due(client, due_on, now)
    form = db.session.get(CheckInForm, form_id)
    stored = checks.read_answers(form.questions, answers)
    photo_ids = checks.photo_ids(form.questions, stored)
    photos.claim(actor=actor, ids=photo_ids)
    submission = CheckInSubmission(
        organization_id=actor.organization_id,
        client_id=client.id,
        form_id=form.id,
        due_on=due_on,
        questions=form.questions,
        answers=stored,
        photo_file_ids=list(photo_ids.values()),
    )
    db.session.add(submission)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise Conflict("This week's check-in was already sent.") from None
    events.record_by(
        actor,
        CheckInSubmitted,
        entity_id=client.id,
        label=client.full_name,
        changes={"form": {"before": None, "after": form.name}, "due_on": {"before": None, "after": due_on.isoformat()}},
    )
    db.session.commit()
    return get(actor=actor, submission_id=submission.id)


def _listed():
    """The columns of a submission in a list, for a select from CheckInSubmission joined to Client."""
    reviewer, replier = sa.orm.aliased(User), sa.orm.aliased(User)
    zone = sa.func.coalesce(User.timezone, Organization.timezone)
    return (
        sa.select(
            CheckInSubmission.id,
            CheckInSubmission.client_id,
            Client.first_name,
            Client.last_name,
            CheckInForm.name.label("form_name"),
            CheckInSubmission.due_on,
            CheckInSubmission.submitted_at,
            (sa.cast(sa.func.timezone(zone, CheckInSubmission.submitted_at), sa.Date) > CheckInSubmission.due_on).label(
                "late"
            ),
            (CheckInSubmission.reply.is_not(None)).label("replied"),
            CheckInSubmission.replied_at,
            sa.func.concat_ws(" ", replier.first_name, replier.last_name).label("replied_by_name"),
            CheckInSubmission.reviewed_at,
            sa.func.concat_ws(" ", reviewer.first_name, reviewer.last_name).label("reviewed_by_name"),
        )
        .select_from(CheckInSubmission)
        .join(Client, Client.id == CheckInSubmission.client_id)
        .join(CheckInForm, CheckInForm.id == CheckInSubmission.form_id)
        .outerjoin(User, User.id == Client.user_id)
        .join(Organization, Organization.id == CheckInSubmission.organization_id)
        .outerjoin(reviewer, reviewer.id == CheckInSubmission.reviewed_by_user_id)
        .outerjoin(replier, replier.id == CheckInSubmission.replied_by_user_id)
    )


def _row(row) -> dict[str, Any]:
    item = dict(row._mapping)
    item["client_name"] = f"{item.pop('first_name')} {item.pop('last_name')}"
    # concat_ws of a missing user's names is "", which reads as nobody (lists without the names skip this).
    for name in ("reviewed_by_name", "replied_by_name"):
        if name in item:
            item[name] = item[name] or None
    return item


def get_client_submissions(*, actor: Principal, client_id: int, page: int = 1, per_page: int = 25) -> Page:
    """A client's submissions, newest due week first: two statements after finding the client."""
    client = clients.find(actor=actor, client_id=client_id)
    stmt = _listed().where(CheckInSubmission.client_id == client.id)
    result = paginate(stmt.order_by(CheckInSubmission.due_on.desc()), page=page, per_page=per_page, scalars=False)
    result.items = [_row(row) for row in result.items]
    return result


def queue(
    *,
    actor: Principal,
    status: str = "unreviewed",
    trainer_id: int | None = None,
    client_id: int | None = None,
    page: int = 1,
    per_page: int = 25,
) -> Page:
    """The review queue: submissions of the clients `actor` may see, unreviewed first, oldest first: two statements."""
    actor.require(*STAFF)
    visible = clients.visible(actor).with_only_columns(Client.id)
    stmt = _listed().where(CheckInSubmission.client_id.in_(visible))
    if status == "unreviewed":
        stmt = stmt.where(CheckInSubmission.reviewed_at.is_(None))
    elif status == "reviewed":
        stmt = stmt.where(CheckInSubmission.reviewed_at.is_not(None))
    if trainer_id is not None:
        coached = sa.select(Assignment.client_id).where(
            Assignment.trainer_id == trainer_id, Assignment.ended_at.is_(None)
        )
        stmt = stmt.where(CheckInSubmission.client_id.in_(coached))
    if client_id is not None:
        stmt = stmt.where(CheckInSubmission.client_id == client_id)
    order = (CheckInSubmission.reviewed_at.is_not(None), CheckInSubmission.submitted_at, CheckInSubmission.id)
    result = paginate(stmt.order_by(*order), page=page, per_page=per_page, scalars=False)
    result.items = [_row(row) for row in result.items]
    return result


def overdue(*, actor: Principal, page: int = 1, per_page: int = 25, now: datetime | None = None) -> Page:
    """Clients whose weekly check-in is overdue, longest waiting first: two statements."""
    actor.require(*STAFF)
    result = paginate(
        due.overdue_by_client(clients.visible(actor), now=now or _now()), page=page, per_page=per_page, scalars=False
    )
    result.items = [{**_row(row), "weekday_name": forms.WEEKDAYS[row.weekday - 1]} for row in result.items]
    return result


def summary(*, actor: Principal, now: datetime | None = None) -> dict[str, int]:
    """How many submissions wait for review and how many clients are overdue, for the navigation: one statement."""
    actor.require(*STAFF)
    visible = clients.visible(actor).with_only_columns(Client.id)
    unreviewed = (
        sa.select(sa.func.count())
        .where(CheckInSubmission.client_id.in_(visible), CheckInSubmission.reviewed_at.is_(None))
        .scalar_subquery()
    )
    late = due.overdue_by_client(clients.visible(actor), now=now or _now()).subquery()
    overdue_clients = sa.select(sa.func.count()).select_from(late).scalar_subquery()
    row = db.session.execute(sa.select(unreviewed.label("unreviewed"), overdue_clients.label("overdue"))).one()
    return {"unreviewed": row.unreviewed, "overdue_clients": row.overdue}


def _submission(actor: Principal, submission_id: int, *, lock: bool = False) -> tuple[CheckInSubmission, Client]:
    stmt = (
        clients.visible(actor)
        .add_columns(CheckInSubmission)
        .join(CheckInSubmission, CheckInSubmission.client_id == Client.id)
        .where(CheckInSubmission.id == submission_id)
    )
    row = db.session.execute(stmt.with_for_update(of=CheckInSubmission) if lock else stmt).one_or_none()
    if row is None:
        raise NotFound("No such check-in.")
    return row[1], row[0]


def get(*, actor: Principal, submission_id: int) -> dict[str, Any]:
    """One submission in full: each question with its answer (photos as signed links), the reply, the review."""
    _submission(actor, submission_id)
    row = db.session.execute(
        _listed()
        .add_columns(CheckInSubmission.questions, CheckInSubmission.answers, CheckInSubmission.reply)
        .where(CheckInSubmission.id == submission_id)
    ).one()
    item = _row(row)
    answers, questions = item.pop("answers"), item.pop("questions")
    links = photos.links(checks.photo_ids(questions, answers).values())
    item["items"] = [
        {"question": question, "answer": _answer(question, answers.get(question["key"]), links)}
        for question in questions
    ]
    return item


def _answer(question: dict[str, Any], value: Any, links: dict[int, dict[str, str]]) -> dict[str, Any] | None:
    """An answer in the shape its kind reads: number, text, choice or photo links; None when unanswered."""
    if value is None:
        return None
    kind = question["kind"]
    if kind in ("scale", "number"):
        return {"number": value}
    if kind == "choice":
        return {"choice": value}
    if kind == "photo":
        return {"photo": links.get(value["stored_file_id"])}
    return {"text": value}


def reply(*, actor: Principal, submission_id: int, reply: str) -> dict[str, Any]:
    """Answer a client's check-in (their trainers and managers); a later reply replaces it."""
    actor.require(*STAFF)
    submission, client = _submission(actor, submission_id, lock=True)
    before = submission.reply
    submission.reply, submission.replied_at, submission.replied_by_user_id = reply, _now(), actor.user_id
    events.record_by(
        actor,
        CheckInReplied,
        entity_id=client.id,
        label=client.full_name,
        changes={"reply": {"before": private(before), "after": private(reply)}},
    )
    db.session.commit()
    return get(actor=actor, submission_id=submission.id)


def review(*, actor: Principal, submission_id: int) -> dict[str, Any]:
    """Mark a check-in reviewed (their trainers and managers): it leaves the queue."""
    actor.require(*STAFF)
    submission, client = _submission(actor, submission_id, lock=True)
    if submission.reviewed_at is None:
        submission.reviewed_at, submission.reviewed_by_user_id = _now(), actor.user_id
        events.record_by(
            actor,
            CheckInReviewed,
            entity_id=client.id,
            label=client.full_name,
            changes={"due_on": {"before": None, "after": submission.due_on.isoformat()}},
        )
        db.session.commit()
    return get(actor=actor, submission_id=submission.id)

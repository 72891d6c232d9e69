"""Which weekly check-ins are due, and which are overdue, computed in SQL from the active assignments.

An assignment's check-in falls due every week on its weekday (ISO, 1 = Monday) from the first
such day on or after `starts_on`. A week is overdue once its due day has passed in the client's
zone (their account's, else their studio's) without a submission for it. Nothing is stored:
`generate_series` walks each assignment's weeks up to the one due within the next six days.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.organizations.models import Organization
from fitnesscrm.progress.models import CheckInAssignment, CheckInForm, CheckInSubmission


def client_today(now: datetime):
    """Today in each client's zone, for a query joining Client, User (outer) and Organization."""
    zone = sa.func.coalesce(User.timezone, Organization.timezone)
    return sa.cast(sa.func.timezone(zone, sa.literal(now, sa.DateTime(timezone=True))), sa.Date)


def weeks(clients: sa.Select, *, now: datetime) -> sa.Subquery:
    """Every due week of the active assignments of `clients` (a select of Client), up to the one coming next.

    Columns: assignment_id, client_id, form_id, weekday, due_on, today (the client's), submission_id
    (NULL when nothing was sent) and overdue.
    """
    today = client_today(now).label("today")
    start_weekday = sa.cast(sa.extract("isodow", CheckInAssignment.starts_on), sa.Integer)
    offset = (CheckInAssignment.weekday - start_weekday + 7) % 7
    first_due = (CheckInAssignment.starts_on + offset).label("first_due")
    base = (
        sa.select(
            CheckInAssignment.id.label("assignment_id"),
            CheckInAssignment.client_id,
            CheckInAssignment.form_id,
            CheckInAssignment.weekday,
            first_due,
            today,
        )
        .select_from(CheckInAssignment)
        .join(Client, Client.id == CheckInAssignment.client_id)
        .outerjoin(User, User.id == Client.user_id)
        .join(Organization, Organization.id == CheckInAssignment.organization_id)
        .where(CheckInAssignment.ended_at.is_(None), Client.id.in_(clients.with_only_columns(Client.id)))
        .subquery("active")
    )
    # Whole weeks from the first due day to the one due within the next six days (none before it comes).
    count = sa.cast(base.c.today + 6 - base.c.first_due, sa.Integer) // 7
    series = sa.func.generate_series(0, count).table_valued("n").render_derived("series").lateral()
    due_on = (base.c.first_due + series.c.n * 7).label("due_on")
    return (
        sa.select(
            base.c.assignment_id,
            base.c.client_id,
            base.c.form_id,
            base.c.weekday,
            due_on,
            base.c.today,
            CheckInSubmission.id.label("submission_id"),
            sa.and_(due_on < base.c.today, CheckInSubmission.id.is_(None)).label("overdue"),
        )
        .select_from(base)
        .join(series, sa.true())
        .outerjoin(
            CheckInSubmission,
            sa.and_(CheckInSubmission.client_id == base.c.client_id, CheckInSubmission.due_on == due_on),
        )
        .subquery("weeks")
    )


def overdue_by_client(clients: sa.Select, *, now: datetime) -> sa.Select:
    """Per client with overdue check-ins: how many, the latest one, and the form: for the staff's list."""
    week = weeks(clients, now=now)
    return (
        sa.select(
            Client.id.label("client_id"),
            Client.first_name,
            Client.last_name,
            CheckInForm.name.label("form_name"),
            week.c.weekday,
            sa.func.count().label("overdue_count"),
            sa.func.max(week.c.due_on).label("last_due_on"),
        )
        .select_from(week)
        .join(Client, Client.id == week.c.client_id)
        .join(CheckInForm, CheckInForm.id == week.c.form_id)
        .where(week.c.overdue)
        .group_by(Client.id, CheckInForm.name, week.c.weekday)
        .order_by(sa.func.max(week.c.due_on), Client.last_name, Client.first_name, Client.id)
    )

"""A segment's filters: their schema, and the one place they become a SQL condition over `Client`.

Every filter narrows the segment (they combine with AND); a filter left out does not narrow it.
Archived clients are in a segment only when its statuses name "archived".
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.billing.models import Membership
from fitnesscrm.clients.models import CLIENT_STATUSES, Client
from fitnesscrm.core.fields import Date, Integer, List, String, Tags, id_field
from fitnesscrm.scheduling.models import Participant, Session

# Membership states in which a client is still a member (a failed renewal is being retried).
MEMBER_STATUSES = ("active", "past_due")
# Session states that count as "had a session": held, or booked and not yet marked.
SESSION_STATUSES = ("scheduled", "completed")
MEMBERSHIP_CHOICES = ("active", "none")


class FiltersSchema(ma.Schema):
    """Which clients a segment holds; every filter given must match."""

    statuses = List(
        String(validate=ma.validate.OneOf(CLIENT_STATUSES)),
        max_items=len(CLIENT_STATUSES),
        load_default=list,
        metadata={"description": "Any of these statuses; empty means every status but archived."},
    )
    tags_any = Tags(load_default=list, metadata={"description": "Has at least one of these tags."})
    tags_all = Tags(load_default=list, metadata={"description": "Has every one of these tags."})
    trainer_id = id_field(allow_none=True, load_default=None, metadata={"description": "Coached by this trainer."})
    membership = String(
        allow_none=True,
        load_default=None,
        validate=ma.validate.OneOf(MEMBERSHIP_CHOICES),
        metadata={"description": "active: has a current membership; none: has none."},
    )
    no_session_in_days = Integer(
        minimum=1,
        maximum=3650,
        allow_none=True,
        load_default=None,
        metadata={"description": "No session held or booked in the last N days."},
    )
    joined_after = Date(allow_none=True, load_default=None, metadata={"description": "Started on or after this day."})
    joined_before = Date(allow_none=True, load_default=None, metadata={"description": "Started on or before this day."})

    @ma.validates_schema
    def _joined_in_order(self, data, **_kwargs):
        after, before = data.get("joined_after"), data.get("joined_before")
        if after and before and after > before:
            raise ma.ValidationError("Must not be after 'joined before'.", "joined_after")


def stored(filters: dict[str, Any]) -> dict[str, Any]:
    """Loaded filters as the JSON column keeps them: days as text, empty filters left out."""
    kept = {}
    for name, value in filters.items():
        if value in (None, [], ""):
            continue
        kept[name] = value.isoformat() if isinstance(value, date) else value
    return kept


def loaded(filters: dict[str, Any]) -> dict[str, Any]:
    """Stored filters as FiltersSchema dumps them (days as dates)."""
    return {name: _day(value) if name.startswith("joined_") else value for name, value in filters.items()}


def _day(value: str | date | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def compile_filters(filters: dict[str, Any], *, today: date | None = None) -> ColumnElement[bool]:
    """The SQL condition over `Client` that holds for exactly the clients `filters` describe.

    The organization is not part of it: callers scope the query (tenancy.scoped) themselves.
    """
    conditions: list[ColumnElement[bool]] = []
    statuses = filters.get("statuses") or []
    conditions.append(Client.status.in_(statuses) if statuses else Client.status != "archived")
    if filters.get("tags_any"):
        conditions.append(Client.tags.overlap(sa.cast(filters["tags_any"], Client.tags.type)))
    if filters.get("tags_all"):
        conditions.append(Client.tags.contains(sa.cast(filters["tags_all"], Client.tags.type)))
    if filters.get("trainer_id"):
        conditions.append(
            sa.exists().where(
                Assignment.client_id == Client.id,
                Assignment.trainer_id == filters["trainer_id"],
                Assignment.ended_at.is_(None),
            )
        )
    if filters.get("membership"):
        member = sa.exists().where(Membership.client_id == Client.id, Membership.status.in_(MEMBER_STATUSES))
        conditions.append(member if filters["membership"] == "active" else ~member)
    if filters.get("no_session_in_days"):
        since = sa.func.now() - timedelta(days=filters["no_session_in_days"])
        conditions.append(
            ~sa.exists()
            .where(
                Participant.client_id == Client.id,
                Participant.active,
                Participant.starts_at >= since,
                Participant.starts_at <= sa.func.now(),
            )
            .where(Session.id == Participant.session_id, Session.status.in_(SESSION_STATUSES))
        )
    joined = sa.func.coalesce(Client.start_date, sa.cast(Client.created_at, sa.Date))
    if filters.get("joined_after"):
        conditions.append(joined >= _day(filters["joined_after"]))
    if filters.get("joined_before"):
        conditions.append(joined <= _day(filters["joined_before"]))
    return sa.and_(*conditions)


def describe(filters: dict[str, Any], *, trainer_name: str | None) -> str:
    """The filters as one sentence a coach reads ("Active or lead clients tagged vip, with no session in 30 days")."""
    statuses = filters.get("statuses") or []
    who = (" or ".join(status for status in statuses) + " clients").capitalize() if statuses else "All clients"
    parts = [who]
    if filters.get("tags_any"):
        parts.append("tagged " + " or ".join(filters["tags_any"]))
    if filters.get("tags_all"):
        parts.append("tagged " + " and ".join(filters["tags_all"]))
    if filters.get("trainer_id"):
        parts.append(f"coached by {trainer_name or 'a former trainer'}")
    if filters.get("membership") == "active":
        parts.append("with a current membership")
    elif filters.get("membership") == "none":
        parts.append("without a membership")
    if filters.get("no_session_in_days"):
        parts.append(f"with no session in {filters['no_session_in_days']} days")
    if filters.get("joined_after"):
        parts.append(f"who started on or after {_day(filters['joined_after']):%-d %B %Y}")
    if filters.get("joined_before"):
        parts.append(f"who started on or before {_day(filters['joined_before']):%-d %B %Y}")
    return ", ".join(parts) + "."

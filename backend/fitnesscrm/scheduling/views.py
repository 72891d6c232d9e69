"""What each role sees of sessions, series and their history: the routes, `.ics` files and feeds use these.

Staff (owners, admins, trainers) see everything of the sessions they may see. A client sees their
own participation only: not the other participants' names or ids, not the coach's session notes,
not who marked attendance nor the staff's attendance notes (a cancellation's reason, which the
session itself shows, they do see). See `fitnesscrm.core.views` for how a view is applied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import marshmallow as ma

from fitnesscrm.core.fields import money_out
from fitnesscrm.core.views import Viewer, ViewSchema
from fitnesscrm.scheduling.models import KINDS, STATUSES
from fitnesscrm.scheduling.recurrence import to_local


def _local(attr: str):
    return ma.fields.Function(
        lambda obj: to_local(getattr(obj, attr), obj.timezone).isoformat(),
        dump_only=True,
        metadata={"type": "string", "description": f"{attr} as wall-clock time in the session's time zone."},
    )


class ParticipantSchema(ma.Schema):
    client_id = ma.fields.Integer()
    client_name = ma.fields.Function(lambda p: p.client.full_name, metadata={"type": "string"})
    active = ma.fields.Boolean()


class SessionSchema(ViewSchema):
    staff_only = ("notes", "outside_hours")

    id = ma.fields.Integer(dump_only=True)
    trainer_id = ma.fields.Integer()
    trainer_name = ma.fields.Function(lambda s: s.trainer.full_name, dump_only=True, metadata={"type": "string"})
    series_id = ma.fields.Integer(allow_none=True)
    original_start = ma.fields.DateTime(allow_none=True, metadata={"description": "RECURRENCE-ID of an occurrence."})
    is_exception = ma.fields.Boolean(metadata={"description": "Edited on its own; series-wide edits skip it."})
    kind = ma.fields.String(metadata={"enum": list(KINDS)})
    status = ma.fields.String(metadata={"enum": list(STATUSES)})
    starts_at = ma.fields.DateTime()
    ends_at = ma.fields.DateTime()
    local_start = _local("starts_at")
    local_end = _local("ends_at")
    timezone = ma.fields.String()
    capacity = ma.fields.Integer()
    title = ma.fields.String(allow_none=True)
    location = ma.fields.String(allow_none=True)
    online_url = ma.fields.String(allow_none=True)
    notes = ma.fields.String(allow_none=True, metadata={"description": "The coach's notes."})
    price = money_out()
    outside_hours = ma.fields.Boolean(metadata={"description": "Booked outside working hours by override."})
    cancelled_at = ma.fields.DateTime(allow_none=True)
    cancel_reason = ma.fields.String(allow_none=True, metadata={"description": "Shown to the session's clients too."})
    participants = ma.fields.List(
        ma.fields.Nested(ParticipantSchema), metadata={"description": "For a client: only their own place."}
    )
    created_at = ma.fields.DateTime(dump_only=True)
    updated_at = ma.fields.DateTime(dump_only=True)

    def for_client(self, data: dict[str, Any], client_id: int | None) -> dict[str, Any]:
        data["participants"] = [p for p in data.get("participants", []) if p["client_id"] == client_id]
        return data


class StatusChangeSchema(ViewSchema):
    staff_only = ("changed_by_id", "changed_by_name")

    from_status = ma.fields.String()
    to_status = ma.fields.String()
    note = ma.fields.String(
        allow_none=True,
        metadata={"description": "Attendance notes are staff only; a client sees a cancellation's reason."},
    )
    changed_by_id = ma.fields.Integer(allow_none=True)
    changed_by_name = ma.fields.Function(
        lambda change: change.changed_by.full_name if change.changed_by else None,
        metadata={"type": "string", "nullable": True, "description": "Who made the change."},
    )
    changed_at = ma.fields.DateTime()

    def for_client(self, data: dict[str, Any], client_id: int | None) -> dict[str, Any]:
        if data.get("to_status") != "cancelled":
            data["note"] = None
        return data


class SeriesSchema(ViewSchema):
    staff_only = ("notes",)

    id = ma.fields.Integer()
    trainer_id = ma.fields.Integer()
    timezone = ma.fields.String()
    local_start = ma.fields.NaiveDateTime(metadata={"description": "DTSTART in the series' time zone."})
    duration_minutes = ma.fields.Integer()
    rrule = ma.fields.String()
    kind = ma.fields.String()
    capacity = ma.fields.Integer()
    title = ma.fields.String(allow_none=True)
    location = ma.fields.String(allow_none=True)
    online_url = ma.fields.String(allow_none=True)
    notes = ma.fields.String(allow_none=True, metadata={"description": "The coach's notes."})
    price = money_out()
    client_ids = ma.fields.List(ma.fields.Integer(), metadata={"description": "For a client: only their own id."})
    materialized_until = ma.fields.DateTime(metadata={"description": "Occurrences exist as sessions up to here."})
    cancelled_at = ma.fields.DateTime(allow_none=True)
    occurrence_count = ma.fields.Integer(metadata={"description": "Materialised occurrences not cancelled."})

    def for_client(self, data: dict[str, Any], client_id: int | None) -> dict[str, Any]:
        data["client_ids"] = [c for c in data.get("client_ids", []) if c == client_id]
        return data


def names(people: Sequence[str]) -> str:
    """'Ann Lee', 'Ann Lee and Bo Yu', 'Ann Lee, Bo Yu and 3 more'."""
    if len(people) <= 2:
        return " and ".join(people)
    return f"{people[0]}, {people[1]} and {len(people) - 2} more"


def companions(viewer: Viewer, *, trainer: str, clients: Sequence[str]) -> str:
    """Who a session is with as `viewer` reads it: its clients for staff, its trainer for a client."""
    return trainer if viewer.is_client else names(clients)

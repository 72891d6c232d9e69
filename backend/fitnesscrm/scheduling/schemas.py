from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.exports import format_field
from fitnesscrm.core.fields import Money, Text, TimeZone, id_field
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.scheduling.models import KINDS, MAX_SESSION_MINUTES, STATUSES
from fitnesscrm.scheduling.series import SCOPES
from fitnesscrm.scheduling.service import ATTENDANCE

MAX_RANGE_DAYS = 62
# A month view of a busy studio needs more than the usual 100 rows per page.
MAX_CALENDAR_PER_PAGE = 500


class _SessionFieldsSchema(ma.Schema):
    starts_at = fields.DateTime(required=True, metadata={"example": "2030-03-04T07:00:00-05:00"})
    ends_at = fields.DateTime(required=True, metadata={"example": "2030-03-04T08:00:00-05:00"})
    kind = fields.String(load_default="personal", validate=ma.validate.OneOf(KINDS))
    client_ids = fields.List(id_field(), max_items=500)
    capacity = fields.Integer(minimum=1, maximum=500)
    title = Text(max_length=120, allow_none=True)
    location = Text(max_length=200, allow_none=True)
    online_url = fields.Url(allow_none=True)
    notes = Text(max_length=4000, allow_none=True)
    price = Money(allow_none=True)
    override = ma.fields.Boolean(
        load_default=False, metadata={"description": "Owner/admin: book outside working hours or in time off."}
    )

    @ma.validates_schema
    def _times(self, data, **_kwargs):
        start, end = data.get("starts_at"), data.get("ends_at")
        if start and end:
            if end <= start:
                raise ma.ValidationError("Must be after starts_at.", "ends_at")
            if end - start > timedelta(minutes=MAX_SESSION_MINUTES):
                raise ma.ValidationError("A session lasts at most 12 hours.", "ends_at")


class SessionCreateSchema(_SessionFieldsSchema):
    trainer_id = id_field(required=True, metadata={"example": 1})
    client_ids = fields.List(id_field(), load_default=list, max_items=500, metadata={"example": [1]})
    timezone = TimeZone(metadata={"description": "IANA zone to show the session in; the organization's by default."})


class SeriesCreateSchema(SessionCreateSchema):
    rrule = fields.String(
        required=True,
        validate=ma.validate.Length(min=6, max=500),
        metadata={"description": "RFC 5545 RRULE.", "example": "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12"},
    )


class SessionUpdateSchema(_SessionFieldsSchema):
    """Any subset of the fields; load it with partial=True. `scope` applies to occurrences of a series."""

    scope = fields.String(load_default="this", validate=ma.validate.OneOf(SCOPES))


class CancelSchema(ma.Schema):
    scope = fields.String(load_default="this", validate=ma.validate.OneOf(SCOPES))
    reason = Text(max_length=500, allow_none=True)


class AttendanceSchema(ma.Schema):
    status = fields.String(required=True, validate=ma.validate.OneOf(ATTENDANCE))
    note = Text(max_length=500, allow_none=True)


class _RangeArgsSchema(PageArgsSchema):
    from_ = fields.DateTime(data_key="from", metadata={"description": "Sessions ending after this instant."})
    to = fields.DateTime(metadata={"description": "Sessions starting before this instant."})
    trainer_id = id_field()
    client_id = id_field()
    series_id = id_field()


class SessionQuerySchema(_RangeArgsSchema):
    per_page = fields.Integer(load_default=100, minimum=1, maximum=MAX_CALENDAR_PER_PAGE)
    ended_by = fields.DateTime(
        metadata={"description": "Sessions over by this instant (a client's past sessions, without one in progress)."}
    )
    status = fields.List(fields.String(validate=ma.validate.OneOf(STATUSES)), max_items=len(STATUSES))
    sort = fields.String(
        load_default="starts_at",
        validate=ma.validate.OneOf(("starts_at", "-starts_at")),
        metadata={"description": "By start, earliest first; `-starts_at` for the latest first (past sessions)."},
    )


class SessionExportQuerySchema(_RangeArgsSchema):
    class Meta:
        exclude = ("page", "per_page")

    file_format = format_field()


class ReminderSchema(ma.Schema):
    id = ma.fields.Integer()
    client_id = ma.fields.Integer()
    kind = ma.fields.String(metadata={"example": "24h"})
    offset_minutes = ma.fields.Integer()
    due_at = ma.fields.DateTime()
    status = ma.fields.String()


class ExtendSchema(ma.Schema):
    until = fields.DateTime(required=True, metadata={"example": "2031-06-01T00:00:00+00:00"})


class IntervalSchema(ma.Schema):
    weekday = fields.Integer(required=True, minimum=0, maximum=6)
    starts_at = fields.LocalTime(required=True, metadata={"example": "09:00:00"})
    ends_at = fields.LocalTime(required=True, metadata={"example": "17:00:00"})

    @ma.validates_schema
    def _order(self, data, **_kwargs):
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            raise ma.ValidationError("Must be after starts_at.", "ends_at")


class WorkingHoursSchema(ma.Schema):
    timezone = ma.fields.String(dump_only=True, metadata={"description": "The organization's zone."})
    intervals = fields.List(
        ma.fields.Nested(IntervalSchema),
        required=True,
        max_items=50,
        metadata={"description": "Intervals of one weekday may touch (09:00-12:00, 12:00-17:00) but not overlap."},
    )

    @ma.validates_schema(skip_on_field_errors=True)
    def _no_overlap(self, data, **_kwargs):
        by_day = sorted(data["intervals"], key=lambda i: (i["weekday"], i["starts_at"]))
        for earlier, later in pairwise(by_day):
            if earlier["weekday"] == later["weekday"] and later["starts_at"] < earlier["ends_at"]:
                raise ma.ValidationError(
                    f"Intervals overlap on weekday {later['weekday']}: "
                    f"{earlier['starts_at']:%H:%M}-{earlier['ends_at']:%H:%M} and "
                    f"{later['starts_at']:%H:%M}-{later['ends_at']:%H:%M}.",
                    "intervals",
                )


class TimeOffSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    trainer_id = ma.fields.Integer(dump_only=True)
    starts_at = fields.DateTime(required=True, metadata={"example": "2030-03-09T00:00:00-05:00"})
    ends_at = fields.DateTime(required=True, metadata={"example": "2030-03-10T00:00:00-05:00"})
    reason = Text(max_length=200, allow_none=True)

    @ma.validates_schema
    def _order(self, data, **_kwargs):
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            raise ma.ValidationError("Must be after starts_at.", "ends_at")


class TimeOffQuerySchema(PageArgsSchema):
    from_ = fields.DateTime(data_key="from")
    to = fields.DateTime()


class FreeSlotQuerySchema(PageArgsSchema):
    first = fields.Date(
        required=True, data_key="from", metadata={"description": "First local day.", "example": "2030-03-04"}
    )
    last = fields.Date(
        required=True, data_key="to", metadata={"description": "Last local day (inclusive).", "example": "2030-03-08"}
    )
    minutes = fields.Integer(
        required=True, data_key="duration", minimum=5, maximum=MAX_SESSION_MINUTES, metadata={"example": 60}
    )
    step = fields.Integer(load_default=30, minimum=5, maximum=MAX_SESSION_MINUTES)
    client_ids = fields.List(
        id_field(),
        max_items=50,
        load_default=list,
        metadata={"description": "Leave out times when one of these clients is busy (repeat the parameter)."},
    )
    per_page = fields.Integer(load_default=100, minimum=1, maximum=MAX_CALENDAR_PER_PAGE)

    @ma.validates_schema
    def _range(self, data, **_kwargs):
        first, last = data.get("first"), data.get("last")
        if first and last and not 0 <= (last - first).days < MAX_RANGE_DAYS:
            raise ma.ValidationError(f"From 0 to {MAX_RANGE_DAYS - 1} days after from.", "to")


class FreeSlotSchema(ma.Schema):
    starts_at = ma.fields.DateTime()
    ends_at = ma.fields.DateTime()
    local_start = ma.fields.NaiveDateTime()
    local_end = ma.fields.NaiveDateTime()


class FeedCreateSchema(ma.Schema):
    trainer_id = id_field()
    client_id = id_field()


class FeedSchema(ma.Schema):
    id = ma.fields.Integer()
    trainer_id = ma.fields.Integer(allow_none=True)
    client_id = ma.fields.Integer(allow_none=True)
    created_at = ma.fields.DateTime()
    revoked_at = ma.fields.DateTime(allow_none=True)


class FeedCreatedSchema(FeedSchema):
    token = ma.fields.String(metadata={"description": "Shown once; only its hash is stored."})
    url = ma.fields.String(metadata={"description": "Subscribe to this address in a calendar app."})


class FeedQuerySchema(PageArgsSchema):
    active = ma.fields.Boolean(load_default=True)
    trainer_id = id_field(metadata={"description": "Only this trainer's feeds."})
    client_id = id_field(metadata={"description": "Only this client's feeds."})


class SettingsSchema(ma.Schema):
    reminder_offsets = fields.List(
        fields.Integer(minimum=5, maximum=14 * 24 * 60),
        required=True,
        max_items=5,
        metadata={"description": "Minutes before a session at which reminders fall due.", "example": [1440, 60]},
    )

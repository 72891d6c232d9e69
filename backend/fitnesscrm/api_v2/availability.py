"""/api/v2/availability: a trainer's free slots of a given length, for booking forms outside FitnessCRM."""

from __future__ import annotations

from datetime import timedelta

import marshmallow as ma
from flask_smorest import Blueprint

from fitnesscrm.api_v2.operations import operation
from fitnesscrm.api_v2.pagination import DEFAULT_LIMIT, MAX_LIMIT
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.scheduling import availability
from fitnesscrm.scheduling.models import MAX_SESSION_MINUTES
from fitnesscrm.scheduling.schemas import MAX_RANGE_DAYS

blp = Blueprint("v2_availability", __name__, url_prefix="/api/v2/availability", description="Trainers' free slots")

# Every slot of the range is computed before a page is cut from it: at most 62 days of 5-minute steps.
_ALL = MAX_RANGE_DAYS * 24 * 60 // 5


class V2FreeSlotArgsSchema(fields.QuerySchema):
    trainer_id = fields.id_field(required=True)
    duration = fields.Integer(
        required=True, minimum=5, maximum=MAX_SESSION_MINUTES, metadata={"description": "Minutes.", "example": 60}
    )
    first = fields.Date(
        required=True, data_key="from", metadata={"description": "First day, in the studio's calendar."}
    )
    last = fields.Date(
        required=True, data_key="to", metadata={"description": f"Last day (inclusive); at most {MAX_RANGE_DAYS} days."}
    )
    step = fields.Integer(
        load_default=30, minimum=5, maximum=MAX_SESSION_MINUTES, metadata={"description": "Minutes between starts."}
    )
    client_ids = fields.List(
        fields.id_field(),
        max_items=50,
        load_default=list,
        metadata={"description": "Leave out times when one of these clients is busy (repeat the parameter)."},
    )
    limit = fields.Integer(load_default=DEFAULT_LIMIT, minimum=1, maximum=MAX_LIMIT)
    starting_after = fields.DateTime(
        metadata={"description": "The `starts_at` of the last slot you have: the page starts after it."}
    )

    @ma.validates_schema
    def _range(self, data, **_kwargs):
        first, last = data.get("first"), data.get("last")
        if first and last and not timedelta(0) <= last - first < timedelta(days=MAX_RANGE_DAYS):
            raise ma.ValidationError(f"From 0 to {MAX_RANGE_DAYS - 1} days after from.", "to")


class V2FreeSlotSchema(ma.Schema):
    object = ma.fields.Constant("free_slot", dump_only=True, required=True)
    starts_at = ma.fields.DateTime(required=True)
    ends_at = ma.fields.DateTime(required=True)


class V2FreeSlotListSchema(ma.Schema):
    object = ma.fields.Constant("list", dump_only=True, required=True)
    data = ma.fields.List(ma.fields.Nested(V2FreeSlotSchema), required=True)
    has_more = ma.fields.Boolean(required=True, metadata={"description": "Whether another page follows."})
    next_starting_after = ma.fields.DateTime(
        allow_none=True,
        required=True,
        metadata={"description": "Pass as `starting_after` for the next page; null on the last."},
    )


@blp.route("/free-slots")
@operation(blp, "listFreeSlots", scope="availability:read")
@blp.arguments(V2FreeSlotArgsSchema, location="query")
@blp.response(200, V2FreeSlotListSchema)
def free_slots(args):
    """A trainer's free slots of `duration` minutes in working hours between two days, earliest first."""
    after, limit = args.pop("starting_after", None), args.pop("limit")
    found = availability.search_free_slots(
        actor=current_principal(), minutes=args.pop("duration"), page=1, per_page=_ALL, **args
    ).items
    if after is not None:
        found = [slot for slot in found if slot["starts_at"] > after]
    page, has_more = found[:limit], len(found) > limit
    return {
        "data": page,
        "has_more": has_more,
        "next_starting_after": page[-1]["starts_at"] if has_more else None,
    }

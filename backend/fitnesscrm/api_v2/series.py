"""/api/v2/series: recurring bookings (an RFC 5545 rule); their occurrences are sessions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.api_v2.operations import operation
from fitnesscrm.api_v2.pagination import CursorArgsSchema, cursor_page, list_schema
from fitnesscrm.api_v2.representations import representation
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.errors import Conflict, NotFound
from fitnesscrm.extensions import db
from fitnesscrm.scheduling import schemas, series
from fitnesscrm.scheduling.models import KINDS, Session, SessionSeries

blp = Blueprint("v2_series", __name__, url_prefix="/api/v2/series", description="Recurring bookings")

SERIES_STATES = ("active", "cancelled", "all")


class V2SeriesSchema(ma.Schema):
    object = ma.fields.Constant("series", dump_only=True, required=True)
    id = ma.fields.Integer(required=True)
    trainer_id = ma.fields.Integer(required=True)
    client_ids = ma.fields.List(ma.fields.Integer(), required=True, metadata={"description": "Booked on each."})
    rrule = ma.fields.String(required=True, metadata={"description": "RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO."})
    timezone = ma.fields.String(required=True, metadata={"description": "The IANA zone the rule repeats in."})
    first_starts_at = ma.fields.Function(
        lambda item: series.first_start(item).isoformat(),
        required=True,
        metadata={"type": "string", "format": "date-time", "description": "When the first occurrence starts."},
    )
    duration_minutes = ma.fields.Integer(required=True)
    kind = ma.fields.String(required=True, metadata={"description": " | ".join(KINDS)})
    capacity = ma.fields.Integer(required=True)
    title = ma.fields.String(allow_none=True, required=True)
    location = ma.fields.String(allow_none=True, required=True)
    online_url = ma.fields.String(allow_none=True, required=True)
    notes = ma.fields.String(allow_none=True, required=True, metadata={"description": "The coach's notes."})
    occurrence_count = ma.fields.Integer(
        required=True, metadata={"description": "Occurrences booked as sessions and not cancelled."}
    )
    materialized_until = ma.fields.DateTime(required=True, metadata={"description": "Occurrences exist up to here."})
    cancelled_at = ma.fields.DateTime(allow_none=True, required=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)


class V2SeriesListArgsSchema(CursorArgsSchema):
    trainer_id = fields.id_field(metadata={"description": "Only this trainer's series."})
    client_id = fields.id_field(metadata={"description": "Only series this client is booked on."})
    status = fields.String(
        load_default="all",
        validate=ma.validate.OneOf(SERIES_STATES),
        metadata={"description": "`active`, `cancelled` (every occurrence cancelled) or `all` (the default)."},
    )


class V2SeriesCreateSchema(schemas.SeriesCreateSchema):
    # A price stays on the studio's own screens, which know the currency it is in.
    class Meta:
        exclude = ("price",)


class V2SeriesCancelSchema(ma.Schema):
    reason = fields.Text(max_length=500, allow_none=True, metadata={"description": "Shown to the clients."})


def _counted(found: list[SessionSeries]) -> list[SessionSeries]:
    """Attach each series' count of occurrences not cancelled, in one query for the page."""
    ids = [item.id for item in found]
    if not ids:
        return found
    counts = dict(
        db.session.execute(
            sa.select(Session.series_id, sa.func.count())
            .where(Session.series_id.in_(ids), Session.status != "cancelled")
            .group_by(Session.series_id)
        ).all()
    )
    for item in found:
        item.occurrence_count = counts.get(item.id, 0)
    return found


def _load(organization_id: int, series_id: int) -> SessionSeries | None:
    return db.session.scalars(
        sa.select(SessionSeries).where(SessionSeries.organization_id == organization_id, SessionSeries.id == series_id)
    ).one_or_none()


def _find(actor: Principal, series_id: int) -> SessionSeries:
    found = _load(actor.organization_id, series_id)
    if found is None:
        raise NotFound("No such series.")
    return _counted([found])[0]


@representation("series")
def _represent(organization_id: int, series_id: int) -> dict[str, Any] | None:
    found = _load(organization_id, series_id)
    return None if found is None else V2SeriesSchema().dump(_counted([found])[0])


@blp.route("")
class SeriesList(MethodView):
    @operation(blp, "listSeries", scope="sessions:read")
    @blp.arguments(V2SeriesListArgsSchema, location="query")
    @blp.response(200, list_schema(V2SeriesSchema))
    def get(self, args):
        """List recurring bookings, filtered by trainer, client or whether they were cancelled."""
        stmt = scoped(SessionSeries, current_principal())
        if "trainer_id" in args:
            stmt = stmt.where(SessionSeries.trainer_id == args["trainer_id"])
        if "client_id" in args:
            stmt = stmt.where(sa.literal(args["client_id"]) == sa.any_(SessionSeries.client_ids))
        if args["status"] == "active":
            stmt = stmt.where(SessionSeries.cancelled_at.is_(None))
        elif args["status"] == "cancelled":
            stmt = stmt.where(SessionSeries.cancelled_at.is_not(None))
        page = cursor_page(stmt, key=SessionSeries.id, limit=args["limit"], starting_after=args.get("starting_after"))
        page.data = _counted(page.data)
        return page

    @operation(blp, "createSeries", scope="sessions:write")
    @blp.arguments(V2SeriesCreateSchema)
    @blp.response(201, V2SeriesSchema)
    def post(self, args):
        """Book a recurring series; its occurrences are booked as sessions a year ahead, 409 if one is taken."""
        return series.create(actor=current_principal(), **args)


@blp.route("/<int:series_id>")
class SeriesById(MethodView):
    @operation(blp, "getSeries", scope="sessions:read")
    @blp.response(200, V2SeriesSchema)
    def get(self, series_id):
        """One series."""
        return _find(current_principal(), series_id)


@blp.route("/<int:series_id>/cancel", methods=["POST"])
@operation(blp, "cancelSeries", scope="sessions:write", writes=True)
@blp.arguments(V2SeriesCancelSchema)
@blp.response(200, V2SeriesSchema)
def cancel_series(args, series_id):
    """Cancel every occurrence not yet begun; those past keep their attendance."""
    actor = current_principal()
    found = _find(actor, series_id)
    next_session = db.session.scalar(
        sa.select(Session.id)
        .where(Session.series_id == found.id, Session.starts_at >= datetime.now(UTC), Session.status == "scheduled")
        .order_by(Session.original_start)
        .limit(1)
    )
    if next_session is None:
        raise Conflict("The series has no occurrence left to cancel.", code="series_over")
    series.cancel(actor=actor, session_id=next_session, scope="all", reason=args.get("reason"))
    return _find(actor, series_id)

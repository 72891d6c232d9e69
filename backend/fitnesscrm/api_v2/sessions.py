"""/api/v2/sessions: book, move, cancel and mark attendance of single sessions, read the calendar."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask.views import MethodView
from flask_smorest import Blueprint
from sqlalchemy.orm import selectinload

from fitnesscrm.api_v2.operations import operation
from fitnesscrm.api_v2.pagination import CursorArgsSchema, cursor_page, list_schema
from fitnesscrm.api_v2.representations import representation
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.tenancy import scoped
from fitnesscrm.extensions import db
from fitnesscrm.scheduling import schemas, service
from fitnesscrm.scheduling.models import KINDS, STATUSES, Participant, Session

blp = Blueprint("v2_sessions", __name__, url_prefix="/api/v2/sessions", description="Booked sessions")


class V2SessionSchema(ma.Schema):
    object = ma.fields.Constant("session", dump_only=True, required=True)
    id = ma.fields.Integer(required=True)
    trainer_id = ma.fields.Integer(required=True)
    client_ids = ma.fields.Method(
        "_client_ids",
        required=True,
        metadata={"type": "array", "items": {"type": "integer"}, "description": "The clients booked on it."},
    )
    series_id = ma.fields.Integer(allow_none=True, required=True, metadata={"description": "Its series, if any."})
    kind = ma.fields.String(required=True, metadata={"description": " | ".join(KINDS)})
    status = ma.fields.String(required=True, metadata={"description": " | ".join(STATUSES)})
    starts_at = ma.fields.DateTime(required=True)
    ends_at = ma.fields.DateTime(required=True)
    timezone = ma.fields.String(required=True, metadata={"description": "The IANA zone the session is shown in."})
    capacity = ma.fields.Integer(required=True)
    title = ma.fields.String(allow_none=True, required=True)
    location = ma.fields.String(allow_none=True, required=True)
    online_url = ma.fields.String(allow_none=True, required=True)
    notes = ma.fields.String(allow_none=True, required=True, metadata={"description": "The coach's notes."})
    cancelled_at = ma.fields.DateTime(allow_none=True, required=True)
    cancel_reason = ma.fields.String(allow_none=True, required=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)

    def _client_ids(self, session: Session) -> list[int]:
        return [participant.client_id for participant in session.participants if participant.active]


class V2SessionListArgsSchema(CursorArgsSchema):
    from_ = fields.DateTime(data_key="from", metadata={"description": "Only sessions ending after this instant."})
    to = fields.DateTime(metadata={"description": "Only sessions starting before this instant."})
    trainer_id = fields.id_field(metadata={"description": "Only this trainer's sessions."})
    client_id = fields.id_field(metadata={"description": "Only sessions this client is booked on."})
    status = fields.String(validate=ma.validate.OneOf(STATUSES), metadata={"description": "Only this status."})


class V2SessionCreateSchema(schemas.SessionCreateSchema):
    # A session's price stays on the studio's own screens, which know the currency it is in.
    class Meta:
        exclude = ("price",)


class V2SessionUpdateSchema(schemas.SessionUpdateSchema):
    """Any subset of the fields: a new start and end moves the session; an occurrence becomes an exception."""

    class Meta:
        exclude = ("price", "scope")


class V2CancelSchema(ma.Schema):
    reason = fields.Text(max_length=500, allow_none=True, metadata={"description": "Shown to the session's clients."})


def _with_participants(stmt: sa.Select) -> sa.Select:
    return stmt.options(selectinload(Session.participants))


def find(organization_id: int, session_id: int) -> Session | None:
    """The session with its participants, or None."""
    return db.session.scalars(
        _with_participants(sa.select(Session)).where(
            Session.organization_id == organization_id, Session.id == session_id
        )
    ).one_or_none()


@representation("session")
def _represent(organization_id: int, session_id: int) -> dict[str, Any] | None:
    session = find(organization_id, session_id)
    return None if session is None else V2SessionSchema().dump(session)


@blp.route("")
class Sessions(MethodView):
    @operation(blp, "listSessions", scope="sessions:read")
    @blp.arguments(V2SessionListArgsSchema, location="query")
    @blp.response(200, list_schema(V2SessionSchema))
    def get(self, args):
        """List sessions in id order, filtered by time range, trainer, client or status."""
        stmt = _with_participants(scoped(Session, current_principal()))
        if "from_" in args:
            stmt = stmt.where(Session.ends_at > args["from_"])
        if "to" in args:
            stmt = stmt.where(Session.starts_at < args["to"])
        if "trainer_id" in args:
            stmt = stmt.where(Session.trainer_id == args["trainer_id"])
        if "client_id" in args:
            booked = sa.select(Participant.session_id).where(Participant.client_id == args["client_id"])
            stmt = stmt.where(Session.id.in_(booked))
        if "status" in args:
            stmt = stmt.where(Session.status == args["status"])
        return cursor_page(stmt, key=Session.id, limit=args["limit"], starting_after=args.get("starting_after"))

    @operation(blp, "createSession", scope="sessions:write")
    @blp.arguments(V2SessionCreateSchema)
    @blp.response(201, V2SessionSchema)
    def post(self, args):
        """Book one session; 409 names the session in the way, 422 a time outside working hours without override."""
        return service.create(actor=current_principal(), **args)


@blp.route("/<int:session_id>")
class SessionById(MethodView):
    @operation(blp, "getSession", scope="sessions:read")
    @blp.response(200, V2SessionSchema)
    def get(self, session_id):
        """One session."""
        return service.get(actor=current_principal(), session_id=session_id)

    @operation(blp, "updateSession", scope="sessions:write")
    @blp.arguments(V2SessionUpdateSchema(partial=True))
    @blp.response(200, V2SessionSchema)
    def patch(self, args, session_id):
        """Move, resize or edit one session; 409 when the new time is taken."""
        return service.update(actor=current_principal(), session_id=session_id, **args)


@blp.route("/<int:session_id>/cancel", methods=["POST"])
@operation(blp, "cancelSession", scope="sessions:write", writes=True)
@blp.arguments(V2CancelSchema)
@blp.response(200, V2SessionSchema)
def cancel_session(args, session_id):
    """Cancel one session: the slot is freed and its clients' reminders are dropped."""
    return service.cancel(actor=current_principal(), session_id=session_id, **args)


@blp.route("/<int:session_id>/attendance", methods=["POST"])
@operation(blp, "markSessionAttendance", scope="sessions:write", writes=True)
@blp.arguments(schemas.AttendanceSchema)
@blp.response(200, V2SessionSchema)
def mark_attendance(args, session_id):
    """Mark a session completed, no_show or late_cancel."""
    return service.mark_attendance(actor=current_principal(), session_id=session_id, **args)

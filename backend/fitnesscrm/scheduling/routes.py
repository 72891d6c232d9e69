"""Scheduling: sessions and series, availability, attendance, reminders, settings and calendar feeds."""

from __future__ import annotations

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.exports import documented_export, export_response
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import Role
from fitnesscrm.scheduling import availability, feeds, reminders, schemas, series, service, views

blp = Blueprint("scheduling", __name__, url_prefix="/api", description="Sessions, availability and calendars")

STAFF = (Role.OWNER, Role.ADMIN, Role.TRAINER)
MANAGERS = (Role.OWNER, Role.ADMIN)
ICS = "text/calendar; charset=utf-8"


def _ics(name: str, body: bytes, *, attachment: bool) -> Response:
    response = Response(body, content_type=ICS)
    if attachment:
        response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "private, no-store"
    return response


@blp.route("/sessions")
class Sessions(MethodView):
    @requires()
    @blp.arguments(schemas.SessionQuerySchema, location="query")
    @blp.response(200, page_schema(views.SessionSchema))
    def get(self, args):
        """List sessions overlapping [from, to) by start: the calendar's range query, filterable by trainer/client."""
        return service.get_all(actor=current_principal(), **args)

    @requires(*STAFF)
    @blp.arguments(schemas.SessionCreateSchema)
    @blp.response(201, views.SessionSchema)
    def post(self, args):
        """Book one session (trainers on their own calendar); 409 names the session in the way."""
        return service.create(actor=current_principal(), **args)


@blp.route("/sessions/export")
class SessionsExport(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.SessionExportQuerySchema, location="query")
    @documented_export(blp)
    def get(self, args):
        """Download the sessions matching the filters as CSV or Excel (staff; trainers their own)."""
        actor, file_format = current_principal(), args.pop("file_format")
        rows = service.export_rows(actor=actor, **args)
        return export_response("sessions", service.EXPORT_COLUMNS, rows, file_format=file_format, zone=actor.timezone)


@blp.route("/sessions/<int:session_id>")
class SessionById(MethodView):
    @requires()
    @blp.response(200, views.SessionSchema)
    def get(self, session_id):
        """One session."""
        return service.get(actor=current_principal(), session_id=session_id)

    @requires(*STAFF)
    @blp.arguments(schemas.SessionUpdateSchema(partial=True))
    @blp.response(200, views.SessionSchema)
    def patch(self, args, session_id):
        """Move, resize or edit a session; for an occurrence, scope=this|following|all."""
        scope = args.pop("scope", "this")
        if scope == "this":
            return service.update(actor=current_principal(), session_id=session_id, **args)
        return series.update(actor=current_principal(), session_id=session_id, scope=scope, **args)


@blp.route("/sessions/<int:session_id>/cancel", methods=["POST"])
@requires(*STAFF)
@blp.arguments(schemas.CancelSchema)
@blp.response(200, views.SessionSchema)
def cancel_session(args, session_id):
    """Cancel a session, or with scope=following|all the rest of its series; the slot is freed."""
    scope = args.pop("scope")
    if scope == "this":
        return service.cancel(actor=current_principal(), session_id=session_id, **args)
    return series.cancel(actor=current_principal(), session_id=session_id, scope=scope, **args)


@blp.route("/sessions/<int:session_id>/attendance", methods=["POST"])
@requires(*STAFF)
@blp.arguments(schemas.AttendanceSchema)
@blp.response(200, views.SessionSchema)
def mark_attendance(args, session_id):
    """Mark a session completed, no_show or late_cancel; every change is kept in its history."""
    return service.mark_attendance(actor=current_principal(), session_id=session_id, **args)


@blp.route("/sessions/<int:session_id>/history")
@requires()
@blp.arguments(schemas.PageArgsSchema, location="query")
@blp.response(200, page_schema(views.StatusChangeSchema))
def session_history(args, session_id):
    """The session's attendance and cancellation history, oldest first."""
    return service.history(actor=current_principal(), session_id=session_id, **args)


@blp.route("/sessions/<int:session_id>/reminders")
@requires(*STAFF)
@blp.arguments(schemas.PageArgsSchema, location="query")
@blp.response(200, page_schema(schemas.ReminderSchema))
def session_reminders(args, session_id):
    """The session's reminder records, by due time."""
    return service.reminders_of(actor=current_principal(), session_id=session_id, **args)


@blp.route("/sessions/<int:session_id>.ics")
@requires()
@blp.response(200, content_type=ICS)
def session_ics(session_id):
    """Download one session as an iCalendar file."""
    name, body = feeds.session_ics(actor=current_principal(), session_id=session_id)
    return _ics(name, body, attachment=True)


@blp.route("/series", methods=["POST"])
@requires(*STAFF)
@blp.arguments(schemas.SeriesCreateSchema)
@blp.response(201, views.SeriesSchema)
def create_series(args):
    """Book a recurring series from an RRULE; occurrences exist as sessions a year ahead."""
    return series.create(actor=current_principal(), **args)


@blp.route("/series/<int:series_id>")
@requires()
@blp.response(200, views.SeriesSchema)
def get_series(series_id):
    """One series: its rule, time zone and how far its occurrences are materialised."""
    return series.get(actor=current_principal(), series_id=series_id)


@blp.route("/series/<int:series_id>/extend", methods=["POST"])
@requires(*STAFF)
@blp.arguments(schemas.ExtendSchema)
@blp.response(200, views.SeriesSchema)
def extend_series(args, series_id):
    """Materialise a series' occurrences further ahead (up to three years)."""
    return series.extend(actor=current_principal(), series_id=series_id, **args)


@blp.route("/trainers/<int:trainer_id>/working-hours")
class WorkingHours(MethodView):
    @requires(*STAFF)
    @blp.response(200, schemas.WorkingHoursSchema)
    def get(self, trainer_id):
        """A trainer's weekly working hours (local time of the organization)."""
        return availability.get_hours(actor=current_principal(), trainer_id=trainer_id)

    @requires(*STAFF)
    @blp.arguments(schemas.WorkingHoursSchema)
    @blp.response(200, schemas.WorkingHoursSchema)
    def put(self, args, trainer_id):
        """Replace a trainer's weekly working hours (owners, admins, the trainer)."""
        return availability.set_hours(actor=current_principal(), trainer_id=trainer_id, **args)


@blp.route("/trainers/<int:trainer_id>/time-off")
class TimeOffList(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.TimeOffQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.TimeOffSchema))
    def get(self, args, trainer_id):
        """A trainer's time off."""
        return availability.list_time_off(actor=current_principal(), trainer_id=trainer_id, **args)

    @requires(*STAFF)
    @blp.arguments(schemas.TimeOffSchema)
    @blp.response(201, schemas.TimeOffSchema)
    def post(self, args, trainer_id):
        """Add time off: no booking inside it without an owner/admin override."""
        return availability.add_time_off(actor=current_principal(), trainer_id=trainer_id, **args)


@blp.route("/time-off/<int:time_off_id>", methods=["DELETE"])
@requires(*STAFF)
@blp.response(204)
def delete_time_off(time_off_id):
    """Remove time off."""
    availability.remove_time_off(actor=current_principal(), time_off_id=time_off_id)


@blp.route("/trainers/<int:trainer_id>/free-slots")
@requires(*STAFF)
@blp.arguments(schemas.FreeSlotQuerySchema, location="query")
@blp.response(200, page_schema(schemas.FreeSlotSchema))
def free_slots(args, trainer_id):
    """A trainer's free slots of `duration` minutes between two local days where the `client_ids` are free too."""
    return availability.search_free_slots(actor=current_principal(), trainer_id=trainer_id, **args)


@blp.route("/scheduling/settings")
class Settings(MethodView):
    @requires(*STAFF)
    @blp.response(200, schemas.SettingsSchema)
    def get(self):
        """The organization's scheduling settings (reminder offsets)."""
        return reminders.get_settings(actor=current_principal())

    @requires(*MANAGERS)
    @blp.arguments(schemas.SettingsSchema)
    @blp.response(200, schemas.SettingsSchema)
    def put(self, args):
        """Change when reminders fall due (owners, admins)."""
        return reminders.update_settings(actor=current_principal(), **args)


@blp.route("/calendar/feeds")
class Feeds(MethodView):
    @requires()
    @blp.arguments(schemas.FeedQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.FeedSchema))
    def get(self, args):
        """The calendar feeds the caller may manage (without their tokens)."""
        return feeds.get_all(actor=current_principal(), **args)

    @requires()
    @blp.arguments(schemas.FeedCreateSchema)
    @blp.response(201, schemas.FeedCreatedSchema)
    def post(self, args):
        """Issue a private feed URL for a trainer or client, revoking the previous one; shown once."""
        return feeds.create(actor=current_principal(), **args)


@blp.route("/calendar/feeds/<int:feed_id>", methods=["DELETE"])
@requires()
@blp.response(204)
def revoke_feed(feed_id):
    """Revoke a feed: its URL stops working at once."""
    feeds.revoke(actor=current_principal(), feed_id=feed_id)


@blp.route("/calendar/feeds/<string:token>.ics")
@blp.response(200, content_type=ICS)
def feed(token):
    """The iCalendar feed itself; the unguessable token in the URL is the credential."""
    return _ics("feed.ics", feeds.render(token=token), attachment=False)

"""Habits: a client's daily habits, ticks by day, streaks and the 4-week grid."""

from __future__ import annotations

from datetime import date

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import STAFF
from fitnesscrm.errors import NotFound
from fitnesscrm.progress.habits import schemas, service

blp = Blueprint("habits", __name__, url_prefix="/api", description="Habits")

DAY_PARAMETER = {"in": "path", "name": "day", "required": True, "schema": {"type": "string", "format": "date"}}


def _day(text: str) -> date:
    """The day named in the path (YYYY-MM-DD), or NotFound: no such day page exists."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise NotFound("No such day: give it as YYYY-MM-DD.") from None
    if len(text) != 10 or not fields.FIRST_DAY <= day <= fields.LAST_DAY:
        raise NotFound("No such day: give it as YYYY-MM-DD.")
    return day


@blp.route("/clients/<int:client_id>/habits")
class ClientHabits(MethodView):
    @requires()
    @blp.arguments(schemas.HabitListArgsSchema, location="query")
    @blp.response(200, page_schema(schemas.HabitWithStatusSchema))
    def get(self, args, client_id):
        """A client's habits with today's tick and streaks (a client reads their own)."""
        return service.get_all(actor=current_principal(), client_id=client_id, **args)

    @requires(*STAFF)
    @blp.arguments(schemas.HabitCreateSchema)
    @blp.response(201, schemas.HabitSchema)
    def post(self, args, client_id):
        """Give a client a daily habit (their trainers and managers)."""
        return service.create(actor=current_principal(), client_id=client_id, **args)


@blp.route("/clients/<int:client_id>/habits/grid")
@requires()
@blp.response(200, schemas.HabitGridSchema)
def get_grid(client_id):
    """The last 4 weeks of each habit day by day, with streaks (a client reads their own)."""
    return service.grid(actor=current_principal(), client_id=client_id)


@blp.route("/habits/<int:habit_id>")
class HabitResource(MethodView):
    @requires()
    @blp.response(200, schemas.HabitSchema)
    def get(self, habit_id):
        """One habit (its client, their trainers, managers)."""
        return service.get(actor=current_principal(), habit_id=habit_id)

    @requires(*STAFF)
    @blp.arguments(schemas.HabitUpdateSchema)
    @blp.response(200, schemas.HabitSchema)
    def patch(self, args, habit_id):
        """Rename a habit or change its target or start; days already ticked keep their result."""
        return service.update(actor=current_principal(), habit_id=habit_id, **args)


@blp.route("/habits/<int:habit_id>/archive", methods=["POST"])
@requires(*STAFF)
@blp.response(200, schemas.HabitSchema)
def archive_habit(habit_id):
    """Stop a habit; its history stays."""
    return service.archive(actor=current_principal(), habit_id=habit_id)


@blp.route("/habits/<int:habit_id>/days/<string:day>")
class HabitDay(MethodView):
    @requires()
    @blp.doc(parameters=[DAY_PARAMETER])
    @blp.arguments(schemas.HabitLogWriteSchema)
    @blp.response(200, schemas.HabitLogSchema)
    def put(self, args, habit_id, day):
        """Tick off a day: a client today and the last 7 days, staff any past day."""
        return service.log_day(actor=current_principal(), habit_id=habit_id, day=_day(day), **args)

    @requires()
    @blp.doc(parameters=[DAY_PARAMETER])
    @blp.response(204)
    def delete(self, habit_id, day):
        """Take back a day's tick (same days as ticking it off)."""
        service.clear_day(actor=current_principal(), habit_id=habit_id, day=_day(day))

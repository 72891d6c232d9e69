"""Trainers: list, read, create, edit, archive, restore, delete, export."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.exports import documented_export, export_response
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import MANAGERS, STAFF
from fitnesscrm.trainers import schemas, service

blp = Blueprint("trainers", __name__, url_prefix="/api/trainers", description="The studio's trainers")


@blp.route("")
class Trainers(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.TrainerQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.TrainerSchema))
    def get(self, args):
        """List trainers: search, filter by specialization and archive state, sort, paginate."""
        return service.get_all(actor=current_principal(), **args)

    @requires(*MANAGERS)
    @blp.arguments(schemas.TrainerCreateSchema)
    @blp.response(201, schemas.TrainerSchema)
    def post(self, args):
        """Add a trainer (owner, admin)."""
        return service.create(actor=current_principal(), **args)


@blp.route("/me", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.CoachYourselfSchema)
@blp.response(201, schemas.TrainerSchema)
def coach_yourself(args):
    """Coach clients yourself: link a trainer profile to your own account, or create one from it (owner, admin)."""
    return service.coach_yourself(actor=current_principal(), **args)


@blp.route("/export")
class TrainersExport(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.TrainerExportQuerySchema, location="query")
    @documented_export(blp)
    def get(self, args):
        """Download the trainers matching the list's filters as CSV or Excel (owner, admin)."""
        actor, file_format = current_principal(), args.pop("file_format")
        rows = service.export_rows(actor=actor, **args)
        return export_response("trainers", service.EXPORT_COLUMNS, rows, file_format=file_format, zone=actor.timezone)


@blp.route("/<int:trainer_id>")
class TrainerById(MethodView):
    @requires(*STAFF)
    @blp.response(200, schemas.TrainerSchema)
    def get(self, trainer_id):
        """One trainer."""
        return service.get(actor=current_principal(), trainer_id=trainer_id)

    @requires(*STAFF)
    @blp.arguments(schemas.TrainerUpdateSchema(partial=True))
    @blp.response(200, schemas.TrainerSchema)
    def patch(self, args, trainer_id):
        """Edit a trainer (owner, admin; a trainer their own profile)."""
        return service.update(actor=current_principal(), trainer_id=trainer_id, **args)

    @requires(*MANAGERS)
    @blp.response(204)
    def delete(self, trainer_id):
        """Delete a trainer for good, with their assignments and login (owner, admin)."""
        service.delete(actor=current_principal(), trainer_id=trainer_id)


@blp.route("/<int:trainer_id>/archive", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.TrainerSchema)
def archive_trainer(trainer_id):
    """Archive a trainer: hidden from lists, login disabled, history kept (owner, admin)."""
    return service.archive(actor=current_principal(), trainer_id=trainer_id)


@blp.route("/<int:trainer_id>/restore", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.TrainerSchema)
def restore_trainer(trainer_id):
    """Restore an archived trainer (owner, admin)."""
    return service.restore(actor=current_principal(), trainer_id=trainer_id)

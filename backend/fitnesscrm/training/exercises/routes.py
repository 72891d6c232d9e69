"""Exercises: the studio's library (built-in and its own), search, filters, create, edit, archive, restore."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import MANAGERS, STAFF
from fitnesscrm.training.exercises import schemas, service

# Named "Exercises": the OpenAPI tag the parts agreed on.
blp = Blueprint(
    "Exercises",
    __name__,
    url_prefix="/api/exercises",
    description="The exercise library: built-in exercises shared by every studio, and the studio's own",
)


@blp.route("")
class Exercises(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.ExerciseQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.ExerciseSchema))
    def get(self, args):
        """List the studio's library (built-in exercises it has not replaced, and its own): search, filter, page."""
        return service.get_all(actor=current_principal(), **args)

    @requires(*STAFF)
    @blp.arguments(schemas.ExerciseCreateSchema)
    @blp.response(201, schemas.ExerciseSchema)
    def post(self, args):
        """Add an exercise of the studio's own (owner, admin, trainer)."""
        return service.create(actor=current_principal(), **args)


@blp.route("/<int:exercise_id>")
class ExerciseById(MethodView):
    @requires(*STAFF)
    @blp.response(200, schemas.ExerciseSchema)
    def get(self, exercise_id):
        """One exercise: built in or the studio's own."""
        return service.get(actor=current_principal(), exercise_id=exercise_id)

    @requires(*STAFF)
    @blp.arguments(schemas.ExerciseUpdateSchema(partial=True))
    @blp.response(200, schemas.ExerciseChangeSchema)
    def patch(self, args, exercise_id):
        """Edit an exercise; a built-in one is never changed: the studio's own copy is made or edited and returned."""
        return service.update(actor=current_principal(), exercise_id=exercise_id, **args)


@blp.route("/<int:exercise_id>/archive", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.ExerciseChangeSchema)
def archive_exercise(exercise_id):
    """Archive an exercise for the studio (owner, admin); a built-in one gets an archived studio copy, returned."""
    return service.archive(actor=current_principal(), exercise_id=exercise_id)


@blp.route("/<int:exercise_id>/restore", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.ExerciseChangeSchema)
def restore_exercise(exercise_id):
    """Bring an archived exercise back to the studio's library (owner, admin)."""
    return service.restore(actor=current_principal(), exercise_id=exercise_id)

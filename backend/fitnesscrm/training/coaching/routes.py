"""The coach's view: compliance, the feed of finished workouts, and comments on workouts."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import PageArgsSchema, page_schema
from fitnesscrm.core.tenancy import STAFF
from fitnesscrm.training.coaching import compliance, feed, schemas, service

blp = Blueprint("coaching", __name__, url_prefix="/api", description="Coaching")


@blp.route("/training/compliance")
@requires(*STAFF)
@blp.arguments(schemas.ComplianceQuerySchema, location="query")
@blp.response(200, page_schema(schemas.ComplianceSchema))
def get_compliance(args):
    """Each client's share of prescribed workouts completed in the last 7 and 28 days (a trainer: their own)."""
    return compliance.get_all(actor=current_principal(), **args)


@blp.route("/training/feed")
@requires(*STAFF)
@blp.arguments(schemas.FeedQuerySchema, location="query")
@blp.response(200, page_schema(schemas.FeedItemSchema))
def get_feed(args):
    """Finished workouts of the clients the caller coaches, newest first."""
    return feed.get_all(actor=current_principal(), **args)


@blp.route("/training/commented-workouts")
@requires()
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_schema(schemas.CommentedWorkoutSchema))
def get_commented_workouts(args):
    """Workouts with comments, most recently commented first (a client: their own)."""
    return service.commented_workouts(actor=current_principal(), **args)


@blp.route("/workouts/<uuid:workout_log_id>/comments")
class WorkoutComments(MethodView):
    @requires()
    @blp.arguments(PageArgsSchema, location="query")
    @blp.response(200, page_schema(schemas.CommentSchema))
    def get(self, args, workout_log_id):
        """The comments on a workout, oldest first (its client, their trainers, managers)."""
        return service.get_all(actor=current_principal(), workout_log_id=workout_log_id, **args)

    @requires()
    @blp.arguments(schemas.CommentWriteSchema)
    @blp.response(201, schemas.CommentSchema)
    def post(self, args, workout_log_id):
        """Comment on a workout (its client's trainers and managers; the client replies)."""
        return service.create(actor=current_principal(), workout_log_id=workout_log_id, **args)


@blp.route("/workouts/<uuid:workout_log_id>/comments/<int:comment_id>")
class WorkoutComment(MethodView):
    @requires()
    @blp.arguments(schemas.CommentWriteSchema)
    @blp.response(200, schemas.CommentSchema)
    def patch(self, args, workout_log_id, comment_id):
        """Edit a comment (its author only)."""
        return service.update(actor=current_principal(), workout_log_id=workout_log_id, comment_id=comment_id, **args)

    @requires()
    @blp.response(204)
    def delete(self, workout_log_id, comment_id):
        """Delete a comment (its author, or a manager)."""
        service.delete(actor=current_principal(), workout_log_id=workout_log_id, comment_id=comment_id)

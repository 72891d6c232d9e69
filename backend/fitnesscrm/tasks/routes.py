"""Tasks for staff: list (mine, or everyone's for managers), create, change, complete, reopen; the dashboard's count."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import STAFF
from fitnesscrm.tasks import schemas, service

blp = Blueprint("tasks", __name__, url_prefix="/api/tasks", description="Tasks")


@blp.route("", methods=["GET"])
@requires(*STAFF)
@blp.arguments(schemas.TaskQuerySchema, location="query")
@blp.response(200, page_schema(schemas.TaskSchema))
def list_tasks(args):
    """Tasks: open ones by due date; a trainer sees their own, a manager everyone's."""
    return service.get_all(actor=current_principal(), **args)


@blp.route("", methods=["POST"])
@requires(*STAFF)
@blp.arguments(schemas.TaskCreateSchema)
@blp.response(201, schemas.TaskSchema)
def create_task(args):
    """Make a task for yourself (or, as a manager, for another staff member)."""
    return service.create(actor=current_principal(), **args)


@blp.route("/summary", methods=["GET"])
@requires(*STAFF)
@blp.response(200, schemas.TaskSummarySchema)
def get_task_summary():
    """Your open tasks: how many, due today, overdue."""
    return service.summary(actor=current_principal())


@blp.route("/<int:task_id>", methods=["GET"])
@requires(*STAFF)
@blp.response(200, schemas.TaskSchema)
def get_task(task_id):
    """One task."""
    return service.get(actor=current_principal(), task_id=task_id)


@blp.route("/<int:task_id>", methods=["PATCH"])
@requires(*STAFF)
@blp.arguments(schemas.TaskUpdateSchema(partial=True))
@blp.response(200, schemas.TaskSchema)
def update_task(args, task_id):
    """Change a task's title, notes, due date, assignee or client."""
    return service.update(actor=current_principal(), task_id=task_id, **args)


@blp.route("/<int:task_id>/complete", methods=["POST"])
@requires(*STAFF)
@blp.response(200, schemas.TaskSchema)
def complete_task(task_id):
    """Mark a task done."""
    return service.complete(actor=current_principal(), task_id=task_id)


@blp.route("/<int:task_id>/reopen", methods=["POST"])
@requires(*STAFF)
@blp.response(200, schemas.TaskSchema)
def reopen_task(task_id):
    """Mark a done task as still to do."""
    return service.reopen(actor=current_principal(), task_id=task_id)

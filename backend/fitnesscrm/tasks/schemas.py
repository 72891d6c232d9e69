"""What the task endpoints read and answer."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema


class TaskSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    title = ma.fields.String()
    notes = ma.fields.String(allow_none=True)
    due_on = fields.Date(allow_none=True)
    assignee_id = ma.fields.Integer()
    assignee_name = ma.fields.Function(lambda task: task.assignee.full_name, metadata={"type": "string"})
    client_id = ma.fields.Integer(allow_none=True)
    client_name = ma.fields.Function(
        lambda task: task.client.full_name if task.client else None, allow_none=True, metadata={"type": "string"}
    )
    completed_at = ma.fields.DateTime(allow_none=True)
    completed_by_name = ma.fields.Function(
        lambda task: task.completed_by.full_name if task.completed_by else None,
        allow_none=True,
        metadata={"type": "string"},
    )
    source = ma.fields.String(metadata={"description": "person, or automation (made by a rule's step)."})
    rule_id = ma.fields.Integer(allow_none=True)
    created_at = ma.fields.DateTime()


class TaskCreateSchema(ma.Schema):
    title = fields.Text(required=True, max_length=200)
    notes = fields.Text(max_length=2_000, allow_none=True)
    due_on = fields.Date(allow_none=True)
    assignee_id = fields.Integer(allow_none=True, metadata={"description": "A staff member's user id; omitted: you."})
    client_id = fields.Integer(allow_none=True)


class TaskUpdateSchema(TaskCreateSchema):
    """Every field optional (loaded with partial=True)."""


class TaskQuerySchema(PageArgsSchema):
    status = fields.String(load_default="open", validate=ma.validate.OneOf(("open", "done", "all")))
    mine = ma.fields.Boolean(
        load_default=False, metadata={"description": "Only the caller's (trainers see only theirs)."}
    )
    assignee_id = fields.Integer()
    client_id = fields.Integer()
    due = fields.String(validate=ma.validate.OneOf(("today", "overdue")))


class TaskSummarySchema(ma.Schema):
    open = ma.fields.Integer(required=True)
    due_today = ma.fields.Integer(required=True)
    overdue = ma.fields.Integer(required=True)

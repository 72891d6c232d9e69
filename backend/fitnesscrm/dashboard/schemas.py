from __future__ import annotations

import marshmallow as ma

from fitnesscrm.activity.schemas import ActivityEntrySchema
from fitnesscrm.clients.models import CLIENT_STATUSES
from fitnesscrm.dashboard.checklist import STEPS


class WeekCountSchema(ma.Schema):
    week_start = ma.fields.Date(required=True, metadata={"description": "Monday, in the organization's time zone."})
    count = ma.fields.Integer(required=True)


ClientsByStatusSchema = ma.Schema.from_dict(
    {status: ma.fields.Integer(required=True) for status in CLIENT_STATUSES}, name="ClientsByStatusSchema"
)


class DashboardSchema(ma.Schema):
    trainers = ma.fields.Integer(
        allow_none=True, metadata={"description": "Trainers not archived; null for a trainer's dashboard."}
    )
    clients_by_status = ma.fields.Nested(ClientsByStatusSchema, required=True)
    clients_total = ma.fields.Integer(required=True, metadata={"description": "Clients not archived."})
    new_clients_this_week = ma.fields.Integer(required=True)
    new_clients_this_month = ma.fields.Integer(required=True)
    unassigned_clients = ma.fields.Integer(
        allow_none=True, metadata={"description": "Clients not archived without a trainer; null for trainers."}
    )
    new_clients_per_week = ma.fields.List(
        ma.fields.Nested(WeekCountSchema), required=True, metadata={"description": "The last 12 weeks, oldest first."}
    )
    recent_activity = ma.fields.List(ma.fields.Nested(ActivityEntrySchema), required=True)


class ChecklistStepSchema(ma.Schema):
    key = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf(STEPS),
        metadata={"description": "working_hours, invite_trainer, add_clients or book_session."},
    )
    done = ma.fields.Boolean(required=True, metadata={"description": "Read from the studio's data."})


class ChecklistSchema(ma.Schema):
    steps = ma.fields.List(ma.fields.Nested(ChecklistStepSchema), required=True)
    complete = ma.fields.Boolean(required=True)
    dismissed = ma.fields.Boolean(required=True, metadata={"description": "Hidden by a manager for the studio."})
    trainer_id = ma.fields.Integer(
        required=True, allow_none=True, metadata={"description": "The first active trainer, to set hours for."}
    )


class ChecklistUpdateSchema(ma.Schema):
    dismissed = ma.fields.Boolean(required=True)

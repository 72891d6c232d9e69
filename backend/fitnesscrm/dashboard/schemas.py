from __future__ import annotations

import marshmallow as ma

from fitnesscrm.activity.schemas import ActivityEntrySchema
from fitnesscrm.clients.models import CLIENT_STATUSES


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

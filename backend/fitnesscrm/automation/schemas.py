"""What the automation endpoints read and answer: rules (trigger, conditions, steps), runs, analytics, the summary."""

from __future__ import annotations

from typing import Any

import marshmallow as ma

from fitnesscrm.automation.conditions import ConditionSchema
from fitnesscrm.automation.models import RUN_STATUSES, TRIGGERS
from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema

# Step type → what the editor calls it.
STEP_TYPES = {
    "send_email": "Send an email",
    "send_sms": "Send a text message",
    "send_push": "Send a push notification",
    "create_task": "Create a task",
    "add_tag": "Add a tag",
    "remove_tag": "Remove a tag",
    "call_webhook": "Call a webhook",
    "wait": "Wait",
}
MESSAGE_STEPS = ("send_email", "send_sms", "send_push")
MAX_STEPS = 20
MAX_WAIT_HOURS = 24 * 365
# Step type → the parameters it must have.
REQUIRED = {
    "send_email": ("subject", "body"),
    "send_sms": ("body",),
    "send_push": ("title", "body"),
    "create_task": ("title",),
    "add_tag": ("tag",),
    "remove_tag": ("tag",),
    "call_webhook": ("url",),
    "wait": ("amount", "unit"),
}


class StepSchema(ma.Schema):
    """One step: its `type` and the parameters that type takes (the others are left out)."""

    type = fields.String(required=True, validate=ma.validate.OneOf(STEP_TYPES))
    subject = fields.Text(max_length=300, metadata={"description": "send_email: the subject, with merge fields."})
    body = fields.Text(
        max_length=10_000, metadata={"description": "send_email, send_sms, send_push: the text, with merge fields."}
    )
    title = fields.Text(
        max_length=200, metadata={"description": "send_push, create_task: the title, with merge fields."}
    )
    notes = fields.Text(max_length=2_000, metadata={"description": "create_task: notes for the assignee."})
    due_in_days = fields.Integer(
        minimum=0, maximum=365, metadata={"description": "create_task: due this many days on."}
    )
    assignee_id = fields.Integer(
        metadata={"description": "create_task: the staff member's user id; omitted: the client's primary trainer."}
    )
    tag = fields.Text(max_length=40, metadata={"description": "add_tag, remove_tag."})
    url = fields.Url(metadata={"description": "call_webhook: where the JSON is POSTed."})
    payload = fields.Mapping(
        keys=fields.String(validate=ma.validate.Length(min=1, max=80)),
        values=fields.Text(max_length=2_000),
        max_items=20,
        metadata={"description": "call_webhook: extra fields (text) sent beside the client and rule."},
    )
    amount = fields.Integer(minimum=1, maximum=MAX_WAIT_HOURS, metadata={"description": "wait: how long."})
    unit = fields.String(
        validate=ma.validate.OneOf(("hours", "days")), metadata={"description": "wait: hours or days."}
    )

    @ma.validates_schema
    def _parameters_present(self, data: dict[str, Any], **_kwargs: Any) -> None:
        missing = [name for name in REQUIRED.get(data.get("type"), ()) if data.get(name) in (None, "")]
        if missing:
            raise ma.ValidationError({name: ["Required for this step."] for name in missing})

    @ma.post_load
    def _only_its_parameters(self, data: dict[str, Any], **_kwargs: Any) -> dict[str, Any]:
        optional = {"create_task": ("notes", "due_in_days", "assignee_id"), "call_webhook": ("payload",)}
        keep = {"type", *REQUIRED[data["type"]], *optional.get(data["type"], ())}
        return {name: value for name, value in data.items() if name in keep and value is not None}


class RuleCreateSchema(ma.Schema):
    name = fields.Text(required=True, max_length=120)
    description = fields.Text(max_length=500, allow_none=True)
    trigger = fields.String(required=True, validate=ma.validate.OneOf(TRIGGERS))
    trigger_days = fields.Integer(
        minimum=1,
        maximum=365,
        allow_none=True,
        metadata={"description": "N for no_session_in_days, days_after_start and membership_expiring_in_days."},
    )
    conditions = fields.List(ma.fields.Nested(ConditionSchema), max_items=20, load_default=list)
    steps = fields.List(ma.fields.Nested(StepSchema), min_items=1, max_items=MAX_STEPS, required=True)
    enabled = ma.fields.Boolean(load_default=True)


class RuleUpdateSchema(RuleCreateSchema):
    """Every field optional (loaded with partial=True)."""


class FromTemplateSchema(ma.Schema):
    template = fields.String(required=True, metadata={"description": "A built-in template's key."})


class RuleAnalyticsSchema(ma.Schema):
    triggered = ma.fields.Integer(required=True, metadata={"description": "Runs started (clients and occasions)."})
    messages_sent = ma.fields.Integer(required=True, metadata={"description": "Messages queued by its steps."})
    messages_delivered = ma.fields.Integer(required=True, metadata={"description": "Of those, handed to the provider."})
    messages_failed = ma.fields.Integer(required=True)
    opened = ma.fields.Integer(
        allow_none=True, required=True, metadata={"description": "Null: automation messages are not tracked."}
    )
    clicked = ma.fields.Integer(allow_none=True, required=True, metadata={"description": "Null: not tracked."})
    conversions = ma.fields.Integer(
        required=True,
        metadata={"description": "Runs whose client booked a session within 7 days of its first message."},
    )


class RuleSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    name = ma.fields.String()
    description = ma.fields.String(allow_none=True)
    trigger = ma.fields.String()
    trigger_days = ma.fields.Integer(allow_none=True)
    trigger_text = ma.fields.String(metadata={"description": "The trigger in words: 'No session in 14 days'."})
    conditions = ma.fields.List(ma.fields.Nested(ConditionSchema))
    conditions_text = ma.fields.List(ma.fields.String(), metadata={"description": "Each condition in words."})
    steps = ma.fields.List(ma.fields.Nested(StepSchema))
    enabled = ma.fields.Boolean()
    template = ma.fields.String(allow_none=True)
    created_at = ma.fields.DateTime()
    updated_at = ma.fields.DateTime()
    analytics = ma.fields.Nested(RuleAnalyticsSchema, allow_none=True)


class RuleQuerySchema(PageArgsSchema):
    enabled = ma.fields.Boolean()


class RunSchema(ma.Schema):
    id = ma.fields.Integer()
    client_id = ma.fields.Integer()
    client_name = ma.fields.String()
    occasion_text = ma.fields.String(metadata={"description": "What fired it, in words."})
    status = ma.fields.String(validate=ma.validate.OneOf(RUN_STATUSES))
    step_index = ma.fields.Integer()
    next_due_at = ma.fields.DateTime(allow_none=True)
    results = ma.fields.List(ma.fields.Dict())
    created_at = ma.fields.DateTime()
    finished_at = ma.fields.DateTime(allow_none=True)


class AutomationTemplateSchema(ma.Schema):
    key = ma.fields.String()
    name = ma.fields.String()
    description = ma.fields.String()
    trigger = ma.fields.String()
    trigger_days = ma.fields.Integer(allow_none=True)
    trigger_text = ma.fields.String()
    steps = ma.fields.List(ma.fields.Nested(StepSchema))


class AutomationTemplateListSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(AutomationTemplateSchema), required=True)


class AutomationOptionSchema(ma.Schema):
    value = ma.fields.String()
    label = ma.fields.String()


class AutomationOptionsSchema(ma.Schema):
    triggers = ma.fields.List(ma.fields.Nested(AutomationOptionSchema))
    triggers_with_days = ma.fields.List(ma.fields.String())
    conditions = ma.fields.List(ma.fields.Nested(AutomationOptionSchema))
    steps = ma.fields.List(ma.fields.Nested(AutomationOptionSchema))
    merge_fields = ma.fields.List(ma.fields.Nested(AutomationOptionSchema))


class MessagePreviewSchema(ma.Schema):
    subject = fields.Text(max_length=300, allow_none=True)
    body = fields.Text(max_length=10_000, required=True)


class MessagePreviewResultSchema(ma.Schema):
    subject = ma.fields.String(allow_none=True)
    body_text = ma.fields.String()
    body_html = ma.fields.String()


class ProcessSummarySchema(ma.Schema):
    evaluated = ma.fields.Integer(required=True, metadata={"description": "Time-triggered rules evaluated."})
    fired = ma.fields.Integer(required=True, metadata={"description": "Runs started by those evaluations."})
    steps_run = ma.fields.Integer(
        required=True, metadata={"description": "Steps run (messages queued, tasks made, ...)."}
    )
    next_due_at = ma.fields.DateTime(
        required=True,
        allow_none=True,
        metadata={"description": "When the next step or evaluation falls due; null: none."},
    )

"""A rule's conditions over the client: a small JSON list, validated here and compiled to SQL here, nowhere else.

Every condition must hold (AND). Archived clients never match: an automation speaks to people the
studio still works with.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import marshmallow as ma
import sqlalchemy as sa

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.billing.models import Membership
from fitnesscrm.clients.models import CLIENT_STATUSES, Client
from fitnesscrm.core import fields
from fitnesscrm.segments import service as segments

# Condition type → what the editor calls it.
TYPES = {
    "status_in": "Client status is one of",
    "has_tag": "Client has the tag",
    "lacks_tag": "Client does not have the tag",
    "primary_trainer_is": "Client's primary trainer is",
    "has_active_membership": "Client has an active membership",
    "no_active_membership": "Client has no active membership",
    "in_segment": "Client is in the segment",
}
# Memberships that still give access.
LIVE_MEMBERSHIP = ("active", "past_due", "paused")


class ConditionSchema(ma.Schema):
    """One condition: its `type` and the one parameter that type takes."""

    type = fields.String(required=True, validate=ma.validate.OneOf(TYPES))
    statuses = fields.List(
        fields.String(validate=ma.validate.OneOf([s for s in CLIENT_STATUSES if s != "archived"])),
        max_items=len(CLIENT_STATUSES),
        metadata={"description": "For status_in."},
    )
    tag = fields.String(validate=ma.validate.Length(min=1, max=40), metadata={"description": "For has_tag, lacks_tag."})
    trainer_id = fields.id_field(metadata={"description": "For primary_trainer_is."})
    segment_id = fields.id_field(metadata={"description": "For in_segment: one of the studio's saved segments."})

    @ma.validates_schema
    def _parameter_present(self, data: dict[str, Any], **_kwargs: Any) -> None:
        needed = {
            "status_in": "statuses",
            "has_tag": "tag",
            "lacks_tag": "tag",
            "primary_trainer_is": "trainer_id",
            "in_segment": "segment_id",
        }
        field = needed.get(data.get("type"))
        if field and not data.get(field):
            raise ma.ValidationError("Required for this condition.", field)


def _primary_trainer(trainer_id: int) -> sa.ColumnElement[bool]:
    return sa.exists().where(
        Assignment.client_id == Client.id,
        Assignment.trainer_id == trainer_id,
        Assignment.is_primary,
        Assignment.ended_at.is_(None),
    )


def _live_membership(today: date) -> sa.ColumnElement[bool]:
    return sa.exists().where(
        Membership.client_id == Client.id,
        Membership.status.in_(LIVE_MEMBERSHIP),
        sa.or_(Membership.ends_on.is_(None), Membership.ends_on >= today),
    )


def compile(conditions: list[dict[str, Any]], *, organization_id: int, today: date) -> sa.ColumnElement[bool]:
    """The SQL condition over `Client` that holds when every condition does (and the client is not archived)."""
    clauses: list[sa.ColumnElement[bool]] = [Client.status != "archived"]
    for condition in conditions:
        kind = condition["type"]
        if kind == "status_in":
            clauses.append(Client.status.in_(condition["statuses"]))
        elif kind == "has_tag":
            clauses.append(Client.tags.contains([condition["tag"]]))
        elif kind == "lacks_tag":
            clauses.append(sa.not_(Client.tags.contains([condition["tag"]])))
        elif kind == "primary_trainer_is":
            clauses.append(_primary_trainer(condition["trainer_id"]))
        elif kind == "has_active_membership":
            clauses.append(_live_membership(today))
        elif kind == "no_active_membership":
            clauses.append(sa.not_(_live_membership(today)))
        elif kind == "in_segment":
            # A segment deleted since the rule was saved matches nobody: the rule then reaches no one.
            clauses.append(segments.condition(organization_id=organization_id, segment_id=condition["segment_id"]))
        else:
            raise ValueError(f"Unknown condition type {kind!r}")
    return sa.and_(*clauses)

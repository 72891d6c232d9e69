"""The exercise library's input and output: every choice is one of the vocabularies of training.models."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema, sort_validator
from fitnesscrm.training.models import CATEGORIES, EQUIPMENT, FORCES, LEVELS, MEASUREMENTS, MECHANICS, MUSCLES

ARCHIVED_CHOICES = ("include", "only")


def _choice(vocabulary: tuple[str, ...], **kwargs) -> fields.String:
    return fields.String(validate=ma.validate.OneOf(vocabulary), **kwargs)


def _choices(vocabulary: tuple[str, ...], **kwargs) -> fields.List:
    """Some codes of `vocabulary`, each at most once (repeats are dropped by the service)."""
    return fields.List(_choice(vocabulary), max_items=len(vocabulary), **kwargs)


class ExerciseSchema(ma.Schema):
    """An exercise of the library: built in (shared by every studio) or the studio's own."""

    id = ma.fields.Integer(dump_only=True)
    name = ma.fields.String()
    aliases = ma.fields.List(ma.fields.String(), metadata={"description": "Other names people search by (RDL)."})
    category = ma.fields.String(metadata={"enum": list(CATEGORIES)})
    primary_muscles = ma.fields.List(ma.fields.String(metadata={"enum": list(MUSCLES)}))
    secondary_muscles = ma.fields.List(ma.fields.String(metadata={"enum": list(MUSCLES)}))
    equipment = ma.fields.List(ma.fields.String(metadata={"enum": list(EQUIPMENT)}))
    level = ma.fields.String(allow_none=True, metadata={"enum": list(LEVELS)})
    mechanic = ma.fields.String(allow_none=True, metadata={"enum": list(MECHANICS)})
    force = ma.fields.String(allow_none=True, metadata={"enum": list(FORCES)})
    unilateral = ma.fields.Boolean(metadata={"description": "Done one side at a time."})
    measurement = ma.fields.String(
        metadata={"enum": list(MEASUREMENTS), "description": "What a logged set records: reps, load, time, distance."}
    )
    cues = ma.fields.String(allow_none=True, metadata={"description": "Short coaching cues."})
    instructions = ma.fields.List(ma.fields.String(), metadata={"description": "Steps, as imported."})
    video_url = ma.fields.String(allow_none=True)
    source = ma.fields.String(
        dump_only=True, metadata={"description": "builtin (ours), custom (the studio's) or free-exercise-db."}
    )
    built_in = ma.fields.Function(
        lambda exercise: exercise.organization_id is None,
        dump_only=True,
        metadata={"type": "boolean", "description": "Shared by every studio; editing it makes the studio's own copy."},
    )
    based_on_id = ma.fields.Integer(
        allow_none=True,
        dump_only=True,
        metadata={"description": "The built-in exercise this studio copy stands in for."},
    )
    archived_at = ma.fields.DateTime(allow_none=True, dump_only=True)
    created_at = ma.fields.DateTime(dump_only=True)
    updated_at = ma.fields.DateTime(dump_only=True)


class ExerciseChangeSchema(ExerciseSchema):
    """The exercise as changed: for a built-in one, the studio's own copy that now stands in for it."""

    copy_made = ma.fields.Function(
        lambda exercise: getattr(exercise, "copy_made", False),
        dump_only=True,
        metadata={
            "type": "boolean",
            "description": "True when this change made the studio's own copy of a built-in exercise: the response "
            "is that copy (a new id), which replaces the built-in one in the studio's library.",
        },
    )


class ExerciseCreateSchema(ma.Schema):
    name = fields.Text(max_length=120, required=True)
    aliases = fields.Labels(max_items=10, max_length=120, load_default=list)
    category = _choice(CATEGORIES, required=True)
    primary_muscles = fields.List(_choice(MUSCLES), min_items=1, max_items=len(MUSCLES), required=True)
    secondary_muscles = _choices(MUSCLES, load_default=list)
    equipment = _choices(EQUIPMENT, load_default=list)
    level = _choice(LEVELS, allow_none=True)
    mechanic = _choice(MECHANICS, allow_none=True)
    force = _choice(FORCES, allow_none=True)
    # JSON true or false only, not "yes" or 1.
    unilateral = ma.fields.Boolean(load_default=False, truthy={True}, falsy={False})
    measurement = _choice(MEASUREMENTS, load_default="reps_load")
    cues = fields.Text(max_length=2000, allow_none=True)
    instructions = fields.List(fields.Text(max_length=2000, required=True), max_items=30, load_default=list)
    video_url = fields.Url(allow_none=True)


class ExerciseUpdateSchema(ExerciseCreateSchema):
    """Any subset of the create fields; load it with partial=True."""


class ExerciseQuerySchema(PageArgsSchema):
    q = fields.String(
        validate=ma.validate.Length(max=100), metadata={"description": "Prefix search over the name and aliases."}
    )
    muscle = _choice(MUSCLES, metadata={"description": "Works this muscle, as a primary or a secondary one."})
    equipment = _choice(EQUIPMENT, metadata={"description": "Uses this equipment."})
    category = _choice(CATEGORIES)
    level = _choice(LEVELS)
    measurement = _choice(MEASUREMENTS)
    archived = _choice(
        ARCHIVED_CHOICES,
        metadata={"description": "include: archived exercises too; only: just those. By default none."},
    )
    sort = fields.String(load_default="name", validate=sort_validator({"name": None}))

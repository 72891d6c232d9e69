"""/api/v2/trainers: the studio's coaches, so that an integration can book with them and name them."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.api_v2.operations import operation
from fitnesscrm.api_v2.pagination import CursorArgsSchema, cursor_page, list_schema
from fitnesscrm.api_v2.representations import representation
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.tenancy import scoped
from fitnesscrm.extensions import db
from fitnesscrm.trainers import service
from fitnesscrm.trainers.models import Trainer

blp = Blueprint("v2_trainers", __name__, url_prefix="/api/v2/trainers", description="The studio's trainers")

ARCHIVE_STATES = ("active", "archived", "all")


class V2TrainerSchema(ma.Schema):
    object = ma.fields.Constant("trainer", dump_only=True, required=True)
    id = ma.fields.Integer(required=True)
    first_name = ma.fields.String(required=True)
    last_name = ma.fields.String(required=True)
    email = ma.fields.String(required=True)
    phone = ma.fields.String(allow_none=True, required=True, metadata={"description": "E.164, e.g. +14155552671."})
    specializations = ma.fields.List(ma.fields.String(), required=True)
    bio = ma.fields.String(allow_none=True, required=True)
    archived_at = ma.fields.DateTime(
        allow_none=True, required=True, metadata={"description": "When the trainer left; null while they coach."}
    )
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)


class V2TrainerListArgsSchema(CursorArgsSchema):
    status = fields.String(
        load_default="active",
        validate=ma.validate.OneOf(ARCHIVE_STATES),
        metadata={"description": "`active` (the default), `archived` or `all`."},
    )
    email = fields.String(
        validate=ma.validate.Length(max=254), metadata={"description": "Only the trainer with this email (any case)."}
    )


@representation("trainer")
def _represent(organization_id: int, trainer_id: int) -> dict[str, Any] | None:
    trainer = db.session.scalars(
        sa.select(Trainer).where(Trainer.organization_id == organization_id, Trainer.id == trainer_id)
    ).one_or_none()
    return None if trainer is None else V2TrainerSchema().dump(trainer)


@blp.route("")
class Trainers(MethodView):
    @operation(blp, "listTrainers", scope="trainers:read")
    @blp.arguments(V2TrainerListArgsSchema, location="query")
    @blp.response(200, list_schema(V2TrainerSchema))
    def get(self, args):
        """List the studio's trainers, those still coaching unless `status` says otherwise."""
        stmt = scoped(Trainer, current_principal())
        if args["status"] == "active":
            stmt = stmt.where(Trainer.archived_at.is_(None))
        elif args["status"] == "archived":
            stmt = stmt.where(Trainer.archived_at.is_not(None))
        if "email" in args:
            stmt = stmt.where(sa.func.lower(Trainer.email) == args["email"].strip().lower())
        return cursor_page(stmt, key=Trainer.id, limit=args["limit"], starting_after=args.get("starting_after"))


@blp.route("/<int:trainer_id>")
class TrainerById(MethodView):
    @operation(blp, "getTrainer", scope="trainers:read")
    @blp.response(200, V2TrainerSchema)
    def get(self, trainer_id):
        """One trainer."""
        return service.get(actor=current_principal(), trainer_id=trainer_id)

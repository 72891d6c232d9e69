"""/api/v2/clients: the studio's clients, for integrations (CRMs, forms, accounting, Zapier)."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.api_v2.operations import expand_field, operation
from fitnesscrm.api_v2.pagination import CursorArgsSchema, cursor_page, list_schema
from fitnesscrm.api_v2.representations import representation
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.clients import service
from fitnesscrm.clients.models import CLIENT_STATUSES, Client
from fitnesscrm.clients.schemas import ClientCreateSchema
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.tenancy import scoped
from fitnesscrm.extensions import db

blp = Blueprint("v2_clients", __name__, url_prefix="/api/v2/clients", description="The people the studio coaches")


class V2ClientTrainerSchema(ma.Schema):
    trainer_id = ma.fields.Integer(required=True)
    is_primary = ma.fields.Boolean(required=True)
    assigned_at = ma.fields.DateTime(required=True)


class V2ClientSchema(ma.Schema):
    object = ma.fields.Constant("client", dump_only=True, required=True)
    id = ma.fields.Integer(required=True)
    first_name = ma.fields.String(required=True)
    last_name = ma.fields.String(required=True)
    email = ma.fields.String(allow_none=True, required=True)
    phone = ma.fields.String(allow_none=True, required=True, metadata={"description": "E.164, e.g. +14155552671."})
    date_of_birth = ma.fields.Date(allow_none=True, required=True)
    status = ma.fields.String(required=True, metadata={"description": " | ".join(CLIENT_STATUSES)})
    tags = ma.fields.List(ma.fields.String(), required=True)
    start_date = ma.fields.Date(allow_none=True, required=True)
    source = ma.fields.String(allow_none=True, required=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)
    trainers = ma.fields.List(
        ma.fields.Nested(V2ClientTrainerSchema),
        metadata={"description": "The trainers coaching the client now; only with `expand=trainers`."},
    )


class V2ClientCreateSchema(ClientCreateSchema):
    class Meta:
        fields = (
            "first_name",
            "last_name",
            "email",
            "phone",
            "date_of_birth",
            "status",
            "tags",
            "start_date",
            "source",
        )


class V2ClientUpdateSchema(V2ClientCreateSchema):
    """Any subset of the create fields."""


class V2ClientListArgsSchema(CursorArgsSchema):
    status = fields.String(validate=ma.validate.OneOf(CLIENT_STATUSES), metadata={"description": "Only this status."})
    email = fields.String(
        validate=ma.validate.Length(max=254), metadata={"description": "Only the client with this email (any case)."}
    )
    tag = fields.String(validate=ma.validate.Length(min=1, max=40))
    expand = expand_field("trainers")


class V2ExpandArgsSchema(fields.QuerySchema):
    expand = expand_field("trainers")


def _with_trainers(clients: list[Client]) -> list[Client]:
    """Attach each client's current trainers, in one query for the page."""
    rows = db.session.execute(
        sa.select(Assignment.client_id, Assignment.trainer_id, Assignment.is_primary, Assignment.assigned_at)
        .where(Assignment.client_id.in_([client.id for client in clients]), Assignment.ended_at.is_(None))
        .order_by(Assignment.is_primary.desc(), Assignment.assigned_at, Assignment.id)
    ).all()
    by_client: dict[int, list[dict[str, Any]]] = {client.id: [] for client in clients}
    for client_id, trainer_id, is_primary, assigned_at in rows:
        by_client[client_id].append({"trainer_id": trainer_id, "is_primary": is_primary, "assigned_at": assigned_at})
    for client in clients:
        client.trainers = by_client[client.id]
    return clients


def _expanded(clients: list[Client], expand: list[str]) -> list[Client]:
    return _with_trainers(clients) if "trainers" in expand and clients else clients


@representation("client")
def _represent(organization_id: int, client_id: int) -> dict[str, Any] | None:
    client = db.session.scalars(
        sa.select(Client).where(Client.organization_id == organization_id, Client.id == client_id)
    ).one_or_none()
    return None if client is None else V2ClientSchema().dump(_with_trainers([client])[0])


@blp.route("")
class Clients(MethodView):
    @operation(blp, "listClients", scope="clients:read")
    @blp.arguments(V2ClientListArgsSchema, location="query")
    @blp.response(200, list_schema(V2ClientSchema))
    def get(self, args):
        """List the studio's clients, every status included unless one is asked for."""
        stmt = scoped(Client, current_principal())
        if "status" in args:
            stmt = stmt.where(Client.status == args["status"])
        if "email" in args:
            stmt = stmt.where(sa.func.lower(Client.email) == args["email"].strip().lower())
        if "tag" in args:
            stmt = stmt.where(Client.tags.any(args["tag"]))
        page = cursor_page(stmt, key=Client.id, limit=args["limit"], starting_after=args.get("starting_after"))
        page.data = _expanded(page.data, args["expand"])
        return page

    @operation(blp, "createClient", scope="clients:write")
    @blp.arguments(V2ClientCreateSchema)
    @blp.response(201, V2ClientSchema)
    def post(self, args):
        """Add a client."""
        return service.create(actor=current_principal(), **args)


@blp.route("/<int:client_id>")
class ClientById(MethodView):
    @operation(blp, "getClient", scope="clients:read")
    @blp.arguments(V2ExpandArgsSchema, location="query")
    @blp.response(200, V2ClientSchema)
    def get(self, args, client_id):
        """One client."""
        return _expanded([service.find(actor=current_principal(), client_id=client_id)], args["expand"])[0]

    @operation(blp, "updateClient", scope="clients:write")
    @blp.arguments(V2ClientUpdateSchema(partial=True))
    @blp.response(200, V2ClientSchema)
    def patch(self, args, client_id):
        """Change some of a client's fields."""
        return service.update(actor=current_principal(), client_id=client_id, **args)

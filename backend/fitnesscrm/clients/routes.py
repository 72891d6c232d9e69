"""Clients: list, read, create, edit, archive, restore, delete, export."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.clients import schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.csv_export import csv_response
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import MANAGERS, STAFF

blp = Blueprint("clients", __name__, url_prefix="/api/clients", description="The people the studio coaches")


@blp.route("")
class Clients(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.ClientQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.ClientSchema))
    def get(self, args):
        """List clients (a trainer only their own): search, filter, sort, paginate."""
        return service.get_all(actor=current_principal(), **args)

    @requires(*STAFF)
    @blp.arguments(schemas.ClientCreateSchema)
    @blp.response(201, schemas.ClientDetailSchema)
    def post(self, args):
        """Add a client (owner, admin, trainer; a trainer becomes the client's primary trainer)."""
        return service.create(actor=current_principal(), **args)


@blp.route("/export")
class ClientsExport(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.ClientExportQuerySchema, location="query")
    @blp.response(200, content_type="text/csv")
    def get(self, args):
        """Download the clients matching the list's filters as CSV (a trainer only their own)."""
        rows = service.export_rows(actor=current_principal(), **args)
        return csv_response("clients", service.EXPORT_HEADER, rows)


@blp.route("/bulk-archive", methods=["POST"])
@requires(*STAFF)
@blp.arguments(schemas.ClientBulkArchiveSchema)
@blp.response(200, schemas.ClientBulkArchiveResultSchema)
def bulk_archive_clients(args):
    """Archive many clients at once, all or none (a trainer only their own)."""
    return service.bulk_archive(actor=current_principal(), **args)


@blp.route("/<int:client_id>")
class ClientById(MethodView):
    @requires()
    @blp.response(200, schemas.ClientDetailSchema)
    def get(self, client_id):
        """One client with their current trainers; a client reading their own record sees no staff-only fields."""
        return service.get(actor=current_principal(), client_id=client_id)

    @requires(*STAFF)
    @blp.arguments(schemas.ClientUpdateSchema(partial=True))
    @blp.response(200, schemas.ClientDetailSchema)
    def patch(self, args, client_id):
        """Edit a client (owner, admin, the client's trainers)."""
        return service.update(actor=current_principal(), client_id=client_id, **args)

    @requires(*MANAGERS)
    @blp.response(204)
    def delete(self, client_id):
        """Delete a client for good, with their assignments and login (owner, admin)."""
        service.delete(actor=current_principal(), client_id=client_id)


@blp.route("/<int:client_id>/archive", methods=["POST"])
@requires(*STAFF)
@blp.response(200, schemas.ClientDetailSchema)
def archive_client(client_id):
    """Archive a client: hidden from lists, history kept (owner, admin, the client's trainers)."""
    return service.archive(actor=current_principal(), client_id=client_id)


@blp.route("/<int:client_id>/restore", methods=["POST"])
@requires(*STAFF)
@blp.response(200, schemas.ClientDetailSchema)
def restore_client(client_id):
    """Restore an archived client to their former status (owner, admin, the client's trainers)."""
    return service.restore(actor=current_principal(), client_id=client_id)

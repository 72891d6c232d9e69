"""Clients: list, read, create, edit, archive, restore, delete, export."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.clients import imports, schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.exports import documented_export, export_response
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
    @documented_export(blp)
    def get(self, args):
        """Download the clients matching the list's filters as CSV or Excel (a trainer only their own)."""
        actor, file_format = current_principal(), args.pop("file_format")
        rows = service.export_rows(actor=actor, **args)
        return export_response("clients", service.EXPORT_COLUMNS, rows, file_format=file_format, zone=actor.timezone)


@blp.route("/bulk-archive", methods=["POST"])
@requires(*STAFF)
@blp.arguments(schemas.ClientBulkIdsSchema)
@blp.response(200, schemas.ClientBulkArchiveResultSchema)
def bulk_archive_clients(args):
    """Archive many clients at once, all or none (a trainer only their own)."""
    return service.bulk_archive(actor=current_principal(), **args)


@blp.route("/bulk-restore", methods=["POST"])
@requires(*STAFF)
@blp.arguments(schemas.ClientBulkIdsSchema)
@blp.response(200, schemas.ClientBulkRestoreResultSchema)
def bulk_restore_clients(args):
    """Restore many archived clients at once to their former status, all or none (a trainer only their own)."""
    return service.bulk_restore(actor=current_principal(), **args)


@blp.route("/imports/inspect", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.ClientImportFileSchema)
@blp.response(200, schemas.ClientImportInspectionSchema)
def inspect_client_import(args):
    """Read a CSV of clients: its columns with sample values and a suggested mapping (owner, admin)."""
    return imports.inspect(actor=current_principal(), content=args["file"])


@blp.route("/imports", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.ClientImportSchema)
@blp.response(200, schemas.ClientImportResultSchema)
def import_clients(args):
    """Check (dry_run, the default) or import a CSV of clients in one go, matching existing ones by email."""
    return imports.run(actor=current_principal(), content=args.pop("file"), **args)


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

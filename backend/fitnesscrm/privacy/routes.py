"""Privacy: a client's data as a zip (for staff and for the client themselves), erasure, retention."""

from __future__ import annotations

from flask import send_file
from flask_smorest import Blueprint

from fitnesscrm.core.auth import ALL_ROLES, current_principal, requires
from fitnesscrm.core.tenancy import MANAGERS, Role
from fitnesscrm.privacy import schemas, service

blp = Blueprint("privacy", __name__, url_prefix="/api", description="Privacy: data export, erasure, retention")


def _zip(archive, name):
    return send_file(archive, mimetype="application/zip", as_attachment=True, download_name=name, max_age=0)


@blp.route("/clients/<int:client_id>/data-export")
@requires(*ALL_ROLES)
@blp.response(200, content_type="application/zip")
def export_client(client_id):
    """Everything the studio holds about a client, as a zip (data.json and their files)."""
    return _zip(*service.export_client(actor=current_principal(), client_id=client_id))


@blp.route("/privacy/my-data")
@requires(Role.CLIENT)
@blp.response(200, content_type="application/zip")
def export_mine():
    """Everything the studio holds about you, as a zip (data.json and your files)."""
    return _zip(*service.export_mine(actor=current_principal()))


@blp.route("/clients/<int:client_id>/erasure")
@requires(*MANAGERS, Role.TRAINER)
@blp.response(200, schemas.ErasureStatusSchema)
def erasure_status(client_id):
    """Whether a client was erased, and whether you may erase them."""
    return service.erasure_status(actor=current_principal(), client_id=client_id)


@blp.route("/clients/<int:client_id>/erasure", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.ErasureSchema)
@blp.response(200, schemas.ErasureStatusSchema)
def erase_client(args, client_id):
    """Erase a client for good: anonymised everywhere, files deleted, invoices and payments kept."""
    return service.erase(actor=current_principal(), client_id=client_id, **args)


@blp.route("/privacy/settings")
@requires(*MANAGERS)
@blp.response(200, schemas.PrivacySettingsSchema)
def get_settings():
    """The studio's retention of archived clients."""
    return service.get_settings(actor=current_principal())


@blp.route("/privacy/settings", methods=["PUT"])
@requires(*MANAGERS)
@blp.arguments(schemas.PrivacySettingsSchema)
@blp.response(200, schemas.PrivacySettingsSchema)
def update_settings(args):
    """Erase archived clients after a number of months, or keep them (null)."""
    return service.update_settings(actor=current_principal(), **args)

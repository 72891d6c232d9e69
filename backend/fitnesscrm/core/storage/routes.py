"""Signed downloads (/api/files/<token>) and the studio's storage usage (/api/organization/storage)."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.storage import downloads, quota, schemas
from fitnesscrm.core.tenancy import Role

blp = Blueprint("files", __name__, url_prefix="/api", description="Stored files: signed downloads and usage")

FILE_RESPONSE = {
    "description": "The file's bytes, with its Content-Type, Content-Disposition and X-Content-Type-Options.",
    "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
}


@blp.route("/files/<string:token>", methods=["GET"])
@blp.doc(responses={"200": FILE_RESPONSE}, security=[])
@blp.alt_response(404, description="The link is not valid (tampered, or the file is gone).")
@blp.alt_response(410, description="The link has expired.")
def download_file(token):
    """Download the file a signed link names; the link itself is the permission, until it expires."""
    return downloads.send_signed(token)


@blp.route("/organization/storage", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.StorageUsageSchema)
def get_storage_usage():
    """The studio's stored bytes against its quota, in total and per kind of file (owner, admin)."""
    return quota.usage(organization_id=current_principal().organization_id)

"""A client's progress photos: upload a pose for a day, list them by day, compare two days, delete."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core import storage
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.progress.photos import schemas, service

blp = Blueprint(
    "progress_photos", __name__, url_prefix="/api/clients/<int:client_id>/photos", description="Progress photos"
)

UPLOAD_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "A JPEG, PNG, WebP or HEIC picture (HEIC is stored as JPEG), at most 25 MB.",
                    }
                },
            }
        }
    },
}


@blp.route("", methods=["GET"])
@requires()
@blp.arguments(schemas.PhotoQuerySchema, location="query")
@blp.response(200, page_schema(schemas.PhotoDaySchema))
def list_photos(args, client_id):
    """The days a client has photos of, newest first, each with its poses and signed links (valid a few minutes)."""
    return service.get_all(actor=current_principal(), client_id=client_id, **args)


@blp.route("", methods=["POST"])
@requires()
@blp.arguments(schemas.PhotoUploadQuerySchema, location="query")
@blp.doc(requestBody=UPLOAD_BODY)
@blp.response(201, schemas.ProgressPhotoSchema)
def upload_photo(args, client_id):
    """Upload a photo of a pose for a day; one already there for that pose and day is replaced."""
    actor = current_principal()

    def receive():
        return storage.upload_from_request(
            organization_id=actor.organization_id, uploaded_by_user_id=actor.user_id, kind="photo"
        )

    return service.add(actor=actor, client_id=client_id, receive=receive, **args)


@blp.route("/compare", methods=["GET"])
@requires()
@blp.arguments(schemas.PhotoCompareQuerySchema, location="query")
@blp.response(200, schemas.PhotoComparisonSchema)
def compare_photos(args, client_id):
    """Two days' photos side by side, pose by pose."""
    return service.compare(actor=current_principal(), client_id=client_id, **args)


@blp.route("/<int:photo_id>", methods=["DELETE"])
@requires()
@blp.response(204)
def delete_photo(client_id, photo_id):
    """Delete a photo (the client, their trainers, managers); its file goes with it."""
    service.delete(actor=current_principal(), client_id=client_id, photo_id=photo_id)

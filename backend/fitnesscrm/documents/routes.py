"""Documents: the library (folders, tags, versions, sharing) for staff; what is shared with a client; waivers."""

from __future__ import annotations

import functools

from flask import request
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core import storage
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import PageArgsSchema, page_schema
from fitnesscrm.core.tenancy import MANAGERS, STAFF, Role
from fitnesscrm.documents import folders, schemas, service, sharing, waivers

ALL_ROLES = (*STAFF, Role.CLIENT)
MULTIPART = "multipart/form-data"

blp = Blueprint(
    "Documents",
    __name__,
    url_prefix="/api",
    description="Documents: workout plans, meal plans, forms and waivers, with versions, shared with clients",
)


def _accepts_documents(view):
    """Let this request's body be as large as a document may be, before the form is read."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        storage.allow_upload("document")
        return view(*args, **kwargs)

    return wrapper


def _upload():
    """The file of this request's `file` field, stored as a document of the caller's studio."""
    actor = current_principal()
    return lambda: storage.upload_from_request(
        organization_id=actor.organization_id, uploaded_by_user_id=actor.user_id, kind="document"
    )


def _link(stored_file, disposition="attachment"):
    return storage.signed_url(stored_file, disposition=disposition)


@blp.route("/documents")
class Documents(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.DocumentQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.DocumentSchema))
    def get(self, args):
        """List the studio's documents: search by title and tags, filter by folder, category, tag or client."""
        return service.get_all(actor=current_principal(), **args)

    @requires(*STAFF)
    @_accepts_documents
    @blp.arguments(schemas.DocumentUploadSchema, location="form", content_type=MULTIPART)
    @blp.response(201, schemas.DocumentDetailSchema)
    def post(self, args):
        """Upload a document (multipart: the file in `file`) as its first version."""
        return service.create(actor=current_principal(), upload=_upload(), link=_link, **args)


@blp.route("/documents/tags")
@requires(*STAFF)
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_schema(schemas.DocumentTagSchema))
def document_tags(args):
    """The tags the studio's documents carry, most used first."""
    return service.tags(actor=current_principal(), **args)


@blp.route("/documents/<int:document_id>")
class DocumentById(MethodView):
    @requires(*STAFF)
    @blp.response(200, schemas.DocumentDetailSchema)
    def get(self, document_id):
        """One document with its current version and a short-lived link to it."""
        return service.get(actor=current_principal(), document_id=document_id, link=_link)

    @requires(*STAFF)
    @blp.arguments(schemas.DocumentUpdateSchema(partial=True))
    @blp.response(200, schemas.DocumentDetailSchema)
    def patch(self, args, document_id):
        """Change a document's title, description, category, folder or tags."""
        return service.update(actor=current_principal(), document_id=document_id, link=_link, **args)


@blp.route("/documents/<int:document_id>/archive", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.DocumentDetailSchema)
def archive_document(document_id):
    """Archive a document: out of the library and out of clients' view, versions kept (owner, admin)."""
    return service.archive(actor=current_principal(), document_id=document_id, link=_link)


@blp.route("/documents/<int:document_id>/restore", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.DocumentDetailSchema)
def restore_document(document_id):
    """Bring an archived document back (owner, admin)."""
    return service.restore(actor=current_principal(), document_id=document_id, link=_link)


@blp.route("/documents/<int:document_id>/versions")
class DocumentVersions(MethodView):
    @requires(*STAFF)
    @blp.arguments(PageArgsSchema, location="query")
    @blp.response(200, page_schema(schemas.DocumentVersionSchema))
    def get(self, args, document_id):
        """Every version of a document, newest first: number, who, when, size, note."""
        return service.versions(actor=current_principal(), document_id=document_id, **args)

    @requires(*STAFF)
    @_accepts_documents
    @blp.arguments(schemas.DocumentVersionUploadSchema, location="form", content_type=MULTIPART)
    @blp.response(201, schemas.DocumentDetailSchema)
    def post(self, args, document_id):
        """Upload a new version (multipart: the file in `file`); earlier ones are kept, waivers ask again."""
        return service.add_version(
            actor=current_principal(), document_id=document_id, upload=_upload(), link=_link, **args
        )


@blp.route("/documents/<int:document_id>/versions/<int:number>/download")
@requires(*STAFF)
@blp.response(200, content_type="application/octet-stream")
def download_version(document_id, number):
    """Download one version of a document."""
    stored = service.version_file(actor=current_principal(), document_id=document_id, number=number)
    return storage.send_file(stored)


@blp.route("/documents/<int:document_id>/versions/<int:number>/restore", methods=["POST"])
@requires(*STAFF)
@blp.response(201, schemas.DocumentDetailSchema)
def restore_version(document_id, number):
    """Make an earlier version current again, as a new version with the same file."""
    return service.restore_version(actor=current_principal(), document_id=document_id, number=number, link=_link)


@blp.route("/documents/<int:document_id>/shares")
class DocumentShares(MethodView):
    @requires(*STAFF)
    @blp.arguments(PageArgsSchema, location="query")
    @blp.response(200, page_schema(schemas.DocumentShareSchema))
    def get(self, args, document_id):
        """The clients a document is shared with one by one (trainers: their own clients)."""
        return sharing.shares(actor=current_principal(), document_id=document_id, **args)

    @requires(*STAFF)
    @blp.arguments(schemas.DocumentShareCreateSchema)
    @blp.response(200, page_schema(schemas.DocumentShareSchema))
    def post(self, args, document_id):
        """Share a document with some clients (trainers: their own)."""
        return sharing.share(actor=current_principal(), document_id=document_id, **args)


@blp.route("/documents/<int:document_id>/shares/<int:client_id>", methods=["DELETE"])
@requires(*STAFF)
@blp.response(204)
def unshare_document(document_id, client_id):
    """Stop sharing a document with one client."""
    sharing.unshare(actor=current_principal(), document_id=document_id, client_id=client_id)


@blp.route("/documents/<int:document_id>/share-all")
class DocumentShareAll(MethodView):
    @requires(*MANAGERS)
    @blp.response(200, schemas.DocumentDetailSchema)
    def put(self, document_id):
        """Share a document with every client of the studio, clients who join later too (owner, admin)."""
        return sharing.set_shared_with_all(actor=current_principal(), document_id=document_id, shared=True, link=_link)

    @requires(*MANAGERS)
    @blp.response(200, schemas.DocumentDetailSchema)
    def delete(self, document_id):
        """Stop sharing a document with every client (those shared one by one keep it) (owner, admin)."""
        return sharing.set_shared_with_all(actor=current_principal(), document_id=document_id, shared=False, link=_link)


@blp.route("/documents/<int:document_id>/signatures")
@requires(*STAFF)
@blp.arguments(schemas.WaiverSignatureStatusQuerySchema, location="query")
@blp.response(200, page_schema(schemas.WaiverSignatureStatusSchema))
def signature_statuses(args, document_id):
    """Who has signed a waiver, who signed an earlier version, who has not (trainers: their clients)."""
    return waivers.statuses(actor=current_principal(), document_id=document_id, **args)


@blp.route("/clients/<int:client_id>/documents")
@requires(*ALL_ROLES)
@blp.arguments(schemas.ClientDocumentQuerySchema, location="query")
@blp.response(200, page_schema(schemas.ClientDocumentSchema))
def client_documents(args, client_id):
    """The documents shared with a client (a client: their own), with where they stand on waivers."""
    return sharing.client_documents(actor=current_principal(), client_id=client_id, **args)


@blp.route("/clients/<int:client_id>/documents/<int:document_id>")
@requires(*ALL_ROLES)
@blp.response(200, schemas.ClientDocumentDetailSchema)
def client_document(client_id, document_id):
    """One document shared with a client, with short-lived links to its current file."""
    return sharing.client_document(actor=current_principal(), client_id=client_id, document_id=document_id, link=_link)


@blp.route("/clients/<int:client_id>/documents/<int:document_id>/download")
@requires(*ALL_ROLES)
@blp.response(200, content_type="application/octet-stream")
def download_client_document(client_id, document_id):
    """Download the current version of a document shared with a client."""
    stored = sharing.client_document_file(actor=current_principal(), client_id=client_id, document_id=document_id)
    return storage.send_file(stored)


@blp.route("/clients/<int:client_id>/documents/<int:document_id>/signatures", methods=["POST"])
@requires(Role.CLIENT)
@blp.arguments(schemas.WaiverSignSchema)
@blp.response(201, schemas.WaiverSignatureSchema)
def sign_waiver(args, client_id, document_id):
    """Sign the current version of a waiver shared with you: your full name and your consent."""
    return waivers.sign(
        actor=current_principal(),
        client_id=client_id,
        document_id=document_id,
        ip_address=request.remote_addr,
        user_agent=request.user_agent.string,
        **args,
    )


@blp.route("/clients/<int:client_id>/waiver-signatures")
@requires(*ALL_ROLES)
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_schema(schemas.WaiverSignatureSchema))
def client_signatures(args, client_id):
    """Every waiver signature a client has made (a client: their own), newest first."""
    return waivers.client_signatures(actor=current_principal(), client_id=client_id, **args)


@blp.route("/document-folders")
class Folders(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.DocumentFolderQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.DocumentFolderSchema))
    def get(self, args):
        """The studio's document folders, by name, each with its documents counted."""
        return folders.get_all(actor=current_principal(), **args)

    @requires(*STAFF)
    @blp.arguments(schemas.DocumentFolderCreateSchema)
    @blp.response(201, schemas.DocumentFolderSchema)
    def post(self, args):
        """Add a folder, at the top or inside another."""
        return folders.create(actor=current_principal(), **args)


@blp.route("/document-folders/<int:folder_id>")
class FolderById(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.DocumentFolderUpdateSchema(partial=True))
    @blp.response(200, schemas.DocumentFolderSchema)
    def patch(self, args, folder_id):
        """Rename or move a folder."""
        return folders.update(actor=current_principal(), folder_id=folder_id, **args)

    @requires(*STAFF)
    @blp.response(204)
    def delete(self, folder_id):
        """Remove a folder with nothing live inside."""
        folders.delete(actor=current_principal(), folder_id=folder_id)

"""Check-ins: forms, a client's weekly assignment, submissions, and the coaches' review queue."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core import storage
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import PageArgsSchema, page_schema
from fitnesscrm.core.tenancy import STAFF, Role
from fitnesscrm.progress.checkins import forms, photos, schemas, service

blp = Blueprint("check_ins", __name__, url_prefix="/api", description="Check-ins")


@blp.route("/check-in-forms")
class CheckInForms(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.CheckInFormListArgsSchema, location="query")
    @blp.response(200, page_schema(schemas.CheckInFormSchema))
    def get(self, args):
        """The studio's check-in forms by name (staff)."""
        return forms.get_forms(actor=current_principal(), **args)

    @requires(*STAFF)
    @blp.arguments(schemas.CheckInFormWriteSchema)
    @blp.response(201, schemas.CheckInFormSchema)
    def post(self, args):
        """Build a check-in form (staff)."""
        return forms.create_form(actor=current_principal(), **args)


@blp.route("/check-in-forms/<int:form_id>")
class CheckInFormResource(MethodView):
    @requires(*STAFF)
    @blp.response(200, schemas.CheckInFormSchema)
    def get(self, form_id):
        """One check-in form with its questions (staff)."""
        return forms.get_form(actor=current_principal(), form_id=form_id)

    @requires(*STAFF)
    @blp.arguments(schemas.CheckInFormUpdateSchema)
    @blp.response(200, schemas.CheckInFormSchema)
    def patch(self, args, form_id):
        """Rename a form or change its questions (its author or a manager); sent check-ins keep theirs."""
        return forms.update_form(actor=current_principal(), form_id=form_id, **args)


@blp.route("/check-in-forms/<int:form_id>/archive", methods=["POST"])
@requires(*STAFF)
@blp.response(200, schemas.CheckInFormSchema)
def archive_form(form_id):
    """Retire a form no client answers any more (its author or a manager)."""
    return forms.archive_form(actor=current_principal(), form_id=form_id)


@blp.route("/clients/<int:client_id>/check-in-assignment")
class ClientCheckInAssignment(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.CheckInAssignmentWriteSchema)
    @blp.response(200, schemas.CheckInAssignmentSchema)
    def put(self, args, client_id):
        """Have a client check in weekly with a form, replacing the check-in they had (staff)."""
        return forms.assign(actor=current_principal(), client_id=client_id, **args)

    @requires(*STAFF)
    @blp.response(204)
    def delete(self, client_id):
        """Stop a client's weekly check-in (staff)."""
        forms.unassign(actor=current_principal(), client_id=client_id)


@blp.route("/clients/<int:client_id>/check-ins/due")
@requires()
@blp.response(200, schemas.CheckInDueSchema)
def get_due(client_id):
    """A client's weekly check-in: the form, this week's due day and the overdue weeks (a client: their own)."""
    return service.due_summary(actor=current_principal(), client_id=client_id)


@blp.route("/clients/<int:client_id>/check-ins")
class ClientCheckIns(MethodView):
    @requires()
    @blp.arguments(PageArgsSchema, location="query")
    @blp.response(200, page_schema(schemas.CheckInSubmissionListSchema))
    def get(self, args, client_id):
        """A client's sent check-ins, newest first (a client: their own)."""
        return service.get_client_submissions(actor=current_principal(), client_id=client_id, **args)

    @requires(Role.CLIENT)
    @blp.arguments(schemas.CheckInSubmissionWriteSchema)
    @blp.response(201, schemas.CheckInSubmissionSchema)
    def post(self, args, client_id):
        """Send the answers for this week's or an overdue check-in (the client)."""
        return service.submit(actor=current_principal(), client_id=client_id, **args)


PHOTO_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary", "description": "JPEG, PNG, WebP, HEIC."}},
                "required": ["file"],
            }
        }
    },
}


@blp.route("/clients/<int:client_id>/check-in-photos", methods=["POST"])
@requires(Role.CLIENT)
@blp.doc(requestBody=PHOTO_BODY)
@blp.response(201, schemas.CheckInPhotoUploadSchema)
def upload_check_in_photo(client_id):
    """Upload a photo for a check-in answer (the client); the submission then names its stored_file_id."""
    actor = current_principal()
    photos.check_uploader(actor=actor, client_id=client_id)
    stored = storage.upload_from_request(
        organization_id=actor.organization_id, uploaded_by_user_id=actor.user_id, kind=photos.KIND
    )
    return photos.keep(actor=actor, stored=stored)


@blp.route("/check-ins")
@requires(*STAFF)
@blp.arguments(schemas.CheckInQueueArgsSchema, location="query")
@blp.response(200, page_schema(schemas.CheckInSubmissionListSchema))
def get_queue(args):
    """The review queue: check-ins of the clients the caller coaches, unreviewed and oldest first."""
    return service.queue(actor=current_principal(), **args)


@blp.route("/check-ins/overdue")
@requires(*STAFF)
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_schema(schemas.CheckInOverdueSchema))
def get_overdue(args):
    """Clients whose weekly check-in is overdue, longest waiting first."""
    return service.overdue(actor=current_principal(), **args)


@blp.route("/check-ins/summary")
@requires(*STAFF)
@blp.response(200, schemas.CheckInSummarySchema)
def get_summary():
    """How many check-ins wait for review and how many clients are overdue."""
    return service.summary(actor=current_principal())


@blp.route("/check-ins/<int:submission_id>")
@requires()
@blp.response(200, schemas.CheckInSubmissionSchema)
def get_check_in(submission_id):
    """One check-in with its questions, answers and reply (its client, their trainers, managers)."""
    return service.get(actor=current_principal(), submission_id=submission_id)


@blp.route("/check-ins/<int:submission_id>/reply", methods=["PUT"])
@requires(*STAFF)
@blp.arguments(schemas.CheckInReplySchema)
@blp.response(200, schemas.CheckInSubmissionSchema)
def reply_check_in(args, submission_id):
    """Reply to a client's check-in (their trainers, managers); a new reply replaces the last."""
    return service.reply(actor=current_principal(), submission_id=submission_id, **args)


@blp.route("/check-ins/<int:submission_id>/review", methods=["POST"])
@requires(*STAFF)
@blp.response(200, schemas.CheckInSubmissionSchema)
def review_check_in(submission_id):
    """Mark a check-in reviewed: it leaves the queue."""
    return service.review(actor=current_principal(), submission_id=submission_id)

"""Program templates (/api/programs) and clients' programs (/api/clients/<id>/programs, /api/client-programs)."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import PageArgsSchema, page_schema
from fitnesscrm.core.tenancy import STAFF
from fitnesscrm.training.programs import client_programs, schemas, service

blp = Blueprint("programs", __name__, url_prefix="/api/programs", description="Program templates and their versions")
clients_blp = Blueprint(
    "client_programs", __name__, url_prefix="/api", description="Clients' own programs, laid out on dates"
)


@blp.route("")
class Templates(MethodView):
    @requires(*STAFF)
    @blp.arguments(schemas.TemplateQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.TemplateSchema))
    def get(self, args):
        """List program templates: the studio's shared ones and your own; search, filter, paginate."""
        return service.get_all(actor=current_principal(), **args)

    @requires(*STAFF)
    @blp.arguments(schemas.TemplateCreateSchema)
    @blp.response(201, schemas.TemplateDetailSchema)
    def post(self, args):
        """Create a template; its document becomes version 1."""
        return service.create(actor=current_principal(), **args)


@blp.route("/<int:template_id>")
class TemplateById(MethodView):
    @requires(*STAFF)
    @blp.response(200, schemas.TemplateDetailSchema)
    def get(self, template_id):
        """One template with its current document and the exercises it names."""
        return service.get(actor=current_principal(), template_id=template_id)

    @requires(*STAFF)
    @blp.arguments(schemas.TemplateSaveSchema)
    @blp.response(200, schemas.TemplateDetailSchema)
    def put(self, args, template_id):
        """Save the whole template; a changed document becomes a new version (its owner or a manager)."""
        return service.save(actor=current_principal(), template_id=template_id, **args)


@blp.route("/<int:template_id>/archive", methods=["POST"])
@requires(*STAFF)
@blp.response(200, schemas.TemplateDetailSchema)
def archive_template(template_id):
    """Archive a template: hidden from the list and from assigning (its owner or a manager)."""
    return service.archive(actor=current_principal(), template_id=template_id)


@blp.route("/<int:template_id>/restore", methods=["POST"])
@requires(*STAFF)
@blp.response(200, schemas.TemplateDetailSchema)
def restore_template(template_id):
    """Restore an archived template (its owner or a manager)."""
    return service.restore(actor=current_principal(), template_id=template_id)


@blp.route("/<int:template_id>/duplicate", methods=["POST"])
@requires(*STAFF)
@blp.response(201, schemas.TemplateDetailSchema)
def duplicate_template(template_id):
    """Make your own private copy of a template, "Copy of …"."""
    return service.duplicate(actor=current_principal(), template_id=template_id)


@blp.route("/<int:template_id>/versions")
@requires(*STAFF)
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_schema(schemas.VersionSchema))
def template_versions(args, template_id):
    """A template's versions, newest first: who saved each, when, and what changed."""
    return service.versions(actor=current_principal(), template_id=template_id, **args)


@blp.route("/<int:template_id>/versions/<int:number>")
@requires(*STAFF)
@blp.response(200, schemas.VersionDetailSchema)
def template_version(template_id, number):
    """One version of a template with its document."""
    return service.version(actor=current_principal(), template_id=template_id, number=number)


@blp.route("/<int:template_id>/compare")
@requires(*STAFF)
@blp.arguments(schemas.CompareQuerySchema, location="query")
@blp.response(200, schemas.ComparisonSchema)
def compare_versions(args, template_id):
    """What changed between two versions of a template, in sentences."""
    return service.compare(actor=current_principal(), template_id=template_id, **args)


@blp.route("/<int:template_id>/assign", methods=["POST"])
@requires(*STAFF)
@blp.arguments(schemas.AssignSchema)
@blp.response(201, schemas.AssignedSchema)
def assign_template(args, template_id):
    """Give each client their own copy of the current version, laid out on dates; all or nothing."""
    return client_programs.assign(actor=current_principal(), template_id=template_id, **args)


@clients_blp.route("/clients/<int:client_id>/programs")
@requires()
@clients_blp.arguments(PageArgsSchema, location="query")
@clients_blp.response(200, page_schema(schemas.ClientProgramSchema))
def programs_of_client(args, client_id):
    """A client's programs, newest first (a client their own)."""
    return client_programs.get_all(actor=current_principal(), client_id=client_id, **args)


@clients_blp.route("/client-programs/<int:program_id>")
class ClientProgramById(MethodView):
    @requires()
    @clients_blp.response(200, schemas.ClientProgramDetailSchema)
    def get(self, program_id):
        """A client's program with its dated workouts and, for staff, any newer template version's changes."""
        return client_programs.get(actor=current_principal(), program_id=program_id)

    @requires(*STAFF)
    @clients_blp.arguments(schemas.ClientProgramUpdateSchema)
    @clients_blp.response(200, schemas.ClientProgramDetailSchema)
    def put(self, args, program_id):
        """Edit one client's copy; unlogged workouts from today on are laid out again."""
        return client_programs.update(actor=current_principal(), program_id=program_id, **args)


@clients_blp.route("/client-programs/<int:program_id>/apply-template-version", methods=["POST"])
@requires(*STAFF)
@clients_blp.response(200, schemas.ClientProgramDetailSchema)
def apply_template_version(program_id):
    """Bring the template's newest version into the weeks not yet started."""
    return client_programs.apply_template_version(actor=current_principal(), program_id=program_id)


@clients_blp.route("/client-programs/<int:program_id>/end", methods=["POST"])
@requires(*STAFF)
@clients_blp.response(200, schemas.ClientProgramDetailSchema)
def end_client_program(program_id):
    """End a client's program; its unlogged workouts from today on are removed."""
    return client_programs.end(actor=current_principal(), program_id=program_id)

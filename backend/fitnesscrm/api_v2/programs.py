"""/api/v2/program-templates and /api/v2/programs: training program templates and clients' own programs."""

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
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db
from fitnesscrm.training.models import PROGRAM_STATUSES, ClientProgram, ProgramTemplate, ProgramTemplateVersion
from fitnesscrm.training.programs import client_programs
from fitnesscrm.training.programs import service as templates
from fitnesscrm.training.programs.schemas import Document

blp = Blueprint("v2_programs", __name__, url_prefix="/api/v2", description="Training programs")

ARCHIVE_STATES = ("active", "archived", "all")


class V2ProgramTemplateSchema(ma.Schema):
    object = ma.fields.Constant("program_template", dump_only=True, required=True)
    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    description = ma.fields.String(allow_none=True, required=True)
    category = ma.fields.String(allow_none=True, required=True)
    tags = ma.fields.List(ma.fields.String(), required=True)
    version = ma.fields.Integer(attribute="current_version", required=True, metadata={"description": "Its newest."})
    content = Document(
        attribute="v2_content", required=True, metadata={"description": "Weeks, days and exercises of the version."}
    )
    archived_at = ma.fields.DateTime(allow_none=True, required=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)


class V2ProgramSchema(ma.Schema):
    object = ma.fields.Constant("program", dump_only=True, required=True)
    id = ma.fields.Integer(required=True)
    client_id = ma.fields.Integer(required=True)
    template_id = ma.fields.Integer(allow_none=True, required=True, metadata={"description": "Copied from."})
    template_version = ma.fields.Integer(allow_none=True, required=True)
    name = ma.fields.String(required=True)
    status = ma.fields.String(required=True, metadata={"description": " | ".join(PROGRAM_STATUSES)})
    start_date = ma.fields.Date(required=True)
    training_weekdays = ma.fields.List(
        ma.fields.Integer(), required=True, metadata={"description": "ISO weekdays, 1 = Monday."}
    )
    content = Document(required=True, metadata={"description": "The client's own copy: weeks, days and exercises."})
    ended_at = ma.fields.DateTime(allow_none=True, required=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)


class V2ProgramTemplateListArgsSchema(CursorArgsSchema):
    status = fields.String(
        load_default="active",
        validate=ma.validate.OneOf(ARCHIVE_STATES),
        metadata={"description": "`active` (the default), `archived` or `all`."},
    )


class V2ProgramListArgsSchema(CursorArgsSchema):
    client_id = fields.id_field(metadata={"description": "Only this client's programs."})
    template_id = fields.id_field(metadata={"description": "Only programs copied from this template."})
    status = fields.String(validate=ma.validate.OneOf(PROGRAM_STATUSES), metadata={"description": "Only this status."})


class V2ProgramCreateSchema(ma.Schema):
    template_id = fields.id_field(required=True, metadata={"description": "The template to copy."})
    client_id = fields.id_field(required=True)
    start_date = fields.Date(required=True, metadata={"description": "The first training day's week starts here."})
    training_weekdays = fields.List(
        fields.Integer(minimum=1, maximum=7),
        min_items=1,
        max_items=7,
        metadata={"description": "ISO weekdays, 1 = Monday; by default the program's days per week, spread out."},
    )
    replace_current = ma.fields.Boolean(
        load_default=False,
        metadata={"description": "End the client's active program (and its unlogged workouts) instead of a 409."},
    )


def _with_content(found: list[ProgramTemplate]) -> list[ProgramTemplate]:
    """Attach each template's current version's document, in one query for the page."""
    if not found:
        return found
    wanted = [(template.id, template.current_version) for template in found]
    rows = db.session.execute(
        sa.select(ProgramTemplateVersion.template_id, ProgramTemplateVersion.content).where(
            sa.tuple_(ProgramTemplateVersion.template_id, ProgramTemplateVersion.number).in_(wanted)
        )
    )
    content = dict(rows.all())
    for template in found:
        template.v2_content = content[template.id]
    return found


def _template(organization_id: int, template_id: int) -> ProgramTemplate | None:
    return db.session.scalars(
        sa.select(ProgramTemplate).where(
            ProgramTemplate.organization_id == organization_id, ProgramTemplate.id == template_id
        )
    ).one_or_none()


def _program(organization_id: int, program_id: int) -> ClientProgram | None:
    return db.session.scalars(
        sa.select(ClientProgram).where(ClientProgram.organization_id == organization_id, ClientProgram.id == program_id)
    ).one_or_none()


@representation("program_template")
def _represent_template(organization_id: int, template_id: int) -> dict[str, Any] | None:
    template = _template(organization_id, template_id)
    return None if template is None else V2ProgramTemplateSchema().dump(_with_content([template])[0])


@representation("program")
def _represent_program(organization_id: int, program_id: int) -> dict[str, Any] | None:
    program = _program(organization_id, program_id)
    return None if program is None else V2ProgramSchema().dump(program)


@blp.route("/program-templates")
class ProgramTemplates(MethodView):
    @operation(blp, "listProgramTemplates", scope="programs:read")
    @blp.arguments(V2ProgramTemplateListArgsSchema, location="query")
    @blp.response(200, list_schema(V2ProgramTemplateSchema))
    def get(self, args):
        """List the studio's program templates, those in use unless `status` says otherwise."""
        stmt = templates.visible(current_principal())
        if args["status"] == "active":
            stmt = stmt.where(ProgramTemplate.archived_at.is_(None))
        elif args["status"] == "archived":
            stmt = stmt.where(ProgramTemplate.archived_at.is_not(None))
        page = cursor_page(stmt, key=ProgramTemplate.id, limit=args["limit"], starting_after=args.get("starting_after"))
        page.data = _with_content(page.data)
        return page


@blp.route("/program-templates/<int:template_id>")
class ProgramTemplateById(MethodView):
    @operation(blp, "getProgramTemplate", scope="programs:read")
    @blp.response(200, V2ProgramTemplateSchema)
    def get(self, template_id):
        """One program template, with its current version's document."""
        return _with_content([templates.find(actor=current_principal(), template_id=template_id)])[0]


@blp.route("/programs")
class Programs(MethodView):
    @operation(blp, "listPrograms", scope="programs:read")
    @blp.arguments(V2ProgramListArgsSchema, location="query")
    @blp.response(200, list_schema(V2ProgramSchema))
    def get(self, args):
        """List clients' programs, filtered by client, template or status."""
        stmt = scoped(ClientProgram, current_principal())
        for name in ("client_id", "template_id", "status"):
            if name in args:
                stmt = stmt.where(getattr(ClientProgram, name) == args[name])
        return cursor_page(stmt, key=ClientProgram.id, limit=args["limit"], starting_after=args.get("starting_after"))

    @operation(blp, "createProgram", scope="programs:write")
    @blp.arguments(V2ProgramCreateSchema)
    @blp.response(201, V2ProgramSchema)
    def post(self, args):
        """Give a client their own copy of a template, laid out on dates; 409 if they have an active program."""
        client_id = args.pop("client_id")
        made = client_programs.assign(actor=current_principal(), client_ids=[client_id], **args)
        [program] = made["programs"]
        return program


@blp.route("/programs/<int:program_id>")
class ProgramById(MethodView):
    @operation(blp, "getProgram", scope="programs:read")
    @blp.response(200, V2ProgramSchema)
    def get(self, program_id):
        """One client's program, with its document."""
        program = _program(current_principal().organization_id, program_id)
        if program is None:
            raise NotFound("No such client program.")
        return program

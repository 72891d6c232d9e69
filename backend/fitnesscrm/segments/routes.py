"""Segments: saved client filters with live counts (owners and admins)."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import MANAGERS
from fitnesscrm.segments import schemas, service

blp = Blueprint("segments", __name__, url_prefix="/api", description="Saved client filters, counted live")


@blp.route("/segments")
class Segments(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.SegmentQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.SegmentSchema))
    def get(self, args):
        """The studio's segments by name, each with how many clients it holds now."""
        return service.get_all(actor=current_principal(), **args)

    @requires(*MANAGERS)
    @blp.arguments(schemas.SegmentCreateSchema)
    @blp.response(201, schemas.SegmentSchema)
    def post(self, args):
        """Save a segment."""
        return service.create(actor=current_principal(), **args)


@blp.route("/segments/preview", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.FiltersPreviewSchema)
@blp.response(200, schemas.SegmentPreviewSchema)
def preview_filters(args):
    """How many clients unsaved filters match now, and the first of them (the segment builder's live count)."""
    return service.preview_filters(actor=current_principal(), **args)


@blp.route("/segments/<int:segment_id>")
class SegmentDetail(MethodView):
    @requires(*MANAGERS)
    @blp.response(200, schemas.SegmentSchema)
    def get(self, segment_id):
        """One segment with its live count."""
        return service.get(actor=current_principal(), segment_id=segment_id)

    @requires(*MANAGERS)
    @blp.arguments(schemas.SegmentUpdateSchema)
    @blp.response(200, schemas.SegmentSchema)
    def patch(self, args, segment_id):
        """Rename a segment or change its filters."""
        return service.update(actor=current_principal(), segment_id=segment_id, **args)

    @requires(*MANAGERS)
    @blp.response(204)
    def delete(self, segment_id):
        """Delete a segment that no campaign uses."""
        service.delete(actor=current_principal(), segment_id=segment_id)


@blp.route("/segments/<int:segment_id>/count")
@requires(*MANAGERS)
@blp.response(200, schemas.SegmentCountSchema)
def count(segment_id):
    """How many clients the segment holds now, and how many of them have an email address."""
    return service.count(actor=current_principal(), segment_id=segment_id)


@blp.route("/segments/<int:segment_id>/preview")
@requires(*MANAGERS)
@blp.response(200, schemas.SegmentPreviewSchema)
def preview(segment_id):
    """The segment's live count and its first clients by name."""
    return service.preview(actor=current_principal(), segment_id=segment_id)

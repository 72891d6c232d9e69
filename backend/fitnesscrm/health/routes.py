"""The health endpoint for load balancers and monitors."""

from __future__ import annotations

import marshmallow as ma
import sqlalchemy as sa
from flask_smorest import Blueprint
from sqlalchemy.exc import SQLAlchemyError

from fitnesscrm.extensions import db

blp = Blueprint("health", __name__, url_prefix="/api", description="Liveness and database health")


class HealthSchema(ma.Schema):
    status = ma.fields.String(metadata={"example": "ok"})
    database = ma.fields.String(metadata={"example": "ok"})


@blp.route("/health", methods=["GET"])
@blp.response(200, HealthSchema)
@blp.alt_response(503, schema=HealthSchema, description="The database does not answer.")
def health():
    """200 when the app and its database answer, 503 when the database does not."""
    try:
        db.session.execute(sa.text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return {"status": "degraded", "database": "unavailable"}, 503
    return {"status": "ok", "database": "ok"}

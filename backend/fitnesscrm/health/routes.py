"""Health endpoints for load balancers, orchestrators and monitors.

/api/health/live: the process answers (no database); restart the process when it does not.
/api/health/ready: the database answers, its schema is at this code's migration head and Redis (when
configured) answers; send it traffic only while this is 200. /api/health is the older combined check.
"""

from __future__ import annotations

import marshmallow as ma
import sqlalchemy as sa
from flask_smorest import Blueprint
from sqlalchemy.exc import SQLAlchemyError

from fitnesscrm.extensions import db
from fitnesscrm.health import service

blp = Blueprint("health", __name__, url_prefix="/api", description="Liveness and readiness")


class HealthSchema(ma.Schema):
    status = ma.fields.String(metadata={"example": "ok"})
    database = ma.fields.String(metadata={"example": "ok"})


class LivenessSchema(ma.Schema):
    status = ma.fields.String(metadata={"example": "ok"})


class ReadinessChecksSchema(ma.Schema):
    database = ma.fields.String(metadata={"example": "ok"})
    migrations = ma.fields.String(metadata={"example": "ok"})
    redis = ma.fields.String(metadata={"example": "not configured"})


class ReadinessSchema(ma.Schema):
    status = ma.fields.String(metadata={"example": "ready", "description": "ready, or unavailable"})
    checks = ma.fields.Nested(ReadinessChecksSchema)


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


@blp.route("/health/live", methods=["GET"])
@blp.response(200, LivenessSchema)
def live():
    """200 while the process answers requests; touches neither the database nor Redis."""
    return {"status": "ok"}


@blp.route("/health/ready", methods=["GET"])
@blp.response(200, ReadinessSchema)
@blp.alt_response(503, schema=ReadinessSchema, description="A check failed; `checks` says which and why.")
def ready():
    """200 when the database answers at this code's schema and Redis (if configured) answers; else 503."""
    checks = {**service.check_database(), "redis": service.check_redis()}
    if all(value in (service.OK, "not configured") for value in checks.values()):
        return {"status": "ready", "checks": checks}
    return {"status": "unavailable", "checks": checks}, 503

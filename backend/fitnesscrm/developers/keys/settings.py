"""A studio's own /api/v2 settings: the calls per minute each of its keys may make."""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app
from limits import parse

from fitnesscrm.core.events import record_by
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.developers.keys.events import ApiSettingsUpdated
from fitnesscrm.developers.keys.models import ApiSettings
from fitnesscrm.extensions import db


def rate_limit_per_minute(*, organization_id: int) -> int | None:
    """The studio's own limit per key and minute, or None when it uses the server's."""
    return db.session.scalar(
        sa.select(ApiSettings.rate_limit_per_minute).where(ApiSettings.organization_id == organization_id)
    )


def default_rate_limit() -> str:
    """The server's limit per key (API_RATE_LIMIT), as people read it: "120 calls per minute"."""
    item = parse(current_app.config["API_RATE_LIMIT"])
    unit = item.GRANULARITY.name if item.multiples == 1 else f"{item.multiples} {item.GRANULARITY.name}s"
    return f"{item.amount} calls per {unit}"


def get(*, actor: Principal) -> dict:
    """The studio's API settings and the server's default they override (owner, admin)."""
    actor.require(Role.OWNER, Role.ADMIN)
    return {
        "rate_limit_per_minute": rate_limit_per_minute(organization_id=actor.organization_id),
        "default_rate_limit": default_rate_limit(),
    }


def update(*, actor: Principal, rate_limit_per_minute: int | None) -> dict:
    """Set the calls per minute each of the studio's keys may make; None goes back to the server's (owner)."""
    actor.require(Role.OWNER)
    row = db.session.get(ApiSettings, actor.organization_id)
    before = row.rate_limit_per_minute if row else None
    if before != rate_limit_per_minute:
        if row is None:
            row = ApiSettings(organization_id=actor.organization_id)
            db.session.add(row)
        row.rate_limit_per_minute = rate_limit_per_minute
        db.session.flush()
        record_by(
            actor,
            ApiSettingsUpdated,
            entity_id=actor.organization_id,
            label="API settings",
            changes={
                "rate_limit_per_minute": {"before": _described(before), "after": _described(rate_limit_per_minute)}
            },
        )
        db.session.commit()
    return get(actor=actor)


def _described(per_minute: int | None) -> str:
    """A limit as the activity log shows it."""
    return f"{per_minute} calls per minute" if per_minute else f"The server's default ({default_rate_limit()})"

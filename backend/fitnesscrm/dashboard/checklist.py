"""The first-run checklist: what a new studio still has to set up, read from its real data.

Each step is done when the data says so, not when someone ticks it: working hours exist, a
trainer can sign in or was invited, a client exists, a session was booked. One statement
answers all four. A manager can hide the checklist for the whole studio, and show it again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from fitnesscrm.auth.models import Invitation
from fitnesscrm.clients.models import Client
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.scheduling.models import Session, WorkingHours
from fitnesscrm.trainers.models import Trainer

STEPS = ("working_hours", "invite_trainer", "add_clients", "book_session")


def get(*, actor: Principal) -> dict[str, Any]:
    """The checklist's steps, each done or not, whether it is hidden, and the trainer to set hours for."""
    org = actor.organization_id
    active_trainers = sa.select(Trainer.id).where(Trainer.organization_id == org, Trainer.archived_at.is_(None))
    trainer_invited = sa.or_(
        sa.exists().where(
            Trainer.organization_id == org, Trainer.archived_at.is_(None), Trainer.user_id.is_not(None)
        ),
        sa.exists().where(
            Invitation.organization_id == org, Invitation.role == "trainer", Invitation.revoked_at.is_(None)
        ),
    )  # fmt: skip
    row = db.session.execute(
        sa.select(
            Organization.checklist_dismissed_at,
            sa.exists().where(WorkingHours.organization_id == org).label("working_hours"),
            trainer_invited.label("invite_trainer"),
            sa.exists().where(Client.organization_id == org).label("add_clients"),
            sa.exists().where(Session.organization_id == org).label("book_session"),
            active_trainers.order_by(Trainer.id).limit(1).scalar_subquery().label("trainer_id"),
        ).where(Organization.id == org)
    ).one()
    steps = [{"key": key, "done": bool(getattr(row, key))} for key in STEPS]
    return {
        "steps": steps,
        "complete": all(step["done"] for step in steps),
        "dismissed": row.checklist_dismissed_at is not None,
        "trainer_id": row.trainer_id,
    }


def update(*, actor: Principal, dismissed: bool) -> dict[str, Any]:
    """Hide the checklist for the whole studio, or show it again."""
    db.session.execute(
        sa.update(Organization)
        .where(Organization.id == actor.organization_id)
        .values(checklist_dismissed_at=datetime.now(UTC) if dismissed else None)
    )
    db.session.commit()
    return get(actor=actor)

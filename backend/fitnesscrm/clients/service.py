"""The rules for clients: who may see and change them, archive, restore and delete."""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.clients.models import Client
from fitnesscrm.core.tenancy import Principal, Role, scoped


def visible(actor: Principal) -> sa.Select:
    """`select(Client)` limited to what `actor` may see.

    Owners and admins: every client of the organization. Trainers: clients with an
    open assignment to them. Clients: their own record. Every read of clients,
    here and in other domains, starts from this query.
    """
    stmt = scoped(Client, actor)
    if actor.role == Role.TRAINER:
        assigned = sa.select(Assignment.client_id).where(
            Assignment.trainer_id == actor.trainer_id, Assignment.ended_at.is_(None)
        )
        stmt = stmt.where(Client.id.in_(assigned))
    elif actor.role == Role.CLIENT:
        stmt = stmt.where(Client.id == actor.client_id)
    return stmt

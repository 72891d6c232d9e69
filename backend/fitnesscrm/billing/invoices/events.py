"""What invoicing does when other domains change things: a client with invoices is never deleted."""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.billing.models import Invoice, Payment
from fitnesscrm.clients.events import ClientDeleted
from fitnesscrm.core.events import subscribe
from fitnesscrm.errors import Conflict
from fitnesscrm.extensions import db


@subscribe(ClientDeleted)
def keep_clients_with_invoices(event: ClientDeleted) -> None:
    """Refuse (409) to delete a client who has invoices or payments: the studio's accounts must keep them."""
    billed = db.session.scalar(
        sa.select(
            sa.exists().where(Invoice.organization_id == event.organization_id, Invoice.client_id == event.entity_id)
            | sa.exists().where(Payment.organization_id == event.organization_id, Payment.client_id == event.entity_id)
        )
    )
    if billed:
        raise Conflict(
            f"{event.label} has invoices, which the studio's accounts must keep: archive the client instead.",
            code="client_has_invoices",
        )

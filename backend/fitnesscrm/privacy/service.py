"""Privacy: export a client's data, erase a client, and the studio's retention of archived clients.

Who may do what: a client exports their own data; staff who manage a client export theirs
(owners and admins any client, trainers the clients assigned to them, as everywhere else).
Only owners and admins erase, and only by typing the client's full name. Retention is set by
owners and admins and carried out by a daily job with the same erasure.
"""

from __future__ import annotations

import logging
import unicodedata
from datetime import UTC, datetime
from typing import IO

import sqlalchemy as sa
from dateutil.relativedelta import relativedelta

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core.events import record, record_by
from fitnesscrm.core.jobs import periodic
from fitnesscrm.core.tenancy import MANAGERS, Principal, Role
from fitnesscrm.errors import Conflict, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.privacy import erasure, export, records
from fitnesscrm.privacy.events import ClientDataExported, ClientErased
from fitnesscrm.privacy.models import ClientErasure, PrivacySettings

log = logging.getLogger(__name__)

# Memberships that still bill or may bill again: erasing their client would leave a contract nobody can read.
RUNNING_MEMBERSHIPS = ("active", "past_due", "paused")


def export_client(*, actor: Principal, client_id: int) -> tuple[IO[bytes], str]:
    """The zip of everything about a client `actor` may see, and its file name; the download is logged."""
    client = clients.find(actor=actor, client_id=client_id)
    studio = db.session.get(Organization, client.organization_id)
    archive = export.build(client, studio_name=studio.name)
    record_by(actor, ClientDataExported, entity_id=client.id, label=client.full_name)
    db.session.commit()
    return archive, export.download_name(client)


def export_mine(*, actor: Principal) -> tuple[IO[bytes], str]:
    """The signed-in client's own data as a zip."""
    actor.require(Role.CLIENT)
    return export_client(actor=actor, client_id=actor.client_id)


def erasure_status(*, actor: Principal, client_id: int) -> dict:
    """Whether a client was erased, when and why; and whether the caller may erase them."""
    client = clients.find(actor=actor, client_id=client_id)
    done = db.session.get(ClientErasure, client.id)
    return {
        "client_id": client.id,
        "erased": done is not None,
        "erased_at": done.erased_at if done else None,
        "reason": done.reason if done else None,
        "can_erase": done is None and actor.role in MANAGERS,
        "confirmation": None if done else client.full_name,
    }


def _same_text(a: str, b: str) -> bool:
    """Whether two typed names are the same, ignoring case, accents' encoding and extra spaces."""

    def fold(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())

    return fold(a) == fold(b)


def erase(*, actor: Principal, client_id: int, confirmation: str) -> dict:
    """Anonymise a client for good (owners and admins), confirmed by typing their full name."""
    actor.require(*MANAGERS)
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    if db.session.get(ClientErasure, client.id) is not None:
        raise Conflict("This client was already erased.")
    if not _same_text(confirmation, client.full_name):
        raise ValidationError(
            "Type the client's full name to confirm.",
            fields={"confirmation": [f"Type “{client.full_name}” exactly to erase this client."]},
        )
    _erase(client, actor=actor, reason="request")
    db.session.commit()
    return erasure_status(actor=actor, client_id=client_id)


def _erase(client: Client, *, actor: Principal | None, reason: str) -> None:
    """Erase `client` in the caller's transaction and audit it, without a word about who they were."""
    memberships = records.tables()["memberships"]
    running = db.session.execute(
        sa.select(sa.func.count()).where(
            memberships.c.client_id == client.id, memberships.c.status.in_(RUNNING_MEMBERSHIPS)
        )
    ).scalar_one()
    if running:
        raise Conflict(f"{client.full_name} has a running membership: cancel it before erasing them.")
    # First: the database lets an erased client's waiver signatures go (migration e5a1c7d3b9f2).
    db.session.add(
        ClientErasure(
            organization_id=client.organization_id,
            client_id=client.id,
            erased_by_user_id=actor.user_id if actor else None,
            reason=reason,
        )
    )
    db.session.flush()
    erasure.erase(client)
    record(
        ClientErased(
            organization_id=client.organization_id,
            actor=actor,
            entity_id=client.id,
            label=erasure.erased_label(client.id),
        )
    )


def get_settings(*, actor: Principal) -> dict:
    """The studio's privacy settings (off when never set)."""
    actor.require(*MANAGERS)
    settings = db.session.get(PrivacySettings, actor.organization_id)
    return {"erase_archived_after_months": settings.erase_archived_after_months if settings else None}


def update_settings(*, actor: Principal, erase_archived_after_months: int | None) -> dict:
    """Turn retention on (erase archived clients after N months) or off (None)."""
    actor.require(*MANAGERS)
    settings = db.session.get(PrivacySettings, actor.organization_id, with_for_update=True)
    if settings is None:
        settings = PrivacySettings(organization_id=actor.organization_id)
        db.session.add(settings)
    settings.erase_archived_after_months = erase_archived_after_months
    db.session.commit()
    return get_settings(actor=actor)


def due_for_retention(now: datetime | None = None) -> list[tuple[int, int]]:
    """(organization, client) pairs archived for longer than their studio keeps archived clients."""
    now = now or datetime.now(UTC)
    rows = db.session.execute(
        sa.select(PrivacySettings.organization_id, PrivacySettings.erase_archived_after_months).where(
            PrivacySettings.erase_archived_after_months.is_not(None)
        )
    ).all()
    due = []
    for organization_id, months in rows:
        cutoff = now - relativedelta(months=months)
        due += db.session.execute(
            sa.select(Client.organization_id, Client.id)
            .where(
                Client.organization_id == organization_id,
                Client.status == "archived",
                Client.archived_at < cutoff,
                ~sa.exists().where(ClientErasure.client_id == Client.id),
            )
            .order_by(Client.id)
        ).all()
    return [tuple(row) for row in due]


def erase_expired(now: datetime | None = None) -> int:
    """Erase every archived client past their studio's retention, each in its own transaction; how many."""
    erased = 0
    for organization_id, client_id in due_for_retention(now):
        client = db.session.execute(
            sa.select(Client).where(Client.id == client_id, Client.organization_id == organization_id).with_for_update()
        ).scalar_one()
        try:
            _erase(client, actor=None, reason="retention")
        except Conflict as refusal:
            db.session.rollback()
            log.warning("Retention skipped client %s of studio %s: %s", client_id, organization_id, refusal.message)
            continue
        db.session.commit()
        erased += 1
    return erased


@periodic(cron="57 4 * * *", name="privacy.erase-expired-clients")
def erase_expired_daily(timestamp: int) -> None:
    """Erase archived clients past their studio's retention, as `flask privacy erase-expired` does."""
    erase_expired()

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.crypto import EncryptedText
from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin
from fitnesscrm.core.search import search_vector_expression

CLIENT_STATUSES = ("lead", "active", "paused", "inactive", "archived")
GENDERS = ("female", "male", "non_binary", "other", "prefer_not_to_say")


class Client(TenantMixin, TimestampMixin, Base):
    __tablename__ = "clients"
    __table_args__ = (
        sa.Index(
            "uq_clients_org_email",
            "organization_id",
            sa.func.lower(sa.text("email")),
            unique=True,
            postgresql_where=sa.text("email IS NOT NULL"),
        ),
        # One index per sortable column, ending in id like the ORDER BY's tiebreak; the default sort's
        # index carries status so that the default "not archived" filter reads no table rows.
        sa.Index("ix_clients_org_last_name", "organization_id", "last_name", "id", postgresql_include=["status"]),
        sa.Index("ix_clients_org_first_name", "organization_id", "first_name", "id"),
        sa.Index("ix_clients_org_email", "organization_id", "email", "id"),
        sa.Index("ix_clients_org_created", "organization_id", "created_at", "id"),
        sa.Index("ix_clients_org_status", "organization_id", "status", "id"),
        sa.Index("ix_clients_org_start_date", "organization_id", "start_date", "id"),
        sa.Index("ix_clients_tags", "tags", postgresql_using="gin"),
        sa.Index("ix_clients_search", "search", postgresql_using="gin"),
        sa.CheckConstraint(f"status IN {CLIENT_STATUSES}", name="status_valid"),
        sa.CheckConstraint(f"gender IS NULL OR gender IN {GENDERS}", name="gender_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), unique=True)
    first_name: Mapped[str] = mapped_column(sa.String(80))
    last_name: Mapped[str] = mapped_column(sa.String(80))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    phone: Mapped[str | None] = mapped_column(sa.String(20))
    date_of_birth: Mapped[date | None] = mapped_column(sa.Date)
    gender: Mapped[str | None] = mapped_column(sa.String(20))
    # Health and coaching details in the client's own words: encrypted at rest (core.crypto), never searched.
    goals: Mapped[str | None] = mapped_column(EncryptedText)
    notes: Mapped[str | None] = mapped_column(EncryptedText)
    emergency_contact_name: Mapped[str | None] = mapped_column(sa.String(160))
    emergency_contact_phone: Mapped[str | None] = mapped_column(sa.String(20))
    tags: Mapped[list[str]] = mapped_column(ARRAY(sa.String(40)), default=list, server_default="{}")
    status: Mapped[str] = mapped_column(sa.String(16), default="lead", server_default="lead")
    # Status to return to when an archived client is restored.
    status_before_archive: Mapped[str | None] = mapped_column(sa.String(16))
    start_date: Mapped[date | None] = mapped_column(sa.Date)
    source: Mapped[str | None] = mapped_column(sa.String(80))
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # Assignments not ended, kept by a trigger on assignments (see ClientCounts); never written here.
    open_assignments: Mapped[int] = mapped_column(server_default="0")
    search: Mapped[str] = mapped_column(
        TSVECTOR, sa.Computed(search_vector_expression(), persisted=True), deferred=True
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class ClientCounts(Base):
    """How many clients an organization has in each status, and not archived without a trainer.

    Kept by database triggers on clients, assignments and organizations in the transaction of
    every write, whoever makes it (migration 8d4f2a1c7e90), so reading them costs one row
    instead of a count over every client; nothing in the app writes them.
    """

    __tablename__ = "client_counts"

    organization_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    lead: Mapped[int] = mapped_column(server_default="0")
    active: Mapped[int] = mapped_column(server_default="0")
    paused: Mapped[int] = mapped_column(server_default="0")
    inactive: Mapped[int] = mapped_column(server_default="0")
    archived: Mapped[int] = mapped_column(server_default="0")
    unassigned: Mapped[int] = mapped_column(server_default="0")

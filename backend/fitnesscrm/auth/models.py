from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

ROLE_NAMES = ("owner", "admin", "trainer", "client")


class User(TenantMixin, TimestampMixin, Base):
    """A login. Its email is unique across the whole installation, since it is what one signs in with."""

    __tablename__ = "users"
    __table_args__ = (
        sa.Index("uq_users_email_lower", sa.func.lower(sa.text("email")), unique=True),
        sa.CheckConstraint(f"role IN {ROLE_NAMES}", name="role_valid"),
        sa.CheckConstraint("weight_unit IN ('kg', 'lb')", name="weight_unit_valid"),
        sa.CheckConstraint("length_unit IN ('cm', 'in')", name="length_unit_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254))
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    role: Mapped[str] = mapped_column(sa.String(16))
    first_name: Mapped[str] = mapped_column(sa.String(80))
    last_name: Mapped[str] = mapped_column(sa.String(80))
    is_active: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    # Tokens issued before this instant are refused (password change signs out everywhere).
    # Set from the app's clock, which also stamps the tokens: a database clock running ahead must not void them.
    password_changed_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), default=lambda: datetime.now(UTC), server_default=sa.func.now()
    )
    last_login_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # IANA zone the person reads and edits times in; None follows the organization's.
    timezone: Mapped[str | None] = mapped_column(sa.String(64))
    # Units the person reads and enters body measurements in; None follows the organization's.
    weight_unit: Mapped[str | None] = mapped_column(sa.String(2))
    length_unit: Mapped[str | None] = mapped_column(sa.String(2))

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Invitation(TenantMixin, TimestampMixin, Base):
    """A one-time link that lets someone set a password and join an organization with a role."""

    __tablename__ = "invitations"
    __table_args__ = (sa.CheckConstraint("role IN ('admin', 'trainer', 'client')", name="role_valid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254))
    role: Mapped[str] = mapped_column(sa.String(16))
    # Only the SHA-256 of the token is kept: a database leak does not leak usable links.
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    trainer_id: Mapped[int | None] = mapped_column(sa.ForeignKey("trainers.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[int | None] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    invited_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    expires_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    accepted_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class RevokedToken(Base):
    """JWT ids signed out before they expired; shared by every app process through the database."""

    __tablename__ = "revoked_tokens"

    jti: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), index=True)


class RefreshTokenFamily(Base):
    """One sign-in: the chain of refresh tokens rotated from it, signed out (revoked) together."""

    __tablename__ = "refresh_token_families"

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    # When its newest refresh token expires; after that the whole family can be forgotten.
    expires_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), index=True)
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # What the person sees in their sessions list: the browser or app it began in, from where, when last refreshed.
    user_agent: Mapped[str | None] = mapped_column(sa.String(512))
    ip_address: Mapped[str | None] = mapped_column(sa.String(45))
    last_used_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class RefreshToken(Base):
    """A refresh token of a family; once exchanged it points to its successor, and a second use is theft."""

    __tablename__ = "refresh_tokens"

    jti: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    family_id: Mapped[str] = mapped_column(sa.ForeignKey("refresh_token_families.id", ondelete="CASCADE"), index=True)
    expires_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), index=True)
    rotated_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    successor_jti: Mapped[str | None] = mapped_column(sa.String(36))


class SignInThrottle(Base):
    """Failed sign-ins in a row for one email, or for one trusted browser, and when the last one was.

    Kept for any email typed, registered or not, so that an unknown email is slowed down exactly as a
    known one is. The key is a SHA-256, so emails typed by strangers are not stored as they are.
    """

    __tablename__ = "sign_in_throttles"

    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0, server_default="0")
    last_attempt_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), index=True)


ACCOUNT_LINK_PURPOSES = ("password_reset", "unlock")


class AccountLink(Base):
    """A one-time emailed link for an account: reset its password, or trust a browser to sign in to it."""

    __tablename__ = "account_links"
    __table_args__ = (sa.CheckConstraint(f"purpose IN {ACCOUNT_LINK_PURPOSES}", name="purpose_valid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(sa.String(16))
    # Only the SHA-256 of the token is kept: a database leak does not leak usable links.
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    expires_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), index=True)
    used_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))

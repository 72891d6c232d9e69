from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.crypto import encrypted_columns
from fitnesscrm.core.models import Base


@encrypted_columns("secret")
class TwoFactorCredential(Base):
    """A person's authenticator secret: pending until a code confirms it, then it guards their sign-in."""

    __tablename__ = "two_factor_credentials"

    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    # The base32 TOTP secret, encrypted with core.crypto: the app must read it back to check codes.
    secret: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    confirmed_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # The 30-second time step of the last code accepted: a code is good once, even within its window.
    last_used_step: Mapped[int | None] = mapped_column(sa.BigInteger)


class RecoveryCode(Base):
    """One of the ten codes that stand in for the authenticator once each."""

    __tablename__ = "two_factor_recovery_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # SHA-256 of an 80-bit random code: as hard to guess from a leaked table as the code itself.
    code_hash: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    used_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class TwoFactorPolicy(Base):
    """A studio's rule that every staff account signs in with a second factor (no row: not required)."""

    __tablename__ = "two_factor_policies"

    organization_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    required_for_staff: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), server_default=sa.func.now(), onupdate=sa.func.now()
    )
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))

"""Sign-up, sign-in, the caller's account and password (invitations, links and tokens have their own modules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.auth import account_links, passwords, refresh_tokens, sign_in_throttle
from fitnesscrm.auth.models import User
from fitnesscrm.auth.passwords import hash_password
from fitnesscrm.core import events
from fitnesscrm.core.conflicts import flush_or_conflict
from fitnesscrm.core.phones import country_for_zone
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Conflict, Unauthorized, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.events import OrganizationCreated
from fitnesscrm.organizations.models import Organization

# The demo data and the test factories hash passwords through this module.
__all__ = ["hash_password"]


def _now() -> datetime:
    return datetime.now(UTC)


def email_taken(email: str) -> bool:
    """Whether an account, in any organization, signs in with `email`."""
    return db.session.execute(sa.select(sa.exists().where(sa.func.lower(User.email) == email.lower()))).scalar_one()


def _linked_profile_ids() -> tuple[sa.ScalarSelect, sa.ScalarSelect]:
    """Columns giving the trainer and client profile ids linked to `User` (NULL when none)."""
    from fitnesscrm.clients.models import Client
    from fitnesscrm.trainers.models import Trainer

    return (
        sa.select(Trainer.id).where(Trainer.user_id == User.id).scalar_subquery(),
        sa.select(Client.id).where(Client.user_id == User.id).scalar_subquery(),
    )


@dataclass(frozen=True)
class TokenSession:
    """What a token stands for now: its caller (None when no longer valid) and whether it was signed out."""

    principal: Principal | None
    revoked: bool


def load_session(*, user_id: int, issued_ms: int, jti: str, family_id: str | None = None) -> TokenSession:
    """Check a token in one statement: its user, linked profiles and revocation (its own or its family's).

    The principal is None when the user is gone or inactive, or changed password after the token was issued.
    """
    row = db.session.execute(
        sa.select(
            User,
            Organization.country,
            Organization.timezone,
            Organization.weight_unit,
            Organization.length_unit,
            *_linked_profile_ids(),
            refresh_tokens.is_revoked(jti=jti, family_id=family_id),
        )
        .join(Organization, Organization.id == User.organization_id)
        .where(User.id == user_id)
    ).one_or_none()
    if row is None:
        return TokenSession(principal=None, revoked=False)
    user, country, studio_zone, studio_weight_unit, studio_length_unit, trainer_id, client_id, revoked = row
    if not user.is_active or user.password_changed_at.timestamp() * 1000 > issued_ms:
        return TokenSession(principal=None, revoked=revoked)
    principal = Principal(
        user_id=user.id,
        organization_id=user.organization_id,
        role=Role(user.role),
        email=user.email,
        name=user.full_name,
        trainer_id=trainer_id,
        client_id=client_id,
        country=country,
        timezone=user.timezone or studio_zone,
        weight_unit=user.weight_unit or studio_weight_unit,
        length_unit=user.length_unit or studio_length_unit,
    )
    return TokenSession(principal=principal, revoked=revoked)


# A sign-up or acceptance that loses a race for the email hits the unique index; it answers like the check.
EMAIL_TAKEN = {
    "uq_users_email_lower": lambda: Conflict(
        "An account with this email already exists.", fields={"email": ["Already registered."]}
    )
}


def sign_up(
    *,
    organization_name: str,
    timezone: str,
    email: str,
    password: str,
    first_name: str,
    last_name: str,
    country: str | None = None,
) -> User:
    """Create an organization and its owner; the country defaults to the time zone's, else DEFAULT_PHONE_REGION."""
    if email_taken(email):
        raise EMAIL_TAKEN["uq_users_email_lower"]()
    country = country or country_for_zone(timezone) or current_app.config["DEFAULT_PHONE_REGION"]
    organization = Organization(name=organization_name, timezone=timezone, country=country)
    db.session.add(organization)
    db.session.flush()
    owner = User(
        organization_id=organization.id,
        email=email,
        password_hash=hash_password(password),
        role=Role.OWNER,
        first_name=first_name,
        last_name=last_name,
    )
    db.session.add(owner)
    flush_or_conflict(EMAIL_TAKEN)
    events.record(OrganizationCreated(organization_id=organization.id, actor=None))
    db.session.commit()
    return owner


def authenticate(*, email: str, password: str, trusted_user_id: int | None = None, browser: str | None = None) -> User:
    """The user with these credentials.

    Every attempt costs one password verification and answers alike whether the email exists or not;
    failures slow down further attempts (sign_in_throttle), counted apart for a browser the account trusts.
    """
    user = db.session.execute(sa.select(User).where(sa.func.lower(User.email) == email.lower())).scalar_one_or_none()
    trusted = user is not None and browser is not None and trusted_user_id == user.id
    subject = sign_in_throttle.Subject.browser(browser) if trusted else sign_in_throttle.Subject.email(email)
    sign_in_throttle.claim_attempt(subject)
    if not passwords.matches(user.password_hash if user else None, password):
        raise Unauthorized("Email or password is incorrect.", code="invalid_credentials")
    if not user.is_active:
        raise Unauthorized("This account is deactivated.", code="account_inactive")
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    sign_in_throttle.clear(subject)
    user.last_login_at = _now()
    db.session.commit()
    return user


def get_me(*, user_id: int) -> dict:
    """The account `user_id` with its organization and linked profiles, as the API shows "me"."""
    user, organization, trainer_id, client_id = db.session.execute(
        sa.select(
            User,
            Organization,
            *_linked_profile_ids(),
        )
        .join(Organization, Organization.id == User.organization_id)
        .where(User.id == user_id)
    ).one()
    return {
        "id": user.id,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "full_name": user.full_name,
        "role": user.role,
        "organization": organization,
        "trainer_id": trainer_id,
        "client_id": client_id,
        "timezone": user.timezone or organization.timezone,
        "timezone_is_own": user.timezone is not None,
        "weight_unit": user.weight_unit or organization.weight_unit,
        "length_unit": user.length_unit or organization.length_unit,
        "own_weight_unit": user.weight_unit,
        "own_length_unit": user.length_unit,
    }


def get_user(*, actor: Principal) -> User:
    """The caller's own account."""
    return db.session.get(User, actor.user_id)


_UNCHANGED = object()


def update_profile(
    *,
    actor: Principal,
    first_name: str | None = None,
    last_name: str | None = None,
    timezone=_UNCHANGED,
    weight_unit=_UNCHANGED,
    length_unit=_UNCHANGED,
) -> User:
    """Change the caller's own name, time zone or units (None: follow the organization's)."""
    user = get_user(actor=actor)
    if first_name is not None:
        user.first_name = first_name
    if last_name is not None:
        user.last_name = last_name
    if timezone is not _UNCHANGED:
        user.timezone = timezone
    if weight_unit is not _UNCHANGED:
        user.weight_unit = weight_unit
    if length_unit is not _UNCHANGED:
        user.length_unit = length_unit
    db.session.commit()
    return user


def change_password(*, actor: Principal, current_password: str, new_password: str) -> User:
    """Set a new password after checking the current one; every earlier token stops working."""
    user = get_user(actor=actor)
    if not passwords.matches(user.password_hash, current_password):
        raise ValidationError(
            "The current password is incorrect.", fields={"current_password": ["Incorrect password."]}
        )
    if current_password == new_password:
        raise ValidationError(
            "Choose a password different from the current one.",
            fields={"new_password": ["Must differ from the current password."]},
        )
    now = _now()
    user.password_hash = hash_password(new_password)
    user.password_changed_at = now
    refresh_tokens.revoke_all(user_id=user.id)
    account_links.record_password_changed(user=user, at=now)
    db.session.commit()
    return user


def prune_expired_records() -> int:
    """Forget tokens, links and sign-in throttles that no longer matter; how many rows went."""
    deleted = refresh_tokens.prune_expired()
    deleted += sign_in_throttle.prune_stale() + account_links.prune_expired()
    db.session.commit()
    return deleted

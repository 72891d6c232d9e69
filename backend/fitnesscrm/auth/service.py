"""Sign-up, login, lockout, token revocation, passwords and invitations."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.auth import account_links, passwords, refresh_tokens, sign_in_throttle
from fitnesscrm.auth.models import Invitation, User
from fitnesscrm.auth.passwords import hash_password
from fitnesscrm.core import mailer
from fitnesscrm.core.conflicts import flush_or_conflict
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Conflict, Forbidden, NotFound, Unauthorized, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

__all__ = ["hash_password"]


def _now() -> datetime:
    return datetime.now(UTC)


def _email_taken(email: str) -> bool:
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
            *_linked_profile_ids(),
            refresh_tokens.is_revoked(jti=jti, family_id=family_id),
        ).where(User.id == user_id)
    ).one_or_none()
    if row is None:
        return TokenSession(principal=None, revoked=False)
    user, trainer_id, client_id, revoked = row
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
    )
    return TokenSession(principal=principal, revoked=revoked)


# A sign-up or acceptance that loses a race for the email hits the unique index; it answers like the check.
EMAIL_TAKEN = {
    "uq_users_email_lower": lambda: Conflict(
        "An account with this email already exists.", fields={"email": ["Already registered."]}
    )
}


def sign_up(
    *, organization_name: str, timezone: str, email: str, password: str, first_name: str, last_name: str
) -> User:
    """Create an organization and its owner."""
    if _email_taken(email):
        raise EMAIL_TAKEN["uq_users_email_lower"]()
    organization = Organization(name=organization_name, timezone=timezone)
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
    }


def get_user(*, actor: Principal) -> User:
    """The caller's own account."""
    return db.session.get(User, actor.user_id)


_UNCHANGED = object()


def update_profile(
    *, actor: Principal, first_name: str | None = None, last_name: str | None = None, timezone=_UNCHANGED
) -> User:
    """Change the caller's own name or time zone (None: follow the organization's)."""
    user = get_user(actor=actor)
    if first_name is not None:
        user.first_name = first_name
    if last_name is not None:
        user.last_name = last_name
    if timezone is not _UNCHANGED:
        user.timezone = timezone
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
    user.password_hash = hash_password(new_password)
    user.password_changed_at = _now()
    refresh_tokens.revoke_all(user_id=user.id)
    db.session.commit()
    return user


# Invitations ---------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class IssuedInvitation:
    invitation: Invitation
    token: str


def create_invitation(
    *,
    actor: Principal,
    email: str,
    role: str,
    trainer_id: int | None = None,
    client_id: int | None = None,
) -> IssuedInvitation:
    """Invite someone to join the caller's organization; the raw token is returned once, never stored."""
    from fitnesscrm.clients import service as clients
    from fitnesscrm.trainers import service as trainers

    if actor.role == Role.TRAINER and role != Role.CLIENT:
        raise Forbidden("Trainers may only invite clients.")
    if role == Role.CLIENT and client_id is None:
        raise ValidationError("A client invitation names the client.", fields={"client_id": ["Required for clients."]})
    if role != Role.CLIENT and client_id is not None:
        raise ValidationError("Only client invitations name a client.", fields={"client_id": ["Only for clients."]})
    if role != Role.TRAINER and trainer_id is not None:
        raise ValidationError("Only trainer invitations name a trainer.", fields={"trainer_id": ["Only for trainers."]})
    if client_id is not None and clients.get(actor=actor, client_id=client_id).user_id is not None:
        raise Conflict("This client already has an account.")
    if trainer_id is not None:
        if actor.role not in (Role.OWNER, Role.ADMIN):
            raise Forbidden("Only owners and admins invite trainers.")
        if trainers.get(actor=actor, trainer_id=trainer_id).user_id is not None:
            raise Conflict("This trainer already has an account.")
    if _email_taken(email):
        raise Conflict("An account with this email already exists.", fields={"email": ["Already registered."]})
    # A new invitation replaces any pending one for the same address.
    db.session.execute(
        sa.update(Invitation)
        .where(
            Invitation.organization_id == actor.organization_id,
            sa.func.lower(Invitation.email) == email.lower(),
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
        .values(revoked_at=_now())
    )
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        organization_id=actor.organization_id,
        email=email,
        role=role,
        token_hash=_token_hash(token),
        trainer_id=trainer_id,
        client_id=client_id,
        invited_by_id=actor.user_id,
        expires_at=_now() + timedelta(hours=current_app.config["INVITATION_TTL_HOURS"]),
    )
    db.session.add(invitation)
    db.session.commit()
    return IssuedInvitation(invitation=invitation, token=token)


def invite(*, actor: Principal, base_url: str, **fields) -> dict:
    """Create an invitation and email its link; the response carries the link so it can be shared by hand."""
    issued = create_invitation(actor=actor, **fields)
    invitation = issued.invitation
    accept_url = f"{base_url.rstrip('/')}/accept-invite?token={issued.token}"
    organization = db.session.get(Organization, actor.organization_id)
    sent = mailer.send(
        to=invitation.email,
        subject=f"You're invited to {organization.name} on FitnessCRM",
        body=(
            f"{actor.name} invited you to join {organization.name} on FitnessCRM as {invitation.role}.\n\n"
            f"Set your password here (the link works once, until {invitation.expires_at:%Y-%m-%d %H:%M} UTC):\n"
            f"{accept_url}\n"
        ),
    )
    return {
        "id": invitation.id,
        "email": invitation.email,
        "role": invitation.role,
        "trainer_id": invitation.trainer_id,
        "client_id": invitation.client_id,
        "expires_at": invitation.expires_at,
        "created_at": invitation.created_at,
        "accept_url": accept_url,
        "email_sent": sent,
    }


def get_all_invitations(*, actor: Principal) -> list[Invitation]:
    """Pending invitations of the caller's organization, newest first."""
    return list(
        db.session.execute(
            sa.select(Invitation)
            .where(
                Invitation.organization_id == actor.organization_id,
                Invitation.accepted_at.is_(None),
                Invitation.revoked_at.is_(None),
                Invitation.expires_at > _now(),
            )
            .order_by(Invitation.created_at.desc(), Invitation.id.desc())
            .limit(200)
        ).scalars()
    )


def revoke_invitation(*, actor: Principal, invitation_id: int) -> None:
    """Make a pending invitation unusable."""
    invitation = db.session.execute(
        sa.select(Invitation).where(Invitation.id == invitation_id, Invitation.organization_id == actor.organization_id)
    ).scalar_one_or_none()
    if invitation is None:
        raise NotFound("No such invitation.")
    if invitation.accepted_at is not None:
        raise Conflict("This invitation was already accepted.")
    invitation.revoked_at = invitation.revoked_at or _now()
    db.session.commit()


def _usable_invitation(token: str, *, lock: bool = False) -> Invitation:
    stmt = sa.select(Invitation).where(Invitation.token_hash == _token_hash(token))
    invitation = db.session.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()
    if invitation is None or invitation.revoked_at is not None:
        raise NotFound("This invitation link is not valid.", code="invitation_invalid")
    if invitation.accepted_at is not None:
        raise Conflict("This invitation was already used.", code="invitation_used")
    if invitation.expires_at <= _now():
        raise Conflict("This invitation has expired; ask for a new one.", code="invitation_expired")
    return invitation


def preview_invitation(*, token: str) -> dict:
    """What an invitation offers, for the page where it is accepted."""
    invitation = _usable_invitation(token)
    organization = db.session.get(Organization, invitation.organization_id)
    return {
        "email": invitation.email,
        "role": invitation.role,
        "organization_name": organization.name,
        "expires_at": invitation.expires_at,
    }


def accept_invitation(*, token: str, password: str, first_name: str, last_name: str) -> User:
    """Create the invited account with its password; the link works once."""
    from fitnesscrm.clients.models import Client
    from fitnesscrm.trainers.models import Trainer

    invitation = _usable_invitation(token, lock=True)
    if _email_taken(invitation.email):
        raise EMAIL_TAKEN["uq_users_email_lower"]()
    user = User(
        organization_id=invitation.organization_id,
        email=invitation.email,
        password_hash=hash_password(password),
        role=invitation.role,
        first_name=first_name,
        last_name=last_name,
    )
    db.session.add(user)
    flush_or_conflict(EMAIL_TAKEN)
    profile = None
    if invitation.trainer_id is not None:
        profile = db.session.get(Trainer, invitation.trainer_id)
    elif invitation.client_id is not None:
        profile = db.session.get(Client, invitation.client_id)
    if profile is not None:
        if profile.user_id is not None:
            raise Conflict("This profile already has an account.")
        profile.user_id = user.id
    invitation.accepted_at = _now()
    db.session.commit()
    return user


def prune_expired_records() -> int:
    """Forget tokens, links and sign-in throttles that no longer matter; how many rows went."""
    deleted = refresh_tokens.prune_expired()
    deleted += sign_in_throttle.prune_stale() + account_links.prune_expired()
    db.session.commit()
    return deleted

"""Invitations: one-time links that let someone set a password and join an organization with a role."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import aliased

from fitnesscrm.auth.events import AccountCreated
from fitnesscrm.auth.models import Invitation, User
from fitnesscrm.auth.passwords import hash_password
from fitnesscrm.auth.service import EMAIL_TAKEN, email_taken
from fitnesscrm.core import events, mailer, urls
from fitnesscrm.core.conflicts import flush_or_conflict
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Conflict, Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization


def _now() -> datetime:
    return datetime.now(UTC)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _check(actor: Principal, *, email: str, role: str, trainer_id: int | None, client_id: int | None) -> None:
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
    if email.lower() == actor.email.lower() and role == Role.TRAINER:
        raise Conflict(
            "That is your own email: you do not need an invitation. Use “Coach clients yourself” to link a trainer "
            "profile to your account.",
            code="invite_self",
            fields={"email": ["This is your own account."]},
        )
    if email_taken(email):
        raise EMAIL_TAKEN["uq_users_email_lower"]()


def _queue(invitation: Invitation, *, actor: Principal, token: str) -> bool:
    """Put the invitation's email in the outbox (sent by the worker); whether a mail server is set to send it."""
    from fitnesscrm.notifications import service as notifications

    organization = db.session.get(Organization, invitation.organization_id)
    notifications.queue_email(
        organization_id=invitation.organization_id,
        template="invitation",
        to_address=invitation.email,
        to_name=invitation.email,
        subject=f"You're invited to {organization.name} on FitnessCRM",
        context={
            "inviter": actor.name,
            "role": invitation.role,
            # The emailed link never follows the request's Host header, which the caller chooses.
            "url": urls.public_url(f"/accept-invite?token={token}"),
            "expires_at": invitation.expires_at.isoformat(),
            "timezone": organization.timezone,
        },
        # A fresh link (resend) is a new message; the same link is never queued twice.
        idempotency_key=f"invitation:{invitation.id}:{invitation.token_hash[:16]}",
    )
    return mailer.configured()


def _issued(invitation: Invitation, *, sent: bool, token: str) -> dict:
    return {**_row(invitation), "accept_url": urls.link_for_caller(f"/accept-invite?token={token}"), "email_sent": sent}


def _new_token(invitation: Invitation) -> str:
    token = secrets.token_urlsafe(32)
    invitation.token_hash = _token_hash(token)
    invitation.expires_at = _now() + timedelta(hours=current_app.config["INVITATION_TTL_HOURS"])
    return token


def invite(
    *, actor: Principal, email: str, role: str, trainer_id: int | None = None, client_id: int | None = None
) -> dict:
    """Invite someone to the caller's organization and email the link; the link is returned once, never stored."""
    _check(actor, email=email, role=role, trainer_id=trainer_id, client_id=client_id)
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
    invitation = Invitation(
        organization_id=actor.organization_id,
        email=email,
        role=role,
        trainer_id=trainer_id,
        client_id=client_id,
        invited_by_id=actor.user_id,
    )
    token = _new_token(invitation)
    db.session.add(invitation)
    db.session.flush()
    sent = _queue(invitation, actor=actor, token=token)
    db.session.commit()
    return _issued(invitation, sent=sent, token=token)


def _pending(actor: Principal) -> sa.Select:
    return sa.select(Invitation).where(
        Invitation.organization_id == actor.organization_id,
        Invitation.accepted_at.is_(None),
        Invitation.revoked_at.is_(None),
        Invitation.expires_at > _now(),
    )


def _row(invitation: Invitation, invited_by: str | None = None, profile: str | None = None) -> dict:
    return {
        "id": invitation.id,
        "email": invitation.email,
        "role": invitation.role,
        "trainer_id": invitation.trainer_id,
        "client_id": invitation.client_id,
        "profile_name": profile,
        "invited_by_name": invited_by,
        "expires_at": invitation.expires_at,
        "created_at": invitation.created_at,
    }


def get_all(*, actor: Principal, page: int = 1, per_page: int = 25) -> Page:
    """Pending invitations of the caller's organization, newest first, with who sent them and whom they link."""
    from fitnesscrm.clients.models import Client
    from fitnesscrm.trainers.models import Trainer

    inviter = aliased(User)
    stmt = (
        _pending(actor)
        .outerjoin(inviter, inviter.id == Invitation.invited_by_id)
        .outerjoin(Trainer, Trainer.id == Invitation.trainer_id)
        .outerjoin(Client, Client.id == Invitation.client_id)
        .add_columns(
            sa.func.concat_ws(" ", inviter.first_name, inviter.last_name),
            sa.case(
                (Trainer.id.is_not(None), sa.func.concat_ws(" ", Trainer.first_name, Trainer.last_name)),
                (Client.id.is_not(None), sa.func.concat_ws(" ", Client.first_name, Client.last_name)),
            ),
        )
        .order_by(Invitation.created_at.desc(), Invitation.id.desc())
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [
        _row(invitation, invited_by or None, profile or None) for invitation, invited_by, profile in result.items
    ]
    return result


def _get_pending(actor: Principal, invitation_id: int, *, lock: bool = False) -> Invitation:
    stmt = sa.select(Invitation).where(
        Invitation.id == invitation_id, Invitation.organization_id == actor.organization_id
    )
    invitation = db.session.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()
    if invitation is None or invitation.revoked_at is not None:
        raise NotFound("No such invitation.")
    if invitation.accepted_at is not None:
        raise Conflict("This invitation was already accepted.")
    return invitation


def resend(*, actor: Principal, invitation_id: int) -> dict:
    """Email a pending (or expired) invitation again with a fresh link and expiry; the old link stops working."""
    invitation = _get_pending(actor, invitation_id, lock=True)
    token = _new_token(invitation)
    invitation.invited_by_id = actor.user_id
    sent = _queue(invitation, actor=actor, token=token)
    db.session.commit()
    return _issued(invitation, sent=sent, token=token)


def revoke(*, actor: Principal, invitation_id: int) -> None:
    """Make a pending invitation unusable."""
    invitation = _get_pending(actor, invitation_id, lock=True)
    invitation.revoked_at = _now()
    db.session.commit()


def _usable(token: str, *, lock: bool = False) -> Invitation:
    stmt = sa.select(Invitation).where(Invitation.token_hash == _token_hash(token))
    invitation = db.session.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()
    if invitation is None or invitation.revoked_at is not None:
        raise NotFound("This invitation link is not valid.", code="invitation_invalid")
    if invitation.accepted_at is not None:
        raise Conflict("This invitation was already used.", code="invitation_used")
    if invitation.expires_at <= _now():
        raise Conflict("This invitation has expired; ask for a new one.", code="invitation_expired")
    return invitation


def preview(*, token: str) -> dict:
    """What an invitation offers, for the page where it is accepted."""
    invitation = _usable(token)
    organization = db.session.get(Organization, invitation.organization_id)
    return {
        "email": invitation.email,
        "role": invitation.role,
        "organization_name": organization.name,
        "expires_at": invitation.expires_at,
    }


def accept(*, token: str, password: str, first_name: str, last_name: str) -> User:
    """Create the invited account with its password; the link works once."""
    from fitnesscrm.clients.models import Client
    from fitnesscrm.trainers.models import Trainer

    invitation = _usable(token, lock=True)
    if email_taken(invitation.email):
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
    _record_created(user, invitation)
    db.session.commit()
    return user


def _record_created(user: User, invitation: Invitation) -> None:
    """Record the new account in the caller's transaction; notifications hear it and send the welcome."""
    organization = db.session.get(Organization, user.organization_id)
    events.record(
        AccountCreated(
            organization_id=user.organization_id,
            actor=None,
            user_id=user.id,
            email=user.email,
            first_name=user.first_name,
            full_name=f"{user.first_name} {user.last_name}".strip(),
            timezone=user.timezone or organization.timezone,
            role=invitation.role,
            client_id=invitation.client_id,
            trainer_id=invitation.trainer_id,
        )
    )

"""Turning two-factor sign-in on and off, checking codes, recovery codes and the studio's requirement."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime

import sqlalchemy as sa

from fitnesscrm.auth import passwords, refresh_tokens, sign_in_throttle
from fitnesscrm.auth.models import User
from fitnesscrm.auth.two_factor import second_step, totp
from fitnesscrm.auth.two_factor.events import (
    RecoveryCodesRegenerated,
    RecoveryCodeUsed,
    TwoFactorDisabled,
    TwoFactorEnabled,
    TwoFactorRequirementChanged,
)
from fitnesscrm.auth.two_factor.models import RecoveryCode, TwoFactorCredential, TwoFactorPolicy
from fitnesscrm.core import events
from fitnesscrm.core.crypto import decrypt, encrypt
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Conflict, Unauthorized, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

RECOVERY_CODE_COUNT = 10
STAFF_ROLES = (Role.OWNER.value, Role.ADMIN.value, Role.TRAINER.value)
_RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no 0/o or 1/l to misread
_WRONG_CODE = "That code is not right, or was already used. Enter the newest code from your authenticator app."


def _now() -> datetime:
    return datetime.now(UTC)


def _actor(user: User) -> Principal:
    """The person as the activity log names them, before they hold a session."""
    return Principal(
        user_id=user.id,
        organization_id=user.organization_id,
        role=Role(user.role),
        email=user.email,
        name=user.full_name,
    )


def _codes_left(user_id: int) -> int:
    return db.session.scalar(
        sa.select(sa.func.count()).where(RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))
    )


def _record(event_type, user: User, actor: Principal | None = None, changes: dict | None = None) -> None:
    event = event_type(
        organization_id=user.organization_id,
        actor=actor or _actor(user),
        entity_id=user.id,
        label=user.full_name,
        changes=changes or {},
    )
    events.record(event)


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def _normalise(code: str) -> str:
    return re.sub(r"[\s-]", "", code).lower()


def _credential(user_id: int, *, lock: bool = False) -> TwoFactorCredential | None:
    query = sa.select(TwoFactorCredential).where(TwoFactorCredential.user_id == user_id)
    return db.session.scalars(query.with_for_update() if lock else query).one_or_none()


def is_enabled(user_id: int) -> bool:
    """Whether `user_id` signs in with a second factor."""
    return db.session.execute(
        sa.select(
            sa.exists().where(TwoFactorCredential.user_id == user_id, TwoFactorCredential.confirmed_at.is_not(None))
        )
    ).scalar_one()


def required_for(user: User) -> bool:
    """Whether `user`'s studio requires a second factor of them (staff only; clients are never required)."""
    return user.role in STAFF_ROLES and _studio_requires(user.organization_id)


def _studio_requires(organization_id: int) -> bool:
    policy = sa.select(TwoFactorPolicy.required_for_staff).where(TwoFactorPolicy.organization_id == organization_id)
    return bool(db.session.scalar(policy))


def next_step(user: User) -> str | None:
    """What a right password still lacks: None (sign in), "code", or "setup" (required but not set up)."""
    if is_enabled(user.id):
        return second_step.CODE
    if required_for(user):
        return second_step.SETUP
    return None


def _new_recovery_codes(user_id: int) -> list[str]:
    """Replace the account's recovery codes with ten new ones, returned in clear this once (caller commits)."""
    db.session.execute(sa.delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(16))
        codes.append("-".join(raw[i : i + 4] for i in range(0, 16, 4)))
        db.session.add(RecoveryCode(user_id=user_id, code_hash=_hash(raw)))
    return codes


def get_status(*, actor: Principal) -> dict:
    """Whether the caller uses a second factor, since when, recovery codes left, and whether the studio requires it."""
    user = db.session.get(User, actor.user_id)
    credential = _credential(actor.user_id)
    enabled = credential is not None and credential.confirmed_at is not None
    left = _codes_left(actor.user_id)
    return {
        "enabled": enabled,
        "enabled_at": credential.confirmed_at if enabled else None,
        "recovery_codes_left": left if enabled else 0,
        "required": required_for(user),
    }


def begin_setup(*, user: User) -> dict:
    """A new secret for `user`, pending until a code confirms it: the secret, its otpauth:// URI and a QR code."""
    credential = _credential(user.id, lock=True)
    if credential is not None and credential.confirmed_at is not None:
        db.session.rollback()
        raise Conflict("Two-factor sign-in is already on. Turn it off first to use another authenticator.")
    secret = totp.new_secret()
    if credential is None:
        credential = TwoFactorCredential(user_id=user.id, secret=encrypt(secret))
        db.session.add(credential)
    else:
        credential.secret, credential.last_used_step = encrypt(secret), None
    issuer = db.session.scalar(sa.select(Organization.name).where(Organization.id == user.organization_id))
    uri = totp.provisioning_uri(secret, account=user.email, issuer=f"FitnessCRM ({issuer})")
    db.session.commit()
    return {"secret": secret, "otpauth_uri": uri, "qr_svg": totp.qr_svg(uri)}


def _claim(user: User) -> sign_in_throttle.Subject:
    """Count a code attempt against the account before checking it (wrong codes slow down like passwords)."""
    subject = sign_in_throttle.Subject.second_factor(user.id)
    sign_in_throttle.claim_attempt(subject, second_factor=True)
    return subject


def _spend_totp(credential: TwoFactorCredential, code: str) -> bool:
    """Accept a TOTP code once: its step must be newer than the last one accepted (caller holds the row lock)."""
    if not re.fullmatch(r"\d{6}", code):
        return False
    step = totp.matching_step(decrypt(credential.secret), code, at=_now(), after=credential.last_used_step)
    if step is None:
        return False
    credential.last_used_step = step
    return True


def _spend_recovery_code(user_id: int, code: str) -> bool:
    """Use up an unused recovery code; the row lock makes a code work once even when sent twice at once."""
    used = db.session.execute(
        sa.update(RecoveryCode)
        .where(RecoveryCode.user_id == user_id, RecoveryCode.code_hash == _hash(code), RecoveryCode.used_at.is_(None))
        .values(used_at=_now())
        .returning(RecoveryCode.id)
    ).first()
    return used is not None


def enable(*, user: User, code: str, actor: Principal | None = None) -> list[str]:
    """Confirm the pending secret with a code from the app: two-factor sign-in is on; the ten recovery codes."""
    subject = _claim(user)
    credential = _credential(user.id, lock=True)
    if credential is None:
        db.session.rollback()
        raise Conflict("Start the setup first: scan the QR code, then enter the code it shows.")
    if credential.confirmed_at is not None:
        db.session.rollback()
        raise Conflict("Two-factor sign-in is already on.")
    if not _spend_totp(credential, _normalise(code)):
        db.session.rollback()
        raise ValidationError(_WRONG_CODE, fields={"code": ["Not the current code."]}, code="invalid_code")
    credential.confirmed_at = _now()
    codes = _new_recovery_codes(user.id)
    sign_in_throttle.clear(subject)
    _record(TwoFactorEnabled, user, actor)
    db.session.commit()
    return codes


def verify(*, user: User, code: str) -> None:
    """Check a second-factor code at sign-in: a TOTP code of a step not used yet, or an unused recovery code."""
    subject = _claim(user)
    credential = _credential(user.id, lock=True)
    normalised = _normalise(code)
    if credential is None or credential.confirmed_at is None:
        db.session.rollback()
        raise Unauthorized("Two-factor sign-in is not on for this account; sign in again.", code="second_step_invalid")
    if _spend_totp(credential, normalised):
        pass
    elif len(normalised) == 16 and _spend_recovery_code(user.id, normalised):
        left = _codes_left(user.id)
        changes = {
            "signed_in_with": {"before": None, "after": "A recovery code"},
            "recovery_codes_left": {"before": left + 1, "after": left},
        }
        _record(RecoveryCodeUsed, user, changes=changes)
    else:
        db.session.rollback()
        raise Unauthorized(_WRONG_CODE + " Or use one of your recovery codes.", code="invalid_code")
    sign_in_throttle.clear(subject)
    db.session.commit()


def _check_password_and_code(user: User, *, password: str, code: str) -> None:
    """Both factors again, for changes that would weaken them (the caller holds a session already)."""
    if not passwords.matches(user.password_hash, password):
        db.session.rollback()
        raise ValidationError("The password is incorrect.", fields={"password": ["Incorrect password."]})
    credential = _credential(user.id, lock=True)
    if credential is None or credential.confirmed_at is None:
        db.session.rollback()
        raise Conflict("Two-factor sign-in is not on.")
    normalised = _normalise(code)
    if not (_spend_totp(credential, normalised) or _spend_recovery_code(user.id, normalised)):
        db.session.rollback()
        raise ValidationError(_WRONG_CODE, fields={"code": ["Not the current code."]}, code="invalid_code")


def disable(*, actor: Principal, password: str, code: str) -> None:
    """Turn two-factor sign-in off with the password and a code; refused while the studio requires it."""
    user = db.session.get(User, actor.user_id)
    if required_for(user):
        raise Conflict("Your studio requires two-factor sign-in for staff, so it cannot be turned off.")
    subject = _claim(user)
    _check_password_and_code(user, password=password, code=code)
    db.session.execute(sa.delete(TwoFactorCredential).where(TwoFactorCredential.user_id == user.id))
    db.session.execute(sa.delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    sign_in_throttle.clear(subject)
    _record(TwoFactorDisabled, user, actor)
    db.session.commit()


def regenerate_recovery_codes(*, actor: Principal, password: str, code: str) -> list[str]:
    """Ten new recovery codes, after the password and a code; the old ones stop working."""
    user = db.session.get(User, actor.user_id)
    subject = _claim(user)
    _check_password_and_code(user, password=password, code=code)
    before = _codes_left(user.id)
    codes = _new_recovery_codes(user.id)
    sign_in_throttle.clear(subject)
    changes = {"recovery_codes_left": {"before": before, "after": len(codes)}}
    _record(RecoveryCodesRegenerated, user, actor, changes)
    db.session.commit()
    return codes


def get_requirement(*, actor: Principal) -> dict:
    """Whether the caller's studio requires two-factor sign-in of staff, and which staff still lack it."""
    required = _studio_requires(actor.organization_id)
    enabled = sa.exists().where(TwoFactorCredential.user_id == User.id, TwoFactorCredential.confirmed_at.is_not(None))
    staff = db.session.execute(
        sa.select(User.first_name, User.last_name, enabled)
        .where(User.organization_id == actor.organization_id, User.role.in_(STAFF_ROLES), User.is_active)
        .order_by(User.last_name, User.first_name, User.id)
    ).all()
    return {
        "required_for_staff": required,
        "staff_count": len(staff),
        "staff_without_two_factor": [f"{first} {last}".strip() for first, last, on in staff if not on],
    }


def set_requirement(*, actor: Principal, required_for_staff: bool) -> dict:
    """Require (or stop requiring) a second factor of every staff account; staff without one are signed out."""
    if required_for_staff and not is_enabled(actor.user_id):
        raise Conflict("Turn on two-factor sign-in for your own account before requiring it of your staff.")
    policy = db.session.get(TwoFactorPolicy, actor.organization_id, with_for_update=True)
    before = bool(policy and policy.required_for_staff)
    if policy is None:
        policy = TwoFactorPolicy(organization_id=actor.organization_id)
        db.session.add(policy)
    policy.required_for_staff, policy.updated_by_id = required_for_staff, actor.user_id
    if required_for_staff and not before:
        lacking = sa.select(User.id).where(
            User.organization_id == actor.organization_id,
            User.role.in_(STAFF_ROLES),
            ~sa.exists().where(TwoFactorCredential.user_id == User.id, TwoFactorCredential.confirmed_at.is_not(None)),
        )
        refresh_tokens.revoke_all_of(user_ids=lacking)
    if before != required_for_staff:
        name = db.session.scalar(sa.select(Organization.name).where(Organization.id == actor.organization_id))
        events.record_by(
            actor,
            TwoFactorRequirementChanged,
            entity_id=actor.organization_id,
            label=name,
            changes={"two_factor_required": {"before": before, "after": required_for_staff}},
        )
    db.session.commit()
    return get_requirement(actor=actor)

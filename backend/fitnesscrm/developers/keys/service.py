"""API keys: made by owners and admins, shown once, kept as a hash, checked on every call, revoked at will."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import INET

from fitnesscrm.auth.models import User
from fitnesscrm.core.events import record_by
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import MANAGERS, Principal, Role, scoped
from fitnesscrm.developers.events import ApiKeyCreated, ApiKeyRevoked
from fitnesscrm.developers.keys.scopes import SCOPES
from fitnesscrm.developers.models import ApiKey
from fitnesscrm.errors import NotFound, Unauthorized, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

KEY_PREFIX = "fcrm_"
# Alphabet of the visible prefix: lower-case letters and digits, no look-alikes.
_PREFIX_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
PREFIX_LENGTH = len(KEY_PREFIX) + 8
# A key's last use is written at most this often, so that a busy integration does not write on every call.
LAST_USED_RESOLUTION_SECONDS = 60


def hash_key(key: str) -> str:
    """What is kept of a key: its SHA-256, in hex."""
    return hashlib.sha256(key.encode()).hexdigest()


def new_key() -> tuple[str, str]:
    """(prefix, full key): `fcrm_ab12cd34_<43 characters of secret>`."""
    prefix = KEY_PREFIX + "".join(secrets.choice(_PREFIX_ALPHABET) for _ in range(PREFIX_LENGTH - len(KEY_PREFIX)))
    return prefix, f"{prefix}_{secrets.token_urlsafe(32)}"


def create(*, actor: Principal, name: str, scopes: list[str], expires_at: datetime | None = None) -> tuple[ApiKey, str]:
    """Make a key acting as `actor` with `scopes`; returns it and the key itself, which is never readable again."""
    actor.require(Role.OWNER, Role.ADMIN)
    if actor.api_key_id is not None:
        raise Unauthorized("An API key cannot make other keys; sign in to do this.")
    unknown = sorted(set(scopes) - SCOPES.keys())
    if unknown:
        raise ValidationError("Unknown scopes.", fields={"scopes": [f"Unknown scope: {scope}." for scope in unknown]})
    if not scopes:
        raise ValidationError("Choose at least one scope.", fields={"scopes": ["Choose at least one scope."]})
    if expires_at is not None and expires_at <= db.session.scalar(sa.select(sa.func.now())):
        raise ValidationError("The expiry must be in the future.", fields={"expires_at": ["Must be in the future."]})
    prefix, key = new_key()
    row = ApiKey(
        organization_id=actor.organization_id,
        name=name.strip(),
        prefix=prefix,
        secret_hash=hash_key(key),
        scopes=sorted(set(scopes)),
        created_by_user_id=actor.user_id,
        expires_at=expires_at,
    )
    db.session.add(row)
    db.session.flush()
    record_by(
        actor,
        ApiKeyCreated,
        entity_id=row.id,
        label=row.name,
        changes={"scopes": {"before": None, "after": row.scopes}},
    )
    db.session.commit()
    return _describe([row])[0], key


def get_all(*, actor: Principal, include_revoked: bool = False, page: int = 1, per_page: int = 25) -> Page:
    """The studio's keys, newest first (revoked ones only when asked), each with its maker's name and status."""
    actor.require(Role.OWNER, Role.ADMIN)
    query = scoped(ApiKey, actor).order_by(ApiKey.created_at.desc(), ApiKey.id.desc())
    if not include_revoked:
        query = query.where(ApiKey.revoked_at.is_(None))
    result = paginate(query, page=page, per_page=per_page)
    _describe(result.items)
    return result


def get(*, actor: Principal, key_id: int) -> ApiKey:
    """One of the studio's keys, with its maker's name and status."""
    actor.require(Role.OWNER, Role.ADMIN)
    row = db.session.scalars(scoped(ApiKey, actor).where(ApiKey.id == key_id)).one_or_none()
    if row is None:
        raise NotFound("No such API key.")
    return _describe([row])[0]


def _describe(keys: list[ApiKey]) -> list[ApiKey]:
    """Attach `created_by_name` (one query for all) and `status` (active, expired or revoked) to each key."""
    user_ids = {key.created_by_user_id for key in keys if key.created_by_user_id is not None}
    rows = (
        db.session.execute(sa.select(User.id, User.first_name, User.last_name).where(User.id.in_(user_ids))).all()
        if user_ids
        else []
    )
    names = {user_id: f"{first} {last}".strip() for user_id, first, last in rows}
    now = datetime.now(UTC)
    for key in keys:
        key.created_by_name = names.get(key.created_by_user_id)
        if key.revoked_at is not None:
            key.status = "revoked"
        elif key.expires_at is not None and key.expires_at <= now:
            key.status = "expired"
        else:
            key.status = "active"
    return keys


def revoke(*, actor: Principal, key_id: int) -> ApiKey:
    """Stop a key working from now on (revoking twice changes nothing)."""
    row = get(actor=actor, key_id=key_id)
    if row.revoked_at is None:
        row.revoked_at = sa.func.now()
        record_by(actor, ApiKeyRevoked, entity_id=row.id, label=row.name)
        db.session.commit()
        db.session.refresh(row)
    return _describe([row])[0]


def authenticate(*, key: str, ip_address: str | None) -> Principal:
    """The caller `key` stands for, with its scopes; Unauthorized (saying why) when it is not a working key."""
    # The secret may itself contain "_"; the prefix has a fixed length.
    prefix = key[:PREFIX_LENGTH]
    row = db.session.execute(
        sa.select(ApiKey, User, Organization, sa.func.now())
        .join(Organization, Organization.id == ApiKey.organization_id)
        .outerjoin(User, User.id == ApiKey.created_by_user_id)
        .where(ApiKey.prefix == prefix)
    ).one_or_none()
    if row is None or not hmac.compare_digest(row.ApiKey.secret_hash, hash_key(key)):
        raise Unauthorized("This API key is not valid.", code="api_key_invalid")
    api_key, user, organization, now = row
    if api_key.revoked_at is not None:
        raise Unauthorized("This API key was revoked.", code="api_key_revoked")
    if api_key.expires_at is not None and api_key.expires_at <= now:
        raise Unauthorized("This API key has expired.", code="api_key_expired")
    if (
        user is None
        or not user.is_active
        or user.role not in MANAGERS
        or user.organization_id != api_key.organization_id
    ):
        raise Unauthorized(
            "The person who made this API key no longer manages the studio; an owner or admin must make a new one.",
            code="api_key_orphaned",
        )
    _note_use(api_key, ip_address, now)
    return Principal(
        user_id=user.id,
        organization_id=api_key.organization_id,
        role=Role(user.role),
        email=user.email,
        name=f"{user.full_name} (API key “{api_key.name}”)",
        country=organization.country,
        timezone=organization.timezone,
        weight_unit=organization.weight_unit,
        length_unit=organization.length_unit,
        api_key_id=api_key.id,
        scopes=frozenset(api_key.scopes),
    )


def _note_use(api_key: ApiKey, ip_address: str | None, now: datetime) -> None:
    """Record when and from where the key was last used, at most once a minute per key and address."""
    # Most calls come from where the row already says, within the minute: no statement for them at all.
    if (
        api_key.last_used_at is not None
        and now - api_key.last_used_at < timedelta(seconds=LAST_USED_RESOLUTION_SECONDS)
        and api_key.last_used_ip is not None
        and str(api_key.last_used_ip) == ip_address
    ):
        return
    changed = db.session.execute(
        sa.update(ApiKey)
        .where(
            ApiKey.id == api_key.id,
            sa.or_(
                ApiKey.last_used_at.is_(None),
                ApiKey.last_used_at < sa.func.now() - sa.text(f"interval '{LAST_USED_RESOLUTION_SECONDS} seconds'"),
                ApiKey.last_used_ip.is_distinct_from(sa.cast(ip_address, INET)),
            ),
        )
        .values(last_used_at=sa.func.now(), last_used_ip=ip_address)
        .execution_options(synchronize_session=False)
    ).rowcount
    if changed:
        # Its own commit: a read-only call never commits, and a failed one rolls back, yet both used the key.
        db.session.commit()

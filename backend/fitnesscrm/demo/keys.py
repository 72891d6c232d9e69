"""The demo studio's API keys: Zapier (clients and sessions, used this morning), the website's sign-up form
(clients only, expiring in three months, used yesterday) and an old accounting export, revoked.

The keys themselves are drawn and dropped: nobody can call with them, as with any key whose maker did not
copy it when it was shown.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from fitnesscrm.core.tenancy import Principal
from fitnesscrm.developers.keys.service import hash_key, new_key
from fitnesscrm.developers.models import ApiKey
from fitnesscrm.extensions import db

# (name, scopes, days since made, days until expiry or None, hours since last use or None, revoked days ago or None)
KEYS = (
    ("Zapier", ["clients:write", "sessions:read"], 60, None, 3, None),
    ("Website sign-up form", ["clients:write"], 20, 90, 26, None),
    ("Accounting export", ["invoices:read", "payments:read"], 200, None, 24 * 45, 40),
)


def add(*, now: datetime, owner: Principal) -> int:
    """Add the studio's keys, made by its owner; returns how many."""
    for name, scopes, made_days, expires_days, used_hours, revoked_days in KEYS:
        prefix, key = new_key()
        db.session.add(
            ApiKey(
                organization_id=owner.organization_id,
                name=name,
                prefix=prefix,
                secret_hash=hash_key(key),
                scopes=scopes,
                created_by_user_id=owner.user_id,
                created_at=now - timedelta(days=made_days),
                expires_at=now + timedelta(days=expires_days) if expires_days else None,
                last_used_at=now - timedelta(hours=used_hours) if used_hours else None,
                last_used_ip="203.0.113.24" if used_hours else None,
                revoked_at=now - timedelta(days=revoked_days) if revoked_days else None,
            )
        )
    db.session.flush()
    return len(KEYS)

"""Reading and changing the caller's organization."""

from __future__ import annotations

from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization


def get(*, actor: Principal) -> Organization:
    """The caller's organization."""
    return db.session.get(Organization, actor.organization_id)


def update(
    *, actor: Principal, name: str | None = None, timezone: str | None = None, country: str | None = None
) -> Organization:
    """Rename the organization or change its time zone or country."""
    organization = get(actor=actor)
    if name:
        organization.name = name
    if timezone:
        organization.timezone = timezone
    if country:
        organization.country = country
    db.session.commit()
    return organization

"""Reading and changing the caller's organization."""

from __future__ import annotations

from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization


def get(*, actor: Principal) -> Organization:
    """The caller's organization."""
    return db.session.get(Organization, actor.organization_id)


def update(
    *,
    actor: Principal,
    name: str | None = None,
    timezone: str | None = None,
    country: str | None = None,
    weight_unit: str | None = None,
    length_unit: str | None = None,
) -> Organization:
    """Rename the organization or change its time zone, country or default units."""
    organization = get(actor=actor)
    if name:
        organization.name = name
    if timezone:
        organization.timezone = timezone
    if country:
        organization.country = country
    if weight_unit:
        organization.weight_unit = weight_unit
    if length_unit:
        organization.length_unit = length_unit
    db.session.commit()
    return organization

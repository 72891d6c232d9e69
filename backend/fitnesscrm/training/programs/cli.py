"""`flask programs ...`: give an existing studio the starter templates."""

from __future__ import annotations

import click
import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.training.programs import starters

programs = click.Group("programs", help="Program templates.")


@programs.command("starters")
@click.option("--organization", "organization_id", type=int, required=True, help="The studio's id.")
def add_starters(organization_id: int) -> None:
    """Add the starter templates a studio does not have yet (matched by name); running it again adds nothing."""
    if db.session.execute(sa.select(Organization.id).where(Organization.id == organization_id)).first() is None:
        raise click.ClickException(f"No organization {organization_id}.")
    added = starters.add_to(organization_id=organization_id)
    db.session.commit()
    if added:
        click.echo(f"Added {len(added)} starter template{'s' if len(added) > 1 else ''}: {', '.join(added)}.")
    else:
        click.echo("The studio already has every starter template the library can provide; nothing added.")

"""`flask push ...`: the VAPID key pair."""

from __future__ import annotations

import click
from flask import current_app

from fitnesscrm.extensions import db
from fitnesscrm.notifications.push import keys


@click.group("push")
def push_commands() -> None:
    """Web Push: the key pair pushes are signed with."""


@push_commands.command("generate-vapid-keys")
@click.option("--replace", is_flag=True, help="Replace a stored pair; every device must turn notifications on again.")
def generate_vapid_keys(replace: bool) -> None:
    """Store the VAPID key pair in the database (made on first use otherwise) and print it for a production .env."""
    if current_app.config["VAPID_PRIVATE_KEY"]:
        raise click.ClickException("VAPID_PRIVATE_KEY is set: the environment's pair is in use, not the database's.")
    if replace:
        pair, orphaned = keys.replace()
        click.echo(f"Stored a new key pair; {orphaned} device subscription{'' if orphaned == 1 else 's'} removed.")
    else:
        pair = keys.current()
        db.session.commit()
        click.echo("The database holds this key pair (use --replace for a new one).")
    click.echo("To keep it in the environment instead (production), set:")
    click.echo(f"VAPID_PRIVATE_KEY={pair.private_key}")
    click.echo(f"VAPID_PUBLIC_KEY={pair.public_key}")

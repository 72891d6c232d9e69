"""`flask privacy erase-expired`: what the daily retention job does, run by hand."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from fitnesscrm.privacy import service

privacy_commands = AppGroup("privacy", help="Privacy: retention of archived clients.")


@privacy_commands.command("erase-expired")
def erase_expired() -> None:
    """Erase archived clients kept longer than their studio's retention setting."""
    erased = service.erase_expired()
    click.echo(f"Erased {erased} archived client{'' if erased == 1 else 's'} past their studio's retention.")

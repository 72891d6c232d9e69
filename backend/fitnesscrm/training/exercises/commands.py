"""`flask exercises seed` and `flask exercises import`: the built-in library and imports into a library."""

from __future__ import annotations

import click

from fitnesscrm.errors import AppError
from fitnesscrm.training.exercises import builtin, imports
from fitnesscrm.training.exercises.library_sync import Report


def _echo(report: Report) -> None:
    for line in report.refused:
        click.echo(f"  {line}")
    click.echo(report.summary())


@click.group("exercises")
def exercises() -> None:
    """The exercise library: seed the built-in exercises, import others."""


@exercises.command("seed")
def seed() -> None:
    """Create or update the built-in exercises (idempotent: a second run reports them all unchanged)."""
    click.echo("Built-in exercises: " + builtin.seed().summary())


@exercises.command("import")
@click.argument("location", metavar="PATH_OR_URL")
@click.option("--format", "file_format", type=click.Choice(imports.FORMATS), required=True, help="The file's format.")
@click.option(
    "--organization",
    "organization_id",
    type=click.IntRange(min=1),
    help="Import into this studio's own library (by its id); without it, into the built-in library every studio sees.",
)
def import_exercises(location: str, file_format: str, organization_id: int | None) -> None:
    """Import exercises from a file or an http(s) URL; re-importing updates them, never duplicates them."""
    try:
        report = imports.run(location=location, file_format=file_format, organization_id=organization_id)
    except AppError as error:
        raise click.ClickException(error.message) from None
    _echo(report)

"""Flask CLI commands (demo data, maintenance, the job worker) and the periodic jobs that share their work."""

from __future__ import annotations

import click
from flask import Flask

from fitnesscrm.auth import service as auth
from fitnesscrm.billing.stripe.cli import billing_commands
from fitnesscrm.core import crypto, date_repair, jobs
from fitnesscrm.demo import content
from fitnesscrm.demo import service as demo
from fitnesscrm.errors import AppError
from fitnesscrm.notifications.push.cli import push_commands
from fitnesscrm.privacy.cli import privacy_commands
from fitnesscrm.scheduling import series
from fitnesscrm.training.exercises.commands import exercises
from fitnesscrm.training.programs.cli import programs


@click.command("demo-data")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database already holds an organization.")
def demo_data(if_empty: bool) -> None:
    """Create the demo studio "Iron & Oak Fitness" with its logins, trainers, clients and activity."""
    if if_empty and demo.any_organization_exists():
        click.echo("The database already holds an organization; no demo data added.")
        return
    try:
        studio = demo.load()
    except AppError as error:
        raise click.ClickException(error.message) from None
    click.echo(
        f"Created {content.ORGANIZATION_NAME}: {studio.trainers} trainers, {studio.clients} clients, "
        f"{studio.assignments} assignments, {studio.sessions} sessions, {studio.activity_entries} activity entries."
    )
    click.echo(f"Demo logins (password for all: {content.PASSWORD}):")
    for role, email in studio.logins:
        click.echo(f"  {role:<8} {email}")


@click.command("prune-revoked-tokens")
def prune_revoked_tokens() -> None:
    """Delete tokens, emailed links and sign-in throttles that have expired anyway; nothing checks them any more."""
    deleted = auth.prune_expired_records()
    click.echo(f"Deleted {deleted} expired token record{'' if deleted == 1 else 's'}.")


# The worker defers these itself (UTC times), so nothing else needs scheduling; the commands stay for
# a run by hand.
@jobs.periodic(cron="17 3 * * *", name="prune-expired-tokens")
def prune_expired_tokens_daily(timestamp: int) -> None:
    """Delete expired tokens, emailed links and sign-in throttles, as `flask prune-revoked-tokens` does."""
    auth.prune_expired_records()


@click.command("extend-series")
def extend_series() -> None:
    """Materialise running recurring series a year ahead; the worker does it daily (extend-series job)."""
    extended = series.extend_due()
    click.echo(f"Extended {extended} series.")


@jobs.periodic(cron="7 2 * * *", name="extend-series")
def extend_series_daily(timestamp: int) -> None:
    """Keep running recurring series a year ahead, as `flask extend-series` does."""
    series.extend_due()


@click.command("worker")
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    envvar="JOBS_CONCURRENCY",
    default=jobs.worker.DEFAULT_CONCURRENCY,
    show_default=True,
    help="Jobs run at once, each in a thread of its own (JOBS_CONCURRENCY).",
)
@click.option("--queue", "queues", multiple=True, help="Run only this queue's jobs (repeatable); default all.")
def worker(concurrency: int, queues: tuple[str, ...]) -> None:
    """Run background jobs until SIGINT or SIGTERM, which let running jobs finish first."""
    jobs.run_worker(concurrency=concurrency, queues=queues or None)


@click.group("jobs")
def jobs_commands() -> None:
    """Background jobs, outside the long-running worker."""


@jobs_commands.command("run-once")
@click.option("--queue", "queues", multiple=True, help="Run only this queue's jobs (repeatable); default all.")
def run_once(queues: tuple[str, ...]) -> None:
    """Run every job that is ready now, one at a time, then exit."""
    jobs.run_until_idle(queues=list(queues) or None)


@click.command("repair-dates")
@click.option("--dry-run", is_flag=True, help="Report what would change, and change nothing.")
def repair_dates(dry_run: bool) -> None:
    """Clear or delete dates outside 1900-2200 saved before the API refused them; one transaction."""
    repairs = date_repair.repair(dry_run=dry_run)
    if not repairs:
        click.echo("Every date is within 1900-2200; nothing to repair.")
        return
    click.echo("Dry run, nothing saved:" if dry_run else "Repaired in one transaction:")
    for done in repairs:
        click.echo(f"  {done}")


@click.group("crypto")
def crypto_commands() -> None:
    """Values stored encrypted with DATA_ENCRYPTION_KEY: secrets, coach notes, health free text."""


@crypto_commands.command("rotate")
@click.option("--batch", default=crypto.ROTATION_BATCH, show_default=True, help="Rows per committed batch.")
def rotate_encrypted(batch: int) -> None:
    """Re-encrypt stored values with DATA_ENCRYPTION_KEY; run after moving the old key to DATA_ENCRYPTION_OLD_KEYS.

    Batches are committed as they go and values already under the new key are skipped, so an
    interrupted run continues where it stopped when run again.
    """
    try:
        rotated = crypto.rotate_all(batch=batch)
    except crypto.DecryptionError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Re-encrypted {rotated} stored value{'' if rotated == 1 else 's'} with the current key.")
    click.echo("Every value now opens with DATA_ENCRYPTION_KEY alone: DATA_ENCRYPTION_OLD_KEYS can be emptied.")


@crypto_commands.command("check")
def check_encryption_keys() -> None:
    """Check that the configured keys open the stored encrypted values (run before starting the app)."""
    try:
        checked = crypto.check_keys()
    except crypto.DecryptionError as error:
        raise click.ClickException(str(error)) from None
    total = sum(checked.values())
    click.echo(f"The configured keys open every value sampled ({total} in {len(checked)} columns).")


def register(app: Flask) -> None:
    """Attach the app's commands to `flask`."""
    app.cli.add_command(demo_data)
    app.cli.add_command(prune_revoked_tokens)
    app.cli.add_command(extend_series)
    app.cli.add_command(repair_dates)
    app.cli.add_command(worker)
    app.cli.add_command(jobs_commands)
    app.cli.add_command(exercises)
    app.cli.add_command(programs)
    app.cli.add_command(push_commands)
    app.cli.add_command(privacy_commands)
    app.cli.add_command(crypto_commands)
    app.cli.add_command(billing_commands)

"""`flask billing reconcile`: our Stripe payments and refunds against Stripe's, differences as sentences."""

from __future__ import annotations

from datetime import date

import click
from flask.cli import AppGroup

from fitnesscrm.billing.stripe import reconcile as reconciling
from fitnesscrm.billing.stripe.gateway import StripeError

billing_commands = AppGroup("billing", help="Billing: reconciling with Stripe.")


@billing_commands.command("reconcile")
@click.option("--from", "first_day", required=True, type=click.DateTime(["%Y-%m-%d"]), help="First day, YYYY-MM-DD.")
@click.option("--to", "last_day", required=True, type=click.DateTime(["%Y-%m-%d"]), help="Last day, YYYY-MM-DD.")
@click.option("--organization", "organization_id", type=int, help="One studio (default: every studio using Stripe).")
def reconcile(first_day, last_day, organization_id: int | None) -> None:
    """Compare payments and refunds with Stripe's for these days (studio time); exit status 1 on any difference."""
    first, last = first_day.date(), last_day.date()
    if last < first:
        raise click.BadParameter("--to is before --from.")
    studios = reconciling.organizations_with_stripe(organization_id)
    if not studios:
        click.echo("No studio has connected a Stripe account." if organization_id is None else
                   "This studio has not connected a Stripe account.")  # fmt: skip
        raise SystemExit(0 if organization_id is None else 1)
    found = False
    for studio in studios:
        found = _report(studio, first, last) or found
    raise SystemExit(1 if found else 0)


def _report(organization_id: int, first: date, last: date) -> bool:
    try:
        report = reconciling.reconcile(organization_id=organization_id, first_day=first, last_day=last)
    except StripeError as error:
        click.echo(f"Studio {organization_id}: {error.message}", err=True)
        return True
    click.echo(report.heading())
    for difference in report.differences:
        click.echo(f"  - {difference}")
    return bool(report.differences)

"""How a report's periods and amounts read: "Mon 2 Mar 2026", "Week of 2 Mar 2026", "March 2026", 12.50."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from fitnesscrm.billing.money import exponent

PRODUCT_KINDS = {"pack": "Session pack", "membership": "Membership", "drop_in": "Drop-in", "item": "Item"}


def period_label(period: date, group: str) -> str:
    if group == "month":
        return f"{period:%B %Y}"
    if group == "week":
        return f"Week of {period.day} {period:%b %Y}"
    return f"{period:%a} {period.day} {period:%b %Y}"


def day_label(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def major_units(amount: int, currency: str) -> Decimal:
    """1250 cents -> Decimal("12.50"): how a spreadsheet should read an amount."""
    return Decimal(amount).scaleb(-exponent(currency))

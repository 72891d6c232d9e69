"""How a payment was made, as people read it: one vocabulary for receipts, the activity log and reports."""

from __future__ import annotations

NAMES = {
    "cash": "Cash",
    "bank_transfer": "Bank transfer",
    "card_terminal": "Card terminal",
    "stripe": "Card online",
    "other": "Other",
}
# "We received $12.00 in cash", "$12.00 by bank transfer for INV-…"; "other" says nothing rather than "by other".
_HOW = {
    "cash": "in cash",
    "bank_transfer": "by bank transfer",
    "card_terminal": "by card terminal",
    "stripe": "by card online",
    "other": "",
}


def name(method: str) -> str:
    """ "Bank transfer"."""
    return NAMES.get(method, method)


def how_paid(method: str) -> str:
    """ "by bank transfer", "in cash", or "" when the method says nothing."""
    return _HOW.get(method, "")

"""Every amount of money is computed here: line and invoice totals, discounts, tax, and how amounts read.

Amounts are integers in minor units of one ISO 4217 currency. Rounding is half away from zero,
done once per line, so an invoice's total is always the sum of its lines' totals and the tax
shown on each line adds up to the tax shown on the invoice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

# ISO 4217 currencies whose minor unit is not a hundredth.
_EXPONENTS = {
    **dict.fromkeys(("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV",
                     "XAF", "XOF", "XPF"), 0),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
}  # fmt: skip
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "JPY": "¥", "INR": "₹"}


def exponent(currency: str) -> int:
    """How many decimal places the currency's minor unit has (2 for USD, 0 for JPY)."""
    return _EXPONENTS.get(currency.upper(), 2)


def divide(numerator: int, denominator: int) -> int:
    """Integer division rounded half away from zero, as accountants round."""
    quotient, remainder = divmod(abs(numerator), denominator)
    if remainder * 2 >= denominator:
        quotient += 1
    return quotient if numerator >= 0 else -quotient


def format_money(amount: int, currency: str) -> str:
    """`1250, "USD"` -> `$12.50`; `-500, "EUR"` -> `-€5.00`; currencies without a symbol read `12.50 CHF`."""
    places = exponent(currency)
    sign = "-" if amount < 0 else ""
    whole, fraction = divmod(abs(amount), 10**places)
    digits = f"{whole:,}" + (f".{fraction:0{places}d}" if places else "")
    symbol = _SYMBOLS.get(currency.upper())
    return f"{sign}{symbol}{digits}" if symbol else f"{sign}{digits} {currency.upper()}"


class PricedLine(Protocol):
    """What a line needs for its totals; `InvoiceLine` is one."""

    quantity: int
    unit_price: int
    discount: int
    tax_basis_points: int
    tax_inclusive: bool
    net: int
    tax: int
    total: int


@dataclass(frozen=True)
class LineTotals:
    gross: int
    discount: int
    net: int
    tax: int
    total: int


def line_totals(
    *, quantity: int, unit_price: int, discount: int = 0, tax_basis_points: int = 0, tax_inclusive: bool = False
) -> LineTotals:
    """One line: quantity x price, less its discount, with tax inside (inclusive) or on top (exclusive)."""
    gross = quantity * unit_price
    taxable = gross - discount
    if tax_inclusive:
        tax = divide(taxable * tax_basis_points, 10_000 + tax_basis_points)
        return LineTotals(gross=gross, discount=discount, net=taxable - tax, tax=tax, total=taxable)
    tax = divide(taxable * tax_basis_points, 10_000)
    return LineTotals(gross=gross, discount=discount, net=taxable, tax=tax, total=taxable + tax)


def discount_amount(*, gross: int, basis_points: int | None = None, amount: int | None = None) -> int:
    """A percent or fixed discount on `gross`, never more than `gross` (a price does not go below zero)."""
    if basis_points is not None:
        return min(gross, divide(gross * basis_points, 10_000))
    return min(gross, amount or 0)


def spread(total: int, weights: Sequence[int]) -> list[int]:
    """Split `total` across `weights` in proportion, the rounding remainder to the largest shares first.

    An invoice-wide discount is spread over its lines this way before tax, so each line's tax is on
    what the client actually pays for it and the parts add up to exactly `total`.
    """
    whole = sum(weights)
    if whole <= 0 or total == 0:
        return [0] * len(weights)
    shares = [total * weight // whole for weight in weights]
    leftover = total - sum(shares)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for i in by_remainder[:leftover]:
        shares[i] += 1
    return shares


@dataclass(frozen=True)
class InvoiceTotals:
    subtotal: int
    discount_total: int
    tax_total: int
    total: int


def apply_totals(lines: Sequence[PricedLine]) -> InvoiceTotals:
    """Write each line's net, tax and total, and return the invoice's totals: the one place they are summed."""
    subtotal = discount_total = tax_total = total = 0
    for line in lines:
        totals = line_totals(
            quantity=line.quantity, unit_price=line.unit_price, discount=line.discount,
            tax_basis_points=line.tax_basis_points, tax_inclusive=line.tax_inclusive,
        )  # fmt: skip
        line.net, line.tax, line.total = totals.net, totals.tax, totals.total
        subtotal += totals.gross
        discount_total += totals.discount
        tax_total += totals.tax
        total += totals.total
    return InvoiceTotals(subtotal=subtotal, discount_total=discount_total, tax_total=tax_total, total=total)

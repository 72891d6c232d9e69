"""What happens to money, as domain events: the activity log keeps every one of them.

Labels and `changes` carry amounts as people read them (`$12.50`), names rather than ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class BillingSettingsChanged(RecordChanged):
    entity_type = "organization"
    action = "update"


@dataclass(frozen=True, kw_only=True)
class CatalogueEvent(RecordChanged):
    """A product, tax rate or discount added, changed or archived; `entity_type` says which."""

    entity_type = "product"


@dataclass(frozen=True, kw_only=True)
class ProductAdded(CatalogueEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class ProductChanged(CatalogueEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class TaxRateEvent(RecordChanged):
    entity_type = "tax_rate"
    action = "update"


@dataclass(frozen=True, kw_only=True)
class DiscountEvent(RecordChanged):
    entity_type = "discount"
    action = "update"


@dataclass(frozen=True, kw_only=True)
class InvoiceEvent(RecordChanged):
    entity_type = "invoice"
    client_id: int


@dataclass(frozen=True, kw_only=True)
class InvoiceCreated(InvoiceEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class InvoiceChanged(InvoiceEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class InvoiceFinalised(InvoiceEvent):
    """A draft took its number and is now owed (status open)."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class InvoicePaid(InvoiceEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class InvoiceVoided(InvoiceEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class PaymentEvent(RecordChanged):
    entity_type = "payment"
    client_id: int
    invoice_id: int
    amount: int
    currency: str


@dataclass(frozen=True, kw_only=True)
class PaymentRecorded(PaymentEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class PaymentFailed(PaymentEvent):
    action = "create"
    reason: str


@dataclass(frozen=True, kw_only=True)
class PaymentRefunded(PaymentEvent):
    action = "update"
    reason: str


@dataclass(frozen=True, kw_only=True)
class CreditsEvent(RecordChanged):
    """Credits granted, adjusted or expired; `entity_id` is the client's, so they file under the client."""

    entity_type = "client"
    action = "update"


@dataclass(frozen=True, kw_only=True)
class CreditsGranted(CreditsEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class CreditsAdjusted(CreditsEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class CreditsExpired(CreditsEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class MembershipEvent(RecordChanged):
    entity_type = "membership"
    client_id: int


@dataclass(frozen=True, kw_only=True)
class MembershipStarted(MembershipEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class MembershipRenewed(MembershipEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class MembershipChanged(MembershipEvent):
    """Cancelled, notice given, paused, resumed, past due: `changes` says which."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class ProductDeleted(CatalogueEvent):
    """A product nobody bought yet, deleted (one that was sold is archived instead: `ProductChanged`)."""

    action = "delete"


@dataclass(frozen=True, kw_only=True)
class TaxRateAdded(TaxRateEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class TaxRateDeleted(TaxRateEvent):
    action = "delete"


@dataclass(frozen=True, kw_only=True)
class DiscountAdded(DiscountEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class DiscountDeleted(DiscountEvent):
    action = "delete"


@dataclass(frozen=True, kw_only=True)
class CreditNoteIssued(InvoiceEvent):
    """A credit note issued against an invoice; `entity_id` is the credit note's, `changes` name the invoice."""

    action = "create"


@dataclass(frozen=True, kw_only=True)
class InvoiceDeleted(InvoiceEvent):
    """A draft deleted (finalised invoices are voided, never deleted)."""

    action = "delete"


@dataclass(frozen=True, kw_only=True)
class CardsChanged(RecordChanged):
    """A client's saved card added, removed or made the default (Stripe); `entity_id` is the client's."""

    entity_type = "client"
    action = "update"

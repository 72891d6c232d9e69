"""Invoices, credit notes, payments, refunds and sales.

Owners and admins write money; trainers read the invoices and payments of the clients they
coach; a client reads their own finalised invoices and payments and downloads their PDFs.
"""

from __future__ import annotations

from flask import Response
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.billing.invoices import credit_notes, payments, pdf, sales, schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import Role

blp = Blueprint("billing_invoices", __name__, url_prefix="/api/billing", description="Billing: invoices and payments")
sales_blp = Blueprint("billing_sales", __name__, url_prefix="/api/clients", description="Billing: selling products")

STAFF = (Role.OWNER, Role.ADMIN, Role.TRAINER)
MANAGERS = (Role.OWNER, Role.ADMIN)
PDF = "application/pdf"


@blp.route("/invoices")
class Invoices(MethodView):
    @requires()
    @blp.arguments(schemas.InvoiceQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.InvoiceSchema))
    def get(self, args):
        """List invoices, drafts and the newest first (trainers: their clients'; clients: their own, no drafts)."""
        return service.get_all(actor=current_principal(), **args)

    @requires(*MANAGERS)
    @blp.arguments(schemas.InvoiceCreateSchema)
    @blp.response(201, schemas.InvoiceDetailSchema)
    def post(self, args):
        """Write an invoice by hand, as a draft or finalised at once (owner, admin)."""
        return service.create(actor=current_principal(), **args)


@blp.route("/invoices/overdue")
@requires(*STAFF)
@blp.arguments(schemas.OverdueQuerySchema, location="query")
@blp.response(200, page_schema(schemas.OverdueInvoiceSchema))
def overdue_invoices(args):
    """Open invoices past their due date, the longest overdue first, with their age in days (staff)."""
    return service.overdue(actor=current_principal(), **args)


@blp.route("/invoices/<int:invoice_id>")
class InvoiceById(MethodView):
    @requires()
    @blp.response(200, schemas.InvoiceDetailSchema)
    def get(self, invoice_id):
        """One invoice or credit note with its lines."""
        return service.get(actor=current_principal(), invoice_id=invoice_id)

    @requires(*MANAGERS)
    @blp.arguments(schemas.InvoiceUpdateSchema)
    @blp.response(200, schemas.InvoiceDetailSchema)
    def patch(self, args, invoice_id):
        """Edit a draft (owner, admin); a finalised invoice is voided or credited instead."""
        return service.update(actor=current_principal(), invoice_id=invoice_id, **args)

    @requires(*MANAGERS)
    @blp.response(204)
    def delete(self, invoice_id):
        """Delete a draft (owner, admin)."""
        service.delete(actor=current_principal(), invoice_id=invoice_id)


@blp.route("/invoices/<int:invoice_id>/finalise", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.InvoiceDetailSchema)
def finalise_invoice(invoice_id):
    """Finalise a draft: it takes the next number and is owed (owner, admin)."""
    return service.finalise(actor=current_principal(), invoice_id=invoice_id)


@blp.route("/invoices/<int:invoice_id>/void", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.InvoiceDetailSchema)
def void_invoice(invoice_id):
    """Void a finalised invoice nothing was paid on (owner, admin)."""
    return service.void(actor=current_principal(), invoice_id=invoice_id)


@blp.route("/invoices/<int:invoice_id>/uncollectible", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.InvoiceDetailSchema)
def write_off_invoice(invoice_id):
    """Write an open invoice off as uncollectible (owner, admin)."""
    return service.mark_uncollectible(actor=current_principal(), invoice_id=invoice_id)


@blp.route("/invoices/<int:invoice_id>/credit-notes", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.CreditNoteCreateSchema)
@blp.response(201, schemas.InvoiceDetailSchema)
def credit_invoice(args, invoice_id):
    """Issue a credit note against a finalised invoice, whole or by amounts per line (owner, admin)."""
    note = credit_notes.issue_credit_note(actor=current_principal(), invoice_id=invoice_id, **args)
    return service.get(actor=current_principal(), invoice_id=note.id)


@blp.route("/invoices/<int:invoice_id>/pdf")
@requires()
@blp.response(200, content_type=PDF)
def invoice_pdf(invoice_id):
    """Download the invoice as a PDF (staff; a client their own finalised invoices)."""
    name, body = pdf.download(actor=current_principal(), invoice_id=invoice_id)
    response = Response(body, content_type=PDF)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "private, no-store"
    return response


@blp.route("/invoices/<int:invoice_id>/payments", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.PaymentCreateSchema)
@blp.response(201, schemas.PaymentSchema)
def record_invoice_payment(args, invoice_id):
    """Record a payment by cash, bank transfer, card terminal or other (owner, admin); 409 above what is due."""
    return payments.record_by_staff(actor=current_principal(), invoice_id=invoice_id, **args)


@blp.route("/payments")
@requires()
@blp.arguments(schemas.PaymentQuerySchema, location="query")
@blp.response(200, page_schema(schemas.PaymentSchema))
def list_payments(args):
    """List payments, the latest first (trainers: their clients'; clients: their own)."""
    return payments.get_all(actor=current_principal(), **args)


@blp.route("/payments/<int:payment_id>/refunds", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.RefundCreateSchema)
@blp.response(201, schemas.RefundSchema)
def refund_payment(args, payment_id):
    """Give back part or all of a payment, with a reason (owner, admin); Stripe payments at Stripe first."""
    return payments.refund(actor=current_principal(), payment_id=payment_id, **args)


@sales_blp.route("/<int:client_id>/sales", methods=["POST"])
@requires(*MANAGERS)
@sales_blp.arguments(schemas.SaleCreateSchema)
@sales_blp.response(201, schemas.SaleSchema)
def sell_product(args, client_id):
    """Sell a product to a client: a pack grants credits, a membership starts (owner, admin)."""
    return sales.sell(actor=current_principal(), client_id=client_id, **args)

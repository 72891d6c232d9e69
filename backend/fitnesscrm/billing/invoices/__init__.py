"""Invoices, credit notes, payments, refunds and sales."""

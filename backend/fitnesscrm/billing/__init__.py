"""Billing: what a studio sells, the session credits it grants, invoices, payments, Stripe, dunning and revenue."""

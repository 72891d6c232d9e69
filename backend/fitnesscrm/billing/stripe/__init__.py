"""Stripe: customers, saved cards, invoice payments, memberships as subscriptions, refunds, webhooks, reconciling."""

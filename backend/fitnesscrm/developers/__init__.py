"""Developers: the API keys third parties call /api/v2 and the automation endpoint with, and outgoing webhooks."""

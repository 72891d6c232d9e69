"""Outgoing webhooks: endpoints, the events sent to them, each delivery's tries (docs/developers/webhooks.md)."""

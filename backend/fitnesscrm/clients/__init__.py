"""Clients: the people an organization coaches."""

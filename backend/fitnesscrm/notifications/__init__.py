"""Notifications: the outbox every message leaves through (email now; SMS and push later), and preferences."""

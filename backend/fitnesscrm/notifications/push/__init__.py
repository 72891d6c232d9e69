"""Web Push: each signed-in device's subscription, the studio's VAPID keys, and the outbox's "push" channel.

A person's devices subscribe through the SPA (`POST /api/push/subscriptions`); chat messages and
session reminders become one outbox row per person, fanned out to every device they have at send
time (push/sender.py). See docs/notifications.md, "Push notifications".
"""

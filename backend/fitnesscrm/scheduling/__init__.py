"""Scheduling: sessions and recurring series, availability, attendance, reminders and calendar feeds."""

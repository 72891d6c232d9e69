"""Logging workouts: today's workout for a phone, offline sync of logged sets, and a client's history."""

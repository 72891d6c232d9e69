"""Trainers: the coaches of an organization."""

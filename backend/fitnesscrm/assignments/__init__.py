"""Assignments: which trainers coach which clients, with the history kept."""

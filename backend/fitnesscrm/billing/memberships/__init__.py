"""Memberships: recurring plans with periods, renewals, notice and minimum term, pause/resume and dunning."""

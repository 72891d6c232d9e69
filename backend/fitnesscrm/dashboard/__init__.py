"""Dashboard: counts and recent activity for the caller's scope."""

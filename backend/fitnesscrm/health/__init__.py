"""Health: liveness (the process answers), readiness (its database, schema and Redis are usable)."""

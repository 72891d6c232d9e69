"""The FitnessCRM public API, version 2: what third-party developers build on.

Versioned apart from the SPA's `/api`, which may change with every release; `/api/v2` changes only
by adding. Its own document is at `/api/v2/openapi.json`, its reference at `/api/v2/docs`.

**Authentication.** Every call sends an API key that an owner or admin made under Settings →
Developers: `Authorization: Bearer fcrm_…`. A key acts for its studio, as the person who made it,
and only within its scopes (`clients:read`, `sessions:write`, …; `write` includes `read`). A missing,
wrong, expired or revoked key is a 401; a key without the scope an operation needs is a 403.

**Shapes.** Fields are `snake_case`; times are RFC 3339 in UTC; money is an integer number of the
currency's minor units with its ISO 4217 code. Only documented fields are sent, and a body with a
field the operation does not know is refused (422).

**Lists** are pages of at most `limit` (1–100, default 25) items in ascending id order:
`{"object": "list", "data": [...], "has_more": true, "next_starting_after": 123}`. Pass
`starting_after=<the last id you have>` for the next page; the order is stable while rows are added.

**Errors** have one shape: `{"error": {"code": "...", "message": "...", "fields": {...}}}`.
"""

from __future__ import annotations

from flask import Flask

from fitnesscrm.developers.keys.access import SECURITY_SCHEME


def spec_kwargs() -> dict:
    return {
        "info": {"description": __doc__},
        "components": {"securitySchemes": {"apiKey": SECURITY_SCHEME}},
    }


def register(app: Flask, api_class) -> None:
    """The second API on the app: its blueprints, its document and reference page."""
    from fitnesscrm.api_v2.assignments import blp as assignments
    from fitnesscrm.api_v2.availability import blp as availability
    from fitnesscrm.api_v2.clients import blp as clients
    from fitnesscrm.api_v2.invoices import blp as invoices
    from fitnesscrm.api_v2.measurements import blp as measurements
    from fitnesscrm.api_v2.payments import blp as payments
    from fitnesscrm.api_v2.programs import blp as programs
    from fitnesscrm.api_v2.series import blp as series
    from fitnesscrm.api_v2.sessions import blp as sessions
    from fitnesscrm.api_v2.trainers import blp as trainers
    from fitnesscrm.api_v2.workouts import blp as workouts

    api = api_class(app, spec_kwargs=spec_kwargs(), config_prefix="V2_")
    resources = (
        clients, trainers, assignments, sessions, series, availability, programs, workouts, measurements,
        invoices, payments,
    )  # fmt: skip
    for blueprint in resources:
        api.register_blueprint(blueprint)

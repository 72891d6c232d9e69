"""The /api/v2 benchmark's baseline: the real app plus one route answering `GET /api/v2/clients` without a key.

`/bench/v2-clients?organization_id=N` runs the same query, cursor page and schema as `listClients`, for the
organization named in the URL: the difference from the real endpoint is the key check (hash lookup, last-use
note) and the rate limit, which is what bench/api_v2_bench.py measures. Never served outside the benchmark.
"""

from flask import request

from fitnesscrm.api_v2.clients import V2ClientSchema
from fitnesscrm.api_v2.pagination import cursor_page, list_schema
from fitnesscrm.app import create_app
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db

app = create_app()
_schema = list_schema(V2ClientSchema)()


@app.get("/bench/v2-clients")
def bare_clients():
    """listClients' query and shape, for the organization in the query string, with no key check."""
    stmt = db.select(Client).where(Client.organization_id == int(request.args["organization_id"]))
    page = cursor_page(stmt, key=Client.id, limit=int(request.args.get("limit", 25)))
    return _schema.dump(page)

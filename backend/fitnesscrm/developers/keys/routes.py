"""/api/developers: the studio's API keys and API settings (owners and admins; the rate limit by owners)."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import Role
from fitnesscrm.developers.keys import schemas, service, settings
from fitnesscrm.developers.keys.scopes import catalogue

blp = Blueprint(
    "developer_keys", __name__, url_prefix="/api/developers", description="API keys and the studio's API settings"
)


@blp.route("/keys")
class ApiKeys(MethodView):
    @requires(Role.OWNER, Role.ADMIN)
    @blp.arguments(schemas.ApiKeyListArgsSchema, location="query")
    @blp.response(200, page_schema(schemas.ApiKeySchema))
    def get(self, args):
        """The studio's API keys, newest first: prefix, scopes, expiry, last use (owner, admin)."""
        return service.get_all(actor=current_principal(), **args)

    @requires(Role.OWNER, Role.ADMIN)
    @blp.arguments(schemas.ApiKeyCreateSchema)
    @blp.response(201, schemas.ApiKeyCreatedSchema)
    def post(self, args):
        """Make an API key; the answer holds the key itself, which is never shown again (owner, admin)."""
        row, key = service.create(actor=current_principal(), **args)
        row.key = key
        return row


@blp.route("/keys/scopes", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.ScopeCatalogueSchema)
def get_scopes():
    """The scopes a key may hold, grouped per resource as the key dialog offers them (owner, admin)."""
    return {"resources": catalogue()}


@blp.route("/keys/<int:key_id>", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.ApiKeySchema)
def get_key(key_id):
    """One API key (never the key itself) (owner, admin)."""
    return service.get(actor=current_principal(), key_id=key_id)


@blp.route("/keys/<int:key_id>/revoke", methods=["POST"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.ApiKeySchema)
def revoke_key(key_id):
    """Stop an API key working from now on (owner, admin)."""
    return service.revoke(actor=current_principal(), key_id=key_id)


@blp.route("/settings", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.ApiSettingsSchema)
def get_settings():
    """The studio's API settings: the rate limit per key and the server's default (owner, admin)."""
    return settings.get(actor=current_principal())


@blp.route("/settings", methods=["PUT"])
@requires(Role.OWNER)
@blp.arguments(schemas.ApiSettingsUpdateSchema)
@blp.response(200, schemas.ApiSettingsSchema)
def update_settings(args):
    """Set the calls per minute each of the studio's keys may make, or null for the server's default (owner)."""
    return settings.update(actor=current_principal(), **args)

"""How JWTs map to callers, and how token failures read in the common error shape."""

from __future__ import annotations

import time

from flask import Response, request
from flask_jwt_extended import (
    JWTManager,
    create_access_token,
    create_refresh_token,
    set_access_cookies,
    set_refresh_cookies,
)

from fitnesscrm.auth import refresh_tokens, service
from fitnesscrm.auth.models import User
from fitnesscrm.errors import error_body


def _session(payload: dict) -> service.TokenSession:
    """The token's session, read once per request: the revocation and user checks share one query."""
    # Kept in the request's environ, which lives exactly as long as the request (g may outlive it).
    key = f"fitnesscrm.token_session.{payload['jti']}"
    if key not in request.environ:
        issued_ms = payload.get("issued_ms", payload["iat"] * 1000)
        request.environ[key] = service.load_session(
            user_id=int(payload["sub"]), issued_ms=issued_ms, jti=payload["jti"], family_id=payload.get("fam")
        )
    return request.environ[key]


def register(jwt: JWTManager) -> None:
    """Install the JWT callbacks on the app's JWTManager."""

    @jwt.additional_claims_loader
    def _issued_ms(_identity):
        # JWT's iat has one-second granularity; a password change must cut off tokens issued a moment before it.
        return {"issued_ms": int(time.time() * 1000)}

    @jwt.token_in_blocklist_loader
    def _revoked(_header, payload):
        return _session(payload).revoked

    @jwt.user_lookup_loader
    def _principal(_header, payload):
        return _session(payload).principal

    @jwt.user_lookup_error_loader
    def _no_user(_header, _payload):
        return error_body(401, "session_ended", "Your session has ended; sign in again.")

    @jwt.revoked_token_loader
    def _revoked_response(_header, _payload):
        return error_body(401, "session_ended", "Your session has ended; sign in again.")

    @jwt.expired_token_loader
    def _expired(_header, _payload):
        return error_body(401, "token_expired", "Your session has expired.")

    @jwt.invalid_token_loader
    def _invalid(reason):
        return error_body(401, "invalid_token", f"Invalid token: {reason}")

    @jwt.unauthorized_loader
    def _missing(reason):
        if "CSRF" in reason:
            return error_body(401, "csrf_missing", "Missing CSRF token header (X-CSRF-TOKEN).")
        return error_body(401, "unauthorized", "Sign in to do this.")

    @jwt.needs_fresh_token_loader
    def _not_fresh(_header, _payload):
        return error_body(401, "fresh_login_required", "Sign in again to do this.")


def _encode(user_id: int, grant: refresh_tokens.Grant) -> tuple[str, str]:
    identity = str(user_id)
    access = create_access_token(identity=identity, additional_claims={"fam": grant.family_id})
    # The refresh token's id and expiry are the stored ones, so the same grant always encodes the same token.
    refresh = create_refresh_token(
        identity=identity, additional_claims={"fam": grant.family_id, "jti": grant.jti, "exp": grant.expires_at}
    )
    return access, refresh


def issue_tokens(user: User) -> tuple[str, str]:
    """A new sign-in for `user` from this request's device: an access token and the first refresh token of a family."""
    grant = refresh_tokens.start_family(
        user_id=user.id, user_agent=request.user_agent.string, ip_address=request.remote_addr
    )
    return _encode(user.id, grant)


def rotate_tokens(payload: dict) -> tuple[str, str]:
    """A new access token and the successor of the refresh token decoded as `payload`."""
    user_id = int(payload["sub"])
    return _encode(user_id, refresh_tokens.rotate(jti=payload["jti"], user_id=user_id))


def set_session_cookies(response: Response, access: str, refresh: str) -> Response:
    """Put the tokens in httpOnly cookies, plus the CSRF cookies the SPA echoes."""
    set_access_cookies(response, access)
    set_refresh_cookies(response, refresh)
    return response

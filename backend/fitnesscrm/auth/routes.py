"""Sign-up, sign-in, tokens, forgotten passwords and unlock links, the caller's account and invitations."""

from __future__ import annotations

from contextlib import suppress

from flask import Response, after_this_request, current_app, jsonify, request
from flask_jwt_extended import (
    decode_token,
    get_jwt,
    get_jwt_request_location,
    jwt_required,
    unset_jwt_cookies,
)
from flask_smorest import Blueprint
from jwt import PyJWTError

from fitnesscrm.auth import account_links, invitations, refresh_tokens, schemas, service, sessions, trusted_browsers
from fitnesscrm.auth.models import User
from fitnesscrm.auth.tokens import issue_tokens, rotate_tokens, set_session_cookies
from fitnesscrm.auth.two_factor import second_step
from fitnesscrm.auth.two_factor import service as two_factor
from fitnesscrm.auth.two_factor.schemas import SecondStepSchema
from fitnesscrm.core.auth import SECURITY, current_principal, requires
from fitnesscrm.core.pagination import PageArgsSchema, page_schema
from fitnesscrm.core.tenancy import Role
from fitnesscrm.errors import Forbidden
from fitnesscrm.extensions import limiter

blp = Blueprint("auth", __name__, url_prefix="/api", description="Accounts, sessions and invitations")


def _email_key() -> str:
    body = request.get_json(silent=True)
    email = body.get("email") if isinstance(body, dict) else None
    return f"account-email:{str(email or '').strip().lower()}"


# One budget per IP across every endpoint that checks a password or a one-time link, so that an
# attacker at the limit on one cannot go on guessing through another.
_per_ip = limiter.shared_limit(lambda: current_app.config["LOGIN_RATE_LIMIT_PER_IP"], scope="credentials")
# Emails one address may be sent; counted per typed email, so it answers alike for unknown ones.
_emails_per_address = limiter.limit(
    lambda: current_app.config["ACCOUNT_EMAIL_RATE_LIMIT"], key_func=_email_key, scope="account-emails"
)


def _sign_in_browser(user: User) -> None:
    """Session cookies for `user`, and this browser trusted by the account from now on."""
    access, refresh = issue_tokens(user)
    after_this_request(
        lambda response: trusted_browsers.trust(set_session_cookies(response, access, refresh), user_id=user.id)
    )


_SECOND_STEP_MESSAGES = {
    second_step.CODE: "Enter the code from your authenticator app.",
    second_step.SETUP: "Your studio requires two-factor sign-in. Set it up to continue.",
}
SECOND_STEP_DOC = {
    "schema": SecondStepSchema,
    "description": "The password is right; two-factor sign-in needs a code (or, required by the studio, its setup).",
}


def second_step_response(user: User, step: str) -> Response:
    """202 with the token for the sign-in's second step, instead of a session."""
    response = jsonify(
        SecondStepSchema().dump(
            {
                "step": step,
                "token": second_step.issue(user, step),
                "expires_in": second_step.lifetime_seconds(),
                "message": _SECOND_STEP_MESSAGES[step],
            }
        )
    )
    response.status_code = 202
    return response


def _sign_in_or_second_step(user: User) -> dict | Response:
    """Sign this browser in, or answer with the second step two-factor sign-in still needs."""
    step = two_factor.next_step(user)
    if step is not None:
        return second_step_response(user, step)
    _sign_in_browser(user)
    return service.get_me(user_id=user.id)


def bearer_tokens(user: User) -> dict:
    """A new Bearer sign-in for `user`: the token pair."""
    access, refresh = issue_tokens(user)
    return {
        "access_token": access,
        "refresh_token": refresh,
        "token_type": "Bearer",
        "expires_in": int(current_app.config["JWT_ACCESS_TOKEN_EXPIRES"].total_seconds()),
    }


def _authenticate(args: dict) -> User:
    browser = trusted_browsers.read(request)
    return service.authenticate(
        **args,
        trusted_user_id=browser.user_id if browser else None,
        browser=browser.nonce if browser else None,
    )


@blp.route("/auth/signup", methods=["POST"])
@_per_ip
@blp.arguments(schemas.SignUpSchema)
@blp.response(201, schemas.MeSchema)
def sign_up(args):
    """Create a studio and its owner account, and sign the owner in."""
    user = service.sign_up(**args)
    _sign_in_browser(user)
    return service.get_me(user_id=user.id)


@blp.route("/auth/login", methods=["POST"])
@_per_ip
@blp.arguments(schemas.LoginSchema)
@blp.response(200, schemas.MeSchema)
@blp.alt_response(202, **SECOND_STEP_DOC)
def log_in(args):
    """Sign in a browser (httpOnly token cookies and CSRF cookies), or start two-factor sign-in's second step."""
    return _sign_in_or_second_step(_authenticate(args))


@blp.route("/auth/token", methods=["POST"])
@_per_ip
@blp.arguments(schemas.LoginSchema)
@blp.response(200, schemas.TokenPairSchema)
@blp.alt_response(202, **SECOND_STEP_DOC)
def issue_token(args):
    """Exchange credentials for Bearer tokens (for callers other than the web app); with 2FA, a second step first."""
    user = _authenticate(args)
    step = two_factor.next_step(user)
    if step == second_step.SETUP:
        raise Forbidden(
            "Your studio requires two-factor sign-in. Set it up by signing in to the web app first.",
            code="two_factor_setup_required",
        )
    if step is not None:
        return second_step_response(user, step)
    return bearer_tokens(user)


@blp.route("/auth/refresh", methods=["POST"])
@jwt_required(refresh=True)
@blp.doc(security=SECURITY)
@blp.response(200, schemas.RefreshedTokensSchema)
def refresh():
    """Exchange the refresh token (cookie or Bearer) for a new access token and its successor; it works once."""
    access, refresh_token = rotate_tokens(get_jwt())
    expires_in = int(current_app.config["JWT_ACCESS_TOKEN_EXPIRES"].total_seconds())
    if get_jwt_request_location() == "cookies":
        after_this_request(lambda response: set_session_cookies(response, access, refresh_token))
        return {"access_token": access, "expires_in": expires_in}
    return {"access_token": access, "refresh_token": refresh_token, "expires_in": expires_in}


@blp.route("/auth/logout", methods=["POST"])
@requires()
@blp.response(204)
def log_out():
    """Sign out: this sign-in's access and refresh tokens stop working everywhere, cookie or Bearer."""
    tokens = [get_jwt()]
    refresh_cookie = request.cookies.get(current_app.config["JWT_REFRESH_COOKIE_NAME"])
    if refresh_cookie:
        # A refresh cookie that no longer decodes (expired, forged) cannot be used anyway.
        with suppress(PyJWTError):
            tokens.append(decode_token(refresh_cookie))
    refresh_tokens.revoke(*tokens)
    after_this_request(lambda response: unset_jwt_cookies(response) or response)


@blp.route("/auth/me", methods=["GET"])
@requires()
@blp.response(200, schemas.MeSchema)
def get_me():
    """The signed-in account, its organization and its linked trainer or client profile."""
    return service.get_me(user_id=current_principal().user_id)


@blp.route("/auth/me", methods=["PATCH"])
@requires()
@blp.arguments(schemas.MeUpdateSchema)
@blp.response(200, schemas.MeSchema)
def update_me(args):
    """Change the signed-in account's name, time zone or units (kg/lb, cm/in)."""
    user = service.update_profile(actor=current_principal(), **args)
    return service.get_me(user_id=user.id)


@blp.route("/auth/password", methods=["POST"])
@_per_ip
@requires()
@blp.arguments(schemas.PasswordChangeSchema)
@blp.response(204)
def change_password(args):
    """Change the password; every other session is signed out, this browser gets new cookies."""
    user = service.change_password(actor=current_principal(), **args)
    if request.cookies.get(current_app.config["JWT_ACCESS_COOKIE_NAME"]):
        _sign_in_browser(user)


@blp.route("/auth/password-reset", methods=["POST"])
@_per_ip
@_emails_per_address
@blp.arguments(schemas.EmailSchema)
@blp.response(202, schemas.LinkRequestedSchema)
def request_password_reset(args):
    """Email a one-time link to choose a new password; the answer is the same for unknown emails."""
    account_links.request_link(purpose="password_reset", **args)
    return {"message": "If an account uses this email, we sent it a link to choose a new password."}


@blp.route("/auth/password-reset/preview", methods=["POST"])
@_per_ip
@blp.arguments(schemas.LinkTokenSchema)
@blp.response(200, schemas.LinkPreviewSchema)
def preview_password_reset(args):
    """Whose password a reset link sets, and until when it works."""
    return account_links.preview(purpose="password_reset", **args)


@blp.route("/auth/password-reset/confirm", methods=["POST"])
@_per_ip
@blp.arguments(schemas.PasswordResetSchema)
@blp.response(200, schemas.MeSchema)
@blp.alt_response(202, **SECOND_STEP_DOC)
def reset_password(args):
    """Set a new password through a reset link: every session ends, and this browser signs in (2FA still asked)."""
    return _sign_in_or_second_step(account_links.reset_password(**args))


@blp.route("/auth/unlock", methods=["POST"])
@_per_ip
@_emails_per_address
@blp.arguments(schemas.EmailSchema)
@blp.response(202, schemas.LinkRequestedSchema)
def request_unlock(args):
    """Email a link that lets this browser sign in without waiting after failed attempts; same answer for anyone."""
    account_links.request_link(purpose="unlock", **args)
    return {"message": "If an account uses this email, we sent it a link to unlock sign-in on this browser."}


@blp.route("/auth/unlock/confirm", methods=["POST"])
@_per_ip
@blp.arguments(schemas.LinkTokenSchema)
@blp.response(200, schemas.UnlockedSchema)
def unlock(args):
    """Spend an unlock link: this browser may sign in to the account without waiting (the password is still needed)."""
    user = account_links.unlock(**args)
    after_this_request(lambda response: trusted_browsers.trust(response, user_id=user.id))
    return {"email": user.email}


@blp.route("/invitations", methods=["POST"])
@requires(Role.OWNER, Role.ADMIN, Role.TRAINER)
@blp.arguments(schemas.InvitationCreateSchema)
@blp.response(201, schemas.IssuedInvitationSchema)
def create_invitation(args):
    """Invite an admin, trainer or client by email; the link is returned once and emailed."""
    return invitations.invite(actor=current_principal(), **args)


@blp.route("/invitations", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_schema(schemas.InvitationSchema))
def list_invitations(args):
    """Pending invitations of the organization, newest first, with who sent them."""
    return invitations.get_all(actor=current_principal(), **args)


@blp.route("/invitations/<int:invitation_id>/resend", methods=["POST"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.IssuedInvitationSchema)
def resend_invitation(invitation_id):
    """Email a pending invitation again with a fresh link and expiry; the previous link stops working."""
    return invitations.resend(actor=current_principal(), invitation_id=invitation_id)


@blp.route("/invitations/<int:invitation_id>", methods=["DELETE"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(204)
def revoke_invitation(invitation_id):
    """Revoke a pending invitation."""
    invitations.revoke(actor=current_principal(), invitation_id=invitation_id)


@blp.route("/invitations/preview", methods=["POST"])
@_per_ip
@blp.arguments(schemas.InvitationTokenSchema)
@blp.response(200, schemas.InvitationPreviewSchema)
def preview_invitation(args):
    """What an invitation link offers: organization, email and role (no sign-in needed)."""
    return invitations.preview(**args)


@blp.route("/invitations/accept", methods=["POST"])
@_per_ip
@blp.arguments(schemas.InvitationAcceptSchema)
@blp.response(201, schemas.MeSchema)
@blp.alt_response(202, **SECOND_STEP_DOC)
def accept_invitation(args):
    """Accept an invitation: create the account with its password and sign it in (or set up 2FA, when required)."""
    return _sign_in_or_second_step(invitations.accept(**args))


@blp.route("/auth/sessions", methods=["GET"])
@requires()
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_schema(schemas.SignInSessionSchema))
def list_sessions(args):
    """The caller's signed-in sessions (browsers and apps), this one first, then by when last used."""
    return sessions.get_all(actor=current_principal(), current_family_id=get_jwt().get("fam"), **args)


@blp.route("/auth/sessions/<string(maxlength=36):session_id>", methods=["DELETE"])
@requires()
@blp.response(204)
def revoke_session(session_id):
    """Sign one of the caller's sessions out; its tokens stop working at their next request."""
    sessions.revoke(actor=current_principal(), session_id=session_id)


@blp.route("/auth/sessions/revoke-others", methods=["POST"])
@requires()
@blp.response(200, schemas.SignInSessionsEndedSchema)
def revoke_other_sessions():
    """Sign out everywhere else: every session of the caller but this one ends."""
    return {"ended": sessions.revoke_others(actor=current_principal(), current_family_id=get_jwt().get("fam"))}

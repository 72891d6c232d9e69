"""Two-factor sign-in: the second step of signing in, and turning it on and off in Security settings."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.auth import service as accounts
from fitnesscrm.auth.routes import _per_ip, _sign_in_browser, bearer_tokens
from fitnesscrm.auth.schemas import MeSchema, TokenPairSchema
from fitnesscrm.auth.two_factor import schemas, second_step, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.tenancy import Role

blp = Blueprint("two_factor", __name__, url_prefix="/api/auth", description="Two-factor sign-in")


@blp.route("/login/two-factor", methods=["POST"])
@_per_ip
@blp.arguments(schemas.SecondStepCodeSchema)
@blp.response(200, MeSchema)
def log_in_with_code(args):
    """Finish a browser's sign-in with a code from the authenticator app, or a recovery code."""
    pending = second_step.read(args["token"], step=second_step.CODE)
    service.verify(user=pending.user, code=args["code"])
    _sign_in_browser(pending.user)
    return accounts.get_me(user_id=pending.user.id)


@blp.route("/token/two-factor", methods=["POST"])
@_per_ip
@blp.arguments(schemas.SecondStepCodeSchema)
@blp.response(200, TokenPairSchema)
def issue_token_with_code(args):
    """Finish a Bearer sign-in with a code from the authenticator app, or a recovery code."""
    pending = second_step.read(args["token"], step=second_step.CODE)
    service.verify(user=pending.user, code=args["code"])
    return bearer_tokens(pending.user)


@blp.route("/login/two-factor/setup", methods=["POST"])
@_per_ip
@blp.arguments(schemas.SecondStepTokenSchema)
@blp.response(200, schemas.TwoFactorSetupSchema)
def begin_required_setup(args):
    """At sign-in, when the studio requires it: a new authenticator secret and its QR code."""
    pending = second_step.read(args["token"], step=second_step.SETUP)
    return service.begin_setup(user=pending.user)


@blp.route("/login/two-factor/enable", methods=["POST"])
@_per_ip
@blp.arguments(schemas.SecondStepCodeSchema)
@blp.response(200, schemas.RecoveryCodesSchema)
def enable_required(args):
    """At sign-in: confirm the new authenticator with a code; this browser is signed in, and gets recovery codes."""
    pending = second_step.read(args["token"], step=second_step.SETUP)
    codes = service.enable(user=pending.user, code=args["code"])
    _sign_in_browser(pending.user)
    return {"recovery_codes": codes}


@blp.route("/two-factor", methods=["GET"])
@requires()
@blp.response(200, schemas.TwoFactorStatusSchema)
def get_status():
    """Whether the caller signs in with a second factor, and how many recovery codes are left."""
    return service.get_status(actor=current_principal())


@blp.route("/two-factor/setup", methods=["POST"])
@requires()
@blp.response(200, schemas.TwoFactorSetupSchema)
def begin_setup():
    """Start turning two-factor sign-in on: a new secret, its otpauth:// URI and QR code (pending until confirmed)."""
    return service.begin_setup(user=accounts.get_user(actor=current_principal()))


@blp.route("/two-factor/enable", methods=["POST"])
@_per_ip
@requires()
@blp.arguments(schemas.TwoFactorCodeSchema)
@blp.response(200, schemas.RecoveryCodesSchema)
def enable(args):
    """Confirm the new authenticator with a code: two-factor sign-in is on; the recovery codes, shown once."""
    principal = current_principal()
    user = accounts.get_user(actor=principal)
    return {"recovery_codes": service.enable(user=user, code=args["code"], actor=principal)}


@blp.route("/two-factor/disable", methods=["POST"])
@_per_ip
@requires()
@blp.arguments(schemas.TwoFactorConfirmSchema)
@blp.response(204)
def disable(args):
    """Turn two-factor sign-in off, with the password and a code (refused while the studio requires it)."""
    service.disable(actor=current_principal(), **args)


@blp.route("/two-factor/recovery-codes", methods=["POST"])
@_per_ip
@requires()
@blp.arguments(schemas.TwoFactorConfirmSchema)
@blp.response(200, schemas.RecoveryCodesSchema)
def regenerate_recovery_codes(args):
    """Ten new recovery codes, with the password and a code; the earlier ones stop working."""
    return {"recovery_codes": service.regenerate_recovery_codes(actor=current_principal(), **args)}


@blp.route("/two-factor/requirement", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.TwoFactorRequirementSchema)
def get_requirement():
    """Whether the studio requires two-factor sign-in of staff, and who has not set it up."""
    return service.get_requirement(actor=current_principal())


@blp.route("/two-factor/requirement", methods=["PUT"])
@requires(Role.OWNER)
@blp.arguments(schemas.TwoFactorRequirementUpdateSchema)
@blp.response(200, schemas.TwoFactorRequirementSchema)
def set_requirement(args):
    """Require two-factor sign-in of every staff account (owners only); staff without it are signed out."""
    return service.set_requirement(actor=current_principal(), **args)

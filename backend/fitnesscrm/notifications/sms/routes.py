"""The studio's texting settings and usage (owners, admins), and Twilio's webhooks (Twilio's signature)."""

from __future__ import annotations

import functools

from flask import Response, current_app, request
from flask_smorest import Blueprint
from twilio.twiml.messaging_response import MessagingResponse

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.tenancy import Role
from fitnesscrm.notifications.sms import schemas, service

blp = Blueprint("sms", __name__, url_prefix="/api/sms", description="Text messages: settings, usage, Twilio webhooks")
FORM = "application/x-www-form-urlencoded"
TWIML = "text/xml"


def _called_url() -> str:
    """The URL Twilio called and signed: PUBLIC_BASE_URL's, else this request's as ProxyFix rebuilt it."""
    query = f"?{request.query_string.decode()}" if request.query_string else ""
    base = (current_app.config.get("PUBLIC_BASE_URL") or request.host_url).rstrip("/")
    return f"{base}{request.path}{query}"


def twilio_signed(view):
    """Refuse (403) a webhook call that Twilio did not sign, before its form is read into anything."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        service.verify(url=_called_url(), form=request.form, signature=request.headers.get("X-Twilio-Signature"))
        return view(*args, **kwargs)

    # Documented as what authenticates the call: Twilio's signature, not a session.
    apidoc = dict(getattr(wrapper, "_apidoc", {}))
    apidoc["manual_doc"] = {**apidoc.get("manual_doc", {}), "security": [{"twilioSignature": []}]}
    wrapper._apidoc = apidoc
    return wrapper


@blp.route("/settings", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.SmsSettingsSchema)
def get_settings():
    """The studio's texting set-up: its number and where Twilio should call (owner, admin)."""
    return service.get_settings(actor=current_principal())


@blp.route("/settings", methods=["PUT"])
@requires(Role.OWNER)
@blp.arguments(schemas.SmsSettingsUpdateSchema)
@blp.response(200, schemas.SmsSettingsSchema)
def update_settings(args):
    """Set or clear the number the studio texts from (owner)."""
    return service.update_settings(actor=current_principal(), **args)


@blp.route("/usage", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.arguments(schemas.UsageArgsSchema, location="query")
@blp.response(200, schemas.UsageSchema)
def get_usage(args):
    """Texts sent, delivered, failed and received per month in the studio's zone, newest first (owner, admin)."""
    return {"months": service.usage(actor=current_principal(), **args)}


@blp.route("/inbound", methods=["POST"])
@blp.response(200, content_type=TWIML)
@twilio_signed
@blp.arguments(schemas.InboundTextSchema, location="form", content_type=FORM)
def receive_text(args):
    """A text to a studio's number (Twilio's webhook; its signature is the permission); answers in TwiML."""
    reply = service.receive(
        to_number=args["to_number"], from_number=args["from_number"], body=args["body"], sid=args["message_sid"]
    )
    twiml = MessagingResponse()
    if reply:
        twiml.message(reply)
    return Response(str(twiml), content_type=TWIML)


@blp.route("/status", methods=["POST"])
@blp.response(204)
@twilio_signed
@blp.arguments(schemas.StatusCallbackSchema, location="form", content_type=FORM)
def update_status(args):
    """Twilio reports how a text fared (its signature is the permission)."""
    service.update_status(sid=args["message_sid"], status=args["message_status"], error_code=args["error_code"])

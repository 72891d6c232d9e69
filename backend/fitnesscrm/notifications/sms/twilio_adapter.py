"""Twilio's Messages API through the `twilio` library: send one text, and Twilio's errors in owners' words.

Credentials come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN. TWILIO_API_BASE_URL replaces the
`https://api.twilio.com` the library's Api domain is built with (`Client.api.base_url`, the one
attribute every Api request's URL is made from), so tests drive the real library against a local
server that answers as Twilio does. No edge or region is set, so the library keeps that URL as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

import requests
from flask import current_app
from twilio.base.exceptions import TwilioRestException, TwilioServiceException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from fitnesscrm.notifications.delivery import DeliveryError

# Twilio error codes (https://www.twilio.com/docs/api/errors) as an owner reads them, and whether
# trying again can help. Codes from the REST API and from status callbacks share this table.
ERRORS: dict[int, tuple[str, bool]] = {
    20003: ("Twilio refused this server's account details (TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)", False),
    20429: ("Twilio asked FitnessCRM to slow down; the text will be tried again", False),
    21211: ("the number is not a valid phone number", True),
    21408: ("the studio's Twilio account may not text numbers in this country", True),
    21606: ("the studio's number cannot send text messages; check it in Settings", True),
    21610: ("this person texted STOP to the studio's number and receives no more texts until they text START", True),
    21612: ("texts cannot reach this number from the studio's number", True),
    21614: ("the number is not a mobile number", True),
    21659: ("the studio's number does not belong to this server's Twilio account; check it in Settings", True),
    21660: ("the studio's number does not belong to this server's Twilio account; check it in Settings", True),
    30003: ("the phone was switched off or out of reach", True),
    30004: ("the person's phone or carrier blocks texts from the studio", True),
    30005: ("the number does not exist or is no longer in service", True),
    30006: ("the number is a landline or its carrier cannot receive texts", True),
    30007: ("the carrier filtered the text as unwanted", True),
    30008: ("the carrier could not deliver the text and gave no reason", True),
    30034: ("the studio's number is not registered for business texting (A2P 10DLC) in the US", True),
}


def describe(code: int | None, fallback: str = "") -> str:
    """An error code Twilio gave, as a sentence fragment an owner can act on."""
    if code in ERRORS:
        return ERRORS[code][0]
    reason = fallback or "Twilio gave no reason"
    return f"Twilio error {code}: {reason}" if code else reason


class TwilioError(DeliveryError):
    """Twilio did not take a text; `code` is Twilio's error code when it gave one."""

    def __init__(self, reason: str, *, permanent: bool, code: int | None = None):
        super().__init__(reason, permanent=permanent)
        self.code = code


@dataclass(frozen=True)
class Accepted:
    """What Twilio answered when it took a text: its id (SM...) and status (usually `queued`)."""

    sid: str
    status: str


def configured() -> bool:
    """Whether this server has a Twilio account to send texts with."""
    config = current_app.config
    return bool(config.get("TWILIO_ACCOUNT_SID") and config.get("TWILIO_AUTH_TOKEN"))


def _client() -> Client:
    config = current_app.config
    client = Client(
        config["TWILIO_ACCOUNT_SID"],
        config["TWILIO_AUTH_TOKEN"],
        http_client=TwilioHttpClient(timeout=config["TWILIO_TIMEOUT_SECONDS"]),
    )
    if config.get("TWILIO_API_BASE_URL"):
        client.api.base_url = config["TWILIO_API_BASE_URL"]
    return client


def _rest_error(*, status: int, code: object, message: str) -> TwilioError:
    code = code if isinstance(code, int) and code != status else None
    if code in ERRORS:
        reason, permanent = ERRORS[code]
    else:
        reason = describe(code, message.removeprefix("Unable to create record: ").rstrip(".") or f"HTTP {status}")
        # Twilio refused the request itself: the same request will be refused again. Its own trouble will pass.
        permanent = 400 <= status < 500 and status not in (401, 408, 429)
    return TwilioError(reason, permanent=permanent, code=code)


def send(*, to: str, from_: str, body: str, status_callback: str | None = None) -> Accepted:
    """Hand one text to Twilio; what it answered, or TwilioError with why not."""
    if not configured():
        raise TwilioError("Text messages are not set up on this server (no Twilio account)", permanent=True)
    try:
        message = _client().messages.create(to=to, from_=from_, body=body, status_callback=status_callback)
    except TwilioRestException as error:
        raise _rest_error(status=error.status, code=error.code, message=str(error.msg or "")) from error
    except TwilioServiceException as error:
        message = str(error.detail or error.title or "")
        raise _rest_error(status=error.status, code=error.code, message=message) from error
    except requests.RequestException as error:
        raise TwilioError(f"Twilio could not be reached ({type(error).__name__})", permanent=False) from error
    return Accepted(sid=message.sid, status=message.status or "queued")

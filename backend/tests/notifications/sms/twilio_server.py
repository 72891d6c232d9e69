"""A local HTTP server that answers as Twilio's Messages API does, and the fixtures that point the app at it.

The app's real `twilio` library talks to it (TWILIO_API_BASE_URL); it records each request (path,
Basic-auth account, form) and answers 201 with a message resource, or the error a test sets.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

from fitnesscrm.extensions import db
from fitnesscrm.notifications.sms.models import SmsNumber

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "test-twilio-auth-token-0123456789"
STUDIO_NUMBER = "+14155550100"
PUBLIC_BASE_URL = "https://studio.example.com"


@dataclass
class Received:
    path: str
    account: str
    form: dict[str, str]


@dataclass
class FakeTwilio:
    requests: list[Received] = field(default_factory=list)
    # (HTTP status, JSON body) to answer the next requests with instead of a created message.
    errors: list[tuple[int, dict]] = field(default_factory=list)
    sids: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def texts(self) -> list[dict[str, str]]:
        return [request.form for request in self.requests]


def _handler(twilio: FakeTwilio):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            form = {key: values[0] for key, values in parse_qs(self.rfile.read(length).decode()).items()}
            account = base64.b64decode(self.headers["Authorization"].split()[1]).decode().split(":")[0]
            twilio.requests.append(Received(self.path, account, form))
            if self.path != f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json":
                return self._answer(
                    404, {"code": 20404, "message": "The requested resource was not found", "status": 404}
                )
            if twilio.errors:
                return self._answer(*twilio.errors.pop(0))
            sid = f"SM{next(twilio.sids):032x}"
            return self._answer(
                201,
                {
                    "sid": sid,
                    "account_sid": ACCOUNT_SID,
                    "to": form["To"],
                    "from": form["From"],
                    "body": form["Body"],
                    "status": "queued",
                    "num_segments": "1",
                    "direction": "outbound-api",
                    "api_version": "2010-04-01",
                    "date_created": "Mon, 07 Jan 2030 09:00:00 +0000",
                    "date_updated": "Mon, 07 Jan 2030 09:00:00 +0000",
                    "date_sent": None,
                    "error_code": None,
                    "error_message": None,
                    "price": None,
                    "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json",
                },
            )

        def _answer(self, status: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@pytest.fixture
def twilio(app, monkeypatch):
    """Twilio's Messages API on a local port, with the app's account pointed at it (and PUBLIC_BASE_URL set)."""
    fake = FakeTwilio()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    for name, value in {
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_API_BASE_URL": f"http://127.0.0.1:{server.server_port}",
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
    }.items():
        monkeypatch.setitem(app.config, name, value)
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def studio_number(studio):
    """The studio texts from STUDIO_NUMBER."""
    db.session.add(SmsNumber(organization_id=studio.org.id, phone_number=STUDIO_NUMBER))
    db.session.commit()
    return STUDIO_NUMBER


def signed(path: str, form: dict[str, str], token: str = AUTH_TOKEN) -> dict[str, str]:
    """The X-Twilio-Signature header Twilio would send when posting `form` to PUBLIC_BASE_URL + path."""
    return {"X-Twilio-Signature": RequestValidator(token).compute_signature(PUBLIC_BASE_URL + path, form)}


def count(model) -> int:
    return db.session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()

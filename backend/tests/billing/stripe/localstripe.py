"""A real localstripe server for the test run (a stateful fake of Stripe's API), and Stripe's webhook signing.

The server is localstripe from the venv (backend/requirements-dev.txt), started once per test
process on a free port with an empty store; the real `stripe` library talks to it through
STRIPE_API_BASE.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator

import pytest
import requests
import stripe

SECRET_KEY = "sk_test_fitnesscrm_localstripe"
PUBLISHABLE_KEY = "pk_test_fitnesscrm_localstripe"
WEBHOOK_SECRET = "whsec_fitnesscrm_test_0123456789abcdef"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# localstripe pickles its whole store to the fixed path /tmp/localstripe.pickle after every write, which
# other localstripe processes on the machine (another test worker, a browser journey's server) would then
# load or overwrite. The test server keeps its store in memory only: the same server, without that file.
_IN_MEMORY = (
    "import localstripe.resources as resources, localstripe.server as server; "
    "resources.Store.dump_to_disk = lambda self: None; server.start()"
)


@pytest.fixture(scope="session")
def localstripe() -> Iterator[str]:
    """The base URL of a localstripe server private to this test process."""
    port = _free_port()
    # --from-scratch: never load a store left in /tmp by another localstripe.
    process = subprocess.Popen(  # noqa: S603 - this interpreter running localstripe, no outside input
        [sys.executable, "-c", _IN_MEMORY, "--port", str(port), "--from-scratch"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{base}/v1/balance", auth=(SECRET_KEY, ""), timeout=1)
                break
            except requests.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("localstripe did not start") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(autouse=True)
def stripe_api_base(app, localstripe: str, monkeypatch) -> None:
    """The app's Stripe calls go to this run's localstripe."""
    monkeypatch.setitem(app.config, "STRIPE_API_BASE", localstripe)


@pytest.fixture(scope="session")
def stripe_api(localstripe: str):
    """The stripe library's client on localstripe, as the studio's account: to play the browser's and Stripe's part."""
    return stripe.StripeClient(SECRET_KEY, base_addresses={"api": localstripe}, max_network_retries=0).v1


def sign(payload: bytes, *, secret: str = WEBHOOK_SECRET, timestamp: int | None = None) -> str:
    """A Stripe-Signature header exactly as Stripe writes it: t=<unix time>,v1=HMAC-SHA256(secret, "t.body")."""
    moment = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{moment}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={moment},v1={digest}"


def event_body(event_type: str, obj: dict, *, event_id: str | None = None, created: int | None = None) -> bytes:
    """A Stripe event about `obj` (a dict as Stripe sends it), serialised as Stripe posts it."""
    moment = int(time.time()) if created is None else created
    event = {
        "id": event_id or f"evt_test_{uuid.uuid4().hex[:24]}",
        "object": "event",
        "api_version": "2024-06-20",
        "created": moment,
        "livemode": False,
        "type": event_type,
        "data": {"object": obj},
    }
    return json.dumps(event).encode()

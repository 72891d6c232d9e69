"""A push service on 127.0.0.1 that records what it receives, and browser-side subscriptions to read it with."""

from __future__ import annotations

import base64
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Received:
    path: str
    headers: Message
    body: bytes


@dataclass
class PushService:
    """Answers POST /push/<device> with the status set for that device (201 unless told otherwise)."""

    base: str = ""
    received: list[Received] = field(default_factory=list)
    answers: dict[str, int] = field(default_factory=dict)

    def to(self, device: str) -> list[Received]:
        return [request for request in self.received if request.path == f"/push/{device}"]


class Device:
    """A browser's side of a subscription: its key pair and auth secret, and how it reads a push."""

    def __init__(self, service: PushService, name: str):
        self.name = name
        self.endpoint = f"{service.base}/push/{name}"
        self.private_key = ec.generate_private_key(ec.SECP256R1())
        self.auth = os.urandom(16)
        public = self.private_key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        self.subscription = {"endpoint": self.endpoint, "keys": {"p256dh": b64url(public), "auth": b64url(self.auth)}}

    def read(self, request: Received) -> dict:
        """Decrypt a push as the browser does (RFC 8291, aes128gcm) and parse its JSON."""
        assert request.headers["Content-Encoding"] == "aes128gcm"
        plain = http_ece.decrypt(request.body, private_key=self.private_key, auth_secret=self.auth, version="aes128gcm")
        return json.loads(plain)


def vapid_claims(authorization: str) -> tuple[dict, str]:
    """Check a `vapid t=<jwt>,k=<key>` header's ES256 signature with its key; its claims and the key."""
    scheme, _, params = authorization.partition(" ")
    assert scheme == "vapid"
    parts = dict(param.strip().split("=", 1) for param in params.split(","))
    header_b64, claims_b64, signature_b64 = parts["t"].split(".")
    assert json.loads(unb64url(header_b64)) == {"typ": "JWT", "alg": "ES256"}
    public_key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64url(parts["k"]))
    signature = unb64url(signature_b64)
    der = encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
    # Raises InvalidSignature unless the token was signed by the key the header names.
    public_key.verify(der, f"{header_b64}.{claims_b64}".encode(), ec.ECDSA(hashes.SHA256()))
    return json.loads(unb64url(claims_b64)), parts["k"]


@pytest.fixture
def push_service(app, monkeypatch) -> Iterator[PushService]:
    """A running push service, with the app allowed to send to this machine."""
    service = PushService()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            service.received.append(Received(self.path, self.headers, body))
            status = service.answers.get(self.path.rsplit("/", 1)[-1], 201)
            self.send_response(status)
            if status == 201:
                self.send_header("Location", f"{service.base}/message/{len(service.received)}")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    service.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setitem(app.config, "PUSH_ALLOW_LOCAL_ENDPOINTS", True)
    try:
        yield service
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def device(push_service):
    """`device(name)`: a browser subscription whose pushes go to the test's push service."""
    return lambda name="phone": Device(push_service, name)

"""A local HTTP receiver for webhook tests: records every request and answers from a script of statuses."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """`answers` are the statuses of the next requests, in order; after them it answers `default`."""

    server: ThreadingHTTPServer
    answers: list[int] = field(default_factory=list)
    default: int = 200
    location: str | None = None
    requests: list[Request] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"


def start() -> Receiver:
    """A receiver on a free port of 127.0.0.1, serving in a thread until its server is shut down."""
    receiver: Receiver

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            receiver.requests.append(Request(self.path, dict(self.headers.items()), self.rfile.read(length)))
            status = receiver.answers.pop(0) if receiver.answers else receiver.default
            self.send_response(status)
            if receiver.location and 300 <= status < 400:
                self.send_header("Location", receiver.location)
            body = b'{"ok": true}' if status < 300 else b"receiver says no"
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver = Receiver(server)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return receiver


@pytest.fixture
def receiver(app, monkeypatch) -> Iterator[Receiver]:
    """A receiver on 127.0.0.1, which the app may reach for this test (OUTBOUND_ALLOW_PRIVATE_ADDRESSES)."""
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW_PRIVATE_ADDRESSES", True)
    started = start()
    try:
        yield started
    finally:
        started.server.shutdown()
        started.server.server_close()


@pytest.fixture
def second_receiver(receiver) -> Iterator[Receiver]:
    """Another receiver (a redirect's target)."""
    started = start()
    try:
        yield started
    finally:
        started.server.shutdown()
        started.server.server_close()

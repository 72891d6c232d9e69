"""Requests to addresses a studio typed in (webhooks, automation steps), guarded against SSRF.

A URL is refused unless it is http(s) and every address its host resolves to is public: no
loopback, private, link-local (169.254.169.254, the cloud metadata service), shared, reserved or
multicast address, unless the operator allows private ones (OUTBOUND_ALLOW_PRIVATE_ADDRESSES,
for a studio whose receiver runs on its own network). The connection goes to the very address that
was checked, not to a second lookup that DNS could answer differently, with the URL's host kept for
the Host header, TLS SNI and certificate checks. Redirects are never followed: a 3xx is an answer,
and the caller treats it as a failure. Every request has connect and read timeouts and reads at
most RESPONSE_LIMIT bytes of the answer.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import certifi
import urllib3
from flask import current_app

RESPONSE_LIMIT = 64 * 1024
USER_AGENT = "FitnessCRM-Webhooks/1.0"


class OutboundRefused(Exception):
    """The URL may not be called: a sentence saying why, fit to show the studio."""


class OutboundFailed(Exception):
    """The request was made and did not get an answer (timeout, refused connection, TLS error)."""


@dataclass(frozen=True)
class OutboundResponse:
    status: int
    body: bytes
    elapsed_ms: int


def _allowed(address: str, allow_private: bool) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_multicast or ip.is_unspecified:
        return False
    return ip.is_global or (allow_private and (ip.is_private or ip.is_loopback or ip.is_link_local))


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path with query) of `url`, or OutboundRefused with the reason."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise OutboundRefused("The address must start with https:// (or http://).")
    if not parts.hostname or parts.username or parts.password:
        raise OutboundRefused("The address must name a host, without a user name or password.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise OutboundRefused("The address has a port that is not a number from 1 to 65535.") from None
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, parts.hostname, port, path


def resolve(host: str, port: int) -> str:
    """The one address of `host` the request will go to, once every address it has is allowed."""
    allow_private = current_app.config["OUTBOUND_ALLOW_PRIVATE_ADDRESSES"]
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise OutboundRefused(f"The host {host} could not be found.") from None
    addresses = [info[4][0] for info in infos]
    if not addresses or not all(_allowed(address, allow_private) for address in addresses):
        raise OutboundRefused(f"The host {host} is on a private or reserved network, which webhooks may not reach.")
    return addresses[0]


def post(url: str, *, body: bytes, headers: dict[str, str], timeout_seconds: float | None = None) -> OutboundResponse:
    """POST `body` to `url` once, through the checks above; raises OutboundRefused or OutboundFailed."""
    scheme, host, port, path = check_url(url)
    address = resolve(host, port)
    timeout = timeout_seconds or current_app.config["OUTBOUND_TIMEOUT_SECONDS"]
    pool_options = {
        "port": port,
        "timeout": urllib3.Timeout(connect=timeout, read=timeout),
        "retries": False,
        "maxsize": 1,
    }
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            address,
            server_hostname=host,
            assert_hostname=host,
            cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(),
            **pool_options,
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, **pool_options)
    default_port = 443 if scheme == "https" else 80
    host_header = host if port == default_port else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        host_header = f"[{host}]" if port == default_port else f"[{host}]:{port}"
    started = time.monotonic()
    try:
        response = pool.urlopen(
            "POST",
            path,
            body=body,
            headers={"User-Agent": USER_AGENT, **headers, "Host": host_header},
            redirect=False,
            retries=False,
            preload_content=False,
        )
        try:
            content = response.read(RESPONSE_LIMIT, decode_content=True) or b""
        finally:
            response.release_conn()
    except urllib3.exceptions.HTTPError as error:
        raise OutboundFailed(_sentence(error)) from None
    finally:
        pool.close()
    return OutboundResponse(status=response.status, body=content, elapsed_ms=round((time.monotonic() - started) * 1000))


def _sentence(error: Exception) -> str:
    if isinstance(error, (urllib3.exceptions.ConnectTimeoutError, urllib3.exceptions.ReadTimeoutError)):
        return "The receiver did not answer in time."
    if isinstance(error, urllib3.exceptions.SSLError):
        return "The receiver's TLS certificate could not be verified."
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        return "The receiver refused the connection."
    return "The request to the receiver failed before it answered."

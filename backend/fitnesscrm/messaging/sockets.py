"""Chat over Socket.IO: sign in with the REST token, join the threads one may open, say one is typing.

Every client event is acknowledged with `{ok: true, ...}` or `{ok: false, error: {code, message}}`.
The caller is checked against the database again on every `join`, so a trainer unassigned from
a client, or a user signed out everywhere, can no longer open the thread's room.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from flask import current_app, request
from flask_jwt_extended import decode_token
from flask_socketio import ConnectionRefusedError, emit, join_room, leave_room, rooms
from jwt import PyJWTError

from fitnesscrm.auth import service as auth_service
from fitnesscrm.core import realtime
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import AppError, NotFound, Unauthorized, ValidationError
from fitnesscrm.extensions import socketio
from fitnesscrm.messaging import access, schemas, service

log = logging.getLogger(__name__)
# The caller's token claims, kept in the socket's WSGI environ (which lives as long as the socket).
CLAIMS = "fitnesscrm.socket_claims"
MESSAGE = schemas.MessageSchema()


def _principal(claims: dict[str, Any]) -> Principal:
    session = auth_service.load_session(
        user_id=int(claims["sub"]),
        issued_ms=claims.get("issued_ms", claims["iat"] * 1000),
        jti=claims["jti"],
        family_id=claims.get("fam"),
    )
    if session.principal is None or session.revoked:
        raise Unauthorized("Your session has ended; sign in again.", code="session_ended")
    return session.principal


def _caller() -> Principal:
    claims = request.environ.get(CLAIMS)
    if claims is None:
        raise Unauthorized("Sign in to do this.")
    return _principal(claims)


def _acknowledged(handler: Callable) -> Callable:
    """Run a client event's handler and turn its outcome, or its refusal, into the acknowledgement."""

    @functools.wraps(handler)
    def wrapper(data=None):
        try:
            if not isinstance(data, dict):
                raise ValidationError("Send an object.")
            return {"ok": True, **(handler(data) or {})}
        except AppError as error:
            return {"ok": False, "error": {"code": error.code, "message": error.message}}
        except Exception:
            log.exception("socket event %s failed", handler.__name__)
            return {"ok": False, "error": {"code": "internal_error", "message": "Something went wrong on our side."}}

    return wrapper


def _id(data: dict, name: str, *, required: bool = True) -> int | None:
    value = data.get(name)
    if value is None and not required:
        return None
    if type(value) is not int or not 1 <= value <= 2**31 - 1:
        raise ValidationError(f"{name} must be an id.", fields={name: ["Must be an id."]})
    return value


@socketio.on("connect")
def connect(auth=None):
    """Accept a socket that carries a valid access token (`auth.token`, else the cookie); it joins its user's room."""
    token = auth.get("token") if isinstance(auth, dict) else None
    token = token or request.cookies.get(current_app.config["JWT_ACCESS_COOKIE_NAME"])
    if not isinstance(token, str) or not token:
        raise ConnectionRefusedError({"code": "unauthorized", "message": "Sign in to do this."})
    try:
        claims = decode_token(token)
        principal = _principal(claims)
    except (PyJWTError, Unauthorized, KeyError, ValueError):
        refusal = {"code": "invalid_token", "message": "Your session has ended; sign in again."}
        raise ConnectionRefusedError(refusal) from None
    request.environ[CLAIMS] = claims
    join_room(realtime.user_room(principal.user_id))


@socketio.on("join")
@_acknowledged
def join(data: dict) -> dict:
    """Open a thread's room, if the caller may; with `after`, the messages they missed since that one."""
    thread_id = _id(data, "thread_id")
    after = _id(data, "after", required=False)
    actor = _caller()
    if not access.may_open(actor=actor, thread_id=thread_id):
        raise NotFound("No such conversation.")
    join_room(realtime.thread_room(thread_id))
    if after is None:
        return {"thread_id": thread_id}
    missed = service.messages(actor=actor, thread_id=thread_id, after=after, limit=100)
    return {"thread_id": thread_id, "missed": MESSAGE.dump(missed["items"], many=True), "has_more": missed["has_more"]}


@socketio.on("leave")
@_acknowledged
def leave(data: dict) -> dict:
    """Close a thread's room."""
    thread_id = _id(data, "thread_id")
    leave_room(realtime.thread_room(thread_id))
    return {"thread_id": thread_id}


@socketio.on("typing")
@_acknowledged
def typing(data: dict) -> dict:
    """Tell the others in a thread's room that the caller is typing."""
    thread_id = _id(data, "thread_id")
    room = realtime.thread_room(thread_id)
    if room not in rooms():
        raise ValidationError("Join the conversation first.")
    claims = request.environ[CLAIMS]
    name = request.environ.setdefault("fitnesscrm.socket_name", _caller().name)
    emit("typing", {"thread_id": thread_id, "user_id": int(claims["sub"]), "name": name}, to=room, include_self=False)
    return {"thread_id": thread_id}

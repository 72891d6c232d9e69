"""Live updates to browsers over Socket.IO: the server end, and how any domain pushes an event to a person.

Domains never talk to sockets directly: they call `emit_to_user` (a person's every open tab and
phone) after their change is committed. With `REDIS_URL` set, Socket.IO passes every emit through
Redis, so an event emitted by one app process, or by the job worker, reaches sockets held by
another; without it one process holds every socket and emits stay inside it.
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from fitnesscrm.extensions import socketio


def user_room(user_id: int) -> str:
    """The room every socket of one signed-in person joins when it connects."""
    return f"user:{user_id}"


def init_app(app: Flask) -> None:
    socketio.init_app(
        app,
        async_mode="threading",
        message_queue=app.config["REDIS_URL"] or None,
        # The SPA is served by this app: only its own origin may open a socket with the session cookie.
        cors_allowed_origins=[],
    )


def emit_to_user(user_id: int, event: str, payload: dict[str, Any]) -> None:
    """Send `event` to every socket `user_id` has open, in this process or (through Redis) any other."""
    socketio.emit(event, payload, to=user_room(user_id))

"""Do sockets sign in with the REST token, join only the threads their user may open, and hear what is said?"""

from __future__ import annotations

import sqlalchemy as sa
from flask_jwt_extended import create_access_token

from fitnesscrm.core import events
from fitnesscrm.extensions import db, socketio
from fitnesscrm.messaging.models import Message
from fitnesscrm.notifications.events import TextMessageReceived


def _socket(app, user=None, *, token=None):
    token = token or (create_access_token(identity=str(user.id)) if user else None)
    return socketio.test_client(app, auth={"token": token} if token else None)


def _args(item):
    # The test client hands an event named "message" its payload as is, other events a list of arguments.
    return item["args"] if item["name"] == "message" else item["args"][0]


def _events(socket, name):
    return [_args(item) for item in socket.get_received() if item["name"] == name]


def _post(client_as, user, thread_id, body):
    response = client_as(user).post(f"/api/threads/{thread_id}/messages", json={"body": body})
    assert response.status_code == 201, response.json
    return response.json


def test_connect_without_or_with_a_bad_token_is_refused(app, chat):
    assert not _socket(app).is_connected()
    assert not _socket(app, token="not-a-token").is_connected()
    assert _socket(app, chat.client_user).is_connected()


def test_connect_with_the_access_cookie_is_accepted(app, chat):
    flask_client = app.test_client()
    flask_client.set_cookie(
        app.config["JWT_ACCESS_COOKIE_NAME"], create_access_token(identity=str(chat.trainer_user.id))
    )
    socket = socketio.test_client(app, flask_test_client=flask_client)
    assert socket.is_connected()


def test_a_member_joins_and_hears_messages_and_typing(app, chat, client_as):
    client_socket = _socket(app, chat.client_user)
    trainer_socket = _socket(app, chat.trainer_user)
    for socket in (client_socket, trainer_socket):
        assert socket.emit("join", {"thread_id": chat.thread_id}, callback=True) == {
            "ok": True,
            "thread_id": chat.thread_id,
        }
        socket.get_received()
    message = _post(client_as, chat.trainer_user, chat.thread_id, "Ready?")
    heard = _events(client_socket, "message")
    assert [(m["id"], m["body"], m["mine"]) for m in heard] == [(message["id"], "Ready?", False)]
    ack = trainer_socket.emit("typing", {"thread_id": chat.thread_id}, callback=True)
    assert ack["ok"] is True
    assert _events(client_socket, "typing") == [
        {"thread_id": chat.thread_id, "user_id": chat.trainer_user.id, "name": chat.trainer_user.full_name}
    ]
    assert _events(trainer_socket, "typing") == []


def test_members_hear_their_counts_and_thread_without_joining(app, chat, client_as):
    client_socket = _socket(app, chat.client_user)
    client_socket.get_received()
    _post(client_as, chat.trainer_user, chat.thread_id, "Hello")
    received = client_socket.get_received()
    unread = [_args(item) for item in received if item["name"] == "unread"]
    assert unread == [{"thread_id": chat.thread_id, "unread_count": 1, "total": 1}]
    thread = next(_args(item) for item in received if item["name"] == "thread")
    assert thread["last_message"]["preview"] == "Hello"
    assert [item["name"] for item in received if item["name"] == "message"] == []


def test_a_client_cannot_join_another_clients_thread_and_hears_nothing(app, chat, other_studio, client_as):
    intruders = [
        _socket(app, chat.lone_client_user),
        _socket(app, chat.other_trainer_user),
        _socket(app, other_studio.owner),
    ]
    for socket in intruders:
        ack = socket.emit("join", {"thread_id": chat.thread_id}, callback=True)
        assert ack == {"ok": False, "error": {"code": "not_found", "message": "No such conversation."}}
        assert socket.emit("typing", {"thread_id": chat.thread_id}, callback=True)["ok"] is False
        socket.get_received()
    _post(client_as, chat.trainer_user, chat.thread_id, "Private to the client")
    for socket in intruders:
        assert socket.get_received() == []


def test_join_with_after_returns_what_was_missed(app, chat, client_as):
    first = _post(client_as, chat.trainer_user, chat.thread_id, "One")
    second = _post(client_as, chat.trainer_user, chat.thread_id, "Two")
    third = _post(client_as, chat.client_user, chat.thread_id, "Three")
    socket = _socket(app, chat.client_user)
    ack = socket.emit("join", {"thread_id": chat.thread_id, "after": first["id"]}, callback=True)
    assert [(m["id"], m["mine"]) for m in ack["missed"]] == [(second["id"], False), (third["id"], True)]
    assert ack["has_more"] is False


def test_bad_join_input_is_refused_in_the_ack(app, chat):
    socket = _socket(app, chat.client_user)
    for data in ({}, {"thread_id": "1"}, {"thread_id": 0}, "x", {"thread_id": chat.thread_id, "after": -1}):
        ack = socket.emit("join", data, callback=True)
        assert ack["ok"] is False and ack["error"]["code"] == "validation_error"


def test_read_receipt_reaches_the_room(app, chat, client_as):
    trainer_socket = _socket(app, chat.trainer_user)
    trainer_socket.emit("join", {"thread_id": chat.thread_id}, callback=True)
    message = _post(client_as, chat.trainer_user, chat.thread_id, "Seen?")
    trainer_socket.get_received()
    client_as(chat.client_user).post(f"/api/threads/{chat.thread_id}/read", json={"message_id": message["id"]})
    assert _events(trainer_socket, "read") == [
        {"thread_id": chat.thread_id, "user_id": chat.client_user.id, "last_read_message_id": message["id"]}
    ]


def test_a_rolled_back_message_is_never_emitted(app, chat):
    from fitnesscrm.messaging import service
    from tests.messaging.conftest import principal

    socket = _socket(app, chat.client_user)
    socket.emit("join", {"thread_id": chat.thread_id}, callback=True)
    socket.get_received()
    thread = db.session.get(service.Thread, chat.thread_id)
    trainer = principal(chat.trainer_user)
    service.store_message(thread=thread, actor=trainer, author_user_id=trainer.user_id, author_name="x", body="Draft")
    db.session.rollback()
    assert socket.get_received() == []


def test_a_clients_text_message_lands_in_their_thread_and_is_emitted(app, chat):
    socket = _socket(app, chat.trainer_user)
    socket.emit("join", {"thread_id": chat.thread_id}, callback=True)
    socket.get_received()
    events.record(
        TextMessageReceived(
            organization_id=chat.org.id, actor=None, client_id=chat.client.id,
            from_number="+15555550100", body="Running 10 min late", sms_message_id=1,
        )
    )  # fmt: skip
    db.session.commit()
    stored = db.session.execute(sa.select(Message).where(Message.thread_id == chat.thread_id)).scalar_one()
    assert (stored.body, stored.via, stored.author_user_id) == ("Running 10 min late", "sms", chat.client_user.id)
    heard = _events(socket, "message")
    assert [(m["body"], m["via"]) for m in heard] == [("Running 10 min late", "sms")]

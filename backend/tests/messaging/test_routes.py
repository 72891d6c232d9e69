"""Can people chat in the threads they may open, and only those, with every change leaving a trace?"""

from __future__ import annotations

import io

import sqlalchemy as sa
from PIL import Image

from fitnesscrm.assignments import service as assignments
from fitnesscrm.extensions import db
from fitnesscrm.messaging.models import MessageEdit, Thread
from tests.factories import ClientFactory, TrainerFactory, UserFactory
from tests.messaging.conftest import principal


def _post(api, thread_id, body):
    response = api.post(f"/api/threads/{thread_id}/messages", json={"body": body})
    assert response.status_code == 201, response.json
    return response.json


def test_assigning_a_trainer_opens_the_client_thread_with_client_and_trainers(chat, client_as):
    thread = client_as(chat.trainer_user).get(f"/api/threads/{chat.thread_id}").json
    assert thread["kind"] == "client"
    assert thread["title"] == chat.client.full_name
    assert thread["client_id"] == chat.client.id
    names = {m["name"]: m["role"] for m in thread["members"]}
    assert names == {
        chat.client_user.full_name: "client",
        chat.trainer_user.full_name: "trainer",
        chat.second_trainer_user.full_name: "trainer",
    }


def test_client_sees_their_coaches_as_the_title_and_no_client_id(chat, client_as):
    thread = client_as(chat.client_user).get(f"/api/threads/{chat.thread_id}").json
    coaches = sorted([chat.trainer_user.full_name, chat.second_trainer_user.full_name])
    assert thread["title"] in (f"{coaches[0]} and {coaches[1]}", f"{coaches[1]} and {coaches[0]}")
    assert thread["client_id"] is None


def test_unassigning_removes_the_trainer_and_refuses_them(chat, client_as):
    assignments.unassign(actor=principal(chat.owner), client_id=chat.client.id, trainer_id=chat.second_trainer.id)
    api = client_as(chat.second_trainer_user)
    assert api.get(f"/api/threads/{chat.thread_id}").status_code == 404
    members = client_as(chat.owner).get(f"/api/threads/{chat.thread_id}").json["members"]
    assert chat.second_trainer_user.id not in {m["user_id"] for m in members}


def test_client_who_gets_an_account_later_is_in_their_thread(chat, client_as):
    user = UserFactory(organization_id=chat.org.id, role="client")
    client = ClientFactory(organization_id=chat.org.id)
    assignments.assign(actor=principal(chat.owner), client_id=client.id, trainer_id=chat.trainer.id)
    client.user_id = user.id
    db.session.flush()
    threads = client_as(user).get("/api/threads").json["items"]
    assert [t["title"] for t in threads] == [chat.trainer_user.full_name]


def test_each_role_lists_only_the_threads_it_may_open(chat, client_as):
    def listed(user):
        return {t["id"] for t in client_as(user).get("/api/threads").json["items"]}

    both = {chat.thread_id, chat.lone_thread_id}
    assert listed(chat.owner) >= both
    assert listed(chat.admin) >= both
    assert listed(chat.trainer_user) == {chat.thread_id}
    assert listed(chat.client_user) == {chat.thread_id}
    assert listed(chat.lone_client_user) == {chat.lone_thread_id}


def test_other_clients_trainers_and_studios_are_refused(chat, other_studio, client_as):
    path = f"/api/threads/{chat.thread_id}"
    for user in (chat.lone_client_user, chat.other_trainer_user, other_studio.owner):
        api = client_as(user)
        assert api.get(path).status_code == 404
        assert api.get(f"{path}/messages").status_code == 404
        assert api.post(f"{path}/messages", json={"body": "hi"}).status_code == 404
    assert client_as(other_studio.owner).get("/api/threads").json["items"] == []


def test_message_is_stored_and_counted_unread_for_the_others(chat, client_as):
    message = _post(client_as(chat.trainer_user), chat.thread_id, "  Ready for Thursday?  ")
    assert message["body"] == "Ready for Thursday?"
    assert message["mine"] is True
    assert message["author"] == {"user_id": chat.trainer_user.id, "name": chat.trainer_user.full_name}
    client_api = client_as(chat.client_user)
    assert client_api.get("/api/threads/unread-count").json == {"total": 1}
    thread = client_api.get(f"/api/threads/{chat.thread_id}").json
    assert thread["unread_count"] == 1
    assert thread["last_message"]["preview"] == "Ready for Thursday?"
    assert client_as(chat.trainer_user).get("/api/threads/unread-count").json == {"total": 0}
    listed = client_api.get(f"/api/threads/{chat.thread_id}/messages").json
    assert [m["mine"] for m in listed["items"]] == [False]


def test_blank_or_too_long_bodies_are_refused(chat, client_as):
    api = client_as(chat.trainer_user)
    for body in ("   ", "x" * 4001, None):
        response = api.post(f"/api/threads/{chat.thread_id}/messages", json={"body": body})
        assert response.status_code == 422
        assert response.json["error"]["code"] == "validation_error"


def test_read_receipt_moves_forward_only_and_clears_unread(chat, client_as):
    trainer = client_as(chat.trainer_user)
    first = _post(trainer, chat.thread_id, "One")
    second = _post(trainer, chat.thread_id, "Two")
    api = client_as(chat.client_user)
    result = api.post(f"/api/threads/{chat.thread_id}/read", json={"message_id": second["id"]}).json
    assert result == {"thread_id": chat.thread_id, "unread_count": 0, "total_unread": 0}
    api.post(f"/api/threads/{chat.thread_id}/read", json={"message_id": first["id"]})
    members = trainer.get(f"/api/threads/{chat.thread_id}").json["members"]
    reader = next(m for m in members if m["user_id"] == chat.client_user.id)
    assert reader["last_read_message_id"] == second["id"]


def test_read_of_a_message_in_another_thread_is_not_found(chat, client_as):
    elsewhere = _post(client_as(chat.lone_client_user), chat.lone_thread_id, "Hello")
    response = client_as(chat.client_user).post(
        f"/api/threads/{chat.thread_id}/read", json={"message_id": elsewhere["id"]}
    )
    assert response.status_code == 404


def test_edit_keeps_the_previous_words_and_only_the_author_may(chat, client_as):
    message = _post(client_as(chat.trainer_user), chat.thread_id, "See you at 6")
    path = f"/api/threads/{chat.thread_id}/messages/{message['id']}"
    assert client_as(chat.owner).patch(path, json={"body": "x"}).status_code == 403
    edited = client_as(chat.trainer_user).patch(path, json={"body": "See you at 7"}).json
    assert edited["body"] == "See you at 7"
    assert edited["edited_at"] is not None
    trace = db.session.execute(sa.select(MessageEdit.action, MessageEdit.previous_body)).all()
    assert [tuple(row) for row in trace] == [("edit", "See you at 6")]


def test_delete_by_author_or_manager_keeps_the_trace(chat, client_as):
    message = _post(client_as(chat.client_user), chat.thread_id, "Oops, wrong chat")
    path = f"/api/threads/{chat.thread_id}/messages/{message['id']}"
    assert client_as(chat.trainer_user).delete(path).status_code == 403
    deleted = client_as(chat.admin).delete(path).json
    assert deleted["body"] is None
    assert deleted["deleted_at"] is not None
    assert client_as(chat.client_user).patch(path, json={"body": "x"}).status_code == 422
    trace = db.session.execute(sa.select(MessageEdit.action, MessageEdit.previous_body)).all()
    assert [tuple(row) for row in trace] == [("delete", "Oops, wrong chat")]
    preview = client_as(chat.trainer_user).get(f"/api/threads/{chat.thread_id}").json["last_message"]["preview"]
    assert preview == "This message was deleted"


def test_cursor_paging_back_and_catching_up(chat, client_as):
    api = client_as(chat.trainer_user)
    ids = [_post(api, chat.thread_id, f"Message {n}")["id"] for n in range(7)]
    path = f"/api/threads/{chat.thread_id}/messages"
    latest = api.get(f"{path}?limit=3").json
    assert [m["id"] for m in latest["items"]] == ids[4:]
    assert latest["has_more"] is True
    back = api.get(f"{path}?limit=3&before={ids[4]}").json
    assert [m["id"] for m in back["items"]] == ids[1:4]
    start = api.get(f"{path}?limit=3&before={ids[1]}").json
    assert ([m["id"] for m in start["items"]], start["has_more"]) == ([ids[0]], False)
    since = api.get(f"{path}?after={ids[4]}").json
    assert ([m["id"] for m in since["items"]], since["has_more"]) == (ids[5:], False)
    assert api.get(f"{path}?limit=0").status_code == 422


def test_group_threads_are_made_by_staff_for_people_they_may_add(chat, client_as):
    trainer = client_as(chat.trainer_user)
    response = trainer.post(
        "/api/threads", json={"title": "Saturday bootcamp", "member_user_ids": [chat.client_user.id, chat.admin.id]}
    )
    assert response.status_code == 201, response.json
    group = response.json
    assert group["kind"] == "group" and group["title"] == "Saturday bootcamp"
    assert {m["user_id"] for m in group["members"]} == {chat.trainer_user.id, chat.client_user.id, chat.admin.id}
    # Not their client: a trainer may not add them.
    refused = trainer.post("/api/threads", json={"title": "x", "member_user_ids": [chat.lone_client_user.id]})
    assert refused.status_code == 422
    by_client = client_as(chat.client_user).post("/api/threads", json={"title": "x", "member_user_ids": []})
    assert by_client.status_code == 403
    assert client_as(chat.lone_client_user).get(f"/api/threads/{group['id']}").status_code == 404
    changed = trainer.patch(f"/api/threads/{group['id']}", json={"title": "Bootcamp", "member_user_ids": []}).json
    assert {m["user_id"] for m in changed["members"]} == {chat.trainer_user.id}
    assert client_as(chat.client_user).get(f"/api/threads/{group['id']}").status_code == 404
    client_thread = trainer.patch(f"/api/threads/{chat.thread_id}", json={"title": "x"})
    assert client_thread.status_code == 422


def test_search_finds_words_in_visible_threads_only(chat, client_as):
    _post(client_as(chat.trainer_user), chat.thread_id, "Remember your protein shake after squats")
    _post(client_as(chat.lone_client_user), chat.lone_thread_id, "Protein question for my coach")
    mine = client_as(chat.client_user).get("/api/messages/search?q=protein").json
    assert [hit["thread_id"] for hit in mine["items"]] == [chat.thread_id]
    assert "protein" in mine["items"][0]["snippet"]
    owner = client_as(chat.owner).get("/api/messages/search?q=protein").json
    assert owner["meta"]["total"] == 2
    assert client_as(chat.owner).get('/api/messages/search?q="protein shake" -coach').json["meta"]["total"] == 1


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 40, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def test_image_attachment_with_thumbnail_is_downloaded_by_members_only(chat, client_as):
    api = client_as(chat.client_user)
    response = api.post(
        f"/api/threads/{chat.thread_id}/attachments",
        data={"file": (io.BytesIO(_png()), "form.png"), "body": "My form check"},
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.json
    message = response.json
    assert message["body"] == "My form check"
    attachment = message["attachment"]
    assert attachment["content_type"] in ("image/png", "image/jpeg")
    assert attachment["thumbnail_url"] == f"/api/messages/{message['id']}/thumbnail"
    trainer = client_as(chat.trainer_user)
    assert trainer.get(attachment["url"]).status_code == 200
    assert trainer.get(attachment["thumbnail_url"]).headers["Content-Type"] == "image/jpeg"
    assert client_as(chat.lone_client_user).get(attachment["url"]).status_code == 404


def test_attachment_that_is_not_a_picture_or_pdf_is_refused_and_nothing_stored(chat, client_as):
    response = client_as(chat.client_user).post(
        f"/api/threads/{chat.thread_id}/attachments",
        data={"file": (io.BytesIO(b"#!/bin/sh\necho hi\n"), "run.sh")},
        content_type="multipart/form-data",
    )
    assert 400 <= response.status_code < 500
    assert db.session.execute(sa.select(Thread.last_message_id).where(Thread.id == chat.thread_id)).scalar() is None


def test_thread_list_costs_the_same_whatever_its_length(chat, client_as, count_statements):
    api = client_as(chat.owner)
    for n in range(3):
        user = UserFactory(organization_id=chat.org.id, role="trainer")
        trainer = TrainerFactory(organization_id=chat.org.id, user_id=user.id)
        client = ClientFactory(organization_id=chat.org.id)
        assignments.assign(actor=principal(chat.owner), client_id=client.id, trainer_id=trainer.id)
        _post(client_as(user), _thread_of(client.id), f"Hi {n}")
    with count_statements() as few:
        api.get("/api/threads?per_page=2")
    with count_statements() as many:
        listed = api.get("/api/threads?per_page=50").json
    assert len(listed["items"]) >= 5
    assert many.count == few.count
    assert many.count <= 8


def _thread_of(client_id: int) -> int:
    return db.session.execute(sa.select(Thread.id).where(Thread.client_id == client_id)).scalar_one()

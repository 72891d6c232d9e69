"""Can a person read, count and mark read their own notifications, and nobody else's?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.notifications.inbox import service
from fitnesscrm.notifications.inbox.models import InAppNotification
from fitnesscrm.notifications.inbox.service import Note


def _notify(studio, user, count=1, kind="message") -> list[int]:
    rows = service.notify(
        organization_id=studio.org.id,
        notes=[
            Note(user_id=user.id, kind=kind, title=f"Sam Coach in Anna {n}", body="See you at 7?", link="/messages/3")
            for n in range(count)
        ],
    )
    db.session.commit()
    return [row.id for row in rows]


def test_list_is_newest_first_with_pages_and_an_unread_filter(client_as, studio):
    older, newer = _notify(studio, studio.client_user, 2)
    api = client_as(studio.client_user)
    assert api.post(f"/api/notifications/{older}/read").status_code == 200

    page = api.get("/api/notifications?per_page=1").get_json()
    assert [item["id"] for item in page["items"]] == [newer]
    assert page["meta"]["total"] == 2 and page["meta"]["has_next"] is True
    item = page["items"][0]
    assert set(item) == {"id", "kind", "title", "body", "link", "created_at", "read_at"}
    assert item["title"] == "Sam Coach in Anna 1" and item["link"] == "/messages/3" and item["read_at"] is None

    assert [i["id"] for i in api.get("/api/notifications?unread=true").get_json()["items"]] == [newer]
    assert [i["id"] for i in api.get("/api/notifications?unread=false").get_json()["items"]] == [older]
    assert api.get("/api/notifications?unread=maybe").status_code == 422


def test_unread_count_mark_read_and_read_all(client_as, studio):
    first, _second, _third = _notify(studio, studio.trainer_user, 3)
    api = client_as(studio.trainer_user)
    assert api.get("/api/notifications/unread-count").get_json() == {"count": 3}

    marked = api.post(f"/api/notifications/{first}/read")
    assert marked.status_code == 200
    read_at = marked.get_json()["read_at"]
    assert read_at is not None
    assert api.post(f"/api/notifications/{first}/read").get_json()["read_at"] == read_at
    assert api.get("/api/notifications/unread-count").get_json() == {"count": 2}

    assert api.post("/api/notifications/read-all").get_json() == {"count": 0}
    assert api.get("/api/notifications/unread-count").get_json() == {"count": 0}


def test_other_peoples_and_other_studios_notifications_are_invisible_and_untouchable(client_as, studio, other_studio):
    [mine] = _notify(studio, studio.client_user)
    _notify(other_studio, other_studio.client_user, 2)
    for stranger in (studio.owner, studio.trainer_user, other_studio.owner, other_studio.client_user):
        api = client_as(stranger)
        assert mine not in [item["id"] for item in api.get("/api/notifications").get_json()["items"]]
        response = api.post(f"/api/notifications/{mine}/read")
        assert response.status_code == 404
        assert response.get_json()["error"]["code"] == "not_found"
        api.post("/api/notifications/read-all")
    assert db.session.get(InAppNotification, mine).read_at is None
    assert client_as(studio.owner).get("/api/notifications/unread-count").get_json() == {"count": 0}
    assert client_as(studio.client_user).get("/api/notifications/unread-count").get_json() == {"count": 1}


def test_notification_routes_refuse_anonymous_callers(client):
    assert client.get("/api/notifications").status_code == 401
    assert client.get("/api/notifications/unread-count").status_code == 401
    assert client.post("/api/notifications/1/read").status_code == 401
    assert client.post("/api/notifications/read-all").status_code == 401


def test_list_costs_the_same_statements_however_many_notifications(client_as, studio, count_statements):
    api = client_as(studio.client_user)
    _notify(studio, studio.client_user)
    with count_statements() as few:
        api.get("/api/notifications")
    _notify(studio, studio.client_user, 20)
    with count_statements() as many:
        assert len(api.get("/api/notifications").get_json()["items"]) == 21
    assert many.count == few.count


def test_prune_forgets_only_notifications_read_long_ago(studio, app):
    old_read, old_unread, recent_read = _notify(studio, studio.client_user, 3)
    long_ago = datetime.now(UTC) - timedelta(days=app.config["NOTIFICATION_RETENTION_DAYS"] + 1)
    db.session.execute(
        sa.update(InAppNotification).where(InAppNotification.id.in_([old_read, old_unread])).values(created_at=long_ago)
    )
    db.session.execute(sa.update(InAppNotification).where(InAppNotification.id == old_read).values(read_at=long_ago))
    db.session.execute(
        sa.update(InAppNotification).where(InAppNotification.id == recent_read).values(read_at=sa.func.now())
    )
    db.session.commit()

    assert service.prune() == 1

    left = set(db.session.execute(sa.select(InAppNotification.id)).scalars())
    assert left == {old_unread, recent_read}

"""Do clients and their coaches upload, list, compare and delete progress photos, and nobody else?"""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from PIL import Image

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.core.storage import StoredFile
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import ProgressPhoto
from tests.factories import UserFactory
from tests.progress.photos.conftest import jpeg, pdf

DAY_1 = date(2026, 9, 1)
DAY_2 = date(2026, 10, 1)


def photos_url(client_id, *extra):
    return "/".join([f"/api/clients/{client_id}/photos", *extra])


def upload(api, client_id, *, pose="front", taken_on=DAY_1, content=None, name="me.jpg"):
    return api.post(
        photos_url(client_id) + f"?pose={pose}&taken_on={taken_on}",
        data={"file": (io.BytesIO(content or jpeg()), name)},
        content_type="multipart/form-data",
    )


def test_client_uploads_their_photo_and_reads_it_through_signed_links(studio, client_as):
    api = client_as(studio.client_user)
    response = upload(api, studio.client.id, content=jpeg(size=(900, 1200), gps=True))
    assert response.status_code == 201, response.get_json()
    photo = response.get_json()
    assert (photo["pose"], photo["taken_on"]) == ("front", "2026-09-01")
    assert photo["width"] * 4 == photo["height"] * 3  # portrait, as taken
    assert photo["uploaded_by_name"] == studio.client_user.full_name
    listed = client_as(studio.trainer_user).get(photos_url(studio.client.id)).get_json()
    assert listed["meta"]["total"] == 1
    day = listed["items"][0]
    assert day["taken_on"] == "2026-09-01" and [p["pose"] for p in day["photos"]] == ["front"]
    full = api.get(day["photos"][0]["url"])
    assert full.status_code == 200 and full.mimetype == "image/jpeg"
    picture = Image.open(io.BytesIO(full.data))
    assert picture.size == (900, 1200)
    assert not picture.getexif().get_ifd(0x8825)  # no GPS left
    thumbnail = api.get(day["photos"][0]["thumbnail_url"])
    assert thumbnail.status_code == 200 and max(Image.open(io.BytesIO(thumbnail.data)).size) < 1200


def test_a_signed_link_that_was_tampered_with_is_refused(studio, client_as):
    api = client_as(studio.client_user)
    url = upload(api, studio.client.id).get_json()["url"]
    tampered = url[:-2] + ("AA" if not url.endswith("AA") else "BB")
    assert api.get(tampered).status_code in (403, 404)


def test_second_upload_of_a_pose_and_day_replaces_the_first_and_releases_its_file(studio, client_as):
    api = client_as(studio.trainer_user)
    first = upload(api, studio.client.id).get_json()
    second = upload(api, studio.client.id, content=jpeg((10, 200, 10))).get_json()
    assert second["id"] != first["id"]
    listed = api.get(photos_url(studio.client.id)).get_json()
    assert [p["id"] for p in listed["items"][0]["photos"]] == [second["id"]]
    old = db.session.execute(
        sa.select(StoredFile)
        .join(ProgressPhoto, ProgressPhoto.stored_file_id == StoredFile.id)
        .where(ProgressPhoto.id == first["id"])
    ).scalar_one()
    assert old.deleted_at is not None
    actions = db.session.execute(
        sa.select(ActivityEntry.action, ActivityEntry.entity_label).where(
            ActivityEntry.organization_id == studio.org.id, ActivityEntry.action == "add_photo"
        )
    ).all()
    assert actions == [("add_photo", studio.client.full_name)] * 2


def test_delete_removes_the_photo_and_its_file(studio, client_as):
    api = client_as(studio.client_user)
    photo = upload(api, studio.client.id).get_json()
    assert api.delete(photos_url(studio.client.id, str(photo["id"]))).status_code == 204
    assert api.get(photos_url(studio.client.id)).get_json()["items"] == []
    assert api.delete(photos_url(studio.client.id, str(photo["id"]))).status_code == 404
    stored = db.session.execute(sa.select(StoredFile).order_by(StoredFile.id.desc()).limit(1)).scalar_one()
    assert stored.deleted_at is not None
    removals = sa.select(sa.func.count()).where(
        ActivityEntry.action == "remove_photo", ActivityEntry.entity_id == studio.client.id
    )
    assert db.session.execute(removals).scalar_one() == 1


def test_compare_gives_both_days_pose_by_pose(studio, client_as):
    api = client_as(studio.client_user)
    for day in (DAY_1, DAY_2):
        for pose in ("back", "front"):
            assert upload(api, studio.client.id, pose=pose, taken_on=day).status_code == 201
    body = api.get(photos_url(studio.client.id, "compare") + f"?before={DAY_1}&after={DAY_2}").get_json()
    assert body["before"]["taken_on"] == "2026-09-01" and body["after"]["taken_on"] == "2026-10-01"
    assert [p["pose"] for p in body["after"]["photos"]] == ["front", "back"]
    missing = api.get(photos_url(studio.client.id, "compare") + f"?before={DAY_1}&after=2026-11-01")
    assert missing.status_code == 404


def test_other_studios_clients_and_trainers_are_refused_on_every_path(studio, other_studio, client_as):
    photo = upload(client_as(studio.client_user), studio.client.id).get_json()
    other_trainer_user = UserFactory(organization_id=studio.org.id, role="trainer")
    studio.other_trainer.user_id = other_trainer_user.id
    other_client_user = UserFactory(organization_id=studio.org.id, role="client")
    studio.other_client.user_id = other_client_user.id
    db.session.commit()
    files_before = db.session.execute(sa.select(sa.func.count()).select_from(StoredFile)).scalar_one()
    for user in (other_studio.owner, other_trainer_user, other_client_user):
        api = client_as(user)
        assert api.get(photos_url(studio.client.id)).status_code == 404
        assert api.get(photos_url(studio.client.id, "compare") + f"?before={DAY_1}&after={DAY_1}").status_code == 404
        assert upload(api, studio.client.id, pose="side").status_code == 404
        assert api.delete(photos_url(studio.client.id, str(photo["id"]))).status_code == 404
    # A refused upload stored nothing.
    assert db.session.execute(sa.select(sa.func.count()).select_from(StoredFile)).scalar_one() == files_before


@pytest.mark.parametrize(
    ("query", "content", "name", "status"),
    [
        ("pose=front&taken_on=2999-01-01", None, "me.jpg", 422),
        ("pose=top&taken_on=2026-09-01", None, "me.jpg", 422),
        ("pose=front&taken_on=2026-09-01", pdf(), "me.jpg", 415),
        ("pose=front&taken_on=2026-09-01", b"", "me.jpg", 422),
    ],
)
def test_bad_uploads_are_refused_and_leave_nothing(studio, client_as, query, content, name, status):
    api = client_as(studio.client_user)
    response = api.post(
        photos_url(studio.client.id) + f"?{query}",
        data={"file": (io.BytesIO(jpeg() if content is None else content), name)},
        content_type="multipart/form-data",
    )
    assert response.status_code == status, response.get_json()
    assert set(response.get_json()["error"]) >= {"code", "message"}
    assert db.session.execute(sa.select(sa.func.count()).select_from(ProgressPhoto)).scalar_one() == 0
    assert db.session.execute(sa.select(sa.func.count()).select_from(StoredFile)).scalar_one() == 0


def test_list_costs_the_same_statements_for_one_day_or_many(studio, client_as, count_statements):
    api = client_as(studio.trainer_user)
    upload(api, studio.client.id)
    with count_statements() as few:
        assert api.get(photos_url(studio.client.id)).get_json()["meta"]["total"] == 1
    for n in range(1, 5):
        for pose in ("front", "side", "back"):
            upload(api, studio.client.id, pose=pose, taken_on=DAY_1 - timedelta(days=n))
    with count_statements() as many:
        body = api.get(photos_url(studio.client.id)).get_json()
    assert body["meta"]["total"] == 5 and sum(len(day["photos"]) for day in body["items"]) == 13
    assert many.count == few.count

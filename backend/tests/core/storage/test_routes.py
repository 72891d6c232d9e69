"""Can owners and admins see their studio's storage usage, counted per kind and never another studio's?"""

from __future__ import annotations

from fitnesscrm.extensions import db
from tests.core.storage import samples


def test_get_storage_usage_sums_live_files_per_kind(storage, upload, studio, other_studio, client_as):
    photo = upload(samples.image_bytes("PNG"), "a.png")
    document = upload(samples.pdf(), "a.pdf", "document")
    released = upload(samples.pdf(), "b.pdf", "document")
    upload(samples.pdf(), "theirs.pdf", "document", organization_id=other_studio.org.id)
    from fitnesscrm.core.storage import release

    release(released)
    studio.org.storage_quota_bytes = 5 * 10**9
    db.session.commit()

    body = client_as(studio.admin).get("/api/organization/storage").get_json()

    photo_bytes = photo.size_bytes + photo.thumbnail_size_bytes
    assert body["used_bytes"] == photo_bytes + document.size_bytes
    assert body["quota_bytes"] == 5 * 10**9
    assert body["summary"].endswith(" of 5 GB used")
    by_kind = {item["kind"]: item for item in body["by_kind"]}
    assert by_kind["photo"] == {"kind": "photo", "label": "Photos", "files": 1, "used_bytes": photo_bytes}
    assert by_kind["document"]["files"] == 1
    assert by_kind["attachment"] == {"kind": "attachment", "label": "Attachments", "files": 0, "used_bytes": 0}


def test_get_storage_usage_uses_the_installation_quota_by_default(storage, studio, client_as, app):
    body = client_as(studio.owner).get("/api/organization/storage").get_json()

    assert body == {
        "used_bytes": 0,
        "quota_bytes": app.config["STORAGE_QUOTA_BYTES"],
        "summary": "0 bytes of 5 GB used",
        "by_kind": body["by_kind"],
    }


def test_get_storage_usage_is_one_statement_and_a_quota(storage, studio, client_as, count_statements):
    api = client_as(studio.owner)
    api.get("/api/organization/storage")
    with count_statements() as counter:
        api.get("/api/organization/storage")
    # The caller (authentication), the usage sum, the quota.
    assert counter.count <= 4


def test_get_storage_usage_is_refused_to_trainers_and_clients(storage, studio, client_as, client):
    for user in (studio.trainer_user, studio.client_user):
        response = client_as(user).get("/api/organization/storage")
        assert response.status_code == 403
    assert client.get("/api/organization/storage").status_code == 401

"""Do the documents endpoints answer as the contract says, and does every download path refuse strangers?"""

from __future__ import annotations

import hashlib
import io

import pytest

from fitnesscrm.demo.documents import pdf_bytes
from fitnesscrm.documents import sharing
from tests.documents.factories import actors, document, real_upload


@pytest.fixture
def who(studio):
    return actors(studio)


@pytest.fixture
def waiver(who, studio):
    doc = document(who["owner"], upload=real_upload(who["owner"], "Version one"))
    sharing.share(actor=who["owner"], document_id=doc.id, client_ids=[studio.client.id])
    return doc


def _pdf(text: str, name: str = "plan.pdf"):
    return (io.BytesIO(pdf_bytes(["Plan", text])), name)


def test_upload_stores_the_file_and_reads_the_form(client_as, studio):
    folder = client_as(studio.owner).post("/api/document-folders", json={"name": "Plans"}).get_json()
    response = client_as(studio.trainer_user).post(
        "/api/documents",
        data={
            "title": "Squat plan",
            "category": "workout_plan",
            "folder_id": str(folder["id"]),
            "tags": ["strength", "Legs"],
            "file": _pdf("Squat"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["current_version"]["content_type"] == "application/pdf"
    assert body["folder"]["name"] == "Plans" and body["tags"] == ["strength", "legs"]
    assert body["download_url"].startswith("/api/files/")


def test_upload_refuses_a_bad_folder_id_and_a_missing_file(client_as, studio):
    api = client_as(studio.owner)
    bad = api.post("/api/documents", data={"title": "X", "folder_id": "1e3", "file": _pdf("x")})
    assert bad.status_code == 422
    missing = api.post("/api/documents", data={"title": "X"}, content_type="multipart/form-data")
    assert missing.status_code == 422


def test_upload_refuses_what_is_not_a_document(client_as, studio):
    response = client_as(studio.owner).post(
        "/api/documents",
        data={"title": "Script", "file": (io.BytesIO(b"\x7fELF\x02\x01\x01" + b"\0" * 64), "plan.pdf")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 415


def test_new_version_and_downloads_of_each(client_as, studio, waiver):
    api = client_as(studio.owner)
    second = api.post(
        f"/api/documents/{waiver.id}/versions",
        data={"note": "Clearer wording", "file": _pdf("Version two", "waiver-v2.pdf")},
        content_type="multipart/form-data",
    )
    assert second.status_code == 201 and second.get_json()["current_version"]["number"] == 2
    versions = api.get(f"/api/documents/{waiver.id}/versions").get_json()["items"]
    assert [(v["number"], v["note"]) for v in versions] == [(2, "Clearer wording"), (1, None)]
    first = api.get(f"/api/documents/{waiver.id}/versions/1/download")
    assert first.status_code == 200 and b"Version one" in first.data
    assert first.headers["X-Content-Type-Options"] == "nosniff"
    assert "attachment" in first.headers["Content-Disposition"]
    assert hashlib.sha256(first.data).hexdigest() == versions[1]["sha256"]
    assert b"Version two" in api.get(f"/api/documents/{waiver.id}/versions/2/download").data


def test_restore_makes_the_old_file_current_as_a_new_version(client_as, studio, waiver):
    api = client_as(studio.owner)
    api.post(f"/api/documents/{waiver.id}/versions", data={"file": _pdf("Two")}, content_type="multipart/form-data")
    restored = api.post(f"/api/documents/{waiver.id}/versions/1/restore")
    assert restored.status_code == 201 and restored.get_json()["current_version"]["number"] == 3
    mine = client_as(studio.client_user).get(f"/api/clients/{studio.client.id}/documents/{waiver.id}/download")
    assert b"Version one" in mine.data


def test_client_downloads_only_what_is_shared_with_them(client_as, studio, who, waiver):
    unshared = document(who["owner"], title="Private", upload=real_upload(who["owner"], "Secret"))
    api = client_as(studio.client_user)
    ok = api.get(f"/api/clients/{studio.client.id}/documents/{waiver.id}/download")
    assert ok.status_code == 200 and b"Version one" in ok.data
    assert api.get(f"/api/clients/{studio.client.id}/documents/{unshared.id}/download").status_code == 404
    assert api.get(f"/api/clients/{studio.client.id}/documents/{unshared.id}").status_code == 404
    # Staff paths are not for clients, whatever the document.
    assert api.get(f"/api/documents/{waiver.id}/versions/1/download").status_code == 403
    detail = api.get(f"/api/clients/{studio.client.id}/documents/{waiver.id}").get_json()
    signed = client_as(studio.client_user).get(detail["download_url"])
    assert signed.status_code == 200 and b"Version one" in signed.data


def test_other_studios_are_refused_on_every_download_path(client_as, studio, other_studio, waiver):
    stranger = client_as(other_studio.owner)
    their_client = client_as(other_studio.client_user)
    for path in (
        f"/api/documents/{waiver.id}",
        f"/api/documents/{waiver.id}/versions/1/download",
        f"/api/clients/{studio.client.id}/documents/{waiver.id}",
        f"/api/clients/{studio.client.id}/documents/{waiver.id}/download",
    ):
        assert stranger.get(path).status_code == 404, path
        assert their_client.get(path).status_code in (403, 404), path
    # Their own client id with our document id: not shared with them, so not found.
    own = f"/api/clients/{other_studio.client.id}/documents/{waiver.id}/download"
    assert their_client.get(own).status_code == 404


def test_signing_records_the_address_and_browser(client_as, studio, waiver):
    response = client_as(studio.client_user).post(
        f"/api/clients/{studio.client.id}/documents/{waiver.id}/signatures",
        json={"typed_name": "Casey Client", "consent": True},
        headers={"User-Agent": "Mozilla/5.0 (iPhone)"},
        environ_base={"REMOTE_ADDR": "198.51.100.7"},
    )
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["version_number"] == 1 and "ip_address" not in body
    staff = client_as(studio.owner).get(f"/api/documents/{waiver.id}/signatures").get_json()["items"]
    assert staff[0]["status"] == "signed"
    assert staff[0]["signature"]["ip_address"] == "198.51.100.7"
    assert staff[0]["signature"]["user_agent"] == "Mozilla/5.0 (iPhone)"


def test_signatures_cannot_be_edited_or_deleted_through_the_api(client_as, studio, waiver):
    api = client_as(studio.client_user)
    url = f"/api/clients/{studio.client.id}/documents/{waiver.id}/signatures"
    api.post(url, json={"typed_name": "Casey Client", "consent": True})
    for method in ("put", "patch", "delete"):
        assert getattr(api, method)(url, json={"typed_name": "Forged"}).status_code == 405
    assert api.post(url, json={"typed_name": "Again", "consent": True}).status_code == 409
    assert api.post(url, json={"typed_name": "No", "consent": False}).status_code in (409, 422)


def test_consent_must_be_json_true(client_as, studio, waiver):
    url = f"/api/clients/{studio.client.id}/documents/{waiver.id}/signatures"
    response = client_as(studio.client_user).post(url, json={"typed_name": "Casey", "consent": "yes"})
    assert response.status_code == 422


def test_library_list_runs_a_fixed_number_of_statements(client_as, studio, who, count_statements):
    for n in range(8):
        document(who["owner"], title=f"Plan {n}", tags=["t"])
    api = client_as(studio.owner)
    with count_statements() as counter:
        response = api.get("/api/documents?per_page=50")
    assert len(response.get_json()["items"]) == 8
    # Authentication (user, revocation) plus the page and its count.
    assert counter.count <= 5


def test_folders_added_moved_and_removed_are_in_the_activity_log_by_name(client_as, studio):
    api = client_as(studio.owner)
    plans = api.post("/api/document-folders", json={"name": "Plans"}).get_json()
    legs = api.post("/api/document-folders", json={"name": "Legs", "parent_id": plans["id"]}).get_json()
    api.patch(f"/api/document-folders/{legs['id']}", json={"name": "Lower body", "parent_id": None})
    assert api.delete(f"/api/document-folders/{legs['id']}").status_code == 204

    entries = api.get("/api/activity?entity_type=document_folder&sort=created_at").get_json()["items"]
    assert [(entry["action"], entry["entity_label"]) for entry in entries] == [
        ("create", "Plans"),
        ("create", "Legs"),
        ("update", "Lower body"),
        ("delete", "Lower body"),
    ]

    def changes(entry):
        return {change["label"]: (change["before"], change["after"]) for change in entry["changes"]}

    assert changes(entries[1]) == {"Name": (None, "Legs"), "Inside": (None, "Plans")}
    assert changes(entries[2]) == {"Name": ("Legs", "Lower body"), "Inside": ("Plans", None)}
    assert changes(entries[3]) == {"Name": ("Lower body", None)}
    assert entries[0]["entity_type_label"] == "Document folder"

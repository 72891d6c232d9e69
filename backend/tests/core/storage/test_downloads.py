"""Can a signed link fetch exactly its file, variant and disposition, until it expires, and nothing else?"""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
from itsdangerous import URLSafeSerializer

from fitnesscrm.core.storage import release, signed_url, signing
from fitnesscrm.extensions import db
from tests.core.storage import samples
from tests.core.storage.conftest import read_bytes


def _error(response) -> str:
    return response.get_json()["error"]["code"]


def test_signed_url_serves_the_original_inline(storage, upload, client):
    stored = upload(samples.jpeg_with_gps(), "IMG_0042.jpg")

    response = client.get(signed_url(stored))

    assert response.status_code == 200
    assert response.get_data() == read_bytes(storage, stored.key)
    assert response.headers["Content-Type"] == "image/jpeg"
    assert response.headers["Content-Disposition"] == 'inline; filename="IMG_0042.jpg"'
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cache-Control"].startswith("private")
    assert "sandbox" in response.headers["Content-Security-Policy"]


def test_signed_url_serves_the_thumbnail(storage, upload, client):
    stored = upload(samples.image_bytes("PNG", size=(1000, 1000)), "big.png")

    response = client.get(signed_url(stored, variant="thumbnail"))

    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/jpeg"
    assert response.get_data() == read_bytes(storage, stored.thumbnail_key)


def test_signed_url_attachment_names_the_file_in_utf8(storage, upload, client):
    stored = upload(samples.pdf(), "Übungsplan – März.pdf", "document")

    response = client.get(signed_url(stored, disposition="attachment"))

    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == (
        "attachment; filename=\"_bungsplan _ M_rz.pdf\"; filename*=UTF-8''%C3%9Cbungsplan%20%E2%80%93%20M%C3%A4rz.pdf"
    )


def test_signed_url_serves_text_as_text(storage, upload, client):
    stored = upload(b"<script>alert(1)</script>\n", "page.html", "document")

    response = client.get(signed_url(stored))

    assert response.headers["Content-Type"] == "text/plain"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert 'filename="page.txt"' in response.headers["Content-Disposition"]


def test_signed_url_names_no_id(storage, upload, studio):
    stored = upload(samples.pdf(), "a.pdf", "document")

    token = signed_url(stored).removeprefix("/api/files/")
    payload = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))

    assert payload[0] == stored.key and len(payload) == 4
    assert stored.id not in payload and studio.org.id not in payload


def test_signed_url_expires(storage, upload, client, monkeypatch):
    stored = upload(samples.pdf(), "a.pdf", "document")
    url = signed_url(stored, expires_in=timedelta(minutes=5))
    issued = signing.now()

    monkeypatch.setattr(signing, "now", lambda: issued + 4 * 60)
    assert client.get(url).status_code == 200
    monkeypatch.setattr(signing, "now", lambda: issued + 5 * 60 + 1)
    response = client.get(url)

    assert response.status_code == 410 and _error(response) == "link_expired"
    assert "expired" in response.get_json()["error"]["message"]


def test_signed_url_tampered_is_refused(storage, upload, client):
    photo = upload(samples.jpeg_with_gps(), "a.jpg")
    token = signed_url(photo).removeprefix("/api/files/")
    payload, signature = token.split(".")
    flipped = payload[:-1] + ("A" if payload[-1] != "A" else "B")

    for forged in (f"{flipped}.{signature}", f"{payload}.{signature[:-2]}", payload, "nonsense", "a.b.c"):
        response = client.get(f"/api/files/{forged}")
        assert response.status_code == 404, forged
        assert _error(response) == "invalid_link"


def test_signed_url_variant_cannot_be_changed(storage, upload, client, app):
    photo = upload(samples.jpeg_with_gps(), "a.jpg")
    token = signed_url(photo, variant="thumbnail").removeprefix("/api/files/")
    _payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(_payload + "=="))
    claims[1] = "o"
    forged = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")

    response = client.get(f"/api/files/{forged}.{signature}")

    assert response.status_code == 404


def test_signed_url_of_another_studio_does_not_open_this_studios_file(storage, upload, client, app, other_studio):
    """A token signed for one studio that names a file of another is refused."""
    stored = upload(samples.pdf(), "a.pdf", "document")
    other_salt = f"fitnesscrm.storage.download.{other_studio.org.id}"
    forged = URLSafeSerializer(app.config["SECRET_KEY"], salt=other_salt).dumps(
        [stored.key, "o", "i", int(signing.now()) + 600]
    )

    response = client.get(f"/api/files/{forged}")

    assert response.status_code == 404 and _error(response) == "invalid_link"


def test_signed_url_of_a_released_file_is_refused(storage, upload, client):
    stored = upload(samples.pdf(), "a.pdf", "document")
    url = signed_url(stored)
    release(stored)
    db.session.commit()

    response = client.get(url)

    assert response.status_code == 404 and _error(response) == "not_found"


def test_signed_url_has_no_thumbnail_for_a_document(storage, upload):
    stored = upload(samples.pdf(), "a.pdf", "document")

    with pytest.raises(ValueError, match="thumbnail"):
        signed_url(stored, variant="thumbnail")


def test_send_file_streams_an_attachment(storage, upload, app):
    from fitnesscrm.core.storage import send_file

    stored = upload(samples.ooxml("xlsx"), "weights.xlsx", "document")

    with app.test_request_context("/api/anything"):
        response = send_file(stored, download_name="Weights – Anna.xlsx")
        response.direct_passthrough = False
        body = response.get_data()

    assert body == samples.ooxml("xlsx")
    assert response.headers["Content-Disposition"].startswith('attachment; filename="Weights _ Anna.xlsx"')
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

"""Are the PWA's service worker and manifest served so that browsers install the app and pick up new builds?"""

from __future__ import annotations

import pytest


@pytest.fixture
def dist(app, tmp_path, monkeypatch):
    """A build with a service worker and a manifest."""
    (tmp_path / "index.html").write_bytes(b"<!doctype html><title>FitnessCRM</title>")
    (tmp_path / "sw.js").write_bytes(b"self.addEventListener('fetch', () => {});")
    (tmp_path / "manifest.webmanifest").write_bytes(b'{"name": "FitnessCRM"}')
    monkeypatch.setitem(app.config, "FRONTEND_DIST", tmp_path)
    return tmp_path


def test_get_service_worker_is_javascript_revalidated_each_time(client, dist):
    response = client.get("/sw.js")

    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.headers["Cache-Control"] == "no-cache"


def test_get_service_worker_may_fetch_the_app_shell(client, dist):
    policy = client.get("/sw.js").headers["Content-Security-Policy"]

    assert "connect-src 'self'" in policy and "script-src 'self'" in policy


def test_get_manifest_has_its_content_type(client, dist):
    response = client.get("/manifest.webmanifest")

    assert response.status_code == 200
    assert response.mimetype == "application/manifest+json"
    assert response.headers["Cache-Control"] == "no-cache"


def test_get_page_policy_allows_the_worker_and_the_manifest(client, dist):
    policy = client.get("/portal/today").headers["Content-Security-Policy"]

    assert "worker-src 'self'" in policy and "manifest-src 'self'" in policy


@pytest.mark.parametrize("name", ["sw.js", "manifest.webmanifest"])
def test_get_missing_worker_or_manifest_is_404_not_index(client, dist, name):
    (dist / name).unlink()

    assert client.get(f"/{name}").status_code == 404


def test_get_api_answer_keeps_the_strict_policy(client, dist):
    assert client.get("/api/health").headers["Content-Security-Policy"].startswith("default-src 'none'")

"""Does every response carry the security headers, with a CSP the real pages satisfy and no cached secrets?"""

from __future__ import annotations

import re

import pytest

from fitnesscrm.config import REPO_ROOT
from fitnesscrm.core.security_headers import inline_script_hashes, page_policy
from tests.factories import PASSWORD

COMMON = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


@pytest.fixture
def built_spa(app, tmp_path, monkeypatch):
    """A dist folder holding the SPA's real index.html (as Vite keeps it) and one asset."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text((REPO_ROOT / "frontend" / "index.html").read_text())
    (tmp_path / "assets" / "app.js").write_text("console.log(1)")
    monkeypatch.setitem(app.config, "FRONTEND_DIST", tmp_path)
    return tmp_path


@pytest.mark.parametrize("path", ["/api/health", "/api/no-such-thing", "/api/docs", "/sign-in"])
def test_every_response_has_the_common_headers(client, built_spa, path):
    response = client.get(path)
    for name, value in COMMON.items():
        assert response.headers[name] == value, (path, name)
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "Strict-Transport-Security" not in response.headers


def test_spa_page_policy_allows_its_own_inline_script_by_hash_and_nothing_else_inline(client, built_spa):
    html = (built_spa / "index.html").read_text()
    hashes = inline_script_hashes(html)
    assert len(hashes) == 1
    policy = client.get("/clients").headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    # Its own scripts, the theme bootstrap by hash, and Stripe.js for card entry.
    assert directives["script-src"].split() == ["'self'", *hashes, "https://js.stripe.com"]
    assert directives["frame-src"].split() == ["'self'", "https://js.stripe.com", "https://hooks.stripe.com"]
    assert directives["connect-src"].split() == ["'self'", "https://api.stripe.com"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert directives["style-src"] == "'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"


def test_spa_policy_follows_a_rebuilt_index(app, built_spa):
    with app.test_request_context():
        before = page_policy()
        index = built_spa / "index.html"
        index.write_text(index.read_text().replace("fitnesscrm-theme", "fitnesscrm-theme-v2"))
        import os

        os.utime(index, (1, 1))
        assert page_policy() != before


def test_api_json_is_never_cached_and_runs_nothing(client, studio):
    response = client.post("/api/auth/token", json={"email": studio.owner.email, "password": PASSWORD})
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")
    me = client.get("/api/auth/me", headers={"Authorization": f"Bearer {response.get_json()['access_token']}"})
    assert me.headers["Cache-Control"] == "no-store"


def test_hsts_only_over_https(client):
    assert "Strict-Transport-Security" not in client.get("/api/health").headers
    secure = client.get("/api/health", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000"


def test_docs_page_loads_no_script_from_elsewhere_and_none_inline(client):
    page = client.get("/api/docs").get_data(as_text=True)
    sources = re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"", page)
    assert sources and all(source.startswith("/api/docs/assets/") for source in sources)
    assert inline_script_hashes(page) == ()
    assert not re.search(r"(href|src)=\"(https?:)?//", page)
    for source in [*sources, "/api/docs/assets/swagger-ui.css"]:
        asset = client.get(source)
        assert asset.status_code == 200, source
        assert len(asset.get_data()) > 100
    assert client.get("/api/docs/assets/../config.py").status_code == 404


@pytest.mark.live_server
def test_the_production_server_shows_no_version_and_sends_hsts_behind_an_https_proxy(database_url):
    import os
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    import requests

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    backend = Path(__file__).resolve().parents[2]
    env = {**os.environ, "APP_ENV": "test", "DATABASE_URL": database_url, "TRUSTED_PROXY_COUNT": "1"}
    env["PYTHONPATH"] = str(backend)
    server = subprocess.Popen(  # noqa: S603 - a fixed command line
        [sys.executable, "-m", "gunicorn", "-w", "1", "-b", f"127.0.0.1:{port}", "fitnesscrm.wsgi:app"],
        cwd=backend,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(150):
            try:
                response = requests.get(
                    f"http://127.0.0.1:{port}/api/health", headers={"X-Forwarded-Proto": "https"}, timeout=5
                )
                break
            except requests.RequestException:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert not re.search(r"\d", response.headers.get("Server", "")), response.headers.get("Server")
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"
    assert response.headers["X-Content-Type-Options"] == "nosniff"

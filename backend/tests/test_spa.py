"""Is the built web app sent compressed, with the right types, caching and revalidation?"""

from __future__ import annotations

import gzip

import pytest

SCRIPT = b"export const greeting = 'hello';\n" * 200
SCRIPT_BR = b"brotli form of the script"
INDEX = b'<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head></html>'


@pytest.fixture
def dist(app, tmp_path, monkeypatch):
    """A build with one hashed script (and its compressed forms), index.html and an icon."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "index-abc123.js").write_bytes(SCRIPT)
    (tmp_path / "assets" / "index-abc123.js.br").write_bytes(SCRIPT_BR)
    (tmp_path / "assets" / "index-abc123.js.gz").write_bytes(gzip.compress(SCRIPT))
    (tmp_path / "index.html").write_bytes(INDEX)
    (tmp_path / "index.html.gz").write_bytes(gzip.compress(INDEX))
    (tmp_path / "favicon.svg").write_bytes(b"<svg/>")
    monkeypatch.setitem(app.config, "FRONTEND_DIST", tmp_path)
    return tmp_path


SCRIPT_URL = "/assets/index-abc123.js"
BROWSER = {"Accept-Encoding": "gzip, deflate, br, zstd"}


def test_get_asset_sends_brotli_when_the_browser_accepts_it(client, dist):
    response = client.get(SCRIPT_URL, headers=BROWSER)
    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "br"
    assert response.data == SCRIPT_BR
    assert response.headers["Content-Length"] == str(len(SCRIPT_BR))
    assert response.mimetype == "text/javascript"
    assert "Accept-Encoding" in response.headers["Vary"]


def test_get_asset_sends_gzip_when_brotli_is_not_accepted(client, dist):
    response = client.get(SCRIPT_URL, headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.data) == SCRIPT
    assert response.headers["Content-Length"] == str(len(response.data))
    assert response.mimetype == "text/javascript"


def test_get_asset_follows_the_quality_the_browser_gives(client, dist):
    assert client.get(SCRIPT_URL, headers={"Accept-Encoding": "br;q=0.5, gzip"}).headers["Content-Encoding"] == "gzip"
    assert client.get(SCRIPT_URL, headers={"Accept-Encoding": "gzip, br;q=0"}).headers["Content-Encoding"] == "gzip"
    assert client.get(SCRIPT_URL, headers={"Accept-Encoding": "*"}).headers["Content-Encoding"] == "br"


def test_get_asset_sends_plain_bytes_without_accept_encoding(client, dist):
    response = client.get(SCRIPT_URL)
    assert "Content-Encoding" not in response.headers
    assert response.data == SCRIPT
    assert response.headers["Content-Length"] == str(len(SCRIPT))
    # A shared cache must still tell this answer apart from the compressed ones.
    assert "Accept-Encoding" in response.headers["Vary"]


def test_get_hashed_asset_is_cached_for_a_year(client, dist):
    response = client.get(SCRIPT_URL, headers=BROWSER)
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_get_index_is_revalidated_and_compressed(client, dist):
    response = client.get("/", headers=BROWSER)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.data) == INDEX
    assert response.mimetype == "text/html"


def test_get_deep_link_sends_index(client, dist):
    response = client.get("/clients/12/edit?tab=notes", headers=BROWSER)
    assert response.status_code == 200
    assert gzip.decompress(response.data) == INDEX
    assert response.headers["Cache-Control"] == "no-cache"


def test_get_missing_asset_is_404_not_index(client, dist):
    response = client.get("/assets/index-old999.js", headers=BROWSER)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_get_compressed_copy_directly_is_not_served_as_a_file(client, dist):
    response = client.get(f"{SCRIPT_URL}.br")
    assert response.status_code == 404


def test_get_file_without_compressed_forms_has_no_vary(client, dist):
    response = client.get("/favicon.svg", headers=BROWSER)
    assert response.status_code == 200
    assert "Content-Encoding" not in response.headers
    assert "Vary" not in response.headers
    assert response.mimetype == "image/svg+xml"
    assert response.headers["Cache-Control"] == "no-cache"


def test_get_with_matching_etag_is_304_for_each_encoding(client, dist):
    brotli = client.get(SCRIPT_URL, headers=BROWSER)
    gzipped = client.get(SCRIPT_URL, headers={"Accept-Encoding": "gzip"})
    assert brotli.headers["ETag"] != gzipped.headers["ETag"]

    again = client.get(SCRIPT_URL, headers={**BROWSER, "If-None-Match": brotli.headers["ETag"]})
    assert again.status_code == 304
    assert again.data == b""
    assert "Accept-Encoding" in again.headers["Vary"]
    assert again.headers["Cache-Control"] == "public, max-age=31536000, immutable"

    index = client.get("/", headers=BROWSER)
    assert client.get("/", headers={**BROWSER, "If-None-Match": index.headers["ETag"]}).status_code == 304


def test_get_another_representations_etag_sends_the_body(client, dist):
    gzipped = client.get(SCRIPT_URL, headers={"Accept-Encoding": "gzip"})
    response = client.get(SCRIPT_URL, headers={**BROWSER, "If-None-Match": gzipped.headers["ETag"]})
    assert response.status_code == 200
    assert response.data == SCRIPT_BR


def test_get_head_has_the_length_of_the_compressed_body(client, dist):
    response = client.head(SCRIPT_URL, headers=BROWSER)
    assert response.status_code == 200
    assert response.headers["Content-Length"] == str(len(SCRIPT_BR))
    assert response.headers["Content-Encoding"] == "br"


def test_get_without_a_build_explains_how_to_build(client, app, tmp_path, monkeypatch):
    monkeypatch.setitem(app.config, "FRONTEND_DIST", tmp_path / "missing")
    response = client.get("/")
    assert response.status_code == 404
    assert "make frontend" in response.get_json()["error"]["message"]

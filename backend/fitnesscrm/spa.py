"""The built web app (FRONTEND_DIST, `frontend/dist`), served from the API's origin.

`npm run build` writes each text file of the build next to its Brotli (`.br`) and gzip (`.gz`)
forms, so requests get compressed bytes without the server compressing anything: each response
carries the smallest form the browser's Accept-Encoding allows. Files under `assets/` have a
content hash in their names and never change, so browsers keep them for a year without asking;
everything else (index.html, the icon) is revalidated on each use through its ETag (304s).
Paths that are not files get index.html, so deep links load the app; a missing `assets/` file
is a 404, so a page from an older build never receives HTML in place of a script.

The app is an installable PWA: `sw.js` (its service worker) and `manifest.webmanifest` are
plain files of the build, revalidated on every use like index.html, so that a new build's
worker is picked up on the next visit; when missing they are 404s, never index.html.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from flask import Blueprint, Flask, Response, current_app, request, send_file
from werkzeug.exceptions import NotFound
from werkzeug.security import safe_join

# Content-Encoding and the suffix of its pre-compressed file, smallest first.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))
HASHED_DIR = "assets/"
HASHED_CACHE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# Files a browser fetches by name and must not receive index.html for.
NEVER_INDEX = ("sw.js", "manifest.webmanifest")
mimetypes.add_type("application/manifest+json", ".webmanifest")
mimetypes.add_type("text/javascript", ".js")

blp = Blueprint("spa", __name__)


@blp.route("/api/", defaults={"path": ""})
@blp.route("/api/<path:path>")
def api_not_found(path: str):
    """Unknown API paths answer JSON 404s, never the web app."""
    raise NotFound("No such API endpoint.")


@blp.route("/", defaults={"path": ""})
@blp.route("/<path:path>")
def web_app(path: str) -> Response:
    """A file of the build, or index.html for the app's own routes."""
    dist = Path(current_app.config["FRONTEND_DIST"])
    file = _file_in(dist, path)
    if file is not None:
        return _send(file, HASHED_CACHE if path.startswith(HASHED_DIR) else REVALIDATE)
    if path.startswith(HASHED_DIR) or path in NEVER_INDEX:
        raise NotFound("No such file in this version of the web app; reload the page.")
    index = dist / "index.html"
    if not index.is_file():
        raise NotFound("The web app is not built; run `make run` or `make frontend`.")
    return _send(index, REVALIDATE)


def register(app: Flask) -> None:
    """Serve the built web app at / (after every API route, which wins over these catch-alls)."""
    app.register_blueprint(blp)


def _file_in(dist: Path, path: str) -> Path | None:
    """The build's file at `path`; None for directories, paths outside it and the compressed copies."""
    if not path or path.endswith(tuple(suffix for _, suffix in ENCODINGS)):
        return None
    joined = safe_join(str(dist), path)
    if joined is None or not Path(joined).is_file():
        return None
    return Path(joined)


def _send(file: Path, cache_control: str) -> Response:
    """`file` in the best encoding the request accepts, with its caching and negotiation headers."""
    variants = [(encoding, file.with_name(file.name + suffix)) for encoding, suffix in ENCODINGS]
    variants = [(encoding, path) for encoding, path in variants if path.is_file()]
    encoding, body = _negotiate(variants, file)
    mimetype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    response = send_file(body, mimetype=mimetype, conditional=True, etag=True, max_age=None)
    if encoding:
        response.headers["Content-Encoding"] = encoding
    if variants:
        response.vary.add("Accept-Encoding")
    response.headers["Cache-Control"] = cache_control
    return response


def _negotiate(variants: list[tuple[str, Path]], identity: Path) -> tuple[str | None, Path]:
    """The accepted encoding of highest quality (ties go to the smaller form), else the file itself."""
    best: tuple[float, str | None, Path] = (0.0, None, identity)
    for encoding, path in variants:
        quality = request.accept_encodings[encoding]
        if quality > best[0]:
            best = (quality, encoding, path)
    return best[1], best[2]

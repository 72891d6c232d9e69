"""Swagger UI's files, served by the app: the API reference works offline and runs no third-party script.

The files come from the flask-swagger-ui package (its `dist` folder, the swagger-ui-dist release it
pins); the page itself (templates/swagger_ui.html, which takes precedence over flask-smorest's) has
no inline script, so the same Content-Security-Policy as the SPA covers it.
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from flask import Blueprint, send_from_directory
from werkzeug.exceptions import NotFound

OWN_ASSETS = Path(__file__).with_name("api_docs_assets")
SWAGGER_UI_DIST = Path(find_spec("flask_swagger_ui").origin).with_name("dist")
FILES = {
    "swagger-initializer.js": OWN_ASSETS,
    "swagger-ui-bundle.js": SWAGGER_UI_DIST,
    "swagger-ui.css": SWAGGER_UI_DIST,
    "favicon-32x32.png": SWAGGER_UI_DIST,
}

blp = Blueprint("api_docs_assets", __name__)


@blp.route("/api/docs/assets/<name>")
def asset(name: str):
    """One of Swagger UI's files."""
    folder = FILES.get(name)
    if folder is None:
        raise NotFound("No such file.")
    return send_from_directory(folder, name, max_age=86400)

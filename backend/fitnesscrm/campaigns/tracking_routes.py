"""Public tracking endpoints in campaign emails: the open pixel and click links (the signed token is the permission)."""

from __future__ import annotations

import base64

from flask import Blueprint, Response, redirect

from fitnesscrm.campaigns import tracking

blp = Blueprint("campaign_tracking", __name__)

# A transparent 1×1 GIF.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
NOT_FOUND_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Link not found</title></head>
<body style="font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;padding:2rem;color:#1c1917;">
<h1 style="font-size:1.25rem;">This link does not work</h1>
<p>It may have been copied incompletely. Open it again from the email, or contact the studio that sent it.</p>
</body></html>
"""
NO_STORE = {"Cache-Control": "no-store, private", "Referrer-Policy": "no-referrer"}


@blp.route("/t/o/<token>.gif")
def opened(token: str) -> Response:
    """The open-tracking pixel: counts an open for a valid token; the same image either way."""
    tracking.record_open(token=token)
    return Response(PIXEL, mimetype="image/gif", headers=NO_STORE)


@blp.route("/t/c/<token>")
def clicked(token: str) -> Response:
    """A tracked link: counts the click and leads to the campaign's link; a token that does not verify is a 404 page."""
    url = tracking.record_click(token=token)
    if url is None:
        return Response(NOT_FOUND_PAGE, status=404, mimetype="text/html", headers=NO_STORE)
    response = redirect(url, code=302)
    response.headers.update(NO_STORE)
    return response

"""The app as gunicorn serves it, plus one bench-only upload route: what a feature's upload endpoint does.

`POST /bench/upload/<kind>` calls `storage.upload_from_request` for BENCH_ORGANIZATION_ID and commits,
exactly as a feature route would after its own checks; it answers the stored file's size and SHA-256.
Never part of the product: only `bench/upload_bench.py` serves this module.
"""

from __future__ import annotations

import os

from flask import jsonify

from fitnesscrm.app import create_app
from fitnesscrm.core import storage
from fitnesscrm.extensions import db


def create():
    app = create_app()

    def bench_upload(kind: str):
        stored = storage.upload_from_request(
            organization_id=int(os.environ["BENCH_ORGANIZATION_ID"]), uploaded_by_user_id=None, kind=kind
        )
        db.session.commit()
        return jsonify(size_bytes=stored.size_bytes, sha256=stored.sha256, content_type=stored.content_type), 201

    app.add_url_rule("/bench/upload/<kind>", "bench_upload", bench_upload, methods=["POST"])
    return app

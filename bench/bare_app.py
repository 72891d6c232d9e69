"""The benchmark's baseline: a Flask app that returns a small JSON object and nothing else.

Served by gunicorn with the same worker settings as the real app in the same run, so that each
endpoint's throughput can be read as a share of what Flask + gunicorn + the client manage at all.
"""

from flask import Flask

app = Flask(__name__)


@app.get("/")
def bare():
    return {"status": "ok", "service": "bare", "items": [1, 2, 3]}

"""Flask CLI commands: demo data and maintenance."""

from __future__ import annotations

from flask import Flask


def register(app: Flask) -> None:
    """Attach the app's commands to `flask`."""

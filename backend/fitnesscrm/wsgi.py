"""WSGI entry point: `gunicorn fitnesscrm.wsgi:app`."""

from fitnesscrm.app import create_app

app = create_app()

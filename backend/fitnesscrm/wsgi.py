"""WSGI entry point: `gunicorn fitnesscrm.wsgi:app` (settings in backend/gunicorn.conf.py)."""

from flask.cli import load_dotenv

# The settings are read when fitnesscrm.config is imported: load .env first, as the flask command does.
load_dotenv()

from fitnesscrm.app import create_app  # noqa: E402 - after the environment is complete

app = create_app()

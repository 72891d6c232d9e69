"""Does the WSGI entry point gunicorn serves read the same settings as the flask command?"""

from __future__ import annotations

import os
import subprocess
import sys

from fitnesscrm.config import REPO_ROOT


def _wsgi_settings(directory, database_url, names, **environment) -> list[str]:
    """The named settings of `fitnesscrm.wsgi:app` imported in a fresh process started in `directory`."""
    env = {name: value for name, value in os.environ.items() if name not in names}
    env.update(PYTHONPATH=str(REPO_ROOT / "backend"), DATABASE_URL=database_url, APP_ENV="development")
    env.update(VAR_DIR=str(directory / "var"), **environment)
    script = f"from fitnesscrm.wsgi import app; print(*(app.config[name] for name in {names!r}))"
    result = subprocess.run(  # noqa: S603 - this interpreter running a fixed script
        [sys.executable, "-c", script], cwd=directory, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return result.stdout.split()


def test_wsgi_app_reads_settings_from_dot_env_like_the_flask_command(tmp_path, database_url):
    (tmp_path / ".env").write_text("DEFAULT_PHONE_REGION=FR\nPORT=5099\n")
    assert _wsgi_settings(tmp_path, database_url, ("DEFAULT_PHONE_REGION", "PORT")) == ["FR", "5099"]


def test_wsgi_app_keeps_settings_already_in_the_environment(tmp_path, database_url):
    (tmp_path / ".env").write_text("DEFAULT_PHONE_REGION=FR\n")
    settings = _wsgi_settings(tmp_path, database_url, ("DEFAULT_PHONE_REGION",), DEFAULT_PHONE_REGION="DE")
    assert settings == ["DE"]

"""Are the deployment files valid, and complete: nginx -t, docker-compose config, the env template, the Dockerfile?"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from fitnesscrm.config import ProductionConfig
from tests.deployment.stack import NGINX_VARIABLES, REPO, Nginx, self_signed_certificate

TEMPLATE = REPO / ".env.production.template"


def _template() -> dict[str, str]:
    lines = TEMPLATE.read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def _compose(env_file: Path, *args: str) -> subprocess.CompletedProcess:
    binary = shutil.which("docker-compose")
    assert binary, "docker-compose is not installed: `make ops-tools` installs it"
    return subprocess.run(  # noqa: S603 - a fixed command line
        [binary, "-f", "docker-compose.yml", "--env-file", str(env_file), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={"PATH": os.environ["PATH"], "FITNESSCRM_ENV_FILE": str(env_file)},
    )


def test_nginx_conf_passes_nginx_t_with_a_certificate_in_place():
    with tempfile.TemporaryDirectory(prefix="fcrm-nginx-t-") as directory:
        certificate, key = self_signed_certificate(Path(directory))
        values = dict.fromkeys(NGINX_VARIABLES, "127.0.0.1:8000") | {
            "SERVER_NAME": "crm.example.com",
            "NGINX_HTTP_PORT": "8080",
            "NGINX_HTTPS_PORT": "8443",
            "TLS_CERTIFICATE": str(certificate),
            "TLS_CERTIFICATE_KEY": str(key),
            "SPA_ROOT": directory,
            "APP_SERVER_2": "127.0.0.1:8001",
        }
        checked = Nginx(Path(directory), values).test()
    assert checked.returncode == 0, checked.stderr
    assert "test is successful" in checked.stderr


def test_nginx_conf_names_only_the_documented_variables():
    text = (REPO / "nginx.conf").read_text()
    assert set(re.findall(r"\$\{([A-Z0-9_]+)\}", text)) == set(NGINX_VARIABLES)
    # nginx's own variables are lowercase: the nginx image's envsubst of every defined variable leaves them.
    assert not re.findall(r"\$[A-Z]", text)


def test_compose_file_is_valid_with_the_template():
    rendered = _compose(TEMPLATE, "config")
    assert rendered.returncode == 0, rendered.stderr
    for service in ("postgres:", "redis:", "migrate:", "web1:", "web2:", "worker:", "nginx:"):
        assert f"\n  {service}" in rendered.stdout
    assert "condition: service_completed_successfully" in rendered.stdout
    assert "SECRET_KEY: replace-me-with-48-random-characters" in rendered.stdout


@pytest.mark.parametrize("secret", ["SECRET_KEY", "POSTGRES_PASSWORD", "PUBLIC_BASE_URL"])
def test_compose_refuses_to_render_without_a_secret_and_names_it(secret, tmp_path):
    env_file = tmp_path / "env"
    env_file.write_text("".join(f"{name}={value}\n" for name, value in _template().items() if name != secret))
    rendered = _compose(env_file, "config")
    assert rendered.returncode != 0
    assert secret in rendered.stderr


def _settings_read_in_production() -> set[str]:
    """Every variable config.py and gunicorn.conf.py read, and the CLI's own (click's envvar=)."""
    sources = [
        REPO / "backend" / "fitnesscrm" / "config.py",
        REPO / "backend" / "gunicorn.conf.py",
        REPO / "backend" / "fitnesscrm" / "cli.py",
    ]
    pattern = re.compile(r"""(?:_env\w*|environ\.get|getenv|envvar=)\(?\s*["']([A-Z][A-Z0-9_]+)["']""")
    return {name for source in sources for name in pattern.findall(source.read_text())}


def test_every_setting_the_app_reads_is_in_the_production_template():
    read = _settings_read_in_production()
    assert {"SECRET_KEY", "DATABASE_URL", "WEB_CONCURRENCY", "JOBS_CONCURRENCY", "MAIL_SERVER"} <= read
    missing = sorted(read - set(_template()))
    assert not missing, f"add these to .env.production.template with a comment: {missing}"


def test_every_template_setting_has_a_comment_above_it():
    lines = TEMPLATE.read_text().splitlines()
    uncommented = []
    for index, line in enumerate(lines):
        if line and not line.startswith("#"):
            above = index - 1
            while above >= 0 and lines[above] and not lines[above].startswith("#"):
                above -= 1  # a group of settings shares the comment above it
            if above < 0 or not lines[above].startswith("#"):
                uncommented.append(line.split("=", 1)[0])
    assert not uncommented


def test_production_refuses_to_start_with_the_template_placeholders(monkeypatch):
    for name, value in _template().items():
        monkeypatch.setenv(name, value)
    with pytest.raises(RuntimeError) as refused:
        ProductionConfig()
    for name in ("SECRET_KEY", "JWT_SECRET_KEY", "DATA_ENCRYPTION_KEY"):
        assert f"{name} is still the placeholder from .env.production.template" in str(refused.value)


def test_dockerfile_builds_the_spa_with_node_and_runs_gunicorn_as_a_user_with_a_healthcheck():
    text = (REPO / "Dockerfile").read_text()
    stages = re.findall(r"^FROM (\S+) AS (\w+)$", text, re.MULTILINE)
    assert [name for _, name in stages] == ["spa", "app", "nginx"]
    assert stages[0][0].startswith("node:20") and stages[1][0].startswith("python:3.11-slim")
    app_stage = text.split(" AS app", 1)[1].split(" AS nginx", 1)[0]
    assert re.search(r"^USER fitnesscrm$", app_stage, re.MULTILINE)
    assert "HEALTHCHECK" in app_stage and "/api/health/live" in app_stage
    assert "COPY --from=spa /src/frontend/dist" in app_stage
    ignored = (REPO / ".dockerignore").read_text().splitlines()
    assert {".env", ".venv", "frontend/node_modules", ".git"} <= set(ignored)

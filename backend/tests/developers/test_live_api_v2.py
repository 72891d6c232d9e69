"""Do the rate limit and Idempotency-Key hold across real server processes and simultaneous requests, and do
the generated SDKs (sdk/python, sdk/typescript) work against a live server?"""

from __future__ import annotations

import hashlib
import hmac
import os
import shutil
import subprocess
import tempfile
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from tests.messaging.processes import app_servers, redis_server

pytestmark = pytest.mark.live_server
SDK = Path(__file__).resolve().parents[3] / "sdk"


def _make_key(live, scopes):
    response = requests.post(
        f"{live['base']}/api/developers/keys",
        json={"name": "Live", "scopes": scopes},
        headers={"Authorization": f"Bearer {live['token']}"},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return response.json()["key"]


def test_two_processes_sharing_redis_share_each_keys_limit(live):
    owner = {"Authorization": f"Bearer {live['token']}"}
    limit = requests.put(
        f"{live['base']}/api/developers/settings", json={"rate_limit_per_minute": 6}, headers=owner, timeout=30
    )
    assert limit.status_code == 200, limit.text
    key = _make_key(live, ["clients:read"])
    env = {"APP_ENV": "test", "DATABASE_URL": live["url"]}
    with (
        tempfile.TemporaryDirectory(prefix="fcrm-redis-") as directory,
        redis_server(Path(directory)) as redis,
        app_servers(2, {**env, "RATELIMIT_STORAGE_URI": f"{redis}/0"}, threads=4) as bases,
    ):
        headers = {"Authorization": f"Bearer {key}"}
        answers = [requests.get(f"{bases[n % 2]}/api/v2/clients", headers=headers, timeout=30) for n in range(7)]
    assert [answer.status_code for answer in answers] == [200] * 6 + [429]
    # Each process counted the other's calls: the remaining budget fell by one per call, whichever served it.
    assert [answer.headers["RateLimit-Remaining"] for answer in answers] == ["5", "4", "3", "2", "1", "0", "0"]
    assert answers[-1].json()["error"]["code"] == "rate_limited"
    assert 1 <= int(answers[-1].headers["Retry-After"]) <= 60
    reset = {"rate_limit_per_minute": None}
    requests.put(f"{live['base']}/api/developers/settings", json=reset, headers=owner, timeout=30)


def test_simultaneous_requests_with_one_idempotency_key_create_one_client(live):
    key = _make_key(live, ["clients:write"])
    idempotency_key = str(uuid.uuid4())
    last_name = f"Once-{idempotency_key[:8]}"

    def create(_n):
        return requests.post(
            f"{live['base']}/api/v2/clients",
            json={"first_name": "Ada", "last_name": last_name},
            headers={"Authorization": f"Bearer {key}", "Idempotency-Key": idempotency_key},
            timeout=60,
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(create, range(8)))
    statuses = sorted(answer.status_code for answer in answers)
    assert set(statuses) <= {201, 409} and statuses.count(201) >= 1, [answer.text for answer in answers]
    created = [answer for answer in answers if answer.status_code == 201]
    assert len({answer.json()["id"] for answer in created}) == 1
    assert sum("Idempotent-Replayed" not in answer.headers for answer in created) == 1
    for answer in answers:
        if answer.status_code == 409:
            assert answer.json()["error"]["code"] == "idempotency_in_progress"
    engine = sa.create_engine(live["url"])
    try:
        with engine.connect() as connection:
            count = connection.scalar(sa.text("SELECT count(*) FROM clients WHERE last_name = :n"), {"n": last_name})
    finally:
        engine.dispose()
    assert count == 1
    # A retry after the first finished gets the stored answer.
    again = create(0)
    assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"


def test_python_sdk_creates_and_lists_clients(live, monkeypatch):
    monkeypatch.syspath_prepend(str(SDK / "python"))
    from fitnesscrm_client import AuthenticatedClient
    from fitnesscrm_client.api.v2_clients import create_client, get_client, list_clients
    from fitnesscrm_client.models import V2Client, V2ClientCreate, V2ClientList

    key = _make_key(live, ["clients:write"])
    with AuthenticatedClient(base_url=live["base"], token=key) as api:
        created = create_client.sync_detailed(
            client=api,
            body=V2ClientCreate(first_name="Ada", last_name="Python", email="ada.py@example.com"),
            idempotency_key="python-sdk-test",
        )
        assert created.status_code == 201 and isinstance(created.parsed, V2Client), created.content
        again = create_client.sync_detailed(
            client=api,
            body=V2ClientCreate(first_name="Ada", last_name="Python", email="ada.py@example.com"),
            idempotency_key="python-sdk-test",
        )
        assert again.headers["Idempotent-Replayed"] == "true" and again.parsed.id == created.parsed.id
        assert get_client.sync(client=api, client_id=created.parsed.id).last_name == "Python"
        page = list_clients.sync(client=api, email="ada.py@example.com", limit=10)
        assert isinstance(page, V2ClientList) and [item.id for item in page.data] == [created.parsed.id]
    with AuthenticatedClient(base_url=live["base"], token="fcrm_wrong_key") as wrong:
        refused = list_clients.sync_detailed(client=wrong)
        assert refused.status_code == 401 and refused.parsed.error.code == "api_key_invalid"


def test_python_sdk_verifies_webhook_signatures(monkeypatch):
    monkeypatch.syspath_prepend(str(SDK / "python"))
    from fitnesscrm_client.webhooks import WebhookSignatureError, verify_webhook

    body, secret, now = b'{"id":"evt_1","type":"client.created"}', "whsec_test", 1_800_000_000

    def sign(key, payload=body, at=now):
        return hmac.new(key.encode(), f"{at}.".encode() + payload, hashlib.sha256).hexdigest()

    assert verify_webhook(body, f"t={now},v1={sign('whsec_old')},v1={sign(secret)}", secret, now=now)["id"] == "evt_1"
    for payload, header, at in [
        (body.replace(b"evt_1", b"evt_2"), f"t={now},v1={sign(secret)}", now),
        (body, f"t={now},v1={sign('whsec_other')}", now),
        (body, f"t={now},v1={sign(secret)}", now + 301),
        (body, None, now),
        (body, f"v1={sign(secret)}", now),
    ]:
        with pytest.raises(WebhookSignatureError):
            verify_webhook(payload, header, secret, now=at)


def test_typescript_sdk_creates_and_lists_clients(live):
    if shutil.which("npm") is None:
        pytest.fail("npm is needed to build and run the TypeScript SDK's tests (make sdk-install)")
    key = _make_key(live, ["clients:write"])
    result = subprocess.run(
        ["npm", "run", "--silent", "test:live"],  # noqa: S607
        cwd=SDK / "typescript",
        env={**os.environ, "FITNESSCRM_BASE_URL": live["base"], "FITNESSCRM_API_KEY": key},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "# pass 2" in result.stdout and "# fail 0" in result.stdout

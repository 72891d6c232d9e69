"""Do 8 schedulers calling process-triggers at once, through several gunicorn workers, send each message once?"""

from __future__ import annotations

import hashlib
import json
import threading

import pytest
import requests
import sqlalchemy as sa

CALLERS = 8
KEY = "fcrm_livetest_" + "s" * 43
PREFIX = KEY[:13]
EMAIL = {"type": "send_email", "subject": "Hello {{ first_name }}", "body": "Hi {{ full_name }}"}


def _prepare(url: str) -> dict[str, int]:
    """Due work for every client: a birthday rule to evaluate (two emails) and event runs due now (email, tag)."""
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        org_id, owner_id = connection.execute(sa.text("SELECT organization_id, id FROM users LIMIT 1")).one()
        connection.execute(
            sa.text(
                "UPDATE clients SET email = 'client' || id || '@example.com', "
                "date_of_birth = ((now() AT TIME ZONE 'Europe/London')::date - interval '30 years')::date"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO api_keys (organization_id, name, prefix, secret_hash, scopes, created_by_user_id) "
                "VALUES (:org, 'Scheduler', :prefix, :hash, ARRAY['automation:run'], :owner)"
            ),
            {"org": org_id, "prefix": PREFIX, "hash": hashlib.sha256(KEY.encode()).hexdigest(), "owner": owner_id},
        )
        insert_rule = sa.text(
            "INSERT INTO automation_rules (organization_id, name, trigger, steps, next_evaluation_at, created_by_id) "
            "VALUES (:org, :name, :trigger, CAST(:steps AS jsonb), :evaluate, :owner) RETURNING id"
        )
        birthday = connection.execute(
            insert_rule,
            {"org": org_id, "name": "Birthday", "trigger": "birthday", "steps": json.dumps([EMAIL, EMAIL]),
             "evaluate": "2000-01-01T00:00:00Z", "owner": owner_id},
        ).scalar_one()  # fmt: skip
        welcome = connection.execute(
            insert_rule,
            {"org": org_id, "name": "Welcome", "trigger": "client_created", "owner": owner_id, "evaluate": None,
             "steps": json.dumps([EMAIL, {"type": "add_tag", "tag": "welcomed"}])},
        ).scalar_one()  # fmt: skip
        connection.execute(
            sa.text(
                "INSERT INTO automation_runs (organization_id, rule_id, client_id, occasion, next_due_at) "
                "SELECT :org, :rule, id, 'client_created', now() FROM clients"
            ),
            {"org": org_id, "rule": welcome},
        )
        clients = connection.execute(sa.text("SELECT count(*) FROM clients")).scalar_one()
    engine.dispose()
    return {"birthday": birthday, "welcome": welcome, "clients": clients}


@pytest.mark.live_server
def test_eight_concurrent_callers_send_each_message_exactly_once(live):
    work = _prepare(live["url"])
    barrier = threading.Barrier(CALLERS)
    answers: list[requests.Response | None] = [None] * CALLERS

    def call(n: int) -> None:
        with requests.Session() as http:
            barrier.wait()
            answers[n] = http.post(
                f"{live['base']}/api/automation/process-triggers",
                headers={"Authorization": f"Bearer {KEY}"},
                timeout=60,
            )

    threads = [threading.Thread(target=call, args=(n,)) for n in range(CALLERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [answer.status_code for answer in answers] == [200] * CALLERS, [a.text[:300] for a in answers]
    summaries = [answer.json() for answer in answers]
    clients = work["clients"]
    assert sum(s["evaluated"] for s in summaries) == 1
    assert sum(s["fired"] for s in summaries) == clients
    # Every step ran exactly once across the callers: two emails per birthday run, an email and a tag per welcome run.
    assert sum(s["steps_run"] for s in summaries) == 4 * clients
    engine = sa.create_engine(live["url"])
    with engine.connect() as connection:
        keys = connection.execute(
            sa.text("SELECT idempotency_key, recipient_address FROM outbox_messages WHERE template = 'automation'")
        ).all()
        runs = connection.execute(sa.text("SELECT status, count(*) FROM automation_runs GROUP BY status")).all()
        tagged = connection.execute(
            sa.text("SELECT count(*) FROM clients WHERE tags = ARRAY['welcomed']::varchar[]")
        ).scalar_one()
    engine.dispose()
    assert len(keys) == 3 * clients and len(set(keys)) == 3 * clients
    assert sorted({address for _key, address in keys}) == sorted(f"client{n}@example.com" for n in _ids(live))
    assert runs == [("completed", 2 * clients)]
    assert tagged == clients


def _ids(live) -> list[int]:
    return live["clients"]


@pytest.mark.live_server
def test_process_triggers_without_a_key_is_401(live):
    answer = requests.post(f"{live['base']}/api/automation/process-triggers", timeout=30)

    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "api_key_missing"

"""/metrics: Prometheus's text format, for the operator only; requests per route, job queue and outbox backlog."""

from __future__ import annotations

import re

import pytest
from prometheus_client.parser import text_string_to_metric_families

from fitnesscrm.core.jobs.deferring import defer
from fitnesscrm.extensions import db
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.observability import metrics


def _samples(response) -> dict[tuple[str, frozenset], float]:
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.content_type == "text/plain; version=0.0.4; charset=utf-8"
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.get_data(as_text=True))
        for sample in family.samples
    }


def _requests(samples, **labels) -> float:
    return samples.get(("fitnesscrm_http_requests_total", frozenset(labels.items())), 0.0)


def test_requests_are_counted_per_route_never_per_path(client_as, studio, client):
    owner = client_as(studio.owner)
    rule = "/api/clients/<int:client_id>"
    before = _samples(client.get("/metrics"))
    assert owner.get(f"/api/clients/{studio.client.id}").status_code == 200
    assert owner.get(f"/api/clients/{studio.other_client.id}").status_code == 200
    assert owner.get("/api/clients/999999999").status_code == 404
    after = _samples(client.get("/metrics"))
    labels = {"method": "GET", "endpoint": rule}
    assert _requests(after, **labels, status_class="2xx") - _requests(before, **labels, status_class="2xx") == 2
    assert _requests(after, **labels, status_class="4xx") - _requests(before, **labels, status_class="4xx") == 1
    assert not any(str(studio.client.id) in dict(key[1]).get("endpoint", "") for key in after)
    count = ("fitnesscrm_http_request_duration_seconds_count", frozenset(labels.items()))
    assert after[count] - before.get(count, 0) == 3


def test_metrics_are_refused_from_outside_the_allowed_networks(client):
    response = client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden"
    assert "fitnesscrm" not in response.get_data(as_text=True).replace("forbidden", "")


def test_metrics_are_readable_with_the_token_from_anywhere(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "METRICS_TOKEN", "s3cret-token-for-prometheus")
    outside = {"REMOTE_ADDR": "203.0.113.9"}
    good = client.get("/metrics", environ_base=outside, headers={"Authorization": "Bearer s3cret-token-for-prometheus"})
    assert good.status_code == 200
    wrong = client.get(
        "/metrics", environ_base=outside, headers={"Authorization": "Bearer s3cret-token-for-prometheuS"}
    )
    assert wrong.status_code == 403


def test_a_wrong_token_is_refused_even_from_an_allowed_network(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "METRICS_TOKEN", "s3cret-token-for-prometheus")
    assert client.get("/metrics", headers={"Authorization": "Bearer nope"}).status_code == 403
    assert client.get("/metrics").status_code == 200  # no token at all: the loopback address decides


def test_without_a_token_setting_no_token_opens_the_metrics(client):
    response = client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"}, headers={"Authorization": "Bearer "})
    assert response.status_code == 403


def test_metrics_are_readable_from_a_configured_network(app, client, monkeypatch):
    monkeypatch.setitem(app.extensions, metrics.NETWORKS_KEY, metrics.allowed_networks("10.0.0.0/8, 203.0.113.0/24"))
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"}).status_code == 200
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "127.0.0.1"}).status_code == 403
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "198.51.100.1"}).status_code == 403


def test_a_mistyped_network_stops_the_app_with_the_reason():
    with pytest.raises(RuntimeError, match=re.escape("METRICS_ALLOWED_NETWORKS: '10.0.0/33' is not a network")):
        metrics.allowed_networks("127.0.0.1/32,10.0.0/33")


def test_openmetrics_is_answered_when_asked_for(client):
    response = client.get("/metrics", headers={"Accept": "application/openmetrics-text; version=1.0.0"})
    assert response.content_type.startswith("application/openmetrics-text; version=1.0.0")
    assert response.get_data(as_text=True).endswith("# EOF\n")


def test_metrics_are_not_in_the_api_document(client):
    paths = client.get("/api/openapi.json").get_json()["paths"]
    assert not any("metrics" in path for path in paths)


def _outbox_message(org_id: int, key: str, status: str, channel: str = "email") -> OutboxMessage:
    message = OutboxMessage(
        organization_id=org_id,
        channel=channel,
        recipient_address="someone@example.com",
        recipient_name="Someone",
        template="welcome",
        context={},
        subject="Hello",
        idempotency_key=key,
        status=status,
    )
    db.session.add(message)
    return message


def test_job_queue_depth_and_outbox_backlog_are_counted_at_scrape_time(client, studio):
    from fitnesscrm.notifications.delivery import deliver

    before = _samples(client.get("/metrics"))
    for n, status in enumerate(["pending", "pending", "failed", "sending", "sent", "dead"]):
        _outbox_message(studio.org.id, f"metrics-test-{n}", status)
    _outbox_message(studio.org.id, "metrics-test-sms", "pending", channel="sms")
    db.session.flush()
    defer(deliver, message_id=1)
    defer(deliver, message_id=2)
    after = _samples(client.get("/metrics"))

    def change(name, **labels):
        key = (name, frozenset(labels.items()))
        return after[key] - before[key]

    queue = deliver.queue
    assert change("fitnesscrm_job_queue_depth", queue=queue, status="todo") == 2
    assert change("fitnesscrm_job_queue_depth", queue=queue, status="doing") == 0
    assert change("fitnesscrm_outbox_backlog", channel="email", status="pending") == 2
    assert change("fitnesscrm_outbox_backlog", channel="email", status="failed") == 1
    assert change("fitnesscrm_outbox_backlog", channel="email", status="sending") == 1
    assert change("fitnesscrm_outbox_backlog", channel="sms", status="pending") == 1
    assert change("fitnesscrm_outbox_backlog", channel="push", status="pending") == 0
    assert after[("fitnesscrm_database_up", frozenset())] == 1


def test_every_known_queue_is_listed_even_when_empty(client):
    from fitnesscrm.core.jobs.app import jobs

    samples = _samples(client.get("/metrics"))
    listed = {dict(labels)["queue"] for name, labels in samples if name == "fitnesscrm_job_queue_depth"}
    assert listed >= {task.queue for task in jobs.tasks.values()}


def test_a_scrape_costs_two_statements_however_many_rows(client, studio, count_statements):
    client.get("/metrics")  # the test's first request opens its savepoint
    with count_statements() as empty:
        client.get("/metrics")
    for n in range(30):
        _outbox_message(studio.org.id, f"metrics-many-{n}", "pending")
    db.session.flush()
    with count_statements() as many:
        client.get("/metrics")
    assert empty.count == many.count == 2

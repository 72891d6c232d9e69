"""Can managers make, read, change and turn off automations, and only their own studio's, with sentences on errors?"""

from __future__ import annotations

import pytest

from fitnesscrm.developers.keys import service as keys
from tests.automation.helpers import EMAIL, make_rule
from tests.factories import principal_for

RULE = {"name": "Welcome", "trigger": "client_created", "steps": [EMAIL]}


def test_owner_makes_a_rule_and_reads_it_in_words(client_as, studio):
    answer = client_as(studio.owner).post(
        "/api/automation/rules",
        json={
            **RULE,
            "trigger": "no_session_in_days",
            "trigger_days": 14,
            "conditions": [{"type": "primary_trainer_is", "trainer_id": studio.trainer.id}],
        },
    )

    assert answer.status_code == 201, answer.get_json()
    rule = answer.get_json()
    assert rule["trigger_text"] == "No session in 14 days"
    assert rule["conditions_text"] == [f"Primary trainer is {studio.trainer.full_name}"]
    assert rule["analytics"]["triggered"] == 0 and rule["analytics"]["opened"] is None
    listed = client_as(studio.owner).get("/api/automation/rules").get_json()
    assert [item["id"] for item in listed["items"]] == [rule["id"]]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**RULE, "steps": [{**EMAIL, "body": "Hi {{ nickname }}"}]}, "steps.0.body"),
        ({**RULE, "steps": [{"type": "send_email", "subject": "Hi"}]}, "steps"),
        ({**RULE, "trigger": "no_session_in_days"}, "trigger_days"),
        ({**RULE, "steps": [{"type": "call_webhook", "url": "http://127.0.0.1:9/hook"}]}, "steps.0.url"),
        ({**RULE, "steps": [{"type": "call_webhook", "url": "http://169.254.169.254/latest"}]}, "steps.0.url"),
        ({**RULE, "steps": []}, "steps"),
    ],
)
def test_a_rule_that_cannot_run_is_refused_with_a_sentence(client_as, studio, body, field):
    answer = client_as(studio.owner).post("/api/automation/rules", json=body)

    assert answer.status_code == 422, answer.get_json()
    error = answer.get_json()["error"]
    assert field in error["fields"], error


def test_a_webhook_step_on_a_private_address_is_allowed_when_the_operator_allows_it(
    app, client_as, studio, monkeypatch
):
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW_PRIVATE_ADDRESSES", True)

    answer = client_as(studio.owner).post(
        "/api/automation/rules", json={**RULE, "steps": [{"type": "call_webhook", "url": "http://127.0.0.1:9/hook"}]}
    )

    assert answer.status_code == 201, answer.get_json()


@pytest.mark.parametrize("role", ["trainer", "client"])
def test_only_managers_see_automations(client_as, studio, role):
    assert client_as(studio.users[role]).get("/api/automation/rules").status_code == 403


def test_another_studios_rule_is_not_found(client_as, studio, other_studio):
    rule = make_rule(other_studio)

    assert client_as(studio.owner).get(f"/api/automation/rules/{rule.id}").status_code == 404
    assert client_as(studio.owner).post(f"/api/automation/rules/{rule.id}/disable").status_code == 404
    assert client_as(studio.owner).delete(f"/api/automation/rules/{rule.id}").status_code == 404


def test_disable_enable_update_and_delete(client_as, studio):
    rule = make_rule(studio)
    api = client_as(studio.owner)

    assert api.post(f"/api/automation/rules/{rule.id}/disable").get_json()["enabled"] is False
    assert api.post(f"/api/automation/rules/{rule.id}/enable").get_json()["enabled"] is True
    changed = api.patch(f"/api/automation/rules/{rule.id}", json={"name": "Hello"})
    assert changed.status_code == 200 and changed.get_json()["name"] == "Hello"
    assert api.delete(f"/api/automation/rules/{rule.id}").status_code == 204
    assert api.get(f"/api/automation/rules/{rule.id}").status_code == 404


def test_templates_make_rules_that_start_turned_off(client_as, studio):
    api = client_as(studio.owner)
    keys_listed = [item["key"] for item in api.get("/api/automation/templates").get_json()["items"]]

    made = [api.post("/api/automation/rules/from-template", json={"template": key}) for key in keys_listed]

    assert set(keys_listed) == {"session_reminder", "payment_reminder", "birthday", "re_engagement", "welcome_sequence"}
    assert [answer.status_code for answer in made] == [201] * 5
    welcome = next(answer.get_json() for answer in made if answer.get_json()["template"] == "welcome_sequence")
    assert welcome["enabled"] is False
    assert [step["type"] for step in welcome["steps"]] == ["send_email", "wait", "create_task", "wait", "send_email"]
    assert api.post("/api/automation/rules/from-template", json={"template": "nope"}).status_code == 404


def test_preview_fills_sample_values_and_escapes_html(client_as, studio):
    answer = client_as(studio.owner).post(
        "/api/automation/preview", json={"subject": "Hi {{ first_name }}", "body": "<b>{{ full_name }}</b>"}
    )

    assert answer.get_json() == {
        "subject": "Hi Alex",
        "body_text": "<b>Alex Morgan</b>",
        "body_html": "<p>&lt;b&gt;Alex Morgan&lt;/b&gt;</p>",
    }


def test_rule_list_statements_do_not_grow_with_the_page(client_as, studio, count_statements):
    api = client_as(studio.owner)
    make_rule(studio)
    with count_statements() as one:
        api.get("/api/automation/rules")
    for _ in range(5):
        make_rule(studio, conditions=[{"type": "primary_trainer_is", "trainer_id": studio.trainer.id}])
    with count_statements() as six:
        assert len(api.get("/api/automation/rules").get_json()["items"]) == 6

    assert six.count == one.count + 1  # the trainers' names, read once when a condition names one


def test_runs_list_names_the_client_and_the_occasion(client_as, studio):
    from fitnesscrm.automation import engine

    rule = make_rule(studio)
    engine.start_runs(
        organization_id=studio.org.id,
        trigger="client_created",
        client_ids=[studio.client.id],
        occasion="client_created",
    )
    engine.process(organization_id=studio.org.id)

    runs = client_as(studio.owner).get(f"/api/automation/rules/{rule.id}/runs").get_json()["items"]
    rule_after = client_as(studio.owner).get(f"/api/automation/rules/{rule.id}").get_json()

    assert [(run["client_name"], run["occasion_text"], run["status"]) for run in runs] == [
        ("Casey Holloway", "Added as a client", "completed")
    ]
    assert rule_after["analytics"]["triggered"] == 1 and rule_after["analytics"]["messages_sent"] == 1


def test_process_triggers_needs_a_key_with_the_automation_scope(client, studio):
    _row, reader = keys.create(actor=principal_for(studio.owner), name="Reader", scopes=["clients:read"])
    _row, runner = keys.create(actor=principal_for(studio.owner), name="Scheduler", scopes=["automation:run"])
    url = "/api/automation/process-triggers"

    anonymous = client.post(url)
    wrong_scope = client.post(url, headers={"Authorization": f"Bearer {reader}"})
    allowed = client.post(url, headers={"Authorization": f"Bearer {runner}"})

    assert anonymous.status_code == 401 and anonymous.get_json()["error"]["code"] == "api_key_missing"
    assert wrong_scope.status_code == 403 and wrong_scope.get_json()["error"]["code"] == "scope_missing"
    assert allowed.status_code == 200
    assert allowed.get_json() == {"evaluated": 0, "fired": 0, "steps_run": 0, "next_due_at": None}


def test_process_triggers_runs_only_the_keys_studio(client, studio, other_studio):
    from fitnesscrm.automation import engine
    from tests.automation.helpers import automation_messages

    for each in (studio, other_studio):
        make_rule(each)
        engine.start_runs(
            organization_id=each.org.id,
            trigger="client_created",
            client_ids=[each.client.id],
            occasion="client_created",
        )
    _row, runner = keys.create(actor=principal_for(studio.owner), name="Scheduler", scopes=["automation:run"])

    summary = client.post("/api/automation/process-triggers", headers={"Authorization": f"Bearer {runner}"}).get_json()

    assert summary["steps_run"] == 1
    assert len(automation_messages(studio.org.id)) == 1 and automation_messages(other_studio.org.id) == []

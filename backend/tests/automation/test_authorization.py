"""Does every automation and task endpoint answer each caller as allowed, and write nothing when it refuses?

The cases use the foundation's authorization matrix (tests/test_authorization.py): anonymous,
each role of a studio, and the owner of another studio (`stranger`).
"""

from __future__ import annotations

import pytest

from fitnesscrm.extensions import db
from fitnesscrm.tasks.models import Task
from tests.automation.helpers import EMAIL, make_rule
from tests.test_authorization import CALLERS, Case, assert_case

MANAGERS = {"owner": 200, "admin": 200, "stranger": 404}
MANAGERS_OWN = {"owner": 200, "admin": 200, "stranger": 200}
MANAGERS_MADE = {"owner": 201, "admin": 201, "stranger": 201}
STAFF_OWN = {"owner": 200, "admin": 200, "trainer": 200, "stranger": 200}
STAFF_MADE = {"owner": 201, "admin": 201, "trainer": 201, "stranger": 201}
TRAINERS_TASK = {"owner": 200, "admin": 200, "trainer": 200, "stranger": 404}
OWNERS_TASK = {"owner": 200, "admin": 200, "trainer": 404, "stranger": 404}
RULE = {"rule_id": "rule"}
TASK = {"task_id": "trainer_task"}
OWNER_TASK = {"task_id": "owner_task"}
# A call with a person's sign-in, not an API key, is refused as not carrying a key.
KEY_ONLY = dict.fromkeys(CALLERS, 401)

CASES = [
    Case("POST", "/api/automation/process-triggers", KEY_ONLY),
    Case("GET", "/api/automation/rules", MANAGERS_OWN),
    Case("POST", "/api/automation/rules", MANAGERS_MADE, body={"name": "R", "trigger": "birthday", "steps": [EMAIL]}),
    Case("POST", "/api/automation/rules/from-template", MANAGERS_MADE, body={"template": "birthday"}),
    Case("GET", "/api/automation/rules/<int:rule_id>", MANAGERS, params=RULE),
    Case("PATCH", "/api/automation/rules/<int:rule_id>", MANAGERS, params=RULE, body={"name": "New name"}),
    Case("DELETE", "/api/automation/rules/<int:rule_id>", {"owner": 204, "admin": 204, "stranger": 404}, params=RULE),
    Case("POST", "/api/automation/rules/<int:rule_id>/enable", MANAGERS, params=RULE),
    Case("POST", "/api/automation/rules/<int:rule_id>/disable", MANAGERS, params=RULE),
    Case("GET", "/api/automation/rules/<int:rule_id>/runs", MANAGERS, params=RULE),
    Case("GET", "/api/automation/templates", MANAGERS_OWN),
    Case("GET", "/api/automation/options", MANAGERS_OWN),
    Case("POST", "/api/automation/preview", MANAGERS_OWN, body={"body": "Hi {{ first_name }}"}),
    Case("GET", "/api/tasks", STAFF_OWN),
    Case("POST", "/api/tasks", STAFF_MADE, body={"title": "Call back"}),
    Case("GET", "/api/tasks/summary", STAFF_OWN),
    Case("GET", "/api/tasks/<int:task_id>", TRAINERS_TASK, params=TASK),
    Case("GET", "/api/tasks/<int:task_id>", OWNERS_TASK, params=OWNER_TASK),
    Case("PATCH", "/api/tasks/<int:task_id>", TRAINERS_TASK, params=TASK, body={"title": "Changed"}),
    Case("PATCH", "/api/tasks/<int:task_id>", OWNERS_TASK, params=OWNER_TASK, body={"title": "Changed"}),
    Case("POST", "/api/tasks/<int:task_id>/complete", TRAINERS_TASK, params=TASK),
    Case("POST", "/api/tasks/<int:task_id>/complete", OWNERS_TASK, params=OWNER_TASK),
    Case("POST", "/api/tasks/<int:task_id>/reopen", TRAINERS_TASK, params=TASK),
]  # fmt: skip


@pytest.fixture
def automation_studio(studio):
    """The studio with a rule, a task for its trainer and one for its owner."""
    studio.rule = make_rule(studio)
    studio.trainer_task = Task(organization_id=studio.org.id, title="Call", assignee_id=studio.trainer_user.id)
    studio.owner_task = Task(organization_id=studio.org.id, title="Plan", assignee_id=studio.owner.id)
    db.session.add_all([studio.trainer_task, studio.owner_task])
    db.session.commit()
    return studio


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.method} {case.rule}")
def test_automation_endpoint_answers_each_caller_as_allowed(
    case, caller, automation_studio, other_studio, client, client_as
):
    assert_case(case, caller, automation_studio, other_studio, client, client_as)

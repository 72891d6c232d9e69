"""Does every endpoint give each caller exactly what it may, and write nothing when it refuses?

Each case is called anonymously, as each role of a studio, and as the owner of another studio
(`stranger`). A refused call must leave every table byte-for-byte as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.training.models import Exercise
from tests.conftest import clients_for, loaded, make_studio
from tests.training.factories import ExerciseFactory

CALLERS = ("anonymous", "owner", "admin", "trainer", "client", "stranger")
PUBLIC_RULES = {
    ("GET", "/api/health"),
    ("GET", "/api/health/live"),
    ("GET", "/api/health/ready"),
    ("POST", "/api/auth/signup"),
    ("POST", "/api/auth/login"),
    ("POST", "/api/auth/token"),
    ("POST", "/api/invitations/preview"),
    ("POST", "/api/invitations/accept"),
    ("POST", "/api/auth/password-reset"),
    ("POST", "/api/auth/password-reset/preview"),
    ("POST", "/api/auth/password-reset/confirm"),
    ("POST", "/api/auth/unlock"),
    ("POST", "/api/auth/unlock/confirm"),
    # two-factor sign-in's second step: the signed step token from the password step is the permission
    # (tests/auth/test_two_factor.py, test_two_factor_requirement.py)
    ("POST", "/api/auth/login/two-factor"),
    ("POST", "/api/auth/token/two-factor"),
    ("POST", "/api/auth/login/two-factor/setup"),
    ("POST", "/api/auth/login/two-factor/enable"),
    # notifications: the signed token in the path is the permission (tests/notifications/test_routes.py)
    ("GET", "/api/unsubscribe/<string:token>"),
    ("POST", "/api/unsubscribe/<string:token>"),
    # sms: Twilio's request signature is the permission (tests/notifications/sms/test_webhooks.py)
    ("POST", "/api/sms/inbound"),
    ("POST", "/api/sms/status"),
    # billing/stripe: Stripe's signature is the permission (tests/billing/stripe/test_webhooks.py)
    ("POST", "/api/billing/stripe/webhooks/<int:organization_id>"),
}
# Served by flask-smorest / the SPA rather than by a domain.
INFRASTRUCTURE_RULES = re.compile(r"^/api/(openapi\.json|docs|redoc|<path:path>|)$|^/api/(docs|redoc)/")


@dataclass
class Case:
    method: str
    rule: str
    # Status per caller; callers left out get `default`.
    expect: dict[str, int]
    default: int = 403
    # Placeholders in the rule, each named after a studio attribute whose id fills it.
    params: dict[str, str] = field(default_factory=dict)
    body: dict | None = None
    query: str = ""

    def status_for(self, caller: str) -> int:
        if caller == "anonymous":
            return self.expect.get("anonymous", 401)
        return self.expect.get(caller, self.default)


MANAGERS_ONLY = {"owner": 200, "admin": 200, "stranger": 404}
STAFF_READ = {"owner": 200, "admin": 200, "trainer": 200, "stranger": 404}
STAFF_IN_OWN_STUDIO = {"owner": 200, "admin": 200, "trainer": 200, "stranger": 200}
MANAGERS_IN_OWN_STUDIO = {"owner": 200, "admin": 200, "stranger": 200}
CLIENT = {"client_id": "client"}
OTHER_CLIENT = {"client_id": "other_client"}
# training: programs
TEMPLATE = {"template_id": "program_template"}
TEMPLATE_VERSION = {"template_id": "program_template", "number": "program_template_version"}
CLIENT_PROGRAM = {"program_id": "client_program"}
OTHER_CLIENT_PROGRAM = {"program_id": "other_client_program"}
PROGRAM_BODY = {
    "weeks": [{"days": [{"name": "Day 1", "blocks": [{"exercises": [{"exercise_id": "{builtin_exercise}"}]}]}]}]
}
ANY_ROLE = {"owner": 200, "admin": 200, "trainer": 200, "client": 200, "stranger": 200}
WORKOUT = {"workout_log_id": "workout"}
WORKOUT_COMMENT = {"workout_log_id": "workout", "comment_id": "comment"}
# billing (invoices)
PRODUCT = {"product_id": "product"}
TAX_RATE = {"tax_rate_id": "tax_rate"}
DISCOUNT = {"discount_id": "discount"}
INVOICE = {"invoice_id": "invoice"}
UNPAID_INVOICE = {"invoice_id": "unpaid_invoice"}
DRAFT_INVOICE = {"invoice_id": "draft_invoice"}
PAYMENT = {"payment_id": "payment"}
BILLING_CREATE = {"owner": 201, "admin": 201, "stranger": 201}
BILLING_DELETE = {"owner": 204, "admin": 204, "stranger": 404}
OTHER_CLIENTS_INVOICE = {**MANAGERS_ONLY, "trainer": 404, "client": 404}
# documents
DOCUMENT = {"document_id": "document"}
VERSION = {"document_id": "document", "number": "document_version"}
FOLDER = {"folder_id": "document_folder"}
# progress: habits + check-ins
HABIT = {"habit_id": "habit"}
CHAT_READ = {"owner": 200, "admin": 200, "trainer": 200, "client": 200, "stranger": 404}
CHAT_WRITE = {"owner": 201, "admin": 201, "trainer": 201, "client": 201, "stranger": 404}
THREAD = {"thread_id": "thread"}
OTHER_THREAD = {"thread_id": "other_thread"}
GROUP_THREAD = {"thread_id": "group_thread"}
CHAT_MESSAGE = {"thread_id": "thread", "message_id": "chat_message"}
OTHER_HABIT = {"habit_id": "other_habit"}
HABIT_DAY = {"habit_id": "habit", "day": "habit_day"}
CHECK_IN_FORM = {"form_id": "check_in_form"}
CHECK_IN = {"submission_id": "check_in"}
# progress: goals
GOAL = {"goal_id": "goal"}
# billing/stripe: `saved_card` is `client`'s default card; `paid_invoice` is `other_client`'s (so that `client`
# stays deletable) and owes nothing;
# `other_membership` is `other_client`'s, who has no card. No Stripe keys: nothing here reaches Stripe.
CARD_HOLDERS_READ = {"owner": 200, "admin": 200, "trainer": 200, "client": 200, "stranger": 404}
SAVED_CARD = {"client_id": "client", "card_id": "saved_card"}
OTHER_GOAL = {"goal_id": "other_client_goal"}


def measurement_cases() -> list[Case]:
    """measurements: `measurement` is `client`'s weight, `other_measurement` is `other_client`'s."""
    own = {"owner": 201, "admin": 201, "trainer": 201, "client": 201, "stranger": 404}
    removed = {"owner": 204, "admin": 204, "trainer": 204, "client": 204, "stranger": 404}
    cases = []
    for client, row in ((CLIENT, "measurement"), (OTHER_CLIENT, "other_measurement")):
        mine = client is CLIENT
        read = STAFF_READ | {"client": 200} if mine else MANAGERS_ONLY
        write = own if mine else {"owner": 201, "admin": 201}
        remove = removed if mine else {"owner": 204, "admin": 204}
        default = 403 if mine else 404
        params = {**client, "measurement_id": row}
        base = "/api/clients/<int:client_id>/measurements"
        for path, query in (
            ("", ""),
            ("/<int:measurement_id>/history", ""),
            ("/latest", ""),
            ("/chart", "type_id={weight_type}"),
            ("/body-composition", ""),
            ("/export", ""),
        ):
            cases.append(Case("GET", base + path, read, default=default, params=params, query=query))
        entry = {"measured_on": "2025-06-01", "entries": [{"type_id": "{weight_type}", "value": 80}]}
        cases.append(Case("POST", base, write, default=default, params=client, body=entry))
        corrections = base + "/<int:measurement_id>/corrections"
        cases.append(Case("POST", corrections, write, default=default, params=params, body={"value": 80}))
        cases.append(Case("DELETE", base + "/<int:measurement_id>", remove, default=default, params=params))
    return cases


CASES = [
    # auth: every signed-in role manages its own account
    Case("GET", "/api/auth/me", ANY_ROLE),
    Case("PATCH", "/api/auth/me", ANY_ROLE, body={"first_name": "Renamed"}),
    Case(
        "POST",
        "/api/auth/password",
        {"owner": 204, "admin": 204, "trainer": 204, "client": 204, "stranger": 204},
        body={"current_password": "correct-horse-battery", "new_password": "another-good-password"},
    ),
    Case("POST", "/api/auth/logout", {"owner": 204, "admin": 204, "trainer": 204, "client": 204, "stranger": 204}),
    # An access token is not a refresh token, whoever holds it; refreshing itself is tested in auth/.
    Case("POST", "/api/auth/refresh", {}, default=401),
    # auth: two-factor sign-in and sessions are the caller's own; the studio's rule is the managers'
    Case("GET", "/api/auth/two-factor", ANY_ROLE),
    Case("POST", "/api/auth/two-factor/setup", ANY_ROLE),
    # Past the role check every caller meets the body's validation (a wrong code would count towards the
    # sign-in throttle, a write; codes themselves are tested in tests/auth/test_two_factor.py).
    Case("POST", "/api/auth/two-factor/enable", {}, default=422, body={}),
    Case("POST", "/api/auth/two-factor/disable", {}, default=422, body={}),
    Case("POST", "/api/auth/two-factor/recovery-codes", {}, default=422, body={}),
    Case("GET", "/api/auth/two-factor/requirement", MANAGERS_IN_OWN_STUDIO),
    # An owner without two-factor sign-in cannot require it of others.
    Case("PUT", "/api/auth/two-factor/requirement", {"owner": 409, "stranger": 409}, body={"required_for_staff": True}),
    Case("GET", "/api/auth/sessions", ANY_ROLE),
    Case("POST", "/api/auth/sessions/revoke-others", ANY_ROLE),
    # Nobody's sign-in has this id; another account's sessions are refused alike (tests/auth/test_sessions.py).
    Case(
        "DELETE",
        "/api/auth/sessions/<string(maxlength=36):session_id>",
        {},
        default=404,
        params={"session_id": "client"},
    ),
    # invitations
    Case("GET", "/api/invitations", {"owner": 200, "admin": 200, "stranger": 200}),
    Case(
        "POST",
        "/api/invitations",
        {"owner": 201, "admin": 201, "trainer": 404, "stranger": 404},
        body={"email": "invitee@example.com", "role": "client", "client_id": "{other_client}"},
    ),
    Case(
        "POST",
        "/api/invitations/<int:invitation_id>/resend",
        {"owner": 200, "admin": 200, "stranger": 404},
        params={"invitation_id": "invitation"},
    ),
    Case(
        "DELETE",
        "/api/invitations/<int:invitation_id>",
        {"owner": 204, "admin": 204, "stranger": 404},
        params={"invitation_id": "invitation"},
    ),
    # organization
    Case("GET", "/api/organization", ANY_ROLE),
    Case("PATCH", "/api/organization", MANAGERS_ONLY | {"stranger": 200}, body={"name": "Renamed Studio"}),
    # storage: the studio's usage, for managers (each sees their own studio's)
    Case("GET", "/api/organization/storage", MANAGERS_ONLY | {"stranger": 200}),
    # trainers
    Case("GET", "/api/trainers", STAFF_READ | {"stranger": 200}),
    Case(
        "POST",
        "/api/trainers",
        {"owner": 201, "admin": 201, "stranger": 201},
        body={"first_name": "New", "last_name": "Coach", "email": "new.coach@example.com"},
    ),
    Case("GET", "/api/trainers/export", MANAGERS_ONLY | {"stranger": 200}),
    Case(
        "POST",
        "/api/trainers/me",
        {"owner": 201, "admin": 201, "stranger": 404},
        body={"trainer_id": "{other_trainer}"},
    ),
    Case("GET", "/api/trainers/<int:trainer_id>", STAFF_READ, params={"trainer_id": "other_trainer"}),
    Case(
        "PATCH",
        "/api/trainers/<int:trainer_id>",
        MANAGERS_ONLY,
        params={"trainer_id": "other_trainer"},
        body={"bio": "Updated"},
    ),
    Case(
        "DELETE",
        "/api/trainers/<int:trainer_id>",
        {"owner": 204, "admin": 204, "stranger": 404},
        params={"trainer_id": "other_trainer"},
    ),
    Case("POST", "/api/trainers/<int:trainer_id>/archive", MANAGERS_ONLY, params={"trainer_id": "other_trainer"}),
    Case("POST", "/api/trainers/<int:trainer_id>/restore", MANAGERS_ONLY, params={"trainer_id": "other_trainer"}),
    # clients: `client` is coached by `trainer` and is the client user's record; `other_client` is neither
    Case("GET", "/api/clients", STAFF_IN_OWN_STUDIO),
    Case(
        "POST",
        "/api/clients",
        {"owner": 201, "admin": 201, "trainer": 201, "stranger": 201},
        body={"first_name": "New", "last_name": "Client"},
    ),
    Case("GET", "/api/clients/export", STAFF_IN_OWN_STUDIO),
    Case("POST", "/api/clients/bulk-archive", STAFF_READ, body={"ids": ["{client}"]}),
    Case("POST", "/api/clients/bulk-archive", MANAGERS_ONLY | {"trainer": 404}, body={"ids": ["{other_client}"]}),
    Case("POST", "/api/clients/imports/inspect", MANAGERS_IN_OWN_STUDIO, body={"file": "TmFtZQpBbm4gTGVlCg=="}),
    Case(
        "POST",
        "/api/clients/imports",
        MANAGERS_IN_OWN_STUDIO,
        body={"file": "TmFtZQpBbm4gTGVlCg==", "mapping": {"full_name": 0}, "dry_run": False},
    ),
    Case("POST", "/api/clients/bulk-restore", STAFF_READ, body={"ids": ["{client}"]}),
    Case("POST", "/api/clients/bulk-restore", MANAGERS_ONLY | {"trainer": 404}, body={"ids": ["{other_client}"]}),
    Case("GET", "/api/clients/<int:client_id>", STAFF_READ | {"client": 200}, params=CLIENT),
    Case("GET", "/api/clients/<int:client_id>", MANAGERS_ONLY | {"trainer": 404, "client": 404}, params=OTHER_CLIENT),
    Case("PATCH", "/api/clients/<int:client_id>", STAFF_READ, params=CLIENT, body={"goals": "Run 10k"}),
    Case(
        "PATCH",
        "/api/clients/<int:client_id>",
        MANAGERS_ONLY | {"trainer": 404},
        params=OTHER_CLIENT,
        body={"goals": "Run 10k"},
    ),
    Case("DELETE", "/api/clients/<int:client_id>", {"owner": 204, "admin": 204, "stranger": 404}, params=CLIENT),
    Case("POST", "/api/clients/<int:client_id>/archive", STAFF_READ, params=CLIENT),
    Case("POST", "/api/clients/<int:client_id>/archive", MANAGERS_ONLY | {"trainer": 404}, params=OTHER_CLIENT),
    Case("POST", "/api/clients/<int:client_id>/restore", STAFF_READ, params=CLIENT),
    # privacy: a client's data export (staff who see them, the client themselves), erasure, retention
    Case("GET", "/api/clients/<int:client_id>/data-export", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/data-export",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT,
    ),
    Case("GET", "/api/privacy/my-data", {"client": 200}),
    Case("GET", "/api/clients/<int:client_id>/erasure", STAFF_READ, params=CLIENT),
    Case("GET", "/api/clients/<int:client_id>/erasure", MANAGERS_ONLY | {"trainer": 404}, params=OTHER_CLIENT),
    Case(
        "POST",
        "/api/clients/<int:client_id>/erasure",
        MANAGERS_ONLY,
        params=CLIENT,
        body={"confirmation": "Casey Holloway"},
    ),
    Case("GET", "/api/privacy/settings", MANAGERS_IN_OWN_STUDIO),
    Case("PUT", "/api/privacy/settings", MANAGERS_IN_OWN_STUDIO, body={"erase_archived_after_months": 12}),
    # assignments
    Case("GET", "/api/clients/<int:client_id>/assignments", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/assignments",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT,
    ),
    Case(
        "POST",
        "/api/clients/<int:client_id>/assignments",
        {"owner": 201, "admin": 201, "stranger": 404},
        params=OTHER_CLIENT,
        body={"trainer_id": "{trainer}"},
    ),
    Case(
        "PATCH",
        "/api/clients/<int:client_id>/assignments/<int:trainer_id>",
        MANAGERS_ONLY,
        params={"client_id": "client", "trainer_id": "trainer"},
        body={"is_primary": True},
    ),
    Case(
        "DELETE",
        "/api/clients/<int:client_id>/assignments/<int:trainer_id>",
        {"owner": 204, "admin": 204, "stranger": 404},
        params={"client_id": "client", "trainer_id": "trainer"},
    ),
    Case(
        "POST",
        "/api/assignments/bulk",
        MANAGERS_ONLY,
        body={"client_ids": ["{other_client}"], "trainer_id": "{trainer}"},
    ),
    # activity log and dashboard
    Case("GET", "/api/activity", MANAGERS_IN_OWN_STUDIO),
    Case("GET", "/api/activity/stats", MANAGERS_IN_OWN_STUDIO),
    Case("GET", "/api/activity/export", MANAGERS_IN_OWN_STUDIO),
    Case("GET", "/api/activity/filters", MANAGERS_IN_OWN_STUDIO),
    # billing: revenue reports
    Case("GET", "/api/billing/reports/revenue", MANAGERS_IN_OWN_STUDIO),
    Case("GET", "/api/billing/reports/revenue-by-product", MANAGERS_IN_OWN_STUDIO),
    Case("GET", "/api/billing/reports/revenue-by-trainer", MANAGERS_IN_OWN_STUDIO),
    Case("GET", "/api/billing/reports/mrr", MANAGERS_IN_OWN_STUDIO),
    Case("GET", "/api/billing/reports/receivables", MANAGERS_IN_OWN_STUDIO),
    Case("GET", "/api/billing/reports/refunds", MANAGERS_IN_OWN_STUDIO),
    Case("GET", "/api/dashboard", STAFF_IN_OWN_STUDIO),
    Case("GET", "/api/dashboard/checklist", MANAGERS_IN_OWN_STUDIO),
    Case("PUT", "/api/dashboard/checklist", MANAGERS_IN_OWN_STUDIO, body={"dismissed": True}),
    # training: coaching — `workout` is `client`'s, `comment` on it is by `trainer`
    Case("GET", "/api/training/compliance", STAFF_IN_OWN_STUDIO),
    Case("GET", "/api/training/feed", STAFF_IN_OWN_STUDIO),
    Case("GET", "/api/training/commented-workouts", ANY_ROLE),
    Case("GET", "/api/workouts/<uuid:workout_log_id>/comments", {**STAFF_READ, "client": 200}, params=WORKOUT),
    Case(
        "POST",
        "/api/workouts/<uuid:workout_log_id>/comments",
        {"owner": 201, "admin": 201, "trainer": 201, "client": 201, "stranger": 404},
        params=WORKOUT,
        body={"body": "Well done."},
    ),
    Case(
        "PATCH",
        "/api/workouts/<uuid:workout_log_id>/comments/<int:comment_id>",
        {"trainer": 200, "stranger": 404},
        params=WORKOUT_COMMENT,
        body={"body": "Edited."},
    ),
    Case(
        "DELETE",
        "/api/workouts/<uuid:workout_log_id>/comments/<int:comment_id>",
        {"owner": 204, "admin": 204, "trainer": 204, "stranger": 404},
        params=WORKOUT_COMMENT,
    ),
    # training: exercises (`exercise` is the studio's own; the library is studio-wide for staff, archive is managers')
    Case("GET", "/api/exercises", STAFF_IN_OWN_STUDIO),
    Case(
        "POST",
        "/api/exercises",
        {"owner": 201, "admin": 201, "trainer": 201, "stranger": 201},
        body={"name": "Sled Push", "category": "conditioning", "primary_muscles": ["quadriceps"]},
    ),
    Case("GET", "/api/exercises/<int:exercise_id>", STAFF_READ, params={"exercise_id": "exercise"}),
    Case(
        "PATCH",
        "/api/exercises/<int:exercise_id>",
        STAFF_READ,
        params={"exercise_id": "exercise"},
        body={"name": "Renamed"},
    ),
    Case("POST", "/api/exercises/<int:exercise_id>/archive", MANAGERS_ONLY, params={"exercise_id": "exercise"}),
    Case("POST", "/api/exercises/<int:exercise_id>/restore", MANAGERS_ONLY, params={"exercise_id": "exercise"}),
    # training: programs — `program_template` is the owner's, shared with the studio, at version 2;
    # `client_program` is `client`'s copy of version 1, `other_client_program` is `other_client`'s
    Case("GET", "/api/programs", STAFF_IN_OWN_STUDIO),
    Case(
        "POST",
        "/api/programs",
        {"owner": 201, "admin": 201, "trainer": 201, "stranger": 201},
        body={"name": "New program", "content": PROGRAM_BODY},
    ),
    Case("GET", "/api/programs/<int:template_id>", STAFF_READ, params=TEMPLATE),
    Case(
        "PUT",
        "/api/programs/<int:template_id>",
        MANAGERS_ONLY,
        params=TEMPLATE,
        body={"name": "Renamed program", "content": PROGRAM_BODY},
    ),
    Case("POST", "/api/programs/<int:template_id>/archive", MANAGERS_ONLY, params=TEMPLATE),
    Case("POST", "/api/programs/<int:template_id>/restore", MANAGERS_ONLY, params=TEMPLATE),
    Case(
        "POST",
        "/api/programs/<int:template_id>/duplicate",
        {"owner": 201, "admin": 201, "trainer": 201, "stranger": 404},
        params=TEMPLATE,
    ),
    Case("GET", "/api/programs/<int:template_id>/versions", STAFF_READ, params=TEMPLATE),
    Case("GET", "/api/programs/<int:template_id>/versions/<int:number>", STAFF_READ, params=TEMPLATE_VERSION),
    Case("GET", "/api/programs/<int:template_id>/compare", STAFF_READ, params=TEMPLATE, query="from=1&to=2"),
    Case(
        "POST",
        "/api/programs/<int:template_id>/assign",
        {"owner": 201, "admin": 201, "trainer": 201, "stranger": 404},
        params=TEMPLATE,
        body={"client_ids": ["{client}"], "start_date": "2026-12-07", "replace_current": True},
    ),
    Case(
        "POST",
        "/api/programs/<int:template_id>/assign",
        {"owner": 201, "admin": 201, "trainer": 404, "stranger": 404},
        params=TEMPLATE,
        body={"client_ids": ["{client}", "{other_client}"], "start_date": "2026-12-07", "replace_current": True},
    ),
    Case("GET", "/api/clients/<int:client_id>/programs", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/programs",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT,
    ),
    Case("GET", "/api/client-programs/<int:program_id>", STAFF_READ | {"client": 200}, params=CLIENT_PROGRAM),
    Case(
        "GET",
        "/api/client-programs/<int:program_id>",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT_PROGRAM,
    ),
    Case("PUT", "/api/client-programs/<int:program_id>", STAFF_READ, params=CLIENT_PROGRAM, body={"name": "Renamed"}),
    Case(
        "PUT",
        "/api/client-programs/<int:program_id>",
        MANAGERS_ONLY | {"trainer": 404},
        params=OTHER_CLIENT_PROGRAM,
        body={"name": "Renamed"},
    ),
    Case("POST", "/api/client-programs/<int:program_id>/apply-template-version", STAFF_READ, params=CLIENT_PROGRAM),
    Case(
        "POST",
        "/api/client-programs/<int:program_id>/apply-template-version",
        MANAGERS_ONLY | {"trainer": 404},
        params=OTHER_CLIENT_PROGRAM,
    ),
    Case("POST", "/api/client-programs/<int:program_id>/end", STAFF_READ, params=CLIENT_PROGRAM),
    Case(
        "POST",
        "/api/client-programs/<int:program_id>/end",
        MANAGERS_ONLY | {"trainer": 404},
        params=OTHER_CLIENT_PROGRAM,
    ),
    # training: workouts (logging and offline sync)
    Case("GET", "/api/workouts/today", STAFF_READ | {"client": 200}, query="client_id={client}"),
    Case(
        "GET", "/api/workouts/today", MANAGERS_ONLY | {"trainer": 404, "client": 404}, query="client_id={other_client}"
    ),
    Case("GET", "/api/workouts/upcoming", STAFF_READ | {"client": 200}, query="client_id={client}"),
    Case(
        "GET",
        "/api/workouts/upcoming",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        query="client_id={other_client}",
    ),
    Case("POST", "/api/workouts/sync", STAFF_READ | {"client": 200}, body={"client_id": "{client}", "logs": []}),
    Case(
        "POST",
        "/api/workouts/sync",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        body={"client_id": "{other_client}", "logs": []},
    ),
    Case(
        "GET",
        "/api/workouts/<uuid:workout_log_id>",
        STAFF_READ | {"client": 200},
        params={"workout_log_id": "workout_log"},
    ),
    Case("GET", "/api/clients/<int:client_id>/workouts", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/workouts",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT,
    ),
    # training progress: a client reads their own, trainers their clients', managers everyone's
    *(
        case
        for path in ("records", "volume", "exercises", "exercises/<int:exercise_id>", "export")
        for case in (
            Case(
                "GET",
                f"/api/clients/<int:client_id>/training/{path}",
                STAFF_READ | {"client": 200},
                params={**CLIENT, "exercise_id": "exercise"},
            ),
            Case(
                "GET",
                f"/api/clients/<int:client_id>/training/{path}",
                MANAGERS_ONLY | {"trainer": 404, "client": 404},
                params={**OTHER_CLIENT, "exercise_id": "exercise"},
            ),
        )
    ),
    # progress: goals — staff set, change and abandon them; a client reads their own
    Case("GET", "/api/clients/<int:client_id>/goals", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/goals",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT,
    ),
    *(
        Case(
            "POST",
            "/api/clients/<int:client_id>/goals",
            expect,
            params=params,
            body={"kind": "attendance", "sessions_per_week": 2, "weeks": 4},
        )
        for params, expect in (
            (CLIENT, {"owner": 201, "admin": 201, "trainer": 201, "stranger": 404}),
            (OTHER_CLIENT, {"owner": 201, "admin": 201, "trainer": 404, "stranger": 404}),
        )
    ),
    Case("GET", "/api/clients/<int:client_id>/goals/options", STAFF_READ, params=CLIENT),
    Case("GET", "/api/clients/<int:client_id>/goals/options", MANAGERS_ONLY | {"trainer": 404}, params=OTHER_CLIENT),
    Case("GET", "/api/goals/<int:goal_id>", STAFF_READ | {"client": 200}, params=GOAL),
    Case("GET", "/api/goals/<int:goal_id>", MANAGERS_ONLY | {"trainer": 404, "client": 404}, params=OTHER_GOAL),
    Case("PATCH", "/api/goals/<int:goal_id>", STAFF_READ, params=GOAL, body={"title": "Three a week"}),
    Case("PATCH", "/api/goals/<int:goal_id>", MANAGERS_ONLY | {"trainer": 404}, params=OTHER_GOAL, body={"weeks": 6}),
    Case("POST", "/api/goals/<int:goal_id>/abandon", STAFF_READ, params=GOAL),
    Case("POST", "/api/goals/<int:goal_id>/abandon", MANAGERS_ONLY | {"trainer": 404}, params=OTHER_GOAL),
    # progress: photos — the client and their coaches; an upload without a file is a 422 once access is granted
    Case("GET", "/api/clients/<int:client_id>/photos", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/photos",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT,
    ),
    Case(
        "POST",
        "/api/clients/<int:client_id>/photos",
        {"owner": 422, "admin": 422, "trainer": 422, "client": 422, "stranger": 404},
        params=CLIENT,
        query="pose=front&taken_on=2026-01-05",
    ),
    Case(
        "POST",
        "/api/clients/<int:client_id>/photos",
        {"owner": 422, "admin": 422, "trainer": 404, "client": 404, "stranger": 404},
        params=OTHER_CLIENT,
        query="pose=front&taken_on=2026-01-05",
    ),
    *(
        Case(
            "GET",
            "/api/clients/<int:client_id>/photos/compare",
            expect,
            params=params,
            query="before=2026-01-05&after=2026-01-05",
        )
        for params, expect in (
            (CLIENT, STAFF_READ | {"client": 200}),
            (OTHER_CLIENT, MANAGERS_ONLY | {"trainer": 404, "client": 404}),
        )
    ),
    Case(
        "DELETE",
        "/api/clients/<int:client_id>/photos/<int:photo_id>",
        {"owner": 204, "admin": 204, "trainer": 204, "client": 204, "stranger": 404},
        params={**CLIENT, "photo_id": "photo"},
    ),
    Case(
        "DELETE",
        "/api/clients/<int:client_id>/photos/<int:photo_id>",
        {"owner": 204, "admin": 204, "trainer": 404, "client": 404, "stranger": 404},
        params={**OTHER_CLIENT, "photo_id": "other_client_photo"},
    ),
    # documents — `document` is a waiver with one version, shared with `client` one by one and not yet signed;
    # `document_folder` is empty. Uploads sent without a file are refused with 422 by those who may upload.
    Case("GET", "/api/documents", STAFF_IN_OWN_STUDIO),
    Case("POST", "/api/documents", {"owner": 422, "admin": 422, "trainer": 422, "stranger": 422}, body={}),
    Case("GET", "/api/documents/tags", STAFF_IN_OWN_STUDIO),
    Case("GET", "/api/documents/<int:document_id>", STAFF_READ, params=DOCUMENT),
    Case("PATCH", "/api/documents/<int:document_id>", STAFF_READ, params=DOCUMENT, body={"title": "Renamed"}),
    Case("POST", "/api/documents/<int:document_id>/archive", MANAGERS_ONLY, params=DOCUMENT),
    Case("POST", "/api/documents/<int:document_id>/restore", MANAGERS_ONLY, params=DOCUMENT),
    Case("GET", "/api/documents/<int:document_id>/versions", STAFF_READ, params=DOCUMENT),
    Case(
        "POST",
        "/api/documents/<int:document_id>/versions",
        {"owner": 422, "admin": 422, "trainer": 422, "stranger": 404},
        params=DOCUMENT,
        body={},
    ),
    Case("GET", "/api/documents/<int:document_id>/versions/<int:number>/download", STAFF_READ, params=VERSION),
    Case(
        "POST",
        "/api/documents/<int:document_id>/versions/<int:number>/restore",
        {"owner": 201, "admin": 201, "trainer": 201, "stranger": 404},
        params=VERSION,
    ),
    Case("GET", "/api/documents/<int:document_id>/shares", STAFF_READ, params=DOCUMENT),
    Case(
        "POST",
        "/api/documents/<int:document_id>/shares",
        STAFF_READ,
        params=DOCUMENT,
        body={"client_ids": ["{client}"]},
    ),
    Case(
        "DELETE",
        "/api/documents/<int:document_id>/shares/<int:client_id>",
        {"owner": 204, "admin": 204, "trainer": 204, "stranger": 404},
        params={**DOCUMENT, **CLIENT},
    ),
    Case("PUT", "/api/documents/<int:document_id>/share-all", MANAGERS_ONLY, params=DOCUMENT),
    Case("DELETE", "/api/documents/<int:document_id>/share-all", MANAGERS_ONLY, params=DOCUMENT),
    Case("GET", "/api/documents/<int:document_id>/signatures", STAFF_READ, params=DOCUMENT),
    Case("GET", "/api/clients/<int:client_id>/documents", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/documents",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT,
    ),
    *(
        Case("GET", f"/api/clients/<int:client_id>/documents/<int:document_id>{path}", expect, params=params)
        for path in ("", "/download")
        for params, expect in (
            ({**CLIENT, **DOCUMENT}, STAFF_READ | {"client": 200}),
            # Not shared with `other_client`: nobody finds it there.
            ({**OTHER_CLIENT, **DOCUMENT}, dict.fromkeys(("owner", "admin", "trainer", "client", "stranger"), 404)),
        )
    ),
    Case(
        "POST",
        "/api/clients/<int:client_id>/documents/<int:document_id>/signatures",
        {"client": 201},
        params={**CLIENT, **DOCUMENT},
        body={"typed_name": "Casey Client", "consent": True},
    ),
    Case("GET", "/api/clients/<int:client_id>/waiver-signatures", STAFF_READ | {"client": 200}, params=CLIENT),
    Case("GET", "/api/document-folders", STAFF_IN_OWN_STUDIO),
    Case(
        "POST",
        "/api/document-folders",
        {"owner": 201, "admin": 201, "trainer": 201, "stranger": 201},
        body={"name": "New folder"},
    ),
    Case("PATCH", "/api/document-folders/<int:folder_id>", STAFF_READ, params=FOLDER, body={"name": "Renamed"}),
    Case(
        "DELETE",
        "/api/document-folders/<int:folder_id>",
        {"owner": 204, "admin": 204, "trainer": 204, "stranger": 404},
        params=FOLDER,
    ),
    # measurements: a client enters and reads their own, trainers their clients', managers everyone's;
    # only managers change the studio's own types (`measurement_type`)
    Case("GET", "/api/measurement-types", ANY_ROLE),
    Case(
        "POST",
        "/api/measurement-types",
        {"owner": 201, "admin": 201, "stranger": 201},
        body={"name": "Grip strength", "dimension": "mass"},
    ),
    Case(
        "PATCH",
        "/api/measurement-types/<int:type_id>",
        MANAGERS_ONLY,
        params={"type_id": "measurement_type"},
        body={"name": "Grip"},
    ),
    *measurement_cases(),
    # progress: habits + check-ins — `habit` is `client`'s (a count), `other_habit` `other_client`'s;
    # `check_in_form` (by `trainer`) is `client`'s weekly check-in, `spare_check_in_form` is unused;
    # `check_in` is a submission of `client`; `habit_day` is today and `check_in_due` this week's due day
    Case("GET", "/api/clients/<int:client_id>/habits", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/habits",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT,
    ),
    Case(
        "POST",
        "/api/clients/<int:client_id>/habits",
        {"owner": 201, "admin": 201, "trainer": 201, "stranger": 404},
        params=CLIENT,
        body={"name": "Drink water", "kind": "count", "target_value": 8, "unit": "glasses"},
    ),
    Case("GET", "/api/clients/<int:client_id>/habits/grid", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/habits/grid",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT,
    ),
    Case("GET", "/api/habits/<int:habit_id>", STAFF_READ | {"client": 200}, params=HABIT),
    Case("GET", "/api/habits/<int:habit_id>", MANAGERS_ONLY | {"trainer": 404, "client": 404}, params=OTHER_HABIT),
    Case("PATCH", "/api/habits/<int:habit_id>", STAFF_READ, params=HABIT, body={"name": "Walk more"}),
    Case("POST", "/api/habits/<int:habit_id>/archive", STAFF_READ, params=HABIT),
    Case(
        "PUT",
        "/api/habits/<int:habit_id>/days/<string:day>",
        STAFF_READ | {"client": 200},
        params=HABIT_DAY,
        body={"value": 12000},
    ),
    Case(
        "PUT",
        "/api/habits/<int:habit_id>/days/<string:day>",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params={**HABIT_DAY, "habit_id": "other_habit"},
        body={"value": 12000},
    ),
    Case(
        "DELETE",
        "/api/habits/<int:habit_id>/days/<string:day>",
        {"owner": 204, "admin": 204, "trainer": 204, "client": 204, "stranger": 404},
        params=HABIT_DAY,
    ),
    Case("GET", "/api/check-in-forms", STAFF_IN_OWN_STUDIO),
    Case(
        "POST",
        "/api/check-in-forms",
        {"owner": 201, "admin": 201, "trainer": 201, "stranger": 201},
        body={"name": "Monthly", "questions": [{"kind": "long_text", "label": "How was the month?"}]},
    ),
    Case("GET", "/api/check-in-forms/<int:form_id>", STAFF_READ, params=CHECK_IN_FORM),
    Case("PATCH", "/api/check-in-forms/<int:form_id>", STAFF_READ, params=CHECK_IN_FORM, body={"name": "Renamed"}),
    Case("POST", "/api/check-in-forms/<int:form_id>/archive", STAFF_READ, params={"form_id": "spare_check_in_form"}),
    Case(
        "PUT",
        "/api/clients/<int:client_id>/check-in-assignment",
        STAFF_READ,
        params=CLIENT,
        body={"form_id": "{spare_check_in_form}", "weekday": 1},
    ),
    Case(
        "PUT",
        "/api/clients/<int:client_id>/check-in-assignment",
        MANAGERS_ONLY | {"trainer": 404},
        params=OTHER_CLIENT,
        body={"form_id": "{spare_check_in_form}", "weekday": 1},
    ),
    Case(
        "DELETE",
        "/api/clients/<int:client_id>/check-in-assignment",
        {"owner": 204, "admin": 204, "trainer": 204, "stranger": 404},
        params=CLIENT,
    ),
    Case("GET", "/api/clients/<int:client_id>/check-ins/due", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/check-ins/due",
        MANAGERS_ONLY | {"trainer": 404, "client": 404},
        params=OTHER_CLIENT,
    ),
    Case("GET", "/api/clients/<int:client_id>/check-ins", STAFF_READ | {"client": 200}, params=CLIENT),
    Case(
        "POST",
        "/api/clients/<int:client_id>/check-ins",
        {"client": 201},
        params=CLIENT,
        body={"due_on": "{check_in_due}", "answers": [{"key": "energy", "number": 7}]},
    ),
    Case(
        "POST",
        "/api/clients/<int:client_id>/check-ins",
        {"client": 404},
        params=OTHER_CLIENT,
        body={"due_on": "{check_in_due}", "answers": [{"key": "energy", "number": 7}]},
    ),
    # A JSON body has no file: the client is let through to the upload, which asks for one.
    Case("POST", "/api/clients/<int:client_id>/check-in-photos", {"client": 422}, params=CLIENT),
    Case("GET", "/api/check-ins", STAFF_IN_OWN_STUDIO),
    Case("GET", "/api/check-ins/overdue", STAFF_IN_OWN_STUDIO),
    Case("GET", "/api/check-ins/summary", STAFF_IN_OWN_STUDIO),
    Case("GET", "/api/check-ins/<int:submission_id>", STAFF_READ | {"client": 200}, params=CHECK_IN),
    Case("PUT", "/api/check-ins/<int:submission_id>/reply", STAFF_READ, params=CHECK_IN, body={"reply": "Well done."}),
    Case("POST", "/api/check-ins/<int:submission_id>/review", STAFF_READ, params=CHECK_IN),
    # notifications: outbox (`outbox_message` is the invitation's email, dead) and preferences
    Case("GET", "/api/outbox", MANAGERS_IN_OWN_STUDIO),
    Case("POST", "/api/outbox/<int:message_id>/retry", MANAGERS_ONLY, params={"message_id": "outbox_message"}),
    Case("GET", "/api/notification-preferences", ANY_ROLE),
    Case(
        "PUT",
        "/api/notification-preferences",
        ANY_ROLE,
        body={"preferences": [{"topic": "reminders", "email": False}]},
    ),
    # sms: the studio's number and usage (owners set the number); Twilio's webhooks refuse anyone unsigned
    Case("GET", "/api/sms/settings", MANAGERS_IN_OWN_STUDIO),
    Case("PUT", "/api/sms/settings", {"owner": 200, "stranger": 200}, body={"phone_number": "+14155550100"}),
    Case("GET", "/api/sms/usage", MANAGERS_IN_OWN_STUDIO, query="months=2"),
    Case("POST", "/api/sms/inbound", {"anonymous": 403}, body={"From": "+14155550123", "Body": "STOP"}),
    Case("POST", "/api/sms/status", {"anonymous": 403}, body={"MessageSid": "SM1", "MessageStatus": "failed"}),
    # push: each person manages their own devices' subscriptions; the bell: `notification` is `client`'s,
    # so everyone else (their trainer and managers included) finds no such notification
    Case("GET", "/api/push/public-key", ANY_ROLE),
    Case(
        "POST",
        "/api/push/subscriptions",
        dict.fromkeys(ANY_ROLE, 201),
        body={
            "endpoint": "https://fcm.googleapis.com/fcm/send/matrix",
            "keys": {"p256dh": "B" + "A" * 86, "auth": "A" * 22},
        },
    ),
    Case(
        "DELETE",
        "/api/push/subscriptions",
        dict.fromkeys(ANY_ROLE, 204),
        body={"endpoint": "https://fcm.googleapis.com/fcm/send/matrix"},
    ),
    Case("GET", "/api/notifications", ANY_ROLE),
    Case("GET", "/api/notifications/unread-count", ANY_ROLE),
    Case(
        "POST",
        "/api/notifications/<int:notification_id>/read",
        {"client": 200},
        default=404,
        params={"notification_id": "notification"},
    ),
    Case("POST", "/api/notifications/read-all", ANY_ROLE),
    # chat: `thread` is `client`'s (with `trainer`), `other_thread` `other_client`'s (with nobody who signs in);
    # `chat_message` is by `trainer` in `thread`; `group_thread` holds `trainer` and `client`
    Case("GET", "/api/threads", ANY_ROLE),
    Case(
        "POST",
        "/api/threads",
        {**CHAT_WRITE, "client": 403, "stranger": 201},
        body={"title": "Bootcamp", "member_user_ids": []},
    ),
    Case("GET", "/api/threads/unread-count", ANY_ROLE),
    Case("GET", "/api/threads/<int:thread_id>", CHAT_READ, params=THREAD),
    Case("GET", "/api/threads/<int:thread_id>", {**MANAGERS_ONLY, "trainer": 404, "client": 404}, params=OTHER_THREAD),
    Case(
        "PATCH",
        "/api/threads/<int:thread_id>",
        {**STAFF_READ, "client": 403},
        params=GROUP_THREAD,
        body={"title": "Saturday bootcamp"},
    ),
    Case("GET", "/api/threads/<int:thread_id>/messages", CHAT_READ, params=THREAD),
    Case("POST", "/api/threads/<int:thread_id>/messages", CHAT_WRITE, params=THREAD, body={"body": "Hello"}),
    Case(
        "POST",
        "/api/threads/<int:thread_id>/messages",
        {"owner": 201, "admin": 201, "trainer": 404, "client": 404, "stranger": 404},
        params=OTHER_THREAD,
        body={"body": "Hello"},
    ),
    # A JSON body has no file: whoever may open the thread is let through to the upload, which asks for one.
    Case(
        "POST",
        "/api/threads/<int:thread_id>/attachments",
        {**CHAT_READ, **dict.fromkeys(CHAT_READ, 422), "stranger": 404},
        params=THREAD,
    ),
    Case(
        "PATCH",
        "/api/threads/<int:thread_id>/messages/<int:message_id>",
        {"trainer": 200, "stranger": 404},
        params=CHAT_MESSAGE,
        body={"body": "Edited"},
    ),
    Case(
        "DELETE",
        "/api/threads/<int:thread_id>/messages/<int:message_id>",
        {"owner": 200, "admin": 200, "trainer": 200, "stranger": 404},
        params=CHAT_MESSAGE,
    ),
    Case("POST", "/api/threads/<int:thread_id>/read", CHAT_READ, params=THREAD, body={"message_id": "{chat_message}"}),
    Case("GET", "/api/messages/search", ANY_ROLE, query="q=hello"),
    # `chat_message` has no attachment: nobody finds one, in this studio or another.
    Case("GET", "/api/messages/<int:message_id>/attachment", {}, default=404, params={"message_id": "chat_message"}),
    Case("GET", "/api/messages/<int:message_id>/thumbnail", {}, default=404, params={"message_id": "chat_message"}),
    # billing (invoices): settings, catalogue, invoices, payments, sales. `invoice` is `other_client`'s (so that
    # `client` stays deletable: a client with invoices is not), open, with `payment` of $10.00 on it; `unpaid_invoice`
    # is open with nothing paid; `draft_invoice` is a draft. A trainer and a client reading their own invoices are in
    # tests/billing/invoices.
    Case("GET", "/api/billing/settings", STAFF_IN_OWN_STUDIO),
    Case("PATCH", "/api/billing/settings", MANAGERS_IN_OWN_STUDIO, body={"credit_policy": "off"}),
    Case("GET", "/api/billing/products", ANY_ROLE),
    Case("POST", "/api/billing/products", BILLING_CREATE, body={"kind": "item", "name": "Towel", "price": 500}),
    Case("GET", "/api/billing/products/<int:product_id>", {**STAFF_READ, "client": 200}, params=PRODUCT),
    Case("PATCH", "/api/billing/products/<int:product_id>", MANAGERS_ONLY, params=PRODUCT, body={"price": 900}),
    Case("DELETE", "/api/billing/products/<int:product_id>", BILLING_DELETE, params=PRODUCT),
    Case("GET", "/api/billing/tax-rates", STAFF_IN_OWN_STUDIO),
    Case("POST", "/api/billing/tax-rates", BILLING_CREATE, body={"name": "GST", "basis_points": 1500}),
    Case("GET", "/api/billing/tax-rates/<int:tax_rate_id>", STAFF_READ, params=TAX_RATE),
    Case("PATCH", "/api/billing/tax-rates/<int:tax_rate_id>", MANAGERS_ONLY, params=TAX_RATE, body={"name": "VAT"}),
    Case("DELETE", "/api/billing/tax-rates/<int:tax_rate_id>", BILLING_DELETE, params=TAX_RATE),
    Case("GET", "/api/billing/discounts", STAFF_IN_OWN_STUDIO),
    Case("POST", "/api/billing/discounts", BILLING_CREATE, body={"name": "Intro", "basis_points": 1000}),
    Case("GET", "/api/billing/discounts/<int:discount_id>", STAFF_READ, params=DISCOUNT),
    Case("PATCH", "/api/billing/discounts/<int:discount_id>", MANAGERS_ONLY, params=DISCOUNT, body={"amount": 300}),
    Case("DELETE", "/api/billing/discounts/<int:discount_id>", BILLING_DELETE, params=DISCOUNT),
    Case("GET", "/api/billing/invoices", ANY_ROLE),
    Case(
        "POST",
        "/api/billing/invoices",
        {"owner": 201, "admin": 201, "stranger": 422},
        body={"client_id": "{client}", "lines": [{"description": "PT", "unit_price": 5000}]},
    ),
    Case("GET", "/api/billing/invoices/overdue", STAFF_IN_OWN_STUDIO),
    Case("GET", "/api/billing/invoices/<int:invoice_id>", OTHER_CLIENTS_INVOICE, params=INVOICE),
    Case("PATCH", "/api/billing/invoices/<int:invoice_id>", MANAGERS_ONLY, params=DRAFT_INVOICE, body={"notes": "x"}),
    Case("DELETE", "/api/billing/invoices/<int:invoice_id>", BILLING_DELETE, params=DRAFT_INVOICE),
    Case("POST", "/api/billing/invoices/<int:invoice_id>/finalise", MANAGERS_ONLY, params=DRAFT_INVOICE),
    Case("POST", "/api/billing/invoices/<int:invoice_id>/void", MANAGERS_ONLY, params=UNPAID_INVOICE),
    Case("POST", "/api/billing/invoices/<int:invoice_id>/uncollectible", MANAGERS_ONLY, params=UNPAID_INVOICE),
    Case(
        "POST",
        "/api/billing/invoices/<int:invoice_id>/credit-notes",
        {"owner": 201, "admin": 201, "stranger": 404},
        params=INVOICE,
        body={"reason": "Sold by mistake"},
    ),
    Case("GET", "/api/billing/invoices/<int:invoice_id>/pdf", OTHER_CLIENTS_INVOICE, params=INVOICE),
    Case(
        "POST",
        "/api/billing/invoices/<int:invoice_id>/payments",
        {"owner": 201, "admin": 201, "stranger": 404},
        params=INVOICE,
        body={"amount": 1000, "method": "cash"},
    ),
    Case("GET", "/api/billing/payments", ANY_ROLE),
    Case(
        "POST",
        "/api/billing/payments/<int:payment_id>/refunds",
        {"owner": 201, "admin": 201, "stranger": 404},
        params=PAYMENT,
        body={"amount": 500, "reason": "Goodwill"},
    ),
    Case(
        "POST",
        "/api/clients/<int:client_id>/sales",
        {"owner": 201, "admin": 201, "stranger": 404},
        params=CLIENT,
        body={"product_id": "{product}"},
    ),
    # billing/stripe: cards are read by whoever sees the client, changed by the client and managers
    Case("GET", "/api/clients/<int:client_id>/cards", CARD_HOLDERS_READ, params=CLIENT),
    Case(
        "GET",
        "/api/clients/<int:client_id>/cards",
        MANAGERS_ONLY | {"client": 404, "trainer": 404},
        params=OTHER_CLIENT,
    ),
    # Stripe is not connected in the matrix studio: whoever may start saving a card is told so (409).
    Case(
        "POST",
        "/api/clients/<int:client_id>/cards/setup-intent",
        {"owner": 409, "admin": 409, "client": 409, "stranger": 404},
        params=CLIENT,
    ),
    # No Stripe customer yet: no SetupIntent can be this client's.
    Case(
        "POST",
        "/api/clients/<int:client_id>/cards",
        {"owner": 404, "admin": 404, "client": 404, "stranger": 404},
        params=CLIENT,
        body={"setup_intent_id": "seti_unknown"},
    ),
    Case(
        "POST",
        "/api/clients/<int:client_id>/cards/<int:card_id>/default",
        {"owner": 200, "admin": 200, "client": 200, "stranger": 404},
        params=SAVED_CARD,
    ),
    Case(
        "DELETE",
        "/api/clients/<int:client_id>/cards/<int:card_id>",
        {"owner": 409, "admin": 409, "client": 409, "stranger": 404},
        params=SAVED_CARD,
    ),
    Case(
        "POST",
        "/api/billing/invoices/<int:invoice_id>/payment-intent",
        {"owner": 409, "admin": 409, "client": 404, "stranger": 404},
        params={"invoice_id": "paid_invoice"},
        body={},
    ),
    Case(
        "POST",
        "/api/billing/memberships/<int:membership_id>/stripe-subscription",
        {"owner": 409, "admin": 409, "client": 404, "stranger": 404},
        params={"membership_id": "other_membership"},
    ),
    # developers: API keys (owners and admins; `api_key` is the studio's) and the rate limit (owners set it)
    Case("GET", "/api/developers/keys", MANAGERS_IN_OWN_STUDIO),
    Case(
        "POST",
        "/api/developers/keys",
        {"owner": 201, "admin": 201, "stranger": 201},
        body={"name": "Zapier", "scopes": ["clients:read"]},
    ),
    Case("GET", "/api/developers/keys/scopes", MANAGERS_IN_OWN_STUDIO),
    Case("GET", "/api/developers/keys/<int:key_id>", MANAGERS_ONLY, params={"key_id": "api_key"}),
    Case("POST", "/api/developers/keys/<int:key_id>/revoke", MANAGERS_ONLY, params={"key_id": "api_key"}),
    Case("GET", "/api/developers/settings", MANAGERS_IN_OWN_STUDIO),
    Case("PUT", "/api/developers/settings", {"owner": 200, "stranger": 200}, body={"rate_limit_per_minute": 60}),
]


def _database_fingerprint() -> dict[str, str]:
    """An md5 of every table's full contents."""
    fingerprint = {}
    for table in db.metadata.sorted_tables:
        rows = sa.select(
            sa.func.md5(
                sa.func.coalesce(sa.func.string_agg(sa.text("t::text"), sa.literal_column("'|' ORDER BY t::text")), "")
            )
        ).select_from(table.alias("t"))
        fingerprint[table.name] = db.session.execute(rows).scalar_one()
    return fingerprint


def _resolve(value, studio):
    """The body with each "{attribute}" replaced by the id of that studio row."""
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        return getattr(studio, value[1:-1]).id
    if isinstance(value, dict):
        return {key: _resolve(item, studio) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolve(item, studio) for item in value]
    return value


def _url(case: Case, studio) -> str:
    url = case.rule
    for placeholder, attribute in case.params.items():
        url = re.sub(rf"<(?:[^:>]+:)?{placeholder}>", str(getattr(studio, attribute).id), url)
    query = re.sub(r"\{(\w+)\}", lambda match: str(getattr(studio, match.group(1)).id), case.query)
    return url + (f"?{query}" if query else "")


def assert_case(case: Case, caller: str, studio, other_studio, client, client_as) -> None:
    """Call `case` as `caller`; check the status, the error shape, and that a refusal wrote nothing."""
    if caller == "anonymous":
        api = client
    elif caller == "stranger":
        api = client_as(other_studio.owner)
    else:
        api = client_as(studio.users[caller])
    expected = case.status_for(caller)
    before = _database_fingerprint() if expected >= 400 else None

    response = api.open(_url(case, studio), method=case.method, json=_resolve(case.body, studio))

    assert response.status_code == expected, response.get_data(as_text=True)[:300]
    if expected >= 400:
        assert set(response.get_json()["error"]) >= {"code", "message"}
        db.session.rollback()
        assert _database_fingerprint() == before


@pytest.fixture(scope="module")
def matrix_studio(app, module_transaction):
    """The studio plus rows some cases act on, made once for the module.

    Each case then runs in a savepoint on top of them and leaves them as they were; made per case, the
    rows took far longer than the cases themselves.
    """
    with module_transaction.bound():
        return loaded(_add_matrix_rows(make_studio(), clients_for(app)))


@pytest.fixture(scope="module")
def other_studio(module_transaction):
    """A second organization whose rows the first must never see, made once for the module."""
    with module_transaction.bound():
        return loaded(make_studio())


def _add_matrix_rows(studio, client_as):
    """The rows some cases act on (a pending invitation, ...), added to `studio`."""
    issued = (
        client_as(studio.owner)
        .post("/api/invitations", json={"email": "pending@example.com", "role": "admin"})
        .get_json()
    )
    studio.invitation = type("Invitation", (), {"id": issued["id"]})
    # notifications: the invitation's email, given up on, so that owners may retry it
    from fitnesscrm.notifications.models import OutboxMessage

    studio.outbox_message = db.session.execute(
        sa.select(OutboxMessage).where(OutboxMessage.organization_id == studio.org.id)
    ).scalar_one()
    studio.outbox_message.status = "dead"
    db.session.commit()
    _add_training_rows(studio)
    # training: exercises
    studio.exercise = ExerciseFactory(organization_id=studio.org.id, name="Studio Sled Drag")
    _add_programs(studio)
    _add_measurements(studio)
    _add_billing(studio)
    from tests.training.factories import WorkoutLogFactory

    studio.workout_log = WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.client.id)
    _add_goals(studio)
    _add_photos(studio)
    _add_documents(studio)
    _add_habits_and_check_ins(studio)
    # push: `client`'s unread notification in the bell
    from fitnesscrm.notifications.inbox import service as inbox

    [studio.notification] = inbox.notify(
        organization_id=studio.org.id,
        notes=[inbox.Note(user_id=studio.client_user.id, kind="message", title="Hi", body="Hello", link=None)],
    )
    db.session.commit()
    _add_chat(studio)
    _add_stripe_billing(studio)
    # developers: an API key of the studio's
    from fitnesscrm.developers.keys import service as api_keys
    from tests.factories import principal_for

    studio.api_key, _ = api_keys.create(actor=principal_for(studio.owner), name="Matrix", scopes=["clients:read"])
    return studio


def _add_stripe_billing(studio) -> None:
    """billing/stripe: `client`'s saved card, a paid invoice of `other_client`'s, and their membership (no card)."""
    from datetime import date

    from fitnesscrm.billing.models import Invoice, Membership, Product, SavedCard

    org = studio.org.id
    studio.saved_card = SavedCard(organization_id=org, client_id=studio.client.id, stripe_payment_method_id="pm_matrix",
                                  brand="visa", last4="4242", exp_month=12, exp_year=2030, is_default=True)  # fmt: skip
    studio.paid_invoice = Invoice(organization_id=org, client_id=studio.other_client.id, number="INV-2026-000901",
                                  status="paid", currency="USD", total=4500, amount_paid=4500)  # fmt: skip
    product = Product(organization_id=org, kind="membership", name="Monthly", price=5000, interval="month")
    db.session.add_all([studio.saved_card, studio.paid_invoice, product])
    db.session.flush()
    studio.other_membership = Membership(organization_id=org, client_id=studio.other_client.id, product_id=product.id,
                                         price=5000, interval="month", started_on=date(2026, 12, 1),
                                         current_period_start=date(2026, 12, 1), current_period_end=date(2027, 1, 1),
                                         minimum_term_ends_on=date(2026, 12, 1))  # fmt: skip
    db.session.add(studio.other_membership)
    db.session.commit()


def _add_chat(studio) -> None:
    """chat: the two clients' threads, a message by `trainer`, a group of `trainer` and `client`."""
    from fitnesscrm.messaging.models import Message, Thread, ThreadMember

    def add(row):
        db.session.add(row)
        db.session.flush()
        return row

    org = studio.org.id
    studio.thread = add(Thread(organization_id=org, kind="client", client_id=studio.client.id))
    studio.other_thread = add(Thread(organization_id=org, kind="client", client_id=studio.other_client.id))
    studio.group_thread = add(Thread(organization_id=org, kind="group", title="Bootcamp"))
    for user in (studio.trainer_user, studio.client_user):
        add(ThreadMember(organization_id=org, thread_id=studio.group_thread.id, user_id=user.id))
    studio.chat_message = add(
        Message(organization_id=org, thread_id=studio.thread.id, author_user_id=studio.trainer_user.id, body="Hello")
    )
    db.session.commit()


def _add_habits_and_check_ins(studio) -> None:
    """progress: habits + check-ins — a habit per client, a form in use and a spare one, a sent check-in."""
    from datetime import date, timedelta
    from decimal import Decimal

    from fitnesscrm.progress.habits import service as habits
    from fitnesscrm.progress.models import CheckInAssignment, CheckInForm, CheckInSubmission, Habit

    today = habits.today_of(studio.client)
    questions = [{"key": "energy", "kind": "scale", "label": "Energy", "required": True}]

    def add(row):
        db.session.add(row)
        db.session.flush()
        return row

    for name, client in (("habit", studio.client), ("other_habit", studio.other_client)):
        setattr(
            studio,
            name,
            add(
                Habit(
                    organization_id=studio.org.id,
                    client_id=client.id,
                    name="Walk",
                    kind="count",
                    target_value=Decimal(10000),
                    unit="steps",
                    starts_on=today,
                )
            ),
        )
    studio.habit_day = type("Day", (), {"id": today.isoformat()})
    studio.check_in_form, studio.spare_check_in_form = (
        add(
            CheckInForm(
                organization_id=studio.org.id, name=name, questions=questions, created_by_user_id=studio.trainer_user.id
            )
        )
        for name in ("Weekly", "Spare")
    )
    due_on = today + timedelta(days=3)
    add(
        CheckInAssignment(
            organization_id=studio.org.id,
            client_id=studio.client.id,
            form_id=studio.check_in_form.id,
            weekday=due_on.isoweekday(),
            starts_on=today,
        )
    )
    studio.check_in_due = type("Day", (), {"id": due_on.isoformat()})
    studio.check_in = add(
        CheckInSubmission(
            organization_id=studio.org.id,
            client_id=studio.client.id,
            form_id=studio.check_in_form.id,
            due_on=date(2026, 1, 5),
            questions=questions,
            answers={"energy": 6},
        )
    )
    db.session.commit()


def _add_documents(studio) -> None:
    """documents — a waiver with one real stored version, shared with `client`; an empty folder."""
    from tests.documents.factories import actors, document, real_upload

    owner = actors(studio)["owner"]
    studio.document = document(owner, upload=real_upload(owner))
    from fitnesscrm.documents import folders, sharing

    sharing.share(actor=owner, document_id=studio.document.id, client_ids=[studio.client.id])
    studio.document_version = type("Version", (), {"id": 1})
    studio.document_folder = folders.create(actor=owner, name="Empty")


def _add_photos(studio) -> None:
    """progress: photos — a front photo of each client on 5 Jan 2026 (rows only: no case reads the bytes)."""
    from datetime import date

    from fitnesscrm.core.storage import StoredFile
    from fitnesscrm.core.storage.uploads import new_key
    from fitnesscrm.progress.models import ProgressPhoto

    for name, client in (("photo", studio.client), ("other_client_photo", studio.other_client)):
        stored = StoredFile(
            organization_id=studio.org.id, kind="photo", key=new_key(), original_name="front.jpg",
            content_type="image/jpeg", size_bytes=1, sha256="0" * 64, thumbnail_key=new_key(),
        )  # fmt: skip
        db.session.add(stored)
        db.session.flush()
        photo = ProgressPhoto(
            organization_id=studio.org.id, client_id=client.id, taken_on=date(2026, 1, 5), pose="front",
            stored_file_id=stored.id,
        )  # fmt: skip
        db.session.add(photo)
        db.session.commit()
        setattr(studio, name, photo)


def _add_goals(studio) -> None:
    """progress: goals — an attendance goal of each client."""
    from datetime import date

    from fitnesscrm.progress.models import Goal

    for name, client in (("goal", studio.client), ("other_client_goal", studio.other_client)):
        goal = Goal(
            organization_id=studio.org.id, client_id=client.id, kind="attendance", title="Twice a week",
            sessions_per_week=2, weeks=4, starts_on=date.today(),
        )  # fmt: skip
        db.session.add(goal)
        db.session.commit()
        setattr(studio, name, goal)


def _add_training_rows(studio) -> None:
    """training: coaching — a finished workout of `client` with a comment by `trainer`."""
    from tests.training.factories import WorkoutCommentFactory, WorkoutLogFactory

    studio.workout = WorkoutLogFactory(
        organization_id=studio.org.id, client_id=studio.client.id, finished_at=datetime.now(UTC)
    )
    studio.comment = WorkoutCommentFactory(
        organization_id=studio.org.id, workout_log_id=studio.workout.id, author_user_id=studio.trainer_user.id
    )


def _add_programs(studio) -> None:
    """training: programs — a seeded built-in exercise, a shared template at version 2, a program for each client."""
    from datetime import date, timedelta

    from tests.training.factories import (
        ClientProgramFactory,
        ProgramTemplateFactory,
        ProgramTemplateVersionFactory,
        program_content,
    )

    studio.builtin_exercise = db.session.scalar(
        sa.select(Exercise).where(Exercise.source == "builtin", Exercise.source_id == "back-squat")
    )
    content = program_content([studio.builtin_exercise.id], weeks=2, days=3)
    newer = program_content([studio.builtin_exercise.id], weeks=2, days=2)
    template = ProgramTemplateFactory(organization_id=studio.org.id, owner_user_id=studio.owner.id, current_version=2)
    ProgramTemplateVersionFactory(template_id=template.id, number=1, content=content)
    ProgramTemplateVersionFactory(template_id=template.id, number=2, content=newer)
    studio.program_template = template
    studio.program_template_version = type("Version", (), {"id": 2})
    start = date.today() + timedelta(days=7)
    for name, client in (("client_program", studio.client), ("other_client_program", studio.other_client)):
        program = ClientProgramFactory(
            organization_id=studio.org.id,
            client_id=client.id,
            template_id=template.id,
            template_version=1,
            content=content,
            start_date=start,
        )
        setattr(studio, name, program)


def _add_billing(studio) -> None:
    """billing (invoices): a tax rate, an item, a discount; an open invoice with a payment, an unpaid one, a draft."""
    from fitnesscrm.billing.invoices.service import LineInput, create_invoice, record_payment
    from fitnesscrm.billing.models import Discount, Product, TaxRate
    from tests.factories import principal_for

    org, owner = studio.org.id, principal_for(studio.owner)
    studio.tax_rate = TaxRate(organization_id=org, name="VAT", basis_points=2000, inclusive=True)
    studio.discount = Discount(organization_id=org, name="Friends", basis_points=1000)
    db.session.add_all([studio.tax_rate, studio.discount])
    db.session.flush()
    studio.product = Product(
        organization_id=org, kind="item", name="Bottle", price=1200, tax_rate_id=studio.tax_rate.id
    )
    db.session.add(studio.product)

    def invoice(finalise: bool):
        return create_invoice(actor=owner, organization_id=org, client_id=studio.other_client.id, finalise=finalise,
                              lines=[LineInput(description="PT", unit_price=10_000)])  # fmt: skip

    studio.invoice, studio.unpaid_invoice, studio.draft_invoice = invoice(True), invoice(True), invoice(False)
    db.session.commit()
    studio.payment = record_payment(
        actor=owner, organization_id=org, invoice_id=studio.invoice.id, amount=1000, method="cash"
    )


def _add_measurements(studio) -> None:
    """measurements: a weight of each client, and a type of the studio's own."""
    from fitnesscrm.progress.models import Measurement, MeasurementType

    studio.weight_type = db.session.scalar(
        sa.select(MeasurementType).where(MeasurementType.organization_id.is_(None), MeasurementType.slug == "weight")
    )
    studio.measurement_type = MeasurementType(
        organization_id=studio.org.id, slug="grip", name="Grip", dimension="mass", position=1001
    )
    db.session.add(studio.measurement_type)
    for name, client in (("measurement", studio.client), ("other_measurement", studio.other_client)):
        row = Measurement(organization_id=studio.org.id, client_id=client.id, type_id=studio.weight_type.id,
                          measured_on=datetime(2025, 5, 1).date(), value_si=80)  # fmt: skip
        db.session.add(row)
        setattr(studio, name, row)
    db.session.commit()


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.method} {case.rule}")
def test_endpoint_answers_each_caller_as_allowed(case, caller, matrix_studio, other_studio, client, client_as):
    assert_case(case, caller, matrix_studio, other_studio, client, client_as)


def test_every_api_route_is_in_the_matrix(app):
    from tests.automation.test_authorization import CASES as AUTOMATION_CASES  # it imports this module
    from tests.billing.credits.test_authorization import CASES as CREDITS_CASES  # it imports this module
    from tests.campaigns.test_authorization import CASES as CAMPAIGNS_CASES  # it imports this module
    from tests.developers.webhooks.test_authorization import CASES as WEBHOOK_CASES  # it imports this module
    from tests.scheduling.test_authorization import CASES as SCHEDULING_CASES  # it imports this module

    cases = [*CASES, *SCHEDULING_CASES, *CREDITS_CASES, *WEBHOOK_CASES, *AUTOMATION_CASES, *CAMPAIGNS_CASES]
    covered = {(case.method, case.rule) for case in cases} | PUBLIC_RULES
    missing = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api") or INFRASTRUCTURE_RULES.match(rule.rule):
            continue
        if rule.rule.startswith("/api/calendar/feeds/"):
            continue  # authenticated by the unguessable token in the URL; tested with the feeds
        if rule.rule.startswith("/api/files/"):
            continue  # storage: the signed, expiring token is the permission; tested in tests/core/storage
        if rule.rule.startswith("/api/v2/"):
            continue  # API keys, not people's roles: every route's key and scope in tests/api_v2/test_authorization.py
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            if (method, rule.rule) not in covered:
                missing.append(f"{method} {rule.rule}")
    assert not missing, "Add these endpoints to the authorization matrix: " + ", ".join(sorted(missing))


def test_database_fingerprint_sees_an_update(studio):
    before = _database_fingerprint()
    studio.trainer.bio = "changed"
    db.session.commit()
    assert _database_fingerprint() != before

from __future__ import annotations

import secrets
from datetime import date, timedelta

import pytest

from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.extensions import db
from fitnesscrm.progress.habits import service as habits
from fitnesscrm.progress.models import CheckInAssignment, CheckInForm, CheckInSubmission

QUESTIONS = [
    {"key": "energy", "kind": "scale", "label": "Energy this week", "required": True},
    {"key": "weight", "kind": "number", "label": "Morning weight (kg)", "required": False, "min": 30, "max": 300},
    {"key": "win", "kind": "short_text", "label": "Your win this week", "required": True},
    {"key": "notes", "kind": "long_text", "label": "Anything else?", "required": False},
    {"key": "diet", "kind": "choice", "label": "Nutrition", "required": True, "options": ["On plan", "Mostly", "Off"]},
    {"key": "photo", "kind": "photo", "label": "Front photo", "required": False},
]
ANSWERS = [
    {"key": "energy", "number": 7},
    {"key": "weight", "number": 81.4},
    {"key": "win", "text": "Three workouts"},
    {"key": "diet", "choice": "Mostly"},
]


@pytest.fixture
def form(studio):
    made = CheckInForm(
        organization_id=studio.org.id,
        name="Weekly check-in",
        questions=QUESTIONS,
        created_by_user_id=studio.trainer_user.id,
    )
    db.session.add(made)
    db.session.commit()
    return made


@pytest.fixture
def today(studio):
    return habits.today_of(studio.client)


def this_weeks_weekday(today: date) -> int:
    """The weekday three days from now, so this week's check-in is coming up, not overdue."""
    return (today + timedelta(days=3)).isoweekday()


@pytest.fixture
def assign(studio, form, today):
    def make(client=None, *, weekday=None, starts_on=None, form_id=None):
        client = client or studio.client
        assignment = CheckInAssignment(
            organization_id=client.organization_id,
            client_id=client.id,
            form_id=form_id or form.id,
            weekday=weekday or this_weeks_weekday(today),
            starts_on=starts_on or today,
        )
        db.session.add(assignment)
        db.session.commit()
        return assignment

    return make


@pytest.fixture
def submission(studio, form):
    def make(client=None, *, due_on, reviewed=False, submitted_at=None):
        client = client or studio.client
        made = CheckInSubmission(
            organization_id=client.organization_id,
            client_id=client.id,
            form_id=form.id,
            due_on=due_on,
            questions=QUESTIONS,
            answers={"energy": 6, "win": "x", "diet": "Off"},
        )
        if submitted_at:
            made.submitted_at = submitted_at
        if reviewed:
            from datetime import UTC, datetime

            made.reviewed_at = datetime.now(UTC)
        db.session.add(made)
        db.session.commit()
        return made

    return make


@pytest.fixture
def stored_photo(studio):
    def make(user=None, *, kind="check_in_photo", organization_id=None):
        user = user or studio.client_user
        stored = StoredFile(
            organization_id=organization_id or user.organization_id,
            kind=kind,
            key=secrets.token_hex(16),
            original_name="front.jpg",
            content_type="image/jpeg",
            size_bytes=1000,
            sha256="0" * 64,
            uploaded_by_user_id=user.id,
        )
        db.session.add(stored)
        db.session.commit()
        return stored

    return make

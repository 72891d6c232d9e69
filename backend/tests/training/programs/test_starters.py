"""Does a new studio get the starter templates, and does a missing built-in skip one instead of failing sign-up?"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from click.testing import CliRunner

from fitnesscrm.auth.models import User
from fitnesscrm.extensions import db
from fitnesscrm.training.content import exercise_ids
from fitnesscrm.training.models import Exercise, ProgramTemplate, ProgramTemplateVersion
from fitnesscrm.training.programs import layout, starters

SIGNUP = {
    "organization_name": "New Studio",
    "timezone": "Europe/London",
    "email": "founder@example.com",
    "password": "a-long-enough-password",
    "first_name": "Fay",
    "last_name": "Founder",
}


def _templates(organization_id):
    return (
        db.session.execute(
            sa.select(ProgramTemplate)
            .where(ProgramTemplate.organization_id == organization_id)
            .order_by(ProgramTemplate.name)
        )
        .scalars()
        .all()
    )


def test_sign_up_gives_the_new_studio_every_starter(client, full_library):
    assert client.post("/api/auth/signup", json=SIGNUP).status_code == 201
    owner = db.session.execute(sa.select(User).where(User.email == SIGNUP["email"])).scalar_one()
    made = _templates(owner.organization_id)
    assert [t.name for t in made] == sorted(starter["name"] for starter in starters.starters())
    assert all(t.is_starter and t.visibility == "studio" and t.owner_user_id is None for t in made)
    versions = (
        db.session.execute(
            sa.select(ProgramTemplateVersion).where(ProgramTemplateVersion.template_id.in_([t.id for t in made]))
        )
        .scalars()
        .all()
    )
    assert {v.number for v in versions} == {1} and {v.created_by_name for v in versions} == {"FitnessCRM"}
    library_ids = {exercise.id for exercise in full_library.values()}
    for version in versions:
        assert exercise_ids(version.content) <= library_ids
        assert len(version.content["weeks"]) == 4 and len(version.content["phases"]) == 2
        assert layout.days_per_week(version.content) <= 4


def test_sign_up_skips_a_starter_whose_exercise_is_missing_and_warns(client, full_library, caplog):
    db.session.delete(full_library["burpee"])  # only the bodyweight plan uses it
    db.session.commit()
    with caplog.at_level(logging.WARNING):
        assert client.post("/api/auth/signup", json=SIGNUP).status_code == 201
    owner = db.session.execute(sa.select(User).where(User.email == SIGNUP["email"])).scalar_one()
    names = [t.name for t in _templates(owner.organization_id)]
    assert "Bodyweight home plan" not in names and len(names) == len(starters.starters()) - 1
    assert "lacks burpee" in caplog.text


def test_sign_up_with_no_library_still_succeeds(client):
    db.session.execute(sa.delete(Exercise).where(Exercise.organization_id.is_(None)))
    db.session.commit()
    assert client.post("/api/auth/signup", json=SIGNUP).status_code == 201
    owner = db.session.execute(sa.select(User).where(User.email == SIGNUP["email"])).scalar_one()
    assert _templates(owner.organization_id) == []


def test_the_cli_adds_missing_starters_idempotently(app, studio, full_library):
    runner = CliRunner()
    first = runner.invoke(app.cli, ["programs", "starters", "--organization", str(studio.org.id)])
    assert "Added 4 starter templates" in first.output, first.output
    again = runner.invoke(app.cli, ["programs", "starters", "--organization", str(studio.org.id)])
    assert "nothing added" in again.output
    assert len(_templates(studio.org.id)) == 4
    missing = runner.invoke(app.cli, ["programs", "starters", "--organization", "999999"])
    assert missing.exit_code != 0 and "No organization 999999" in missing.output

"""The demo studio's goals (every kind its data feeds, some reached) and the demo client's progress photos."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import Goal, GoalMilestone


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """This module's tests share the demo studio loaded as of now, loaded once per run (conftest's DemoDatabases)."""
    yield from demo_databases.transaction(None)


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio."""
    return module_transaction.demo


def test_demo_goals_cover_lifts_and_attendance_and_some_are_reached(studio):
    counts = dict(
        db.session.execute(
            sa.select(Goal.kind, sa.func.count())
            .where(Goal.organization_id == studio.organization_id)
            .group_by(Goal.kind)
        ).all()
    )
    assert counts["lift"] >= 10 and counts["attendance"] >= 10
    assert studio.goals == sum(counts.values())
    reached = db.session.execute(
        sa.select(sa.func.count()).where(Goal.organization_id == studio.organization_id, Goal.status == "achieved")
    ).scalar_one()
    assert 0 < reached < studio.goals
    entries = db.session.execute(
        sa.select(sa.func.count()).where(
            ActivityEntry.organization_id == studio.organization_id, ActivityEntry.action == "achieve_goal"
        )
    ).scalar_one()
    assert entries == reached
    assert db.session.execute(
        sa.select(sa.func.count()).where(GoalMilestone.organization_id == studio.organization_id)
    ).scalar_one()


def test_demo_client_has_photos_of_three_days_to_compare(studio):
    from fitnesscrm.progress.models import ProgressPhoto

    days = db.session.execute(
        sa.select(ProgressPhoto.taken_on, sa.func.count())
        .where(ProgressPhoto.organization_id == studio.organization_id)
        .group_by(ProgressPhoto.taken_on)
    ).all()
    assert len(days) == 3 and all(count == 3 for _, count in days)
    assert studio.photos == 9

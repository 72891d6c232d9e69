"""The demo studio on an installation without the exercise library: everything but training.

Apart from `test_training.py`, whose tests share one demo studio (another loaded beside it would wait on its
logins' unique emails until the module ends)."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from fitnesscrm.demo import service as demo
from fitnesscrm.extensions import db
from fitnesscrm.training.models import ClientProgram, Exercise

NOW = datetime(2027, 3, 10, 15, 0, tzinfo=UTC)


def test_demo_without_the_exercise_library_skips_training(app):
    db.session.execute(sa.delete(Exercise).where(Exercise.organization_id.is_(None)))
    assert demo.load(now=NOW).training == {}
    assert db.session.execute(sa.select(sa.func.count()).select_from(ClientProgram)).scalar_one() == 0

"""Do the migrations build exactly the schema the models describe?"""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from fitnesscrm.core.jobs.schema import include_name
from fitnesscrm.extensions import db


def test_migrations_match_the_models():
    # procrastinate's tables come from its own schema file, not from our models.
    context = MigrationContext.configure(db.session.connection(), opts={"include_name": include_name})
    assert compare_metadata(context, db.metadata) == []

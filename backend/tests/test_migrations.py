"""Do the migrations build exactly the schema the models describe?"""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from fitnesscrm.extensions import db


def test_migrations_match_the_models():
    context = MigrationContext.configure(db.session.connection())
    assert compare_metadata(context, db.metadata) == []

"""The job queue's schema: made and removed by its migration, and invisible to model comparisons."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import current_app
from flask_migrate import downgrade, upgrade

from fitnesscrm.app import MIGRATIONS_DIR
from fitnesscrm.core.jobs.schema import include_name
from fitnesscrm.extensions import db

JOB_QUEUE_REVISION = "e4fa1ff545fb"


def _procrastinate_objects() -> dict[str, int]:
    counts = db.session.execute(
        sa.text(
            "SELECT (SELECT count(*) FROM pg_tables WHERE tablename LIKE 'procrastinate%') AS tables, "
            "(SELECT count(*) FROM pg_proc WHERE proname LIKE 'procrastinate%') AS functions, "
            "(SELECT count(*) FROM pg_type WHERE typname LIKE 'procrastinate%' "
            "  AND (typtype = 'e' OR typrelid IN (SELECT oid FROM pg_class WHERE relkind = 'c'))) AS types"
        )
    ).one()
    db.session.rollback()
    return dict(counts._mapping)


def test_models_match_the_migrations_once_the_job_queue_is_left_out():
    context = MigrationContext.configure(db.session.connection(), opts={"include_name": include_name})
    assert compare_metadata(context, db.metadata) == []


def test_without_the_filter_the_job_queue_tables_would_read_as_removals():
    context = MigrationContext.configure(db.session.connection())
    removed = {diff[1].name for diff in compare_metadata(context, db.metadata) if diff[0] == "remove_table"}
    assert {"procrastinate_jobs", "procrastinate_events", "procrastinate_workers"} <= removed


def test_downgrade_removes_the_job_queue_and_upgrade_restores_it(committed):
    assert _procrastinate_objects()["tables"] == 4
    config = current_app.extensions["migrate"].migrate.get_config(directory=str(MIGRATIONS_DIR))
    # To just before the job queue (taking any later migration with it), then back to head.
    before = ScriptDirectory.from_config(config).get_revision(JOB_QUEUE_REVISION).down_revision
    db.session.remove()
    downgrade(directory=str(MIGRATIONS_DIR), revision=before)
    try:
        assert _procrastinate_objects() == {"tables": 0, "functions": 0, "types": 0}
    finally:
        db.session.remove()
        upgrade(directory=str(MIGRATIONS_DIR), revision="head")
    objects = _procrastinate_objects()
    assert objects["tables"] == 4
    assert objects["functions"] >= 18
    # Two enums (job status, event type) and the composite a deferred job is passed as.
    assert objects["types"] == 3

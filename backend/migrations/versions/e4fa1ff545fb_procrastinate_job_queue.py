"""The job queue: procrastinate's tables, types and functions, from the SQL the installed package ships

Revision ID: e4fa1ff545fb
Revises: 6e1d3a8c5b72
Create Date: 2026-12-03 09:00:00.000000

procrastinate is pinned (requirements.txt) to the version whose schema this applies; upgrading it
needs a later migration that runs the package's own sql/migrations files in between (docs/jobs.md).
"""

import re

from alembic import op
from procrastinate.schema import SchemaManager

# revision identifiers, used by Alembic.
revision = "e4fa1ff545fb"
down_revision = "6e1d3a8c5b72"
branch_labels = None
depends_on = None


def _created(kind: str) -> list[str]:
    return re.findall(rf"^CREATE {kind} (\w+)", SchemaManager.get_schema(), flags=re.MULTILINE)


def upgrade():
    # Sent with no parameters at all, so psycopg2 leaves the % of the PL/pgSQL messages alone.
    op.get_bind().exec_driver_sql(SchemaManager.get_schema(), execution_options={"no_parameters": True})


def downgrade():
    # Tables take their triggers and indexes with them; functions and types go after what uses them.
    for table in _created("TABLE"):
        op.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
    for function in _created("FUNCTION"):
        op.execute(f"DROP FUNCTION IF EXISTS {function} CASCADE")
    for type_ in _created("TYPE"):
        op.execute(f"DROP TYPE IF EXISTS {type_} CASCADE")

"""exercises: a search column over name and aliases, accents folded, with its GIN index

Aliases are an array; array_to_string() is only STABLE (it formats any element type), which a
generated column may not call, so exercise_search_text() joins a varchar[] with an IMMUTABLE
SQL function of its own.

Revision ID: 9a7e3c5b1f20
Revises: 24d0432b2073
Create Date: 2026-12-01 21:20:00.000000
"""

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = "9a7e3c5b1f20"
down_revision = "24d0432b2073"
branch_labels = None
depends_on = None

SEARCH = "to_tsvector('simple'::regconfig, search_fold(exercise_search_text(name, aliases)))"


def upgrade():
    op.execute(
        "CREATE FUNCTION exercise_search_text(varchar, varchar[]) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        "AS $$ SELECT coalesce($1, '') || ' ' || coalesce(array_to_string($2, ' '), '') $$"
    )
    op.add_column(
        "exercises",
        sa.Column("search", postgresql.TSVECTOR(), sa.Computed(SEARCH, persisted=True), nullable=False),
    )
    op.create_index("ix_exercises_search", "exercises", ["search"], unique=False, postgresql_using="gin")


def downgrade():
    op.drop_index("ix_exercises_search", table_name="exercises", postgresql_using="gin")
    op.drop_column("exercises", "search")
    op.execute("DROP FUNCTION exercise_search_text(varchar, varchar[])")

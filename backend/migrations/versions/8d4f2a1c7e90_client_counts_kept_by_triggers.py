"""Client counts kept by triggers: clients.open_assignments and client_counts (per status, unassigned)

The dashboard and the clients list read how many clients a studio has in each status, and how
many are unassigned, from one row of client_counts instead of counting 100k rows per request.
Triggers keep the numbers in the transaction of every write, whoever makes it (services, bulk
archive, imports, cascades, SQL by hand), so they cannot drift:

- assignments (statement-level, with transition tables): each client's open_assignments moves
  by the open assignments added and removed. UPDATE takes the client's row lock, so two
  transactions assigning the same client one after the other both count.
- clients: the organization's counts move by the rows that left and entered each
  (status, assigned) bucket; statements that move no bucket (an edited phone) write nothing.
- organizations: a new organization gets its row of zeros.

Revision ID: 8d4f2a1c7e90
Revises: 3b9e61c4d2a7
Create Date: 2026-12-01 15:40:00.000000
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '8d4f2a1c7e90'
down_revision = '3b9e61c4d2a7'
branch_labels = None
depends_on = None

STATUSES = ("lead", "active", "paused", "inactive", "archived")
COUNTS = (*STATUSES, "unassigned")


def _bucket_sums(rows: str) -> str:
    """Per organization, the signed number of `rows` (organization_id, status, open_assignments, sign) per count."""
    sums = [f"coalesce(sum(sign) FILTER (WHERE status = '{status}'), 0) AS {status}" for status in STATUSES]
    sums.append("coalesce(sum(sign) FILTER (WHERE status <> 'archived' AND open_assignments = 0), 0) AS unassigned")
    return f"SELECT organization_id, {', '.join(sums)} FROM ({rows}) AS moved GROUP BY organization_id"


def _apply(rows: str) -> str:
    assignments = ", ".join(f"{name} = counts.{name} + delta.{name}" for name in COUNTS)
    moved = " OR ".join(f"delta.{name} <> 0" for name in COUNTS)
    return (
        f"UPDATE client_counts AS counts SET {assignments} FROM ({_bucket_sums(rows)}) AS delta "
        f"WHERE counts.organization_id = delta.organization_id AND ({moved});"
    )


_OLD = "SELECT organization_id, status, open_assignments, -1 AS sign FROM old_rows"
_NEW = "SELECT organization_id, status, open_assignments, 1 AS sign FROM new_rows"

COUNT_CLIENTS = f"""
CREATE FUNCTION count_clients() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_apply(_NEW)}
    ELSIF TG_OP = 'DELETE' THEN
        {_apply(_OLD)}
    ELSE
        {_apply(f"{_OLD} UNION ALL {_NEW}")}
    END IF;
    RETURN NULL;
END
$$
"""

_OPEN_OLD = "SELECT client_id, -1 AS sign FROM old_rows WHERE ended_at IS NULL"
_OPEN_NEW = "SELECT client_id, 1 AS sign FROM new_rows WHERE ended_at IS NULL"


def _move_open(rows: str) -> str:
    return (
        "UPDATE clients SET open_assignments = clients.open_assignments + delta.moved "
        f"FROM (SELECT client_id, sum(sign) AS moved FROM ({rows}) AS open GROUP BY client_id "
        "HAVING sum(sign) <> 0) AS delta WHERE clients.id = delta.client_id;"
    )


COUNT_ASSIGNMENTS = f"""
CREATE FUNCTION count_open_assignments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_move_open(_OPEN_NEW)}
    ELSIF TG_OP = 'DELETE' THEN
        {_move_open(_OPEN_OLD)}
    ELSE
        {_move_open(f"{_OPEN_OLD} UNION ALL {_OPEN_NEW}")}
    END IF;
    RETURN NULL;
END
$$
"""

ADD_COUNTS_ROW = """
CREATE FUNCTION add_client_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO client_counts (organization_id) SELECT id FROM new_rows;
    RETURN NULL;
END
$$
"""


def _triggers(table: str, function: str, events=("INSERT", "UPDATE", "DELETE")) -> list[str]:
    statements = []
    for event in events:
        tables = {"INSERT": "NEW TABLE AS new_rows", "DELETE": "OLD TABLE AS old_rows"}.get(
            event, "OLD TABLE AS old_rows NEW TABLE AS new_rows"
        )
        statements.append(
            f"CREATE TRIGGER {table}_{function}_{event.lower()} AFTER {event} ON {table} "
            f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )
    return statements


def upgrade():
    # Nothing may write between the backfill below and the triggers that keep it.
    op.execute("LOCK TABLE organizations, clients, assignments IN SHARE ROW EXCLUSIVE MODE")
    op.add_column('clients', sa.Column('open_assignments', sa.Integer(), server_default='0', nullable=False))
    op.execute(
        "UPDATE clients SET open_assignments = open.n FROM (SELECT client_id, count(*) AS n FROM assignments "
        "WHERE ended_at IS NULL GROUP BY client_id) AS open WHERE clients.id = open.client_id"
    )
    op.create_table(
        'client_counts',
        sa.Column('organization_id', sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), server_default='0', nullable=False) for name in COUNTS),
        sa.ForeignKeyConstraint(
            ['organization_id'], ['organizations.id'],
            name=op.f('fk_client_counts_organization_id_organizations'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('organization_id', name=op.f('pk_client_counts')),
    )
    sums = ", ".join(f"count(*) FILTER (WHERE c.status = '{status}')" for status in STATUSES)
    op.execute(
        f"INSERT INTO client_counts (organization_id, {', '.join(COUNTS)}) "
        f"SELECT o.id, {sums}, count(*) FILTER (WHERE c.status <> 'archived' AND c.open_assignments = 0) "
        "FROM organizations AS o LEFT JOIN clients AS c ON c.organization_id = o.id GROUP BY o.id"
    )
    for function in (COUNT_CLIENTS, COUNT_ASSIGNMENTS, ADD_COUNTS_ROW):
        op.execute(function)
    for statement in (
        *_triggers("assignments", "count_open_assignments"),
        *_triggers("clients", "count_clients"),
        *_triggers("organizations", "add_client_counts", events=("INSERT",)),
    ):
        op.execute(statement)


def downgrade():
    for table, function, events in (
        ("assignments", "count_open_assignments", ("INSERT", "UPDATE", "DELETE")),
        ("clients", "count_clients", ("INSERT", "UPDATE", "DELETE")),
        ("organizations", "add_client_counts", ("INSERT",)),
    ):
        for event in events:
            op.execute(f"DROP TRIGGER {table}_{function}_{event.lower()} ON {table}")
        op.execute(f"DROP FUNCTION {function}()")
    op.drop_table('client_counts')
    op.drop_column('clients', 'open_assignments')

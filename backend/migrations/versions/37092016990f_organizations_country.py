"""organizations.country: the studio's country, for reading and showing phone numbers

Existing studios get the country of their time zone (from the tz database's zone.tab), or
DEFAULT_PHONE_REGION, which is how their numbers have been read so far.

Revision ID: 37092016990f
Revises: 7c41d0a9e3b2
Create Date: 2026-11-30 15:20:00.000000
"""
import importlib.resources
import os

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '37092016990f'
down_revision = '7c41d0a9e3b2'
branch_labels = None
depends_on = None


def _zone_countries():
    try:
        text = importlib.resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        text = ""
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[2]: row[0] for row in rows}


def upgrade():
    fallback = (os.environ.get("DEFAULT_PHONE_REGION") or "US").upper()
    op.add_column('organizations', sa.Column('country', sa.String(length=2), server_default=fallback, nullable=False))
    organizations = sa.table('organizations', sa.column('id'), sa.column('timezone'), sa.column('country'))
    connection = op.get_bind()
    zones = _zone_countries()
    for organization_id, zone in connection.execute(sa.select(organizations.c.id, organizations.c.timezone)):
        if zone in zones:
            connection.execute(
                organizations.update().where(organizations.c.id == organization_id).values(country=zones[zone])
            )
    op.alter_column('organizations', 'country', server_default='US')


def downgrade():
    op.drop_column('organizations', 'country')

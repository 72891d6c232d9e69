"""Open and click tracking: signed tokens per recipient (and link), and what a pixel load or a click records.

A click token names a recipient and an index into its campaign's `links`, never a URL: whatever
is done to a token, it can only lead to an address the studio wrote into that campaign, so the
click endpoint cannot be made into an open redirect. A token that does not verify leads nowhere.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer

from fitnesscrm.campaigns.models import Campaign, CampaignClick, CampaignRecipient
from fitnesscrm.core import urls
from fitnesscrm.extensions import db

OPEN_SALT = "campaigns-open"
CLICK_SALT = "campaigns-click"


def _serializer(salt: str) -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=salt)


def open_url(recipient_id: int) -> str:
    """The address of the pixel that records `recipient_id` opening the email."""
    return urls.public_url(f"/t/o/{_serializer(OPEN_SALT).dumps(recipient_id)}.gif")


def click_url(recipient_id: int, link_index: int) -> str:
    """The address that records `recipient_id` clicking link `link_index`, then leads to it."""
    return urls.public_url(f"/t/c/{_serializer(CLICK_SALT).dumps([recipient_id, link_index])}")


def _read(salt: str, token: str):
    try:
        return _serializer(salt).loads(token)
    except (BadSignature, ValueError, TypeError):
        return None


def record_open(*, token: str) -> bool:
    """Count an open for the token's recipient; False when the token is not one this app signed."""
    recipient_id = _read(OPEN_SALT, token)
    if not isinstance(recipient_id, int):
        return False
    now = datetime.now(UTC)
    updated = db.session.execute(
        sa.update(CampaignRecipient)
        .where(CampaignRecipient.id == recipient_id)
        .values(opens=CampaignRecipient.opens + 1, opened_at=sa.func.coalesce(CampaignRecipient.opened_at, now))
    ).rowcount
    db.session.commit()
    return bool(updated)


def record_click(*, token: str) -> str | None:
    """Count a click and return the campaign's link it stands for; None for a token this app did not sign."""
    read = _read(CLICK_SALT, token)
    if not (isinstance(read, list) and len(read) == 2 and all(isinstance(part, int) for part in read)):
        return None
    recipient_id, link_index = read
    row = db.session.execute(
        sa.select(CampaignRecipient.organization_id, Campaign.id, Campaign.links)
        .join(Campaign, Campaign.id == CampaignRecipient.campaign_id)
        .where(CampaignRecipient.id == recipient_id)
    ).one_or_none()
    if row is None or not 0 <= link_index < len(row.links):
        return None
    now = datetime.now(UTC)
    db.session.add(
        CampaignClick(
            organization_id=row.organization_id, campaign_id=row.id, recipient_id=recipient_id, link_index=link_index
        )
    )
    # A click means the email was opened, whether or not its images were loaded.
    db.session.execute(
        sa.update(CampaignRecipient)
        .where(CampaignRecipient.id == recipient_id)
        .values(
            clicks=CampaignRecipient.clicks + 1,
            clicked_at=sa.func.coalesce(CampaignRecipient.clicked_at, now),
            opened_at=sa.func.coalesce(CampaignRecipient.opened_at, now),
        )
    )
    db.session.commit()
    return row.links[link_index]

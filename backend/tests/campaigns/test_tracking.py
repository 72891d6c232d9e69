"""Do opens and clicks count once per person, and can a click link only ever lead to the campaign's own links?"""

from __future__ import annotations

import re

import sqlalchemy as sa

from fitnesscrm.campaigns import sending, tracking
from fitnesscrm.campaigns.models import CampaignRecipient
from fitnesscrm.extensions import db
from fitnesscrm.notifications.models import OutboxMessage


def _sent(client_as, studio, make_campaign) -> tuple[dict, list[str], str]:
    campaign = make_campaign()
    client_as(studio.owner).post(f"/api/campaigns/{campaign['id']}/send", json={})
    sending.dispatch(campaign_id=campaign["id"])
    message = db.session.execute(
        sa.select(OutboxMessage).where(OutboxMessage.recipient_address == studio.client.email)
    ).scalar_one()
    html = message.context["body_html"]
    clicks = [link.removeprefix("http://127.0.0.1:5000") for link in re.findall(r'href="([^"]*/t/c/[^"]*)"', html)]
    [pixel] = [link.removeprefix("http://127.0.0.1:5000") for link in re.findall(r'src="([^"]*/t/o/[^"]*)"', html)]
    return campaign, clicks, pixel


def test_click_counts_and_leads_to_the_campaigns_link(client, client_as, studio, make_campaign):
    campaign, clicks, _pixel = _sent(client_as, studio, make_campaign)
    first = client.get(clicks[0])
    assert first.status_code == 302 and first.headers["Location"] == "https://example.com/spring?a=1&b=2"
    client.get(clicks[0])
    assert client.get(clicks[1]).headers["Location"] == "https://example.org/shop"

    report = client_as(studio.owner).get(f"/api/campaigns/{campaign['id']}/report").get_json()
    assert report["totals"]["clicked"] == 1 and report["totals"]["opened"] == 1
    assert [(link["clicks"], link["unique_clicks"]) for link in report["links"]] == [(2, 1), (1, 1)]


def test_pixel_counts_unique_opens(client, client_as, studio, make_campaign):
    campaign, _clicks, pixel = _sent(client_as, studio, make_campaign)
    for _ in range(3):
        response = client.get(pixel)
        assert response.status_code == 200 and response.mimetype == "image/gif"
    recipient = db.session.execute(
        sa.select(CampaignRecipient).where(CampaignRecipient.email == studio.client.email)
    ).scalar_one()
    assert recipient.opens == 3 and recipient.opened_at is not None
    assert client_as(studio.owner).get(f"/api/campaigns/{campaign['id']}/report").get_json()["totals"]["opened"] == 1


def test_tampered_click_links_are_a_404_page_and_never_redirect(client, client_as, studio, make_campaign):
    _campaign, clicks, _pixel = _sent(client_as, studio, make_campaign)
    token = clicks[0].removeprefix("/t/c/")
    recipient_id, _index = tracking._serializer(tracking.CLICK_SALT).loads(token)
    forged = [
        "/t/c/" + token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        "/t/c/not-a-token",
        # Signed by the app but pointing past the campaign's links, or with the open pixel's salt.
        tracking.click_url(recipient_id, 7).removeprefix("http://127.0.0.1:5000"),
        "/t/c/" + tracking._serializer(tracking.OPEN_SALT).dumps([recipient_id, 0]),
        # A token made with another secret, naming a URL of the attacker's choosing.
        "/t/c/"
        + __import__("itsdangerous")
        .URLSafeSerializer("guess", salt=tracking.CLICK_SALT)
        .dumps("https://evil.example/"),
    ]
    for url in forged:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Location" not in response.headers
        assert "This link does not work" in response.get_data(as_text=True)
    clicked = db.session.execute(sa.select(sa.func.sum(CampaignRecipient.clicks))).scalar_one()
    assert clicked == 0


def test_tampered_pixel_still_answers_an_image_and_counts_nothing(client, client_as, studio, make_campaign):
    _sent(client_as, studio, make_campaign)
    response = client.get("/t/o/forged.gif")
    assert response.status_code == 200 and response.mimetype == "image/gif"
    assert db.session.execute(sa.select(sa.func.sum(CampaignRecipient.opens))).scalar_one() == 0

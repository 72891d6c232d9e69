"""Does a campaign go to its segment once per person, with A/B subjects, skipping those who opted out?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.campaigns import sending
from fitnesscrm.campaigns.models import Campaign, CampaignRecipient
from fitnesscrm.extensions import db
from fitnesscrm.notifications import emails
from fitnesscrm.notifications.models import OutboxMessage
from tests.factories import ClientFactory
from tests.mail import text_of


def _outbox(campaign_id: int) -> list[OutboxMessage]:
    return (
        db.session.execute(
            sa.select(OutboxMessage)
            .where(OutboxMessage.idempotency_key.like(f"campaign:{campaign_id}:%"))
            .order_by(OutboxMessage.id)
        )
        .scalars()
        .all()
    )


def test_send_now_queues_one_personalised_email_per_client_with_tracking(client_as, studio, make_campaign, sent_mail):
    campaign = make_campaign()
    api = client_as(studio.owner)
    response = api.post(f"/api/campaigns/{campaign['id']}/send", json={})
    assert response.status_code == 200 and response.get_json()["status"] == "scheduled"

    assert sending.dispatch(campaign_id=campaign["id"]) == "sent"
    # A second run (a retried job, the minute job) sends nothing more.
    assert sending.dispatch(campaign_id=campaign["id"]) is None
    assert sending.dispatch_due() == 0
    assert len(_outbox(campaign["id"])) == 2

    delivered = {message["To"]: message for message in sent_mail()}
    message = delivered[studio.client.email]
    assert message["Subject"] == "Hello Casey"
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "Hi Casey" in html and "/t/o/" in html and html.count("/t/c/") == 2
    assert "https://example.com/spring" not in html
    assert "our timetable (https://example.com/spring?a=1&b=2)" in text_of(message)
    assert message["List-Unsubscribe"]


def test_a_b_test_sends_the_sample_then_the_winner_to_the_rest(client_as, studio, make_campaign):
    for number in range(8):
        ClientFactory(organization_id=studio.org.id, first_name=f"Pat{number}")
    campaign = make_campaign(subject_b="Only for you, {{ first_name }}", sample_percent=40, wait_hours=2)
    client_as(studio.owner).post(f"/api/campaigns/{campaign['id']}/send", json={})

    assert sending.dispatch(campaign_id=campaign["id"]) == "sending"
    recipients = db.session.execute(sa.select(CampaignRecipient)).scalars().all()
    sample = [recipient for recipient in recipients if recipient.variant]
    assert len(recipients) == 10 and len(sample) == 4
    assert {recipient.variant for recipient in sample} == {"a", "b"}
    assert len(_outbox(campaign["id"])) == 4

    # Variant b's readers open it; once the wait is over, b goes to the rest.
    for recipient in sample:
        if recipient.variant == "b":
            recipient.opened_at = datetime.now(UTC)
    row = db.session.get(Campaign, campaign["id"])
    row.decide_at = datetime.now(UTC) - timedelta(minutes=1)
    db.session.commit()

    assert sending.dispatch(campaign_id=campaign["id"]) == "sent"
    messages = _outbox(campaign["id"])
    assert len(messages) == 10
    assert all(message.subject.startswith("Only for you") for message in messages[4:])
    report = client_as(studio.owner).get(f"/api/campaigns/{campaign['id']}/report").get_json()
    by_variant = {variant["variant"]: variant for variant in report["variants"]}
    # Each subject's figures are its half of the sample: the comparison the winner was picked by.
    assert by_variant["b"]["winner"] and not by_variant["a"]["winner"]
    assert (by_variant["a"]["recipients"], by_variant["b"]["recipients"]) == (2, 2)
    assert (by_variant["a"]["opened"], by_variant["b"]["opened"]) == (0, 2)
    assert report["totals"]["recipients"] == 10


def test_unsubscribed_people_are_skipped_and_counted(client, client_as, studio, make_campaign):
    token = emails.unsubscribe_token(
        organization_id=studio.org.id, channel="email", address=studio.client.email.upper(), topic="news"
    )
    assert client.post(f"/api/unsubscribe/{token}").status_code == 200
    campaign = make_campaign()
    client_as(studio.owner).post(f"/api/campaigns/{campaign['id']}/send", json={})
    sending.dispatch(campaign_id=campaign["id"])

    assert [message.recipient_address for message in _outbox(campaign["id"])] == [studio.other_client.email]
    totals = client_as(studio.owner).get(f"/api/campaigns/{campaign['id']}/report").get_json()["totals"]
    assert totals["recipients"] == 2 and totals["skipped"] == 1 and totals["sending"] == 1


def test_unsubscribe_from_one_campaign_stops_the_next(client, client_as, studio, make_campaign, sent_mail):
    first = make_campaign()
    client_as(studio.owner).post(f"/api/campaigns/{first['id']}/send", json={})
    sending.dispatch(campaign_id=first["id"])
    message = {message["To"]: message for message in sent_mail()}[studio.client.email]
    one_click = message["List-Unsubscribe"].split(",")[0].strip("<> ")
    assert client.post(one_click.removeprefix("http://127.0.0.1:5000")).status_code == 200

    report = client_as(studio.owner).get(f"/api/campaigns/{first['id']}/report").get_json()
    assert report["totals"]["unsubscribed"] == 1

    second = make_campaign(name="Summer news")
    client_as(studio.owner).post(f"/api/campaigns/{second['id']}/send", json={})
    sending.dispatch(campaign_id=second["id"])
    assert [message.recipient_address for message in _outbox(second["id"])] == [studio.other_client.email]


def test_scheduled_campaign_waits_for_its_time(client_as, studio, make_campaign):
    campaign = make_campaign()
    later = (datetime.now(UTC) + timedelta(hours=3)).isoformat()
    response = client_as(studio.owner).post(f"/api/campaigns/{campaign['id']}/send", json={"scheduled_at": later})
    assert response.status_code == 200
    assert sending.dispatch(campaign_id=campaign["id"]) is None
    assert _outbox(campaign["id"]) == []

    db.session.get(Campaign, campaign["id"]).scheduled_at = datetime.now(UTC) - timedelta(seconds=1)
    db.session.commit()
    assert sending.dispatch_due() == 1
    assert len(_outbox(campaign["id"])) == 2


def test_cancelled_campaign_sends_nothing(client_as, studio, make_campaign):
    campaign = make_campaign()
    api = client_as(studio.owner)
    later = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    api.post(f"/api/campaigns/{campaign['id']}/send", json={"scheduled_at": later})
    assert api.post(f"/api/campaigns/{campaign['id']}/cancel").get_json()["status"] == "cancelled"
    db.session.get(Campaign, campaign["id"]).scheduled_at = datetime.now(UTC) - timedelta(seconds=1)
    db.session.commit()
    assert sending.dispatch(campaign_id=campaign["id"]) is None
    assert _outbox(campaign["id"]) == []
    assert api.post(f"/api/campaigns/{campaign['id']}/send", json={}).status_code == 409


def test_unknown_merge_fields_and_past_times_are_refused(client_as, studio, make_campaign):
    api = client_as(studio.owner)
    campaign = make_campaign()
    bad = api.patch(f"/api/campaigns/{campaign['id']}", json={"body_html": "<p>{{ password }}</p>"})
    assert bad.status_code == 422
    assert bad.get_json()["error"]["fields"] == {"body_html": ["Unknown merge fields: {{ password }}."]}
    past = api.post(f"/api/campaigns/{campaign['id']}/send", json={"scheduled_at": "2020-01-01T10:00:00Z"})
    assert past.status_code == 422


def test_sent_campaign_cannot_be_changed_or_deleted(client_as, studio, make_campaign):
    api = client_as(studio.owner)
    campaign = make_campaign()
    api.post(f"/api/campaigns/{campaign['id']}/send", json={})
    sending.dispatch(campaign_id=campaign["id"])
    assert api.patch(f"/api/campaigns/{campaign['id']}", json={"name": "Renamed"}).status_code == 409
    assert api.delete(f"/api/campaigns/{campaign['id']}").status_code == 409
    # Its segment is in use, so it stays.
    assert api.delete(f"/api/segments/{campaign['segment_id']}").status_code == 409


def test_preview_fills_sample_values(client_as, studio):
    response = client_as(studio.admin).post(
        "/api/campaigns/preview",
        json={"subject": "Hi {{ first_name }}", "body_html": "<p>From {{ trainer_name }} <b>&amp;</b> team</p>"},
    )
    assert response.status_code == 200
    assert response.get_json()["subject"] == "Hi Alex"
    assert response.get_json()["text"] == "From Jordan Reyes & team"


def test_list_runs_the_same_statements_whatever_the_page_size(client_as, studio, make_campaign, count_statements):
    api = client_as(studio.owner)
    make_campaign()
    with count_statements() as few:
        assert len(api.get("/api/campaigns").get_json()["items"]) == 1
    for number in range(5):
        sent = make_campaign(name=f"News {number}")
        api.post(f"/api/campaigns/{sent['id']}/send", json={})
        sending.dispatch(campaign_id=sent["id"])
    with count_statements() as many:
        items = api.get("/api/campaigns").get_json()["items"]
    assert len(items) == 6 and items[0]["stats"]["recipients"] == 2
    assert many.count == few.count


def test_activity_log_reads_the_send(client_as, studio, make_campaign):
    api = client_as(studio.owner)
    campaign = make_campaign()
    api.post(f"/api/campaigns/{campaign['id']}/send", json={})
    entries = api.get("/api/activity?entity_type=campaign").get_json()["items"]
    assert [entry["action"] for entry in entries][:2] == ["send", "create"]

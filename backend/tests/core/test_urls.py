"""Do links in feeds and invitations open where people reach the app, and never where a forged Host points?"""

from __future__ import annotations

import logging

import pytest

from fitnesscrm.core import urls


@pytest.fixture
def unset_base_url(app):
    saved = app.config["PUBLIC_BASE_URL"], app.config["PORT"]
    app.config["PUBLIC_BASE_URL"], app.config["PORT"] = None, 5055
    yield
    app.config["PUBLIC_BASE_URL"], app.config["PORT"] = saved


def test_links_for_the_caller_follow_the_address_they_used_when_none_is_set(app, unset_base_url):
    with app.test_request_context("/", base_url="http://192.168.1.20:5055"):
        assert urls.link_for_caller("/x") == "http://192.168.1.20:5055/x"


def test_emailed_links_ignore_the_requests_host_and_use_the_port(app, unset_base_url):
    with app.test_request_context("/", base_url="http://attacker.example"):
        assert urls.public_url("/reset") == "http://127.0.0.1:5055/reset"


def test_a_configured_base_url_wins_everywhere(app):
    saved = app.config["PUBLIC_BASE_URL"]
    app.config["PUBLIC_BASE_URL"] = "https://crm.example.com/"
    try:
        with app.test_request_context("/", base_url="http://attacker.example"):
            assert urls.link_for_caller("/a") == "https://crm.example.com/a"
            assert urls.public_url("/b") == "https://crm.example.com/b"
    finally:
        app.config["PUBLIC_BASE_URL"] = saved


def test_feed_url_follows_port_5055_under_make_run(app, unset_base_url, studio, client_as):
    response = client_as(studio.trainer_user).post(
        "/api/calendar/feeds", json={"trainer_id": studio.trainer.id}, base_url="http://127.0.0.1:5055"
    )
    assert response.status_code == 201
    assert response.get_json()["url"].startswith("http://127.0.0.1:5055/api/calendar/feeds/")


def test_start_up_warns_when_the_base_url_names_another_port(app, caplog):
    saved = app.config["PUBLIC_BASE_URL"], app.config["PORT"]
    app.config["PUBLIC_BASE_URL"], app.config["PORT"] = "http://127.0.0.1:5000", 5055
    try:
        with caplog.at_level(logging.WARNING, logger="fitnesscrm.core.urls"):
            urls.warn_if_misconfigured(app)
    finally:
        app.config["PUBLIC_BASE_URL"], app.config["PORT"] = saved
    assert "listens on port 5055" in caplog.text

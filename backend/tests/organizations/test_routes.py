"""Can managers set the studio's country, and are phone numbers then read and shown in it?"""

from __future__ import annotations


def test_update_organization_country_is_upper_cased_and_validated(studio, client_as):
    api = client_as(studio.admin)
    response = api.patch("/api/organization", json={"country": "gb"})
    assert response.status_code == 200
    assert response.get_json()["country"] == "GB"
    refused = api.patch("/api/organization", json={"country": "XX"})
    assert refused.status_code == 422
    assert "country" in refused.get_json()["error"]["fields"]


def test_update_organization_country_as_trainer_is_forbidden(studio, client_as):
    assert client_as(studio.trainer_user).patch("/api/organization", json={"country": "GB"}).status_code == 403


def test_national_phone_numbers_are_read_in_the_studios_country(studio, client_as):
    api = client_as(studio.owner)
    api.patch("/api/organization", json={"country": "GB"})
    response = api.post("/api/clients", json={"first_name": "Ada", "last_name": "Lovelace", "phone": "020 7946 0958"})
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["phone"] == "+442079460958"
    # The same national number means nothing in the US, where the studio next door is.
    other = client_as(studio.owner)
    api.patch("/api/organization", json={"country": "US"})
    refused = other.post("/api/clients", json={"first_name": "B", "last_name": "C", "phone": "020 7946 0958"})
    assert refused.status_code == 422
    assert "phone" in refused.get_json()["error"]["fields"]


def test_me_says_the_studios_country(studio, client_as):
    client_as(studio.owner).patch("/api/organization", json={"country": "DE"})
    assert client_as(studio.trainer_user).get("/api/auth/me").get_json()["organization"]["country"] == "DE"

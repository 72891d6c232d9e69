"""Submitting a check-in: answers checked per kind, one per due week, questions kept as they were."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import CheckInSubmission
from tests.progress.checkins.conftest import ANSWERS


def _url(studio):
    return f"/api/clients/{studio.client.id}/check-ins"


def _due(api, studio):
    return api.get(f"{_url(studio)}/due").get_json()


def _with(**answer):
    return [item for item in ANSWERS if item["key"] != answer["key"]] + [answer]


def test_client_sees_this_weeks_check_in_and_submits_it(studio, client_as, assign, today):
    assign()
    api = client_as(studio.client_user)
    due = _due(api, studio)
    assert due["next_due"] == {"due_on": (today + timedelta(days=3)).isoformat(), "submission_id": None}
    assert (due["overdue"], due["overdue_count"]) == ([], 0)
    assert [question["key"] for question in due["questions"]][:2] == ["energy", "weight"]
    sent = api.post(_url(studio), json={"due_on": due["next_due"]["due_on"], "answers": ANSWERS})
    assert sent.status_code == 201, sent.get_json()
    body = sent.get_json()
    assert body["client_name"] == studio.client.full_name
    answers = {item["question"]["key"]: item["answer"] for item in body["items"]}
    assert answers == {
        "energy": {"number": 7},
        "weight": {"number": 81.4},
        "win": {"text": "Three workouts"},
        "notes": None,
        "diet": {"choice": "Mostly"},
        "photo": None,
    }
    assert _due(api, studio)["next_due"]["submission_id"] == body["id"]
    entry = db.session.execute(sa.select(ActivityEntry).where(ActivityEntry.action == "submit_check_in")).scalar_one()
    assert (entry.entity_label, entry.changes["form"]["after"]) == (studio.client.full_name, "Weekly check-in")


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ({"key": "energy", "number": 0}, "A whole number from 1 to 10."),
        ({"key": "energy", "number": 11}, "A whole number from 1 to 10."),
        ({"key": "energy", "number": 5.5}, "A whole number from 1 to 10."),
        ({"key": "energy", "text": "high"}, "A whole number from 1 to 10."),
        ({"key": "weight", "number": 20}, "At least 30."),
        ({"key": "weight", "number": 301}, "At most 300."),
        ({"key": "weight", "text": "eighty"}, "A number."),
        ({"key": "win", "text": "x" * 201}, "At most 200 characters; this is 201."),
        ({"key": "win", "text": "   "}, "This question needs an answer."),
        ({"key": "diet", "choice": "Sometimes"}, "One of: On plan, Mostly, Off."),
        ({"key": "photo", "text": "a photo"}, "A photo: upload it first, then send its stored_file_id."),
        ({"key": "riddle", "text": "?"}, "Not a question of this check-in."),
    ],
)
def test_answers_are_checked_against_their_question(studio, client_as, assign, today, answer, message):
    assign()
    due_on = (today + timedelta(days=3)).isoformat()
    response = client_as(studio.client_user).post(_url(studio), json={"due_on": due_on, "answers": _with(**answer)})
    assert response.status_code == 422, response.get_json()
    assert response.get_json()["error"]["fields"]["answers"] == {answer["key"]: [message]}
    assert db.session.scalar(sa.select(sa.func.count()).select_from(CheckInSubmission)) == 0


def test_long_text_allows_more_than_short_text(studio, client_as, assign, today):
    assign()
    due_on = (today + timedelta(days=3)).isoformat()
    answers = _with(key="notes", text="y" * 5000)
    assert (
        client_as(studio.client_user).post(_url(studio), json={"due_on": due_on, "answers": answers}).status_code == 201
    )


def test_one_submission_per_week_and_only_due_weeks(studio, client_as, assign, today):
    assign()
    api = client_as(studio.client_user)
    due_on = today + timedelta(days=3)
    assert api.post(_url(studio), json={"due_on": due_on.isoformat(), "answers": ANSWERS}).status_code == 201
    assert api.post(_url(studio), json={"due_on": due_on.isoformat(), "answers": ANSWERS}).status_code == 409
    next_week = (due_on + timedelta(days=7)).isoformat()
    assert api.post(_url(studio), json={"due_on": next_week, "answers": ANSWERS}).status_code == 422
    off_day = (due_on + timedelta(days=1)).isoformat()
    assert api.post(_url(studio), json={"due_on": off_day, "answers": ANSWERS}).status_code == 422


def test_an_overdue_week_can_still_be_sent(studio, client_as, assign, today):
    assign(starts_on=today - timedelta(days=14))
    api = client_as(studio.client_user)
    due = _due(api, studio)
    assert due["overdue_count"] == 2
    sent = api.post(_url(studio), json={"due_on": due["overdue"][-1], "answers": ANSWERS}).get_json()
    assert sent["late"] is True
    assert _due(api, studio)["overdue_count"] == 1


def test_the_submission_keeps_the_questions_it_answered(studio, client_as, assign, form, today):
    assign()
    api = client_as(studio.client_user)
    sent = api.post(_url(studio), json={"due_on": (today + timedelta(days=3)).isoformat(), "answers": ANSWERS})
    client_as(studio.trainer_user).patch(
        f"/api/check-in-forms/{form.id}", json={"questions": [{"kind": "scale", "label": "Mood"}]}
    )
    again = api.get(f"/api/check-ins/{sent.get_json()['id']}").get_json()
    assert again["items"][0]["question"]["label"] == "Energy this week"


def test_staff_may_not_submit_for_the_client(studio, client_as, assign, today):
    assign()
    body = {"due_on": (today + timedelta(days=3)).isoformat(), "answers": ANSWERS}
    assert client_as(studio.trainer_user).post(_url(studio), json=body).status_code == 403


def test_a_client_cannot_submit_for_another_client(studio, client_as, assign, today):
    assign(studio.other_client)
    body = {"due_on": (today + timedelta(days=3)).isoformat(), "answers": ANSWERS}
    url = f"/api/clients/{studio.other_client.id}/check-ins"
    assert client_as(studio.client_user).post(url, json=body).status_code == 404
    assert client_as(studio.client_user).get(url + "/due").status_code == 404


def test_without_an_assignment_nothing_is_due(studio, client_as, today):
    api = client_as(studio.client_user)
    assert _due(api, studio) == {
        "client_id": studio.client.id,
        "assignment": None,
        "next_due": None,
        "overdue": [],
        "overdue_count": 0,
        "questions": None,
    }
    body = {"due_on": today.isoformat(), "answers": ANSWERS}
    assert api.post(_url(studio), json=body).status_code == 422


class TestPhotos:
    def _send(self, api, studio, today, stored_file_id):
        due_on = (today + timedelta(days=3)).isoformat()
        return api.post(
            _url(studio), json={"due_on": due_on, "answers": _with(key="photo", stored_file_id=stored_file_id)}
        )

    def test_another_users_upload_is_refused(self, studio, client_as, assign, today, stored_photo):
        assign()
        photo = stored_photo(studio.trainer_user)
        response = self._send(client_as(studio.client_user), studio, today, photo.id)
        assert response.get_json()["error"]["fields"]["answers"] == {"photo": ["No such photo: upload it again."]}

    def test_another_kind_of_upload_is_refused(self, studio, client_as, assign, today, stored_photo):
        assign()
        photo = stored_photo(kind="document")
        assert self._send(client_as(studio.client_user), studio, today, photo.id).status_code == 422

    def test_a_photo_used_by_another_check_in_is_refused(
        self, studio, client_as, assign, today, stored_photo, submission
    ):
        assign()
        photo = stored_photo()
        earlier = submission(due_on=today - timedelta(days=30))
        earlier.answers = {**earlier.answers, "photo": {"stored_file_id": photo.id}}
        earlier.photo_file_ids = [photo.id]  # as a submission keeps them, beside its encrypted answers
        db.session.commit()
        response = self._send(client_as(studio.client_user), studio, today, photo.id)
        assert response.get_json()["error"]["fields"]["answers"] == {
            "photo": ["This photo already answers another question; upload it again."]
        }

    def test_a_photo_sent_with_an_overdue_check_in_cannot_answer_this_weeks(
        self, studio, client_as, assign, today, stored_photo
    ):
        assign(starts_on=today - timedelta(days=10))
        photo = stored_photo()
        api = client_as(studio.client_user)
        overdue = (today - timedelta(days=4)).isoformat()
        first = api.post(_url(studio), json={"due_on": overdue, "answers": _with(key="photo", stored_file_id=photo.id)})
        assert first.status_code == 201, first.get_json()
        assert db.session.get(CheckInSubmission, first.get_json()["id"]).photo_file_ids == [photo.id]

        response = self._send(api, studio, today, photo.id)
        assert response.status_code == 422
        assert response.get_json()["error"]["fields"]["answers"] == {
            "photo": ["This photo already answers another question; upload it again."]
        }


class TestPhotoUploads:
    """A real upload through core.storage (local disk), answered with, and shown back as signed links."""

    @pytest.fixture(autouse=True)
    def local_storage(self, app, tmp_path):
        from fitnesscrm.core.storage import backends

        previous = app.extensions.get("storage")
        app.extensions["storage"] = backends.LocalDiskStorage(tmp_path / "uploads")
        yield
        app.extensions["storage"] = previous

    def _upload(self, api, studio, data):
        return api.post(
            f"/api/clients/{studio.client.id}/check-in-photos", data=data, content_type="multipart/form-data"
        )

    def test_client_uploads_a_photo_and_answers_with_it(self, studio, client_as, assign, today):
        from tests.core.storage import samples

        assign()
        api = client_as(studio.client_user)
        uploaded = self._upload(api, studio, {"file": (io.BytesIO(samples.image_bytes("JPEG")), "front.jpg")})
        assert uploaded.status_code == 201, uploaded.get_json()
        body = uploaded.get_json()
        assert body["url"].startswith("/api/files/") or "/api/files/" in body["url"]
        due_on = (today + timedelta(days=3)).isoformat()
        answers = _with(key="photo", stored_file_id=body["stored_file_id"])
        sent = api.post(_url(studio), json={"due_on": due_on, "answers": answers}).get_json()
        photo = next(item for item in sent["items"] if item["question"]["key"] == "photo")
        assert set(photo["answer"]["photo"]) == {"url", "thumbnail_url"}
        coach = client_as(studio.trainer_user).get(f"/api/check-ins/{sent['id']}").get_json()
        assert next(item for item in coach["items"] if item["question"]["key"] == "photo")["answer"]["photo"]

    def test_a_pdf_is_not_a_photo(self, studio, client_as):
        from tests.core.storage import samples

        response = self._upload(client_as(studio.client_user), studio, {"file": (io.BytesIO(samples.pdf()), "a.jpg")})
        assert response.status_code == 415

    def test_only_the_client_uploads_for_themselves(self, studio, client_as):
        from tests.core.storage import samples

        data = {"file": (io.BytesIO(samples.image_bytes("JPEG")), "front.jpg")}
        assert self._upload(client_as(studio.trainer_user), studio, data).status_code == 403
        other = client_as(studio.client_user).post(
            f"/api/clients/{studio.other_client.id}/check-in-photos",
            data={"file": (io.BytesIO(samples.image_bytes("JPEG")), "front.jpg")},
            content_type="multipart/form-data",
        )
        assert other.status_code == 404

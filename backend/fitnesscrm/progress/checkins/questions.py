"""The questions of a check-in form and the answers to them: what each kind accepts, in one place.

A question is `{key, kind, label, required, help?, options? (choice), min?/max? (number)}`;
scale questions are always 1–10. Keys are stable (given once, kept across edits) so that a
submission's answers stay matched to their question however the form changes later; each
submission also keeps the questions as they were (`CheckInSubmission.questions`).
"""

from __future__ import annotations

import secrets
from decimal import Decimal
from typing import Any

from fitnesscrm.errors import ValidationError

SHORT_TEXT = 200
LONG_TEXT = 5000
SCALE = (1, 10)


def _number(value: Decimal) -> int | float:
    """A JSON number for JSONB: whole numbers as integers."""
    return int(value) if value == value.to_integral_value() else float(value)


def normalize(questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Questions as stored: a key for each new one, only the attributes its kind uses, numbers as JSON numbers."""
    taken = {question["key"] for question in questions if question.get("key")}
    stored = []
    for question in questions:
        key = question.get("key")
        while not key or (key in taken and not question.get("key")):
            key = f"q_{secrets.token_hex(4)}"
        taken.add(key)
        item = {
            "key": key,
            "kind": question["kind"],
            "label": question["label"],
            "required": bool(question.get("required")),
        }
        if question.get("help"):
            item["help"] = question["help"]
        if question["kind"] == "choice":
            item["options"] = list(question["options"])
        if question["kind"] == "number":
            for bound in ("min", "max"):
                if question.get(bound) is not None:
                    item[bound] = _number(question[bound])
        stored.append(item)
    return stored


def problems_of(question: dict[str, Any]) -> dict[str, list[str]]:
    """What is wrong with one question as sent (its kind's attributes), by field; empty when nothing."""
    kind, problems = question.get("kind"), {}
    options = question.get("options") or []
    if kind == "choice" and len(options) < 2:
        problems["options"] = ["A choice question needs at least two options."]
    if kind != "choice" and options:
        problems["options"] = ["Only choice questions have options."]
    low, high = question.get("min"), question.get("max")
    if kind != "number" and (low is not None or high is not None):
        problems["min"] = ["Only number questions have a minimum and maximum (a scale is always 1–10)."]
    if low is not None and high is not None and low >= high:
        problems["max"] = ["Must be more than the minimum."]
    return problems


def _scale(answer: dict[str, Any], _question: dict[str, Any]) -> int:
    number = answer.get("number")
    if number is None or number != number.to_integral_value() or not SCALE[0] <= number <= SCALE[1]:
        raise ValueError("A whole number from 1 to 10.")
    return int(number)


def _numeric(answer: dict[str, Any], question: dict[str, Any]) -> int | float:
    number = answer.get("number")
    if number is None:
        raise ValueError("A number.")
    low, high = question.get("min"), question.get("max")
    if low is not None and number < Decimal(str(low)):
        raise ValueError(f"At least {low}.")
    if high is not None and number > Decimal(str(high)):
        raise ValueError(f"At most {high}.")
    return _number(number)


def _text(limit: int):
    def read(answer: dict[str, Any], _question: dict[str, Any]) -> str:
        text = answer.get("text")
        if text is None:
            raise ValueError("Some text.")
        if len(text) > limit:
            raise ValueError(f"At most {limit:,} characters; this is {len(text):,}.")
        return text

    return read


def _choice(answer: dict[str, Any], question: dict[str, Any]) -> str:
    choice = answer.get("choice")
    if choice not in question.get("options", []):
        raise ValueError("One of: " + ", ".join(question.get("options", [])) + ".")
    return choice


def _photo(answer: dict[str, Any], _question: dict[str, Any]) -> dict[str, int]:
    if answer.get("stored_file_id") is None:
        raise ValueError("A photo: upload it first, then send its stored_file_id.")
    return {"stored_file_id": answer["stored_file_id"]}


READERS = {
    "scale": _scale,
    "number": _numeric,
    "short_text": _text(SHORT_TEXT),
    "long_text": _text(LONG_TEXT),
    "choice": _choice,
    "photo": _photo,
}
SLOTS = ("number", "text", "choice", "stored_file_id")


def _blank(answer: dict[str, Any] | None) -> bool:
    return answer is None or all(answer.get(slot) in (None, "") for slot in SLOTS)


def read_answers(questions: list[dict[str, Any]], answers: list[dict[str, Any]]) -> dict[str, Any]:
    """The answers as stored (key → value), checked against the questions, or one ValidationError naming each."""
    given: dict[str, dict[str, Any]] = {}
    problems: dict[str, list[str]] = {}
    for answer in answers:
        if answer["key"] in given:
            problems[answer["key"]] = ["Answered twice."]
        given[answer["key"]] = answer
    known = {question["key"] for question in questions}
    for key in given.keys() - known:
        problems[key] = ["Not a question of this check-in."]
    stored: dict[str, Any] = {}
    for question in questions:
        answer = given.get(question["key"])
        if _blank(answer):
            if question.get("required"):
                problems[question["key"]] = ["This question needs an answer."]
            continue
        try:
            stored[question["key"]] = READERS[question["kind"]](answer, question)
        except ValueError as error:
            problems[question["key"]] = [str(error)]
    if problems:
        raise ValidationError("Some answers need another look.", fields={"answers": problems})
    return stored


def photo_ids(questions: list[dict[str, Any]], answers: dict[str, Any]) -> dict[str, int]:
    """key → stored file id of each photo answer."""
    return {
        question["key"]: answers[question["key"]]["stored_file_id"]
        for question in questions
        if question["kind"] == "photo" and question["key"] in answers
    }

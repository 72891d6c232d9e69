"""JSON request bodies: read strictly, once, before any view sees them.

The standard library's reader recurses once per level of nesting (100,000 levels exhaust
the stack), refuses integers past 4,300 digits with an error nobody expects, and accepts
NaN and Infinity, which JSON does not have. Here a body nested deeper than MAX_DEPTH, with
an integer longer than MAX_INTEGER_DIGITS or with NaN is a 400 before anything reads it;
the size limit is Flask's MAX_CONTENT_LENGTH (413).
"""

from __future__ import annotations

import json
from typing import Any

from flask import Flask, request
from flask.json.provider import DefaultJSONProvider

from fitnesscrm.errors import AppError

# Every body this API takes is a few levels deep; 32 leaves room without nearing the stack's limit.
MAX_DEPTH = 32
# Ids and counts fit in 19 digits; anything much longer is not a number this API stores.
MAX_INTEGER_DIGITS = 40


class InvalidJSON(ValueError):
    """The body is not JSON this API reads; the message says why."""


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise InvalidJSON(f"Numbers may have at most {MAX_INTEGER_DIGITS} digits.")
    return int(digits)


def _no_constant(name: str):
    raise InvalidJSON(f"{name} is not a JSON number.")


def _check_depth(value: Any) -> None:
    """Walk the parsed value without recursion and refuse nesting deeper than MAX_DEPTH."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > MAX_DEPTH:
            raise InvalidJSON(f"The body is nested more than {MAX_DEPTH} levels deep.")
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))


def parse(data: str | bytes) -> Any:
    """The body's value, or InvalidJSON naming what is wrong with it."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        value = json.loads(text, parse_int=_integer, parse_constant=_no_constant)
    except RecursionError:
        raise InvalidJSON(f"The body is nested more than {MAX_DEPTH} levels deep.") from None
    except UnicodeDecodeError:
        raise InvalidJSON("The body is not UTF-8 text.") from None
    except json.JSONDecodeError as error:
        raise InvalidJSON(f"Not valid JSON: {error.msg} (line {error.lineno}, column {error.colno}).") from None
    _check_depth(value)
    return value


class JSONProvider(DefaultJSONProvider):
    """Flask's JSON with `parse` for reading, so `request.get_json()` anywhere follows the same rules."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return parse(s)


def _refuse_unreadable_body() -> None:
    """A JSON body that breaks the rules is a 400 naming the problem, whichever endpoint it was sent to."""
    if not request.is_json:
        return
    data = request.get_data(cache=True)
    if not data.strip():
        return
    try:
        parse(data)
    except InvalidJSON as error:
        raise AppError(str(error)) from None


def register(app: Flask) -> None:
    """Read JSON bodies with `parse`, and check each one before the view runs (after the rate limits)."""
    app.json = JSONProvider(app)
    app.before_request(_refuse_unreadable_body)

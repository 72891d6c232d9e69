"""The marshmallow fields every schema reads input with, so that a rule about input lives in one place.

Each field refuses what would fail further down instead of reaching the database: text
with NUL bytes or unpaired surrogates (PostgreSQL stores neither), numbers beyond a
column's range, dates and times outside 1900-2200 (or with an offset no clock uses),
lists longer than their limit (counted before duplicates are dropped), ids given as
text or fractions in JSON. `tests/test_openapi.py` fails when a schema that reads input
uses a marshmallow field directly instead of one of these.
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from zoneinfo import available_timezones

import marshmallow as ma
import phonenumbers
from flask import current_app, has_app_context
from werkzeug.routing import IntegerConverter

from fitnesscrm.core.auth import caller_or_none
from fitnesscrm.core.phones import COUNTRIES

MAX_ID = 2**31 - 1
MAX_IDS = 500
INT32 = (-(2**31), 2**31 - 1)

# Every date and instant the API accepts lies in these years: far enough for birthdays and
# bookings, near enough that any zone's local time of it, a day or a year later, is still a date.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)
EARLIEST = datetime.combine(FIRST_DAY, time(), tzinfo=UTC)
LATEST = datetime.combine(LAST_DAY, time.max, tzinfo=UTC)
# The furthest clocks are set from UTC (Kiribati +14:00, Baker Island -12:00).
MAX_UTC_OFFSET = timedelta(hours=14)

UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
QUERY_INTEGER = re.compile(r"-?[0-9]{1,19}")
# The IANA database's areas; browsers' Intl refuses other names Python may list ("localtime", "Factory").
ZONE_AREAS = (
    "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Etc", "Europe", "Indian", "Pacific",
)  # fmt: skip


class QuerySchema(ma.Schema):
    """Arguments read from a query string, where numbers arrive as text."""


class String(ma.fields.String):
    """Text as sent, without the characters PostgreSQL cannot store (NUL, unpaired UTF-16 surrogates)."""

    def _validate(self, value):
        # Fields that turn blank input into None have nothing left to check.
        if value is not None:
            super()._validate(value)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        if UNSTORABLE.search(text):
            raise ma.ValidationError("Must not contain NUL characters or unpaired surrogates.")
        return text


class Text(String):
    """A string with surrounding whitespace removed; blank becomes None unless required."""

    def __init__(self, *, max_length: int = 255, **kwargs):
        validators = list(kwargs.pop("validate", []) or [])
        validators.append(ma.validate.Length(max=max_length))
        super().__init__(validate=validators, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if not text:
            if self.required:
                raise ma.ValidationError("Must not be blank.")
            return None
        return text


class Name(Text):
    def __init__(self, **kwargs):
        super().__init__(max_length=80, **kwargs)


class Email(String):
    """An email address, trimmed and lower-cased so that uniqueness ignores case; blank is None unless required."""

    def __init__(self, **kwargs):
        validate = [ma.validate.Length(max=254), ma.validate.Email(error="Not a valid email address.")]
        super().__init__(validate=validate, metadata={"format": "email", **kwargs.pop("metadata", {})}, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip().lower()
        if not text:
            if self.required:
                raise ma.ValidationError("Must not be blank.")
            return None
        return text


def phone_region() -> str:
    """The country national numbers are read in: the caller's studio's, else DEFAULT_PHONE_REGION."""
    principal = caller_or_none()
    if principal is not None and principal.country:
        return principal.country
    return current_app.config.get("DEFAULT_PHONE_REGION", "US") if has_app_context() else "US"


class Phone(String):
    """A phone number stored in E.164; national numbers are read in the studio's country."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if not text:
            return None
        if len(text) > 40:
            raise ma.ValidationError("Not a phone number.")
        region = phone_region()
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            raise ma.ValidationError("Not a phone number.") from None
        if not phonenumbers.is_valid_number(number):
            raise ma.ValidationError("Not a valid phone number.")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class Uuid(String):
    """A UUID as text (with hyphens), read as a uuid.UUID: the ids devices generate for what they log offline."""

    def __init__(self, **kwargs):
        super().__init__(metadata={"format": "uuid", **kwargs.pop("metadata", {})}, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if len(text) != 36:
            raise ma.ValidationError("Not a UUID.")
        try:
            return uuid.UUID(text)
        except ValueError:
            raise ma.ValidationError("Not a UUID.") from None


class Url(String):
    """An absolute http(s) address."""

    def __init__(self, *, max_length: int = 500, **kwargs):
        validate = [ma.validate.Length(max=max_length), ma.validate.URL(schemes={"http", "https"})]
        super().__init__(validate=validate, metadata={"format": "url", **kwargs.pop("metadata", {})}, **kwargs)


class TimeZone(String):
    """An IANA time zone such as Europe/Paris that browsers know too (not "localtime" or "Factory")."""

    def __init__(self, **kwargs):
        super().__init__(metadata={"example": "Europe/Paris", **kwargs.pop("metadata", {})}, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        name = super()._deserialize(value, attr, data, **kwargs).strip()
        if name not in time_zones():
            raise ma.ValidationError("Not an IANA time zone, e.g. Europe/Paris.")
        return name


@cache
def time_zones() -> frozenset[str]:
    """The zones people may choose: UTC and the Area/Location names of the IANA database."""
    return frozenset(name for name in available_timezones() if "/" in name and name.split("/")[0] in ZONE_AREAS) | {
        "UTC"
    }


class Integer(ma.fields.Integer):
    """A whole number from `minimum` to `maximum` (32-bit by default): a JSON integer, never "3", 3.5 or true.

    In a `QuerySchema` it arrives as text and must be plain ASCII digits.
    """

    def __init__(self, *, minimum: int = INT32[0], maximum: int = INT32[1], **kwargs):
        validators = [*(kwargs.pop("validate", []) or []), ma.validate.Range(min=minimum, max=maximum)]
        super().__init__(strict=True, validate=validators, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and isinstance(self.root, QuerySchema):
            if not QUERY_INTEGER.fullmatch(value):
                raise self.make_error("invalid")
            value = int(value)
        return super()._deserialize(value, attr, data, **kwargs)


def id_field(**kwargs) -> Integer:
    """A database id: a positive 32-bit integer."""
    return Integer(minimum=1, maximum=MAX_ID, **kwargs)


class IdConverter(IntegerConverter):
    """`<int:...>` in a route: an id from 1 to MAX_ID, so a longer number is a 404 rather than a database error."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("min", 1)
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


class List(ma.fields.List):
    """A JSON array of at most `max_items` (and at least `min_items`) items, counted before any is read."""

    def __init__(self, inner, *, max_items: int, min_items: int = 0, **kwargs):
        self.max_items, self.min_items = max_items, min_items
        super().__init__(inner, validate=ma.validate.Length(min=min_items or None, max=max_items), **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, list | tuple) and not self.min_items <= len(value) <= self.max_items:
            raise ma.ValidationError(self._length_message())
        return super()._deserialize(value, attr, data, **kwargs)

    def _length_message(self) -> str:
        if self.min_items:
            return f"Between {self.min_items} and {self.max_items} items."
        return f"At most {self.max_items} items."


class Mapping(ma.fields.Dict):
    """A JSON object of at most `max_items` entries, counted before any key or value is read."""

    def __init__(self, *, keys: ma.fields.Field, values: ma.fields.Field, max_items: int, **kwargs):
        self.max_items = max_items
        super().__init__(keys=keys, values=values, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, dict) and len(value) > self.max_items:
            raise ma.ValidationError(f"At most {self.max_items} entries.")
        return super()._deserialize(value, attr, data, **kwargs)


def id_list_field(**kwargs) -> List:
    """One to MAX_IDS database ids in a JSON array."""
    return List(id_field(), min_items=1, max_items=MAX_IDS, **kwargs)


class Labels(List):
    """A list of short labels, trimmed and without duplicates (ignoring case), in the order given."""

    lowercase = False

    def __init__(self, *, max_items: int = 20, max_length: int = 40, **kwargs):
        super().__init__(String(validate=ma.validate.Length(min=1, max=max_length)), max_items=max_items, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        items = super()._deserialize(value, attr, data, **kwargs)
        unique: dict[str, str] = {}
        for item in items:
            label = " ".join(item.split())
            if label:
                unique.setdefault(label.lower(), label.lower() if self.lowercase else label)
        return list(unique.values())


class Tags(Labels):
    """Labels compared and stored in lower case, so that filtering by tag is exact."""

    lowercase = True


class Country(String):
    """An ISO 3166 country code such as GB, for which phone numbering rules are known."""

    def _deserialize(self, value, attr, data, **kwargs):
        code = super()._deserialize(value, attr, data, **kwargs).strip().upper()
        if code not in COUNTRIES:
            raise ma.ValidationError("Not a country code, e.g. US or GB.")
        return code


class Base64Bytes(String):
    """A file sent inside JSON as base64 text, read as bytes; `max_bytes` (or a function giving it) caps its size."""

    def __init__(self, *, max_bytes: int | Callable[[], int], **kwargs):
        self.max_bytes = max_bytes
        metadata = {"format": "byte", "description": "The file's bytes in base64.", **kwargs.pop("metadata", {})}
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        limit = self.max_bytes() if callable(self.max_bytes) else self.max_bytes
        # Base64 spends four characters on three bytes; refuse before decoding anything too big.
        if len(text) > (limit // 3 + 1) * 4 + 4:
            raise ma.ValidationError(f"Larger than {limit // 2**20} MB.")
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise ma.ValidationError("Not base64.") from None


class CommaSeparatedIds(String):
    """`1,2,3` in a query string, read as a list of one to MAX_IDS ids."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        pieces = [piece.strip() for piece in text.split(",") if piece.strip()]
        if not all(piece.isascii() and piece.isdigit() and len(piece) <= 10 for piece in pieces):
            raise ma.ValidationError("A comma-separated list of ids.")
        if not 1 <= len(pieces) <= MAX_IDS:
            raise ma.ValidationError(f"Between 1 and {MAX_IDS} ids.")
        ids = [int(piece) for piece in pieces]
        if not all(1 <= item <= MAX_ID for item in ids):
            raise ma.ValidationError("Not a valid id.")
        return ids


class Money(ma.fields.Decimal):
    """An amount with two decimals from 0 to `maximum`, given as a JSON number."""

    def __init__(self, *, maximum: int = 100_000, **kwargs):
        self.maximum = maximum
        metadata = {"minimum": 0, "maximum": maximum, **kwargs.pop("metadata", {})}
        super().__init__(places=2, metadata=metadata, **kwargs)

    def _validated(self, value):
        amount = super()._validated(value)
        if not 0 <= amount <= self.maximum:
            raise ma.ValidationError(f"Must be between 0 and {self.maximum}.")
        return amount


class Quantity(ma.fields.Decimal):
    """A measured amount (a load, a distance, an RPE) between `minimum` and `maximum`, as a JSON number."""

    def __init__(self, *, minimum: float = 0, maximum: float, places: int = 2, **kwargs):
        self.minimum, self.maximum = Decimal(str(minimum)), Decimal(str(maximum))
        metadata = {"minimum": minimum, "maximum": maximum, **kwargs.pop("metadata", {})}
        super().__init__(places=places, metadata=metadata, **kwargs)

    def _validated(self, value):
        if isinstance(value, bool | str):
            raise self.make_error("invalid")
        amount = super()._validated(value)
        if not self.minimum <= amount <= self.maximum:
            raise ma.ValidationError(f"Must be between {self.minimum} and {self.maximum}.")
        return amount


def money_out(**kwargs) -> ma.fields.Decimal:
    """An amount as it leaves the API: decimal text such as "65.00", so no float rounding creeps in."""
    metadata = {"type": "string", "description": "Decimal as text, e.g. 65.00.", **kwargs.pop("metadata", {})}
    return ma.fields.Decimal(as_string=True, allow_none=True, metadata=metadata, **kwargs)


def _flat_writer(field: ma.fields.Field) -> Callable[[object], object]:
    if isinstance(field, ma.fields.Date):
        return lambda value: None if value is None else value.isoformat()
    if isinstance(field, ma.fields.Float):
        return lambda value: None if value is None else float(value)
    if isinstance(field, ma.fields.Integer):
        return lambda value: None if value is None else int(value)
    if isinstance(field, ma.fields.Boolean | ma.fields.String):
        return lambda value: value
    raise TypeError(f"FlatRows writes dates, floats, integers, booleans and strings, not {type(field).__name__}.")


class FlatRows(ma.fields.List):
    """A long list of flat rows going out (a chart's points), documented as a list of `schema`.

    Each row is a mapping with every field of `schema`; it is written without a marshmallow pass
    per row (a date as ISO text, a number as a float or an integer, booleans and text as they are),
    which for a 400-point chart takes a tenth of the time. Fields of other kinds are refused when
    the schema is declared, so nothing leaves unconverted.
    """

    def __init__(self, schema: type[ma.Schema], **kwargs):
        super().__init__(ma.fields.Nested(schema), dump_only=True, **kwargs)
        self._writers = [
            (name, field.data_key or name, _flat_writer(field)) for name, field in schema().dump_fields.items()
        ]

    def _serialize(self, value, attr, obj, **kwargs):
        if value is None:
            return None
        writers = self._writers
        return [{key: write(row[name]) for name, key, write in writers} for row in value]


class Date(ma.fields.Date):
    """A calendar day (YYYY-MM-DD) from 1900-01-01 to 2200-12-31."""

    def _deserialize(self, value, attr, data, **kwargs):
        day = super()._deserialize(value, attr, data, **kwargs)
        if not FIRST_DAY <= day <= LAST_DAY:
            raise ma.ValidationError(f"Must be between {FIRST_DAY} and {LAST_DAY}.")
        return day


class DateTime(ma.fields.AwareDateTime):
    """An instant in ISO 8601 with its UTC offset (at most ±14:00), from 1900 to 2200."""

    def __init__(self, **kwargs):
        metadata = kwargs.pop("metadata", {})
        description = metadata.get("description", "")
        bounds = "ISO 8601 with a UTC offset, between 1900-01-01 and 2200-12-31."
        metadata["description"] = f"{bounds} {description}".strip()
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and len(value) > 64:
            raise self.make_error("invalid", input=value, obj_type=self.OBJ_TYPE)
        moment = super()._deserialize(value, attr, data, **kwargs)
        if abs(moment.utcoffset()) > MAX_UTC_OFFSET:
            raise ma.ValidationError("The UTC offset must be between -14:00 and +14:00.")
        try:
            in_utc = moment.astimezone(UTC)
        except OverflowError:
            in_utc = None
        if in_utc is None or not EARLIEST <= in_utc <= LATEST:
            raise ma.ValidationError(f"Must be between {FIRST_DAY} and {LAST_DAY} (UTC).")
        return moment


class LocalTime(ma.fields.Time):
    """A wall-clock time of day (HH:MM or HH:MM:SS), without a UTC offset."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and len(value) > 32:
            raise self.make_error("invalid", input=value, obj_type=self.OBJ_TYPE)
        moment = super()._deserialize(value, attr, data, **kwargs)
        if moment.tzinfo is not None:
            raise ma.ValidationError("A time of day without a UTC offset, e.g. 09:00.")
        return moment

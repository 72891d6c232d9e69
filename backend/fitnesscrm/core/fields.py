"""Marshmallow fields that normalise what people type: emails, phones, trimmed text, tags."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from zoneinfo import available_timezones

import marshmallow as ma
import phonenumbers
from flask import current_app, has_app_context

from fitnesscrm.core.auth import caller_or_none
from fitnesscrm.core.phones import COUNTRIES

MAX_ID = 2**31 - 1
MAX_IDS = 500


class Text(ma.fields.String):
    """A string with surrounding whitespace removed; blank becomes None unless required."""

    def _validate(self, value):
        # Blank input became None above; length rules apply to text only.
        if value is not None:
            super()._validate(value)

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


class Email(ma.fields.Email):
    """An email address, trimmed and lower-cased so that uniqueness ignores case."""

    def __init__(self, **kwargs):
        super().__init__(validate=ma.validate.Length(max=254), **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str):
            value = value.strip().lower()
            if not value and not self.required:
                return None
        return super()._deserialize(value, attr, data, **kwargs)


def phone_region() -> str:
    """The country national numbers are read in: the caller's studio's, else DEFAULT_PHONE_REGION."""
    principal = caller_or_none()
    if principal is not None and principal.country:
        return principal.country
    return current_app.config.get("DEFAULT_PHONE_REGION", "US") if has_app_context() else "US"


class Phone(ma.fields.String):
    """A phone number stored in E.164; national numbers are read in the studio's country."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if not text:
            return None
        region = phone_region()
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            raise ma.ValidationError("Not a phone number.") from None
        if not phonenumbers.is_valid_number(number):
            raise ma.ValidationError("Not a valid phone number.")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class Labels(ma.fields.List):
    """A list of short labels, trimmed and without duplicates (ignoring case), in the order given."""

    lowercase = False

    def __init__(self, *, max_items: int = 20, max_length: int = 40, **kwargs):
        super().__init__(
            ma.fields.String(validate=ma.validate.Length(min=1, max=max_length)),
            validate=ma.validate.Length(max=max_items),
            **kwargs,
        )

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


class Country(ma.fields.String):
    """An ISO 3166 country code such as GB, for which phone numbering rules are known."""

    def _deserialize(self, value, attr, data, **kwargs):
        code = super()._deserialize(value, attr, data, **kwargs).strip().upper()
        if code not in COUNTRIES:
            raise ma.ValidationError("Not a country code, e.g. US or GB.")
        return code


class TimeZone(ma.fields.String):
    """An IANA time zone name such as Europe/Paris."""

    def _deserialize(self, value, attr, data, **kwargs):
        name = super()._deserialize(value, attr, data, **kwargs).strip()
        if name not in available_timezones():
            raise ma.ValidationError("Not an IANA time zone, e.g. Europe/Paris.")
        return name


class Base64Bytes(ma.fields.String):
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


def id_field(*, strict: bool = True, **kwargs) -> ma.fields.Integer:
    """A database id: a positive 32-bit integer (strict in JSON; query strings are text)."""
    return ma.fields.Integer(strict=strict, validate=ma.validate.Range(min=1, max=MAX_ID), **kwargs)


def id_list_field(**kwargs) -> ma.fields.List:
    """One to MAX_IDS database ids in a JSON array."""
    return ma.fields.List(id_field(), validate=ma.validate.Length(min=1, max=MAX_IDS), **kwargs)


class CommaSeparatedIds(ma.fields.Field):
    """`1,2,3` in a query string, read as a list of one to MAX_IDS ids."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str):
            raise ma.ValidationError("A comma-separated list of ids.")
        try:
            ids = [int(piece) for piece in value.split(",") if piece.strip()]
        except ValueError:
            raise ma.ValidationError("A comma-separated list of ids.") from None
        if not 1 <= len(ids) <= MAX_IDS:
            raise ma.ValidationError(f"Between 1 and {MAX_IDS} ids.")
        if not all(1 <= item <= MAX_ID for item in ids):
            raise ma.ValidationError("Not a valid id.")
        return ids


def money_out(**kwargs) -> ma.fields.Decimal:
    """An amount as it leaves the API: decimal text such as "65.00", so no float rounding creeps in."""
    metadata = {"type": "string", "description": "Decimal as text, e.g. 65.00.", **kwargs.pop("metadata", {})}
    return ma.fields.Decimal(as_string=True, allow_none=True, metadata=metadata, **kwargs)

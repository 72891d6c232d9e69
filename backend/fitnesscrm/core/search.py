"""Prefix full-text search over name, email and phone, served by a GIN index.

A substring ILIKE cannot use an index; a generated tsvector can. Emails are also
indexed split at their punctuation, and phones as their digits plus the last 10,
7 and 4 digits, so that "jane", "doe@exa", "555-1234" or "+1 555 123" all find
their row by prefix.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

_DIGITS = "regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')"
_PHONE_SEPARATORS = re.compile(r"^[\d\s()+.\-]+$")
_WORD_SPLIT = re.compile(r"[\W_]+")


def search_vector_expression() -> str:
    """SQL of the generated column shared by tables with first_name, last_name, email and phone."""
    return (
        "to_tsvector('simple'::regconfig, "
        "coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || "
        "coalesce(email, '') || ' ' || translate(coalesce(email, ''), '@.-_+', '     ') || ' ' || "
        f"{_DIGITS} || ' ' || right({_DIGITS}, 10) || ' ' || right({_DIGITS}, 7) || ' ' || right({_DIGITS}, 4))"
    )


def prefix_query(text: str) -> str | None:
    """A to_tsquery string where every word of `text` must start some indexed word; None if nothing to search."""
    text = text.strip()
    if not text:
        return None
    if _PHONE_SEPARATORS.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        pieces = ["".join(ch for ch in text if ch.isdigit())]
    else:
        pieces = [piece.lower() for piece in _WORD_SPLIT.split(text) if piece]
    if not pieces:
        return None
    return " & ".join(f"{piece}:*" for piece in pieces[:8])


def matches(search_column, text: str | None):
    """A WHERE clause matching `text` by prefix, or None when there is nothing to match."""
    query = prefix_query(text or "")
    if query is None:
        return None
    return search_column.op("@@")(sa.func.to_tsquery(sa.literal_column("'simple'::regconfig"), query))

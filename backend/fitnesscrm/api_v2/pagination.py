"""Cursor pagination for /api/v2: `limit` and `starting_after`, in ascending id order.

An id cursor stays right while rows are added or removed between pages, which page numbers do not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import marshmallow as ma
import sqlalchemy as sa

from fitnesscrm.core.fields import Integer, QuerySchema, id_field
from fitnesscrm.extensions import db

DEFAULT_LIMIT = 25
MAX_LIMIT = 100


class CursorArgsSchema(QuerySchema):
    limit = Integer(
        load_default=DEFAULT_LIMIT, minimum=1, maximum=MAX_LIMIT, metadata={"description": "Items per page (1–100)."}
    )
    starting_after = id_field(metadata={"description": "The id of the last item you have: the page starts after it."})


_list_schemas: dict[type, type[ma.Schema]] = {}


def list_schema(item_schema: type[ma.Schema]) -> type[ma.Schema]:
    """The response schema of a list: `{"object": "list", "data": [item], "has_more", "next_starting_after"}`."""
    if item_schema not in _list_schemas:
        name = item_schema.__name__.removesuffix("Schema") + "ListSchema"
        _list_schemas[item_schema] = type(
            name,
            (ma.Schema,),
            {
                "object": ma.fields.Constant("list", required=True, dump_only=True),
                "data": ma.fields.List(ma.fields.Nested(item_schema), required=True),
                "has_more": ma.fields.Boolean(required=True, metadata={"description": "Whether another page follows."}),
                "next_starting_after": ma.fields.Integer(
                    allow_none=True,
                    required=True,
                    metadata={"description": "Pass as `starting_after` for the next page; null on the last."},
                ),
            },
        )
    return _list_schemas[item_schema]


@dataclass
class CursorPage:
    data: list[Any]
    has_more: bool

    @property
    def next_starting_after(self) -> int | None:
        return self.data[-1].id if self.has_more and self.data else None


def cursor_page(stmt: sa.Select, *, key: Any, limit: int, starting_after: int | None = None) -> CursorPage:
    """One page of `stmt` (which selects one entity) ordered by `key` (its id column), after `starting_after`."""
    if starting_after is not None:
        stmt = stmt.where(key > starting_after)
    rows = list(db.session.scalars(stmt.order_by(key).limit(limit + 1)))
    return CursorPage(data=rows[:limit], has_more=len(rows) > limit)

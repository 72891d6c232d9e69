"""Page-number pagination with the metadata every list returns."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import marshmallow as ma
import sqlalchemy as sa

from fitnesscrm.core.fields import Integer, QuerySchema
from fitnesscrm.extensions import db

DEFAULT_PER_PAGE = 25
MAX_PER_PAGE = 100


class PageArgsSchema(QuerySchema):
    page = Integer(load_default=1, minimum=1, maximum=1_000_000)
    per_page = Integer(load_default=DEFAULT_PER_PAGE, minimum=1, maximum=MAX_PER_PAGE)


class PageMetaSchema(ma.Schema):
    total = ma.fields.Integer(required=True)
    pages = ma.fields.Integer(required=True)
    page = ma.fields.Integer(required=True)
    per_page = ma.fields.Integer(required=True)
    has_next = ma.fields.Boolean(required=True)
    has_prev = ma.fields.Boolean(required=True)


_page_schemas: dict[type, type[ma.Schema]] = {}


def page_schema(item_schema: type[ma.Schema]) -> type[ma.Schema]:
    """The response schema of a list: `{"items": [item], "meta": PageMeta}`."""
    if item_schema not in _page_schemas:
        name = item_schema.__name__.removesuffix("Schema") + "PageSchema"
        _page_schemas[item_schema] = type(
            name,
            (ma.Schema,),
            {
                "items": ma.fields.List(ma.fields.Nested(item_schema), required=True),
                "meta": ma.fields.Nested(PageMetaSchema, required=True),
            },
        )
    return _page_schemas[item_schema]


@dataclass
class Page:
    items: list[Any]
    meta: dict[str, Any]


def _meta(total: int, page: int, per_page: int) -> dict[str, Any]:
    pages = math.ceil(total / per_page) if total else 0
    return {
        "total": total,
        "pages": pages,
        "page": page,
        "per_page": per_page,
        "has_next": page < pages,
        "has_prev": page > 1 and total > 0,
    }


def _count(stmt: sa.Select) -> int:
    return db.session.execute(sa.select(sa.func.count()).select_from(stmt.order_by(None).subquery())).scalar_one()


def paginate(stmt: sa.Select, *, page: int, per_page: int, scalars: bool = True) -> Page:
    """Run `stmt` for one page plus one COUNT over the same filters: two statements, whatever the page size."""
    total = _count(stmt)
    result = db.session.execute(stmt.limit(per_page).offset((page - 1) * per_page))
    items = list(result.scalars().unique() if scalars else result.all())
    return Page(items=items, meta=_meta(total, page, per_page))


def paginate_keyed(
    filtered: sa.Select,
    *,
    key: Any,
    order_by: list[Any],
    load: Callable[[sa.Select], sa.Select],
    page: int,
    per_page: int,
) -> Page:
    """A page of `filtered`, whose rows `load` decorates with joined columns; three statements whatever the page.

    The count runs over `filtered` alone and the page's keys are picked from it first, so
    the joins that `load` adds run for the rows shown, not for every row counted or skipped
    by OFFSET; an index on the sort columns serves both.
    """
    total = _count(filtered)
    keys = filtered.with_only_columns(key).order_by(*order_by).limit(per_page).offset((page - 1) * per_page)
    rows = db.session.execute(load(filtered.where(key.in_(keys.scalar_subquery()))).order_by(*order_by)).all()
    return Page(items=rows, meta=_meta(total, page, per_page))


def sort_clause(sort: str | None, columns: dict[str, Any], default: str, tiebreak) -> list[Any]:
    """ORDER BY from `sort` ("name" or "-name"), restricted to `columns`, with a unique tiebreak."""
    key = sort or default
    descending = key.startswith("-")
    column = columns[key.lstrip("-")]
    return [column.desc() if descending else column.asc(), tiebreak.desc() if descending else tiebreak.asc()]


def sort_validator(columns: dict[str, Any]) -> ma.validate.OneOf:
    """A validator accepting each sortable name, ascending or with a leading '-'."""
    return ma.validate.OneOf([*columns, *(f"-{name}" for name in columns)])

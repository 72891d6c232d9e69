"""Page-number pagination with the metadata every list returns."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from sqlalchemy.sql import operators, visitors
from sqlalchemy.sql import util as sql_util

from fitnesscrm.core.fields import Integer, QuerySchema
from fitnesscrm.extensions import db

DEFAULT_PER_PAGE = 25
MAX_PER_PAGE = 100
# Counting stops here (or where the page asked for ends, if further): "10,000+" costs the same
# however many rows match, and nobody pages through ten thousand rows to check the number.
COUNT_LIMIT = 10_000
# Matches of a search or tag, which an index finds but each of which costs a visit to its row,
# are counted up to here: "1,000+".
MATCH_LIMIT = 1_000
# Past MATCH_LIMIT matches, walking the sort's index may look at this many rows per row wanted
# (matches 1% dense find their page) before gathering every match instead.
WALK_FACTOR = 100


class PageArgsSchema(QuerySchema):
    page = Integer(load_default=1, minimum=1, maximum=1_000_000)
    per_page = Integer(load_default=DEFAULT_PER_PAGE, minimum=1, maximum=MAX_PER_PAGE)


class PageMetaSchema(ma.Schema):
    total = ma.fields.Integer(
        required=True,
        metadata={"description": "Rows matching; when total_is_exact is false, a lower bound where counting stopped."},
    )
    total_is_exact = ma.fields.Boolean(
        required=True,
        metadata={
            "description": f"False past {COUNT_LIMIT:,} rows, {MATCH_LIMIT:,} search or tag matches, or the page's end."
        },
    )
    pages = ma.fields.Integer(required=True, metadata={"description": "A lower bound when the total is not exact."})
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


def _meta(counted: int, page: int, per_page: int, *, limit: int | None) -> dict[str, Any]:
    """The metadata of a page, from a count that stopped after `limit + 1` rows (or an exact one: limit None)."""
    exact = limit is None or counted <= limit
    total = counted if exact else limit
    pages = math.ceil(total / per_page) if total else 0
    return {
        "total": total,
        "total_is_exact": exact,
        "pages": pages,
        "page": page,
        "per_page": per_page,
        "has_next": page < pages or not exact,
        "has_prev": page > 1 and total > 0,
    }


def count_limit(page: int, per_page: int) -> int:
    """Where counting may stop for this page: COUNT_LIMIT, or the page's last row if further."""
    return max(COUNT_LIMIT, page * per_page)


def bounded_count(stmt: sa.Select, limit: int) -> int:
    """The rows of `stmt`, counted no further than `limit + 1`: more than `limit` then means "limit+"."""
    return db.session.execute(
        sa.select(sa.func.count()).select_from(stmt.order_by(None).limit(limit + 1).subquery())
    ).scalar_one()


def paginate(stmt: sa.Select, *, page: int, per_page: int, scalars: bool = True) -> Page:
    """Run `stmt` for one page plus one bounded COUNT over the same filters: two statements, whatever the page."""
    limit = count_limit(page, per_page)
    counted = bounded_count(stmt, limit)
    result = db.session.execute(stmt.limit(per_page).offset((page - 1) * per_page))
    items = list(result.scalars().unique() if scalars else result.all())
    return Page(items=items, meta=_meta(counted, page, per_page, limit=limit))


def page_from_total(items: list[Any], *, total: int, page: int, per_page: int, limit: int | None = None) -> Page:
    """One page of rows with their total: exact (`count(*) OVER ()`), or counted to `limit + 1` ("limit+")."""
    return Page(items=items, meta=_meta(total, page, per_page, limit=limit))


def page_of(rows: Sequence[Any], *, page: int, per_page: int) -> Page:
    """One page of rows already in memory (computed ones, such as free slots), counted exactly."""
    return Page(
        items=list(rows[(page - 1) * per_page : page * per_page]), meta=_meta(len(rows), page, per_page, limit=None)
    )


def _ordered_on(selectable, order_by: list[Any]) -> list[Any]:
    """`order_by` (ascending or descending plain columns) over the same-named columns of `selectable`."""
    ordered = []
    for ordering in order_by:
        column = selectable.c[ordering.element.key]
        ordered.append(column.desc() if ordering.modifier is operators.desc_op else column.asc())
    return ordered


def _sort_columns(key: Any, order_by: list[Any]) -> list[Any]:
    return list(({key.key: key} | {ordering.element.key: ordering.element for ordering in order_by}).values())


def _gathered_keys(matching: sa.Select, *, key: Any, order_by: list[Any], limit: int | None, offset: int, size: int):
    """Every match (or the first `limit + 1` found) gathered by the filter's own index, then sorted: one statement.

    Returns the number gathered and the keys of the page. MATERIALIZED keeps PostgreSQL from
    walking the sort's index instead, testing each row on the way.
    """
    gathered = matching.with_only_columns(*_sort_columns(key, order_by)).order_by(None)
    if limit is not None:
        gathered = gathered.limit(limit + 1)
    candidates = gathered.cte("candidates").prefix_with("MATERIALIZED")
    page_keys = (
        sa.select(candidates.c[key.key]).order_by(*_ordered_on(candidates, order_by)).limit(size).offset(offset)
    ).subquery("page_keys")
    counted, keys = db.session.execute(
        sa.select(
            sa.select(sa.func.count()).select_from(candidates).scalar_subquery(),
            sa.select(sa.func.array_agg(page_keys.c[key.key])).scalar_subquery(),
        )
    ).one()
    return counted, keys or []


def _walked_keys(filtered: sa.Select, match, *, key: Any, order_by: list[Any], rows: int, offset: int, size: int):
    """The page's keys found by walking the sort's index, giving up after `rows` rows (then fewer than `size`)."""
    used = (element for element in visitors.iterate(match) if isinstance(element, sa.Column))
    columns = {column.key: column for column in (*_sort_columns(key, order_by), *used)}
    walk = filtered.with_only_columns(*columns.values()).order_by(*order_by).limit(rows).subquery("walk")
    stmt = (
        sa.select(walk.c[key.key])
        .where(sql_util.ClauseAdapter(walk).traverse(match))
        .order_by(*_ordered_on(walk, order_by))
        .limit(size)
        .offset(offset)
    )
    return list(db.session.execute(stmt).scalars())


def _matching_page(filtered: sa.Select, match, *, key: Any, order_by: list[Any], page: int, per_page: int):
    """The count and keys of a page of `filtered` rows that satisfy `match`, at a cost bounded whatever the words.

    1. Up to MATCH_LIMIT matches are gathered by the filter's index and sorted: exact and cheap
       for any word with few matches, wherever they fall in the sort order.
    2. More than that: matches are common, so walking the sort's index finds the page within
       WALK_FACTOR rows per row wanted, unless they cluster (a common surname late in the
       alphabet with nothing else matching before it).
    3. Then every match is gathered and sorted, and counted exactly on the way.
    """
    offset, limit = (page - 1) * per_page, max(MATCH_LIMIT, page * per_page)
    counted, keys = _gathered_keys(
        filtered.where(match), key=key, order_by=order_by, limit=limit, offset=offset, size=per_page
    )
    if counted <= limit:
        return _meta(counted, page, per_page, limit=None), keys
    rows = (offset + per_page) * WALK_FACTOR
    keys = _walked_keys(filtered, match, key=key, order_by=order_by, rows=rows, offset=offset, size=per_page)
    if len(keys) == per_page:
        return _meta(counted, page, per_page, limit=limit), keys
    counted, keys = _gathered_keys(
        filtered.where(match), key=key, order_by=order_by, limit=None, offset=offset, size=per_page
    )
    return _meta(counted, page, per_page, limit=None), keys


def _reversed(order_by: list[Any]) -> list[Any]:
    # PostgreSQL puts NULLs last going up and first going down, so flipping each direction
    # gives exactly the reverse order.
    return [
        ordering.element.asc() if ordering.modifier is operators.desc_op else ordering.element.desc()
        for ordering in order_by
    ]


def _page_keys(filtered: sa.Select, *, key: Any, order_by: list[Any], page: int, per_page: int, meta: dict):
    """The page's keys by OFFSET; from the far end, backwards, when the page is in the second half of a known total.

    OFFSET reads every row it skips: page 3,900 of 3,919 would read 97,500 index entries
    going forwards and under 500 going backwards.
    """
    offset, total = (page - 1) * per_page, meta["total"]
    if meta["total_is_exact"] and total / 2 < offset < total:
        from_end = total - offset - per_page
        return (
            filtered.with_only_columns(key)
            .order_by(*_reversed(order_by))
            .limit(per_page + min(from_end, 0))
            .offset(max(from_end, 0))
        )
    return filtered.with_only_columns(key).order_by(*order_by).limit(per_page).offset(offset)


def paginate_keyed(
    filtered: sa.Select,
    *,
    key: Any,
    order_by: list[Any],
    load: Callable[[sa.Select], sa.Select],
    page: int,
    per_page: int,
    total: int | None = None,
    match=None,
) -> Page:
    """A page of `filtered` (and `match`), whose rows `load` decorates with joined columns; two statements mostly.

    The page's keys are picked first, so the joins that `load` adds run for the rows shown,
    not for every row counted or skipped by OFFSET. `total`, when the caller knows it (kept
    counts), saves the count. `match` is a condition with an index of its own (full-text
    search, tags) whose matches may fall anywhere in the sort order: see `_matching_page`.
    """
    if match is not None:
        meta, keys = _matching_page(filtered, match, key=key, order_by=order_by, page=page, per_page=per_page)
        condition = key.in_(keys)
    else:
        limit = count_limit(page, per_page)
        counted = bounded_count(filtered, limit) if total is None else total
        meta = _meta(counted, page, per_page, limit=limit if total is None else None)
        keys = _page_keys(filtered, key=key, order_by=order_by, page=page, per_page=per_page, meta=meta)
        condition = key.in_(keys.scalar_subquery())
    rows = db.session.execute(load(filtered.where(condition)).order_by(*order_by)).all()
    return Page(items=rows, meta=meta)


def sort_clause(sort: str | None, columns: dict[str, Any], default: str, tiebreak) -> list[Any]:
    """ORDER BY from `sort` ("name" or "-name"), restricted to `columns`, with a unique tiebreak."""
    key = sort or default
    descending = key.startswith("-")
    column = columns[key.lstrip("-")]
    return [column.desc() if descending else column.asc(), tiebreak.desc() if descending else tiebreak.asc()]


def sort_validator(columns: dict[str, Any]) -> ma.validate.OneOf:
    """A validator accepting each sortable name, ascending or with a leading '-'."""
    return ma.validate.OneOf([*columns, *(f"-{name}" for name in columns)])

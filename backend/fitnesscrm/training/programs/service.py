"""The rules for program templates: who sees and changes them, versions, comparisons, the library check."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from fitnesscrm.auth.models import User
from fitnesscrm.core import events
from fitnesscrm.core.changes import created, diff, snapshot
from fitnesscrm.core.pagination import Page, paginate, sort_clause
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.errors import Conflict, Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.training.content import as_json, exercise_ids
from fitnesscrm.training.models import Exercise, ProgramTemplate, ProgramTemplateVersion
from fitnesscrm.training.programs import compare as comparing
from fitnesscrm.training.programs.events import TemplateArchived, TemplateCreated, TemplateRestored, TemplateSaved

DETAILS = ("name", "description", "category", "tags", "visibility")
SORT_COLUMNS = {"name": ProgramTemplate.name, "updated_at": ProgramTemplate.updated_at}
FIRST_VERSION = "First version."

_current = sa.orm.aliased(ProgramTemplateVersion, name="current")
_week_count = sa.func.coalesce(sa.func.jsonb_array_length(_current.content["weeks"]), 0).label("week_count")
# The most days any week has: computed beside the page's rows, from the current version's document.
_days_per_week = (
    sa.select(sa.func.coalesce(sa.func.max(sa.func.jsonb_array_length(sa.column("week", type_=JSONB)["days"])), 0))
    .select_from(sa.func.jsonb_array_elements(_current.content["weeks"]).alias("week"))
    .correlate(_current)
    .scalar_subquery()
    .label("days_per_week")
)
_owner_name = (User.first_name + " " + User.last_name).label("owner_name")


def _now() -> datetime:
    return datetime.now(UTC)


def visible(actor: Principal) -> sa.Select:
    """Templates `actor` may see: managers every one of the studio, trainers the shared ones and their own."""
    stmt = scoped(ProgramTemplate, actor)
    if not actor.is_manager:
        stmt = stmt.where(
            sa.or_(ProgramTemplate.visibility == "studio", ProgramTemplate.owner_user_id == actor.user_id)
        )
    return stmt


def may_edit(actor: Principal, template: ProgramTemplate) -> bool:
    """Owners and admins change any template; a trainer only their own (they may duplicate the others)."""
    return actor.is_manager or template.owner_user_id == actor.user_id


def _decorated(stmt: sa.Select) -> sa.Select:
    return (
        stmt.add_columns(_owner_name, _week_count, _days_per_week)
        .join(
            _current,
            sa.and_(_current.template_id == ProgramTemplate.id, _current.number == ProgramTemplate.current_version),
        )
        .outerjoin(User, User.id == ProgramTemplate.owner_user_id)
    )


def _attach(actor: Principal, row: Any) -> ProgramTemplate:
    template, owner_name, week_count, days_per_week = row[:4]
    template.owner_name = owner_name
    template.week_count = week_count
    template.days_per_week = days_per_week
    template.can_edit = may_edit(actor, template)
    return template


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get_all(
    *,
    actor: Principal,
    q: str | None = None,
    category: str | None = None,
    tag: str | None = None,
    visibility: str | None = None,
    status: str = "active",
    sort: str = "name",
    page: int = 1,
    per_page: int = 25,
) -> Page:
    """One page of the templates the caller sees, filtered; two statements whatever the page size."""
    stmt = visible(actor)
    for word in (q or "").split():
        stmt = stmt.where(ProgramTemplate.name.ilike(f"%{_escaped(word)}%", escape="\\"))
    if category:
        stmt = stmt.where(sa.func.lower(ProgramTemplate.category) == category.strip().lower())
    if tag:
        stmt = stmt.where(ProgramTemplate.tags.contains([tag.strip().lower()]))
    if visibility:
        stmt = stmt.where(ProgramTemplate.visibility == visibility)
    if status == "active":
        stmt = stmt.where(ProgramTemplate.archived_at.is_(None))
    elif status == "archived":
        stmt = stmt.where(ProgramTemplate.archived_at.is_not(None))
    stmt = _decorated(stmt).order_by(*sort_clause(sort, SORT_COLUMNS, "name", ProgramTemplate.id))
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [_attach(actor, row) for row in result.items]
    return result


def find(*, actor: Principal, template_id: int, lock: bool = False) -> ProgramTemplate:
    """A template `actor` may see (optionally locked for update), or NotFound."""
    stmt = visible(actor).where(ProgramTemplate.id == template_id)
    if lock:
        stmt = stmt.with_for_update()
    template = db.session.execute(stmt).scalar_one_or_none()
    if template is None:
        raise NotFound("No such program template.")
    return template


def _editable(actor: Principal, template_id: int) -> ProgramTemplate:
    template = find(actor=actor, template_id=template_id, lock=True)
    if not may_edit(actor, template):
        raise Forbidden("Only the template's owner or a manager may change it; duplicate it to make your own.")
    return template


def exercises_named(ids: set[int]) -> list[dict[str, Any]]:
    """The exercises with these ids, as documents show them: one statement."""
    if not ids:
        return []
    rows = db.session.execute(
        sa.select(Exercise.id, Exercise.name, Exercise.measurement, Exercise.equipment, Exercise.archived_at)
        .where(Exercise.id.in_(ids))
        .order_by(Exercise.name, Exercise.id)
    ).all()
    return [
        {"id": id_, "name": name, "measurement": measurement, "equipment": equipment, "archived": archived is not None}
        for id_, name, measurement, equipment, archived in rows
    ]


def names_of(exercises: list[dict[str, Any]]) -> dict[int, str]:
    return {exercise["id"]: exercise["name"] for exercise in exercises}


def check_library(*, actor: Principal, content: dict[str, Any], already_used: set[int] = frozenset()) -> None:
    """Raise ValidationError unless every exercise is in the caller's library, and new ones are not archived.

    An exercise archived after it was put in a program may stay there (`already_used`); it may not be added anew.
    """
    ids = exercise_ids(content)
    if not ids:
        return
    rows = db.session.execute(
        sa.select(Exercise.id, Exercise.name, Exercise.archived_at).where(
            Exercise.id.in_(ids),
            sa.or_(Exercise.organization_id.is_(None), Exercise.organization_id == actor.organization_id),
        )
    ).all()
    found = {row.id for row in rows}
    unknown = sorted(ids - found)
    if unknown:
        listed = ", ".join(str(id_) for id_ in unknown)
        several = len(unknown) > 1
        message = f"Exercise{'s' if several else ''} {listed} {'are' if several else 'is'} not in your library."
        raise ValidationError(message, fields={"content": [message]})
    archived = sorted(row.name for row in rows if row.archived_at is not None and row.id not in already_used)
    if archived:
        message = f"Archived exercises cannot be added: {', '.join(archived)}. Restore them or choose others."
        raise ValidationError(message, fields={"content": [message]})


def _current_content(template: ProgramTemplate) -> dict[str, Any]:
    return db.session.execute(
        sa.select(ProgramTemplateVersion.content).where(
            ProgramTemplateVersion.template_id == template.id,
            ProgramTemplateVersion.number == template.current_version,
        )
    ).scalar_one()


def get(*, actor: Principal, template_id: int) -> ProgramTemplate:
    """A template with its current document and the exercises it names: two statements."""
    row = db.session.execute(
        _decorated(visible(actor).where(ProgramTemplate.id == template_id)).add_columns(_current.content)
    ).one_or_none()
    if row is None:
        raise NotFound("No such program template.")
    template = _attach(actor, row)
    template.content = row[-1]
    template.exercises = exercises_named(exercise_ids(template.content))
    return template


def _add_version(actor: Principal | None, template: ProgramTemplate, content: dict, summary: list[str]) -> None:
    db.session.add(
        ProgramTemplateVersion(
            template_id=template.id,
            number=template.current_version,
            content=content,
            summary=summary,
            created_by_user_id=actor.user_id if actor else None,
            created_by_name=actor.name if actor else "FitnessCRM",
        )
    )


def create(*, actor: Principal, content: dict[str, Any], **details: Any) -> ProgramTemplate:
    """A new template owned by the caller, its document saved as version 1."""
    check_library(actor=actor, content=content)
    template = ProgramTemplate(organization_id=actor.organization_id, owner_user_id=actor.user_id, **details)
    db.session.add(template)
    db.session.flush()
    _add_version(actor, template, as_json(content), [FIRST_VERSION])
    events.record_by(
        actor, TemplateCreated, entity_id=template.id, label=template.name, changes=created(snapshot(template, DETAILS))
    )
    db.session.commit()
    return get(actor=actor, template_id=template.id)


def save(
    *, actor: Principal, template_id: int, content: dict[str, Any], base_version: int | None = None, **details: Any
) -> ProgramTemplate:
    """Save the whole template; a changed document becomes a new version saying what changed, an identical one none."""
    template = _editable(actor, template_id)
    if template.archived_at is not None:
        raise Conflict("This template is archived; restore it before changing it.")
    if base_version is not None and base_version != template.current_version:
        raise Conflict(
            f"Version {template.current_version} was saved since you opened version {base_version}; "
            "reload to see it before saving."
        )
    previous = _current_content(template)
    check_library(actor=actor, content=content, already_used=exercise_ids(previous))
    before = snapshot(template, DETAILS)
    for name, value in details.items():
        setattr(template, name, value)
    changes = diff(before, snapshot(template, DETAILS))
    document = as_json(content)
    if document != previous:
        names = names_of(exercises_named(exercise_ids(previous) | exercise_ids(document)))
        summary = comparing.compare(previous, document, names) or ["Details of the layout changed."]
        template.current_version += 1
        _add_version(actor, template, document, summary)
        changes["version"] = {"before": template.current_version - 1, "after": template.current_version}
        changes["program"] = {"before": None, "after": "\n".join(summary)}
    if changes:
        template.updated_at = _now()
        events.record_by(actor, TemplateSaved, entity_id=template.id, label=template.name, changes=changes)
    db.session.commit()
    return get(actor=actor, template_id=template.id)


def archive(*, actor: Principal, template_id: int) -> ProgramTemplate:
    """Hide a template from the list and from assigning; clients' programs made from it go on."""
    template = _editable(actor, template_id)
    if template.archived_at is None:
        template.archived_at = _now()
        events.record_by(actor, TemplateArchived, entity_id=template.id, label=template.name)
        db.session.commit()
    return get(actor=actor, template_id=template_id)


def restore(*, actor: Principal, template_id: int) -> ProgramTemplate:
    """Bring an archived template back."""
    template = _editable(actor, template_id)
    if template.archived_at is not None:
        template.archived_at = None
        events.record_by(actor, TemplateRestored, entity_id=template.id, label=template.name)
        db.session.commit()
    return get(actor=actor, template_id=template_id)


def duplicate(*, actor: Principal, template_id: int) -> ProgramTemplate:
    """A private copy owned by the caller, "Copy of …", from the current version."""
    source = find(actor=actor, template_id=template_id)
    content = _current_content(source)
    copy = ProgramTemplate(
        organization_id=actor.organization_id,
        owner_user_id=actor.user_id,
        name=f"Copy of {source.name}"[:120],
        description=source.description,
        category=source.category,
        tags=list(source.tags),
        visibility="private",
    )
    db.session.add(copy)
    db.session.flush()
    _add_version(actor, copy, content, [f"Copied from {source.name}, version {source.current_version}."])
    events.record_by(
        actor,
        TemplateCreated,
        entity_id=copy.id,
        label=copy.name,
        changes={"copied_from": {"before": None, "after": f"{source.name}, version {source.current_version}"}},
    )
    db.session.commit()
    return get(actor=actor, template_id=copy.id)


def versions(*, actor: Principal, template_id: int, page: int = 1, per_page: int = 25) -> Page:
    """A template's versions, newest first."""
    template = find(actor=actor, template_id=template_id)
    stmt = (
        sa.select(ProgramTemplateVersion)
        .where(ProgramTemplateVersion.template_id == template.id)
        .order_by(ProgramTemplateVersion.number.desc())
    )
    return paginate(stmt, page=page, per_page=per_page)


def _versions_of(template: ProgramTemplate, numbers: set[int]) -> dict[int, ProgramTemplateVersion]:
    rows = db.session.execute(
        sa.select(ProgramTemplateVersion).where(
            ProgramTemplateVersion.template_id == template.id, ProgramTemplateVersion.number.in_(numbers)
        )
    ).scalars()
    found = {version.number: version for version in rows}
    missing = sorted(numbers - set(found))
    if missing:
        raise NotFound(f"This template has no version {missing[0]}; its newest is {template.current_version}.")
    return found


def version(*, actor: Principal, template_id: int, number: int) -> ProgramTemplateVersion:
    """One version of a template, with its document and the exercises it names."""
    template = find(actor=actor, template_id=template_id)
    found = _versions_of(template, {number})[number]
    found.exercises = exercises_named(exercise_ids(found.content))
    return found


def compare(*, actor: Principal, template_id: int, from_version: int, to_version: int) -> dict[str, Any]:
    """What changed from one version to another (either way round), in sentences."""
    template = find(actor=actor, template_id=template_id)
    found = _versions_of(template, {from_version, to_version})
    before, after = found[from_version], found[to_version]
    names = names_of(exercises_named(exercise_ids(before.content) | exercise_ids(after.content)))
    return {
        "from_version": before,
        "to_version": after,
        "changes": comparing.compare(before.content, after.content, names),
    }

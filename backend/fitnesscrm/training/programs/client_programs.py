"""Clients' own programs: assigning a template, editing a copy, taking a newer version, ending.

Each client gets a copy of the template's current document and one `ProgramWorkout` per
program day on its date (see `layout`). A client has at most one active program: assigning
another is refused (409) unless `replace_current` is sent, which ends the current one.
Ending a program, or re-laying one out after an edit, removes only workouts from today on
that no log answers; what was done or is past stays, so history never changes underneath.
"today" is the date in the zone of whoever makes the change.
"""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.training.content import as_json, exercise_ids
from fitnesscrm.training.models import (
    ClientProgram,
    ProgramTemplate,
    ProgramTemplateVersion,
    ProgramWorkout,
    WorkoutLog,
)
from fitnesscrm.training.programs import compare as comparing
from fitnesscrm.training.programs import layout
from fitnesscrm.training.programs import service as templates
from fitnesscrm.training.programs.events import ClientProgramChanged, ProgramAssigned

_logged = sa.or_(
    ProgramWorkout.completed_at.is_not(None),
    sa.exists().where(WorkoutLog.program_workout_id == ProgramWorkout.id),
)
_workouts_total = (
    sa.select(sa.func.count()).where(ProgramWorkout.client_program_id == ClientProgram.id).scalar_subquery()
)
_workouts_completed = (
    sa.select(sa.func.count())
    .where(ProgramWorkout.client_program_id == ClientProgram.id, ProgramWorkout.completed_at.is_not(None))
    .scalar_subquery()
)
_end_date = (
    sa.select(sa.func.max(ProgramWorkout.scheduled_date))
    .where(ProgramWorkout.client_program_id == ClientProgram.id)
    .scalar_subquery()
)
_assigned_by = sa.orm.aliased(User, name="assigned_by")


def _now() -> datetime:
    return datetime.now(UTC)


def _today(actor: Principal) -> date:
    return datetime.now(ZoneInfo(actor.timezone or "UTC")).date()


def _label(program: ClientProgram, client_name: str) -> str:
    return f"{program.name} — {client_name}"[:200]


def _decorated(stmt: sa.Select) -> sa.Select:
    """Client programs with the columns their schema shows, computed in the same statement."""
    return (
        stmt.add_columns(
            (Client.first_name + " " + Client.last_name).label("client_name"),
            ProgramTemplate.name.label("template_name"),
            (_assigned_by.first_name + " " + _assigned_by.last_name).label("assigned_by_name"),
            _workouts_total.label("workouts_total"),
            _workouts_completed.label("workouts_completed"),
            _end_date.label("end_date"),
        )
        .join(Client, Client.id == ClientProgram.client_id)
        .outerjoin(ProgramTemplate, ProgramTemplate.id == ClientProgram.template_id)
        .outerjoin(_assigned_by, _assigned_by.id == ClientProgram.assigned_by_user_id)
    )


def _attach(row: Any) -> ClientProgram:
    program, client_name, template_name, assigned_by_name, total, completed, end_date = row[:7]
    program.client_name = client_name
    program.template_name = template_name
    program.assigned_by_name = assigned_by_name
    program.workouts_total = total
    program.workouts_completed = completed
    program.end_date = end_date
    program.week_count = len(program.content.get("weeks") or [])
    return program


def _visible(actor: Principal) -> sa.Select:
    """Client programs of clients `actor` may see."""
    seen = clients.visible(actor).with_only_columns(Client.id)
    return scoped(ClientProgram, actor).where(ClientProgram.client_id.in_(seen))


def _find(actor: Principal, program_id: int, *, lock: bool = False) -> ClientProgram:
    stmt = _visible(actor).where(ClientProgram.id == program_id)
    if lock:
        stmt = stmt.with_for_update(of=ClientProgram)
    program = db.session.execute(stmt).scalar_one_or_none()
    if program is None:
        raise NotFound("No such client program.")
    return program


def _active(program: ClientProgram) -> None:
    if program.status != "active":
        raise Conflict("This program has ended; assign a new one instead.")


def _slot_rows(program: ClientProgram, slots: list[layout.Slot]) -> list[dict[str, Any]]:
    return [
        {
            "organization_id": program.organization_id,
            "client_program_id": program.id,
            "client_id": program.client_id,
            "scheduled_date": slot.scheduled_date,
            "week_number": slot.week_number,
            "day_number": slot.day_number,
            "week_key": slot.week_key,
            "day_key": slot.day_key,
            "name": (slot.day.get("name") or f"Day {slot.day_number}")[:120],
            "content": slot.day,
        }
        for slot in slots
    ]


def _insert_workouts(rows: list[dict[str, Any]]) -> None:
    if rows:
        db.session.execute(sa.insert(ProgramWorkout), rows)


def _remove_open_workouts(program_ids: list[int], today: date) -> None:
    """Delete the programs' workouts from `today` on that no log answers."""
    db.session.execute(
        sa.delete(ProgramWorkout).where(
            ProgramWorkout.client_program_id.in_(program_ids),
            ProgramWorkout.scheduled_date >= today,
            sa.not_(_logged),
        )
    )


def _relay(program: ClientProgram, today: date) -> None:
    """Lay the program out again from `today` on, keeping past workouts and those a log answers."""
    _remove_open_workouts([program.id], today)
    kept = set(
        db.session.execute(
            sa.select(ProgramWorkout.week_key, ProgramWorkout.day_key).where(
                ProgramWorkout.client_program_id == program.id
            )
        ).all()
    )
    slots = layout.lay_out(program.content, start_date=program.start_date, weekdays=program.training_weekdays)
    missing = [slot for slot in slots if slot.scheduled_date >= today and (slot.week_key, slot.day_key) not in kept]
    _insert_workouts(_slot_rows(program, missing))


def _check_fits(content: dict[str, Any], weekdays: list[int]) -> None:
    try:
        layout.check_fits(content, weekdays)
    except layout.LayoutError as error:
        raise ValidationError(str(error), fields={"training_weekdays": [str(error)]}) from None


def assign(
    *,
    actor: Principal,
    template_id: int,
    client_ids: list[int],
    start_date: date,
    training_weekdays: list[int] | None = None,
    replace_current: bool = False,
) -> dict[str, list[ClientProgram]]:
    """Give each client their own copy of the template's current version, laid out on dates; all or nothing."""
    template = templates.find(actor=actor, template_id=template_id)
    if template.archived_at is not None:
        raise Conflict("This template is archived; restore it before assigning it.")
    content = db.session.execute(
        sa.select(ProgramTemplateVersion.content).where(
            ProgramTemplateVersion.template_id == template.id,
            ProgramTemplateVersion.number == template.current_version,
        )
    ).scalar_one()
    weekdays = sorted(training_weekdays or layout.default_weekdays(content))
    _check_fits(content, weekdays)
    chosen = clients.find_many(actor=actor, client_ids=client_ids, lock=True)
    current = list(
        db.session.execute(
            scoped(ClientProgram, actor).where(
                ClientProgram.client_id.in_([client.id for client in chosen]), ClientProgram.status == "active"
            )
        ).scalars()
    )
    names = {client.id: client.full_name for client in chosen}
    if current and not replace_current:
        listed = "; ".join(f"{names[program.client_id]} ({program.name})" for program in current)
        raise Conflict(
            f"Already on an active program: {listed}. Replace the current program to end it.",
            code="active_program",
        )
    today = _today(actor)
    for program in current:
        _end(actor, program, names[program.client_id], today)
    slots = layout.lay_out(content, start_date=start_date, weekdays=weekdays)
    created = []
    for client in chosen:
        program = ClientProgram(
            organization_id=actor.organization_id,
            client_id=client.id,
            template_id=template.id,
            template_version=template.current_version,
            name=template.name,
            content=copy.deepcopy(content),
            start_date=start_date,
            training_weekdays=weekdays,
            assigned_by_user_id=actor.user_id,
        )
        db.session.add(program)
        db.session.flush()
        _insert_workouts(_slot_rows(program, slots))
        events.record_by(
            actor,
            ProgramAssigned,
            entity_id=program.id,
            label=_label(program, client.full_name),
            changes={
                "program": {"before": None, "after": f"{template.name}, version {template.current_version}"},
                "start_date": {"before": None, "after": start_date.isoformat()},
                "training_days": {"before": None, "after": layout.weekdays_text(weekdays)},
            },
        )
        created.append(program.id)
    db.session.commit()
    rows = db.session.execute(
        _decorated(scoped(ClientProgram, actor).where(ClientProgram.id.in_(created))).order_by(ClientProgram.id)
    ).all()
    return {"programs": [_attach(row) for row in rows]}


def get_all(*, actor: Principal, client_id: int, page: int = 1, per_page: int = 25) -> Page:
    """A client's programs, newest first; two statements whatever the page size."""
    client = clients.find(actor=actor, client_id=client_id)
    stmt = _decorated(scoped(ClientProgram, actor).where(ClientProgram.client_id == client.id)).order_by(
        ClientProgram.created_at.desc(), ClientProgram.id.desc()
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [_attach(row) for row in result.items]
    return result


def get(*, actor: Principal, program_id: int) -> ClientProgram:
    """A client's program with its dated workouts and, for staff, what a newer template version would change."""
    row = db.session.execute(_decorated(_visible(actor).where(ClientProgram.id == program_id))).one_or_none()
    if row is None:
        raise NotFound("No such client program.")
    program = _attach(row)
    program.workouts = []
    for workout, logged in db.session.execute(
        sa.select(ProgramWorkout, _logged.label("logged"))
        .where(ProgramWorkout.client_program_id == program.id)
        .order_by(ProgramWorkout.scheduled_date, ProgramWorkout.week_number, ProgramWorkout.day_number)
    ):
        workout.logged = logged
        program.workouts.append(workout)
    ids = exercise_ids(program.content)
    program.update_available, program.newest_version, program.template_changes = False, None, []
    versions = []
    if program.template_id is not None and actor.role != Role.CLIENT and program.status == "active":
        # The copy's version and the newest, when newer: one statement.
        versions = db.session.execute(
            sa.select(ProgramTemplateVersion.number, ProgramTemplateVersion.content)
            .join(ProgramTemplate, ProgramTemplate.id == ProgramTemplateVersion.template_id)
            .where(
                ProgramTemplate.id == program.template_id,
                ProgramTemplate.current_version > (program.template_version or 0),
                ProgramTemplateVersion.number.in_([ProgramTemplate.current_version, program.template_version or 0]),
            )
            .order_by(ProgramTemplateVersion.number)
        ).all()
    for _, content in versions:
        ids |= exercise_ids(content)
    program.exercises = templates.exercises_named(ids)
    if len(versions) == 2:
        (_, old), (number, new) = versions
        program.update_available, program.newest_version = True, number
        program.template_changes = comparing.compare(old, new, templates.names_of(program.exercises))
    return program


def update(
    *,
    actor: Principal,
    program_id: int,
    name: str | None = None,
    content: dict[str, Any] | None = None,
    training_weekdays: list[int] | None = None,
) -> ClientProgram:
    """Edit one client's copy; the template and other clients' copies stay as they are."""
    program = _find(actor, program_id, lock=True)
    _active(program)
    changes: dict[str, Any] = {}
    if name is not None and name != program.name:
        changes["name"] = {"before": program.name, "after": name}
        program.name = name
    relay = False
    if content is not None:
        document = as_json(content)
        templates.check_library(actor=actor, content=document, already_used=exercise_ids(program.content))
        if document != program.content:
            ids = exercise_ids(program.content) | exercise_ids(document)
            names = templates.names_of(templates.exercises_named(ids))
            summary = comparing.compare(program.content, document, names) or ["Details of the layout changed."]
            changes["program"] = {"before": None, "after": "\n".join(summary)}
            program.content, relay = document, True
    if training_weekdays is not None and sorted(training_weekdays) != program.training_weekdays:
        weekdays = sorted(training_weekdays)
        changes["training_days"] = {
            "before": layout.weekdays_text(program.training_weekdays),
            "after": layout.weekdays_text(weekdays),
        }
        program.training_weekdays, relay = weekdays, True
    if relay:
        _check_fits(program.content, program.training_weekdays)
        _relay(program, _today(actor))
    if changes:
        client_name = db.session.get(Client, program.client_id).full_name
        events.record_by(
            actor, ClientProgramChanged, entity_id=program.id, label=_label(program, client_name), changes=changes
        )
    db.session.commit()
    return get(actor=actor, program_id=program.id)


def _weeks_started(program: ClientProgram, today: date) -> int:
    """How many leading weeks have a past or logged workout: those stay as the client has them."""
    started = set(
        db.session.execute(
            sa.select(ProgramWorkout.week_key).where(
                ProgramWorkout.client_program_id == program.id,
                sa.or_(ProgramWorkout.scheduled_date < today, _logged),
            )
        ).scalars()
    )
    weeks = program.content.get("weeks") or []
    return max((index + 1 for index, week in enumerate(weeks) if week["key"] in started), default=0)


def _rekeyed(node: Any, taken: set[str]) -> Any:
    """`node` with a fresh key for every item whose key is in `taken` (kept weeks already use it)."""
    if isinstance(node, list):
        return [_rekeyed(item, taken) for item in node]
    if isinstance(node, dict):
        result = {key: _rekeyed(value, taken) for key, value in node.items()}
        if result.get("key") in taken:
            result["key"] = str(uuid.uuid4())
        return result
    return node


def _keys(node: Any) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_keys(item) for item in node)) if node else set()
    if isinstance(node, dict):
        found = {node["key"]} if isinstance(node.get("key"), str) else set()
        return found.union(*(_keys(value) for value in node.values()))
    return set()


def apply_template_version(*, actor: Principal, program_id: int) -> ClientProgram:
    """Take the template's newest version into the weeks not yet started; the started ones stay as they are."""
    program = _find(actor, program_id, lock=True)
    _active(program)
    template = (
        db.session.get(ProgramTemplate, program.template_id, with_for_update=True) if program.template_id else None
    )
    if template is None or template.organization_id != actor.organization_id:
        raise Conflict("This program's template no longer exists.")
    if template.current_version <= (program.template_version or 0):
        raise Conflict("This program already follows the template's newest version.")
    newest = db.session.execute(
        sa.select(ProgramTemplateVersion.content).where(
            ProgramTemplateVersion.template_id == template.id, ProgramTemplateVersion.number == template.current_version
        )
    ).scalar_one()
    today = _today(actor)
    started = _weeks_started(program, today)
    kept = (program.content.get("weeks") or [])[:started]
    taken = _keys(kept)
    weeks = kept + _rekeyed(newest["weeks"][started:], taken)
    phase_keys = {phase["key"] for phase in newest.get("phases") or []}
    used = {week.get("phase_key") for week in kept}
    kept_phases = [phase for phase in program.content.get("phases") or [] if phase["key"] in used - phase_keys]
    phases = list(newest.get("phases") or []) + kept_phases
    document = {"phases": phases, "weeks": weeks}
    _check_fits(document, program.training_weekdays)
    before_version = program.template_version
    program.content, program.template_version = document, template.current_version
    _relay(program, today)
    client_name = db.session.get(Client, program.client_id).full_name
    events.record_by(
        actor,
        ClientProgramChanged,
        entity_id=program.id,
        label=_label(program, client_name),
        changes={
            "template_version": {"before": before_version, "after": template.current_version},
            "weeks_updated": {"before": None, "after": f"Weeks {started + 1} on" if started else "Every week"},
        },
    )
    db.session.commit()
    return get(actor=actor, program_id=program.id)


def _end(actor: Principal, program: ClientProgram, client_name: str, today: date) -> None:
    program.status, program.ended_at = "ended", _now()
    _remove_open_workouts([program.id], today)
    events.record_by(
        actor,
        ClientProgramChanged,
        entity_id=program.id,
        label=_label(program, client_name),
        changes={"status": {"before": "active", "after": "ended"}},
    )


def end(*, actor: Principal, program_id: int) -> ClientProgram:
    """End a client's program: its workouts from today on that nobody logged are removed, the rest kept."""
    program = _find(actor, program_id, lock=True)
    _active(program)
    _end(actor, program, db.session.get(Client, program.client_id).full_name, _today(actor))
    db.session.commit()
    return get(actor=actor, program_id=program.id)

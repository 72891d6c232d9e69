"""The starter templates written by us (`starter_templates.json`), copied into every new studio.

The file names exercises by their built-in slugs (`source_id`) and phases by a local `ref`;
copying turns them into the studio's ids and fresh keys. A starter whose exercises are not
all in the built-in library (a database whose library was never seeded) is skipped with a
warning rather than failing the sign-up that triggered it.
"""

from __future__ import annotations

import json
import logging
import uuid
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.training.content import ProgramContentSchema, as_json
from fitnesscrm.training.exercises import service as exercises
from fitnesscrm.training.models import ProgramTemplate, ProgramTemplateVersion

log = logging.getLogger(__name__)

STARTERS_FILE = Path(__file__).with_name("starter_templates.json")
AUTHOR = "FitnessCRM"


@cache
def starters() -> list[dict[str, Any]]:
    """The starter templates as written in the file."""
    return json.loads(STARTERS_FILE.read_text(encoding="utf-8"))["templates"]


def _slugs(starter: dict[str, Any]) -> set[str]:
    return {
        item["exercise"]
        for week in starter["weeks"]
        for day in week["days"]
        for block in day["blocks"]
        for item in block["exercises"]
    }


def document(starter: dict[str, Any], ids: dict[str, int]) -> dict[str, Any]:
    """A starter as a program document: exercise ids for slugs, keys for phase refs, checked by the schema."""
    phase_keys = {phase["ref"]: str(uuid.uuid4()) for phase in starter["phases"]}
    raw = {
        "phases": [{"key": phase_keys[p["ref"]], "name": p["name"], "kind": p["kind"]} for p in starter["phases"]],
        "weeks": [
            {
                "name": week.get("name"),
                "phase_key": phase_keys.get(week.get("phase")),
                "days": [
                    {
                        "name": day["name"],
                        "blocks": [
                            {
                                **{key: value for key, value in block.items() if key != "exercises"},
                                "exercises": [
                                    {"exercise_id": ids[item["exercise"]], "prescription": item["prescription"]}
                                    for item in block["exercises"]
                                ],
                            }
                            for block in day["blocks"]
                        ],
                    }
                    for day in week["days"]
                ],
            }
            for week in starter["weeks"]
        ],
    }
    return as_json(ProgramContentSchema().load(raw))


def add_to(*, organization_id: int) -> list[str]:
    """Copy the starters the studio does not have yet (matched by name); the names added. The caller commits."""
    wanted = set().union(*(_slugs(starter) for starter in starters()))
    ids = exercises.builtin_ids_by_slug(wanted)
    present = set(
        db.session.execute(
            sa.select(ProgramTemplate.name).where(
                ProgramTemplate.organization_id == organization_id, ProgramTemplate.is_starter.is_(True)
            )
        ).scalars()
    )
    added = []
    for starter in starters():
        if starter["name"] in present:
            continue
        missing = sorted(_slugs(starter) - set(ids))
        if missing:
            log.warning(
                "Starter template %r not added to organization %s: the built-in library lacks %s.",
                starter["name"],
                organization_id,
                ", ".join(missing),
            )
            continue
        template = ProgramTemplate(
            organization_id=organization_id,
            name=starter["name"],
            description=starter["description"],
            category=starter["category"],
            tags=[tag.lower() for tag in starter["tags"]],
            visibility="studio",
            is_starter=True,
        )
        db.session.add(template)
        db.session.flush()
        db.session.add(
            ProgramTemplateVersion(
                template_id=template.id,
                number=1,
                content=document(starter, ids),
                summary=["Starter template written by FitnessCRM."],
                created_by_name=AUTHOR,
            )
        )
        added.append(starter["name"])
    db.session.flush()
    return added

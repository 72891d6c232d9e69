"""A goal as its reader reads it: target and progress as numbers in their units, and as sentences."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fitnesscrm.clients.models import Client
from fitnesscrm.progress.goals import progress as computed
from fitnesscrm.progress.goals import queries
from fitnesscrm.progress.goals.wording import Names, milestone_label, progress_text, shown, target_text, unit_of
from fitnesscrm.progress.measurements.units import Units
from fitnesscrm.progress.models import Goal

WITH_START = ("measurement", "lift")


def _float(value) -> float | None:
    return None if value is None else float(value)


def present(rows: Sequence[tuple[Goal, Names]], *, client: Client, units: Units) -> list[dict[str, Any]]:
    """Goals of one client with their progress: one statement per kind, one for the milestones."""
    goals = [goal for goal, _ in rows]
    zone, today = queries.client_today(client)
    progress = computed.compute(goals, zone=zone, today=today)
    milestones = queries.milestones_of(goals)
    out = []
    for goal, names in rows:
        state = progress[goal.id]
        direction = None
        if goal.kind == "measurement" and state.start is not None:
            direction = "down" if state.decreasing else "up"
        out.append(
            {
                "id": goal.id,
                "client_id": goal.client_id,
                "kind": goal.kind,
                "status": goal.status,
                "title": goal.title,
                "target_text": target_text(goal, names, units),
                "progress_text": progress_text(goal, state, names, units),
                "percent": 100 if goal.status == "achieved" else state.percent,
                "reached": state.reached,
                "unit": unit_of(goal, names, units),
                "direction": direction,
                "target_value": _float(shown(goal, state.target, names, units)),
                "start_value": _float(shown(goal, state.start, names, units)) if goal.kind in WITH_START else None,
                "current_value": _float(shown(goal, state.current, names, units)),
                "measured_on": state.measured_on,
                "this_week_sessions": state.this_week,
                "best_streak": state.best,
                "measurement_type_id": goal.measurement_type_id,
                "measurement_type_name": names.measurement_type,
                "exercise_id": goal.exercise_id,
                "exercise_name": names.exercise,
                "habit_id": goal.habit_id,
                "habit_name": names.habit,
                "sessions_per_week": goal.sessions_per_week,
                "weeks": goal.weeks,
                "starts_on": goal.starts_on,
                "target_date": goal.target_date,
                "achieved_at": goal.achieved_at,
                "created_at": goal.created_at,
                "milestones": [
                    {
                        "id": milestone.id,
                        "label": milestone_label(goal, milestone.value, names, units),
                        "value": _float(shown(goal, milestone.value, names, units)),
                        "reached_at": milestone.reached_at,
                    }
                    for milestone in milestones.get(goal.id, [])
                ],
            }
        )
    return out

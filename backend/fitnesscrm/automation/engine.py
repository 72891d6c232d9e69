"""The engine: start runs, evaluate time triggers, run due steps — idempotent however many callers overlap.

- A run is unique per (rule, client, occasion): event subscribers and time evaluations insert with
  ON CONFLICT DO NOTHING, so a rule fires at most once per client and occasion.
- `process` claims due rules and runs with `FOR UPDATE SKIP LOCKED` in bounded batches and commits each
  batch: two callers take different rows, and a run whose step ran is no longer due when the lock goes.
- Messages are queued with the idempotency key `automation:<rule>:<run>:<step>` and tasks with that
  source key, so a step run again after a failure never sends or makes twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from fitnesscrm.automation import conditions, steps
from fitnesscrm.automation.models import EVENT_TRIGGERS, TIME_TRIGGERS, Rule, Run
from fitnesscrm.automation.triggers import due_pairs
from fitnesscrm.clients.models import Client
from fitnesscrm.errors import AppError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

log = logging.getLogger(__name__)


@dataclass
class Summary:
    evaluated: int = 0
    fired: int = 0
    steps_run: int = 0
    next_due_at: datetime | None = None
    # Rule and run rows this call held locks on (the benchmark reads it; the API does not show it).
    locked: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "evaluated": self.evaluated,
            "fired": self.fired,
            "steps_run": self.steps_run,
            "next_due_at": self.next_due_at,
        }


def _today(zone: str, now: datetime) -> date:
    return now.astimezone(ZoneInfo(zone)).date()


# Per transaction, (organization, trigger) → its enabled rules: an import of a thousand clients asks
# once, not a thousand times. Forgotten when the transaction ends (a rule is saved in its own).
_RULES_KEY = "automation.enabled_rules"


@sa.event.listens_for(Session, "after_commit")
@sa.event.listens_for(Session, "after_rollback")
def _forget_rules(session: Session) -> None:
    session.info.pop(_RULES_KEY, None)


def _enabled_rules(organization_id: int, trigger: str) -> list[Any]:
    """(id, conditions) of the studio's enabled rules on `trigger`, as this transaction first found them."""
    known = db.session.info.setdefault(_RULES_KEY, {})
    if (organization_id, trigger) not in known:
        known[(organization_id, trigger)] = db.session.execute(
            sa.select(Rule.id, Rule.conditions).where(
                Rule.organization_id == organization_id, Rule.trigger == trigger, Rule.enabled
            )
        ).all()
    return known[(organization_id, trigger)]


def start_runs(*, organization_id: int, trigger: str, client_ids: list[int], occasion: str) -> int:
    """Start a run of every enabled rule on `trigger` for each listed client it matches (the caller commits)."""
    assert trigger in EVENT_TRIGGERS
    if not client_ids:
        return 0
    rules = _enabled_rules(organization_id, trigger)
    if not rules:
        return 0
    zone = db.session.execute(sa.select(Organization.timezone).where(Organization.id == organization_id)).scalar_one()
    now = datetime.now(UTC)
    today = _today(zone, now)
    started = 0
    for rule in rules:
        matching = sa.select(
            sa.literal(organization_id), sa.literal(rule.id), Client.id, sa.literal(occasion[:120]), sa.literal(now)
        ).where(
            Client.organization_id == organization_id,
            Client.id.in_(client_ids),
            conditions.compile(rule.conditions, organization_id=organization_id, today=today),
        )
        result = db.session.execute(
            insert(Run)
            .from_select(["organization_id", "rule_id", "client_id", "occasion", "next_due_at"], matching)
            .on_conflict_do_nothing(constraint="uq_automation_runs_rule_client_occasion")
        )
        started += result.rowcount
    return started


def evaluate_time_triggers(
    *, now: datetime, rules_limit: int, clients_limit: int, organization_id: int | None = None
) -> tuple[int, int]:
    """Evaluate up to `rules_limit` due time-triggered rules, starting up to `clients_limit` runs each; (rules, runs).

    A rule that found as many clients as it could take is looked at again on the next call; one that
    found fewer waits AUTOMATION_EVALUATION_MINUTES. Each rule's evaluation commits on its own.
    """
    interval = timedelta(minutes=current_app.config["AUTOMATION_EVALUATION_MINUTES"])
    evaluated = fired = 0
    while evaluated < rules_limit:
        row = db.session.execute(
            sa.select(Rule, Organization.timezone)
            .join(Organization, Organization.id == Rule.organization_id)
            .where(Rule.enabled, Rule.next_evaluation_at.is_not(None), Rule.next_evaluation_at <= now)
            .where(_of(Rule, organization_id))
            .order_by(Rule.next_evaluation_at, Rule.id)
            .limit(1)
            .with_for_update(of=Rule, skip_locked=True)
        ).first()
        if row is None:
            db.session.commit()
            break
        rule, zone = row
        today = _today(zone, now)
        pairs = due_pairs(
            rule,
            condition=conditions.compile(rule.conditions, organization_id=rule.organization_id, today=today),
            today=today,
            now=now,
        )
        chosen = sa.select(
            sa.literal(rule.organization_id), sa.literal(rule.id), pairs.c.id, pairs.c.occasion, sa.literal(now)
        ).limit(clients_limit)
        result = db.session.execute(
            insert(Run)
            .from_select(["organization_id", "rule_id", "client_id", "occasion", "next_due_at"], chosen)
            .on_conflict_do_nothing(constraint="uq_automation_runs_rule_client_occasion")
        )
        started = result.rowcount
        rule.next_evaluation_at = now if started >= clients_limit else now + interval
        db.session.commit()
        evaluated += 1
        fired += started
    return evaluated, fired


def _of(model, organization_id: int | None) -> sa.ColumnElement[bool]:
    """Rows of one studio, or of every studio (the worker's job) when None."""
    return sa.true() if organization_id is None else model.organization_id == organization_id


def _claim(now: datetime, limit: int, organization_id: int | None) -> list[Run]:
    """Lock up to `limit` due runs of enabled rules that no other caller holds."""
    return list(
        db.session.execute(
            sa.select(Run)
            .join(Rule, Rule.id == Run.rule_id)
            .where(Run.status == "active", Run.next_due_at <= now, Rule.enabled, _of(Run, organization_id))
            .order_by(Run.next_due_at, Run.id)
            .limit(limit)
            .with_for_update(of=Run, skip_locked=True)
        ).scalars()
    )


def _matching(rules: dict[int, Rule], runs: list[Run], today_of: dict[int, date]) -> set[tuple[int, int]]:
    """(rule id, client id) of the claimed runs whose client still meets the rule's conditions: one query per rule."""
    matching: set[tuple[int, int]] = set()
    for rule in rules.values():
        client_ids = [run.client_id for run in runs if run.rule_id == rule.id]
        ids = db.session.execute(
            sa.select(Client.id).where(
                Client.id.in_(client_ids),
                conditions.compile(
                    rule.conditions, organization_id=rule.organization_id, today=today_of[rule.organization_id]
                ),
            )
        ).scalars()
        matching.update((rule.id, client_id) for client_id in ids)
    return matching


def _advance(run: Run, rule: Rule, recipient: steps.Recipient, now: datetime) -> int:
    """Run `run`'s steps from its current one until a wait or the end; how many ran."""
    ran = 0
    results = list(run.results)
    while run.step_index < len(rule.steps):
        index = run.step_index
        step = rule.steps[index]
        outcome = steps.run(step, rule=rule, run=run, index=index, recipient=recipient, now=now)
        results.append({"step": index, "type": step["type"], "outcome": outcome.text, "at": now.isoformat()})
        ran += 1
        run.step_index = index + 1
        if outcome.messaged and run.messaged_at is None:
            run.messaged_at = now
        if outcome.resume_at is not None:
            run.next_due_at = outcome.resume_at
            break
    else:
        run.status, run.next_due_at, run.finished_at = "completed", None, now
    run.results = results
    return ran


def run_due_steps(*, now: datetime, limit: int, organization_id: int | None = None) -> tuple[int, int]:
    """Run the due steps of up to `limit` claimed runs, committing the batch; (runs claimed, steps run)."""
    runs = _claim(now, limit, organization_id)
    if not runs:
        db.session.commit()
        return 0, 0
    rule_ids = {run.rule_id for run in runs}
    rules = {rule.id: rule for rule in db.session.execute(sa.select(Rule).where(Rule.id.in_(rule_ids))).scalars()}
    zones = dict(
        db.session.execute(
            sa.select(Organization.id, Organization.timezone).where(
                Organization.id.in_({rule.organization_id for rule in rules.values()})
            )
        ).all()
    )
    today_of = {organization_id: _today(zone, now) for organization_id, zone in zones.items()}
    matching = _matching(rules, runs, today_of)
    recipients = steps.recipients([run.client_id for run in runs])
    ran = 0
    for run in runs:
        rule = rules[run.rule_id]
        if (rule.id, run.client_id) not in matching:
            run.status, run.next_due_at, run.finished_at = "stopped", None, now
            run.results = [
                *run.results,
                {
                    "step": run.step_index,
                    "type": "conditions",
                    "at": now.isoformat(),
                    "outcome": "Stopped: the client no longer meets the rule's conditions.",
                },
            ]
            continue
        savepoint = db.session.begin_nested()
        try:
            ran += _advance(run, rule, recipients[run.client_id], now)
            savepoint.commit()
        except AppError as error:
            # A step that cannot run (a template that no longer fills in) fails this run, not the batch.
            savepoint.rollback()
            run.status, run.next_due_at, run.finished_at = "failed", None, now
            run.results = [
                *run.results,
                {"step": run.step_index, "type": "error", "at": now.isoformat(), "outcome": f"Failed: {error.message}"},
            ]
            log.info("automation run %s failed at step %s: %s", run.id, run.step_index, error.message)
    db.session.commit()
    return len(runs), ran


def next_due_at(organization_id: int | None = None) -> datetime | None:
    """When the next step or time evaluation falls due, in one studio or (None) over every studio."""
    return db.session.execute(
        sa.select(
            sa.func.least(
                sa.select(sa.func.min(Run.next_due_at))
                .where(Run.status == "active", _of(Run, organization_id))
                .scalar_subquery(),
                sa.select(sa.func.min(Rule.next_evaluation_at))
                .where(Rule.enabled, Rule.next_evaluation_at.is_not(None), _of(Rule, organization_id))
                .scalar_subquery(),
            )
        )
    ).scalar_one()


def process(*, limit: int | None = None, now: datetime | None = None, organization_id: int | None = None) -> Summary:
    """Evaluate due time triggers and run due steps (of one studio, or all), `limit` runs a batch, a few batches."""
    now = now or datetime.now(UTC)
    limit = limit or current_app.config["AUTOMATION_BATCH_SIZE"]
    summary = Summary()
    summary.evaluated, summary.fired = evaluate_time_triggers(
        now=now,
        rules_limit=current_app.config["AUTOMATION_RULES_PER_CALL"],
        clients_limit=current_app.config["AUTOMATION_EVALUATION_LIMIT"],
        organization_id=organization_id,
    )
    summary.locked = summary.evaluated
    for _ in range(current_app.config["AUTOMATION_BATCHES_PER_CALL"]):
        claimed, ran = run_due_steps(now=now, limit=limit, organization_id=organization_id)
        summary.steps_run += ran
        summary.locked += claimed
        if claimed < limit:
            break
    summary.next_due_at = next_due_at(organization_id)
    db.session.commit()
    return summary


def schedule_evaluation(rule: Rule) -> None:
    """A time-triggered rule is looked at on the next call; an event-triggered one never is."""
    rule.next_evaluation_at = datetime.now(UTC) if rule.trigger in TIME_TRIGGERS else None

"""Rules' rules: managers make, change, turn on and off and delete them; read their runs and analytics."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.auth.models import User
from fitnesscrm.automation import analytics, engine, templates, wording
from fitnesscrm.automation.conditions import TYPES as CONDITION_TYPES
from fitnesscrm.automation.events import RuleChanged, RuleCreated, RuleDeleted, RuleDisabled, RuleEnabled
from fitnesscrm.automation.models import TRIGGERS_WITH_DAYS, Rule, Run
from fitnesscrm.automation.schemas import STEP_TYPES
from fitnesscrm.automation.steps import paragraphs
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.changes import created, diff
from fitnesscrm.core.outbound import OutboundRefused, check_url, resolve
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import MANAGERS, STAFF, Principal, scoped
from fitnesscrm.errors import NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.notifications import merge_fields
from fitnesscrm.segments.models import Segment
from fitnesscrm.trainers.models import Trainer

TEMPLATED = ("subject", "body", "title", "notes")


def _check_steps(actor: Principal, steps: list[dict[str, Any]]) -> None:
    """Every message parses with known merge fields, every webhook URL may be called, every assignee is staff."""
    for index, step in enumerate(steps):
        for name in TEMPLATED:
            if step.get(name):
                merge_fields.check(step[name], field=f"steps.{index}.{name}")
        if step["type"] == "call_webhook":
            try:
                _scheme, host, port, _path = check_url(step["url"])
                resolve(host, port)
            except OutboundRefused as refused:
                raise ValidationError(str(refused), fields={f"steps.{index}.url": [str(refused)]}) from None
        if step.get("assignee_id") is not None:
            staff = db.session.execute(
                scoped(User, actor).where(User.id == step["assignee_id"], User.is_active, User.role.in_(list(STAFF)))
            ).scalar_one_or_none()
            if staff is None:
                raise ValidationError(
                    "Choose a staff member for the task.",
                    fields={f"steps.{index}.assignee_id": ["Not a staff member."]},
                )


def _check(actor: Principal, values: dict[str, Any]) -> None:
    trigger, days = values["trigger"], values.get("trigger_days")
    if trigger in TRIGGERS_WITH_DAYS and not days:
        raise ValidationError("Say how many days.", fields={"trigger_days": ["Required for this trigger."]})
    if trigger not in TRIGGERS_WITH_DAYS:
        values["trigger_days"] = None
    # Conditions that name a record: it must be one of the studio's own.
    named = {"primary_trainer_is": (Trainer, "trainer_id", "trainer"), "in_segment": (Segment, "segment_id", "segment")}
    for index, condition in enumerate(values.get("conditions") or []):
        if condition["type"] not in named:
            continue
        model, field, noun = named[condition["type"]]
        found = db.session.execute(
            scoped(model, actor).where(model.id == condition[field]).with_only_columns(model.id)
        ).scalar_one_or_none()
        if found is None:
            raise ValidationError(
                f"Choose one of your {noun}s.", fields={f"conditions.{index}.{field}": [f"No such {noun}."]}
            )
    _check_steps(actor, values["steps"])


def _trainer_names(organization_id: int, rules: list[Rule]) -> dict[int, str]:
    ids = {c["trainer_id"] for rule in rules for c in rule.conditions if c["type"] == "primary_trainer_is"}
    if not ids:
        return {}
    rows = db.session.execute(
        sa.select(Trainer.id, Trainer.first_name, Trainer.last_name).where(
            Trainer.organization_id == organization_id, Trainer.id.in_(ids)
        )
    ).all()
    return {row.id: f"{row.first_name} {row.last_name}" for row in rows}


def _segment_names(organization_id: int, rules: list[Rule]) -> dict[int, str]:
    ids = {c["segment_id"] for rule in rules for c in rule.conditions if c["type"] == "in_segment"}
    if not ids:
        return {}
    rows = db.session.execute(
        sa.select(Segment.id, Segment.name).where(Segment.organization_id == organization_id, Segment.id.in_(ids))
    ).all()
    return {row.id: row.name for row in rows}


def _described(rules: list[Rule], organization_id: int, *, with_analytics: bool = True) -> list[Rule]:
    """Attach the words and analytics the schema shows (a few statements for the whole list)."""
    names = _trainer_names(organization_id, rules)
    segment_names = _segment_names(organization_id, rules)
    figures = (
        analytics.for_rules(organization_id=organization_id, rule_ids=[r.id for r in rules]) if with_analytics else {}
    )
    for rule in rules:
        rule.trigger_text = wording.trigger_text(rule.trigger, rule.trigger_days)
        rule.conditions_text = [wording.condition_text(c, names, segment_names) for c in rule.conditions]
        rule.analytics = figures.get(rule.id)
    return rules


def _state(rule: Rule) -> dict[str, Any]:
    """What the activity log keeps of a rule, in words."""
    return {
        "name": rule.name,
        "trigger": wording.trigger_text(rule.trigger, rule.trigger_days),
        "conditions": [wording.condition_text(c, {}) for c in rule.conditions],
        "steps": [STEP_TYPES[step["type"]] for step in rule.steps],
        "enabled": rule.enabled,
    }


def _find(actor: Principal, rule_id: int, *, lock: bool = False) -> Rule:
    actor.require(*MANAGERS)
    stmt = scoped(Rule, actor).where(Rule.id == rule_id)
    rule = db.session.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()
    if rule is None:
        raise NotFound("There is no such automation.")
    return rule


def get_all(*, actor: Principal, enabled: bool | None = None, page: int = 1, per_page: int = 25) -> Page:
    """The studio's rules, newest first, each with its analytics."""
    actor.require(*MANAGERS)
    stmt = scoped(Rule, actor)
    if enabled is not None:
        stmt = stmt.where(Rule.enabled == enabled)
    result = paginate(stmt.order_by(Rule.created_at.desc(), Rule.id.desc()), page=page, per_page=per_page)
    _described(result.items, actor.organization_id)
    return result


def get(*, actor: Principal, rule_id: int) -> Rule:
    """One rule with its analytics."""
    return _described([_find(actor, rule_id)], actor.organization_id)[0]


def create(*, actor: Principal, **values: Any) -> Rule:
    """Make a rule; a time-triggered one is evaluated on the next call."""
    actor.require(*MANAGERS)
    _check(actor, values)
    rule = Rule(organization_id=actor.organization_id, created_by_id=actor.user_id, **values)
    engine.schedule_evaluation(rule)
    db.session.add(rule)
    db.session.flush()
    events.record_by(actor, RuleCreated, entity_id=rule.id, label=rule.name, changes=created(_state(rule)))
    db.session.commit()
    return get(actor=actor, rule_id=rule.id)


def create_from_template(*, actor: Principal, template: str) -> Rule:
    """Make a rule from a built-in template, turned off so that it can be read and adjusted first."""
    chosen = templates.get(template)
    return create(
        actor=actor,
        name=chosen["name"],
        description=chosen["description"],
        trigger=chosen["trigger"],
        trigger_days=chosen["trigger_days"],
        conditions=[],
        steps=[dict(step) for step in chosen["steps"]],
        enabled=False,
        template=template,
    )


def _stop_runs(rule: Rule, reason: str) -> None:
    now = datetime.now(UTC)
    db.session.execute(
        sa.update(Run)
        .where(Run.rule_id == rule.id, Run.status == "active")
        .values(
            status="stopped",
            next_due_at=None,
            finished_at=now,
            results=Run.results.concat(
                sa.func.jsonb_build_array(
                    sa.func.jsonb_build_object(
                        "step", Run.step_index, "type", "stopped", "outcome", reason, "at", now.isoformat()
                    )
                )
            ),
        )
    )


def update(*, actor: Principal, rule_id: int, **values: Any) -> Rule:
    """Change a rule; runs under way carry on from their next step of the new list."""
    rule = _find(actor, rule_id, lock=True)
    merged = {
        "trigger": rule.trigger,
        "trigger_days": rule.trigger_days,
        "conditions": rule.conditions,
        "steps": rule.steps,
        **values,
    }
    _check(actor, merged)
    values["trigger_days"] = merged["trigger_days"]
    before = _state(rule)
    was_enabled = rule.enabled
    for name, value in values.items():
        setattr(rule, name, value)
    if "trigger" in values or "trigger_days" in values or "conditions" in values or (rule.enabled and not was_enabled):
        engine.schedule_evaluation(rule)
    if was_enabled and not rule.enabled:
        _stop_runs(rule, "Stopped: the automation was turned off.")
    changes = diff(before, _state(rule))
    if changes:
        events.record_by(actor, RuleChanged, entity_id=rule.id, label=rule.name, changes=changes)
    db.session.commit()
    return get(actor=actor, rule_id=rule.id)


def set_enabled(*, actor: Principal, rule_id: int, enabled: bool) -> Rule:
    """Turn a rule on (time triggers are evaluated on the next call) or off (its runs under way stop)."""
    rule = _find(actor, rule_id, lock=True)
    if rule.enabled != enabled:
        rule.enabled = enabled
        if enabled:
            engine.schedule_evaluation(rule)
        else:
            _stop_runs(rule, "Stopped: the automation was turned off.")
        event = RuleEnabled if enabled else RuleDisabled
        events.record_by(
            actor,
            event,
            entity_id=rule.id,
            label=rule.name,
            changes={"enabled": {"before": not enabled, "after": enabled}},
        )
        db.session.commit()
    return get(actor=actor, rule_id=rule.id)


def delete(*, actor: Principal, rule_id: int) -> None:
    """Delete a rule and its runs; the tasks it made stay."""
    rule = _find(actor, rule_id, lock=True)
    events.record_by(actor, RuleDeleted, entity_id=rule.id, label=rule.name, changes={})
    db.session.delete(rule)
    db.session.commit()


def runs(*, actor: Principal, rule_id: int, page: int = 1, per_page: int = 25) -> Page:
    """A rule's runs, newest first, with the client's name and what each step did."""
    rule = _find(actor, rule_id)
    stmt = (
        sa.select(Run, Client.first_name, Client.last_name)
        .join(Client, Client.id == Run.client_id)
        .where(Run.rule_id == rule.id, Run.organization_id == actor.organization_id)
        .order_by(Run.created_at.desc(), Run.id.desc())
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    items = []
    for row in result.items:
        run = row.Run
        run.client_name = f"{row.first_name} {row.last_name}"
        run.occasion_text = wording.occasion_text(run.occasion)
        items.append(run)
    result.items = items
    return result


def template_list(*, actor: Principal) -> dict[str, list[dict[str, Any]]]:
    """The built-in templates a rule can start from."""
    actor.require(*MANAGERS)
    return {
        "items": [
            {
                **template,
                "key": key,
                "trigger_text": wording.trigger_text(template["trigger"], template["trigger_days"]),
            }
            for key, template in templates.TEMPLATES.items()
        ]
    }


def options(*, actor: Principal) -> dict[str, Any]:
    """What the rule editor offers: triggers, conditions, steps and merge fields, in words."""
    actor.require(*MANAGERS)
    pairs = lambda mapping: [{"value": key, "label": label} for key, label in mapping.items()]  # noqa: E731
    return {
        "triggers": pairs(wording.TRIGGER_LABELS),
        "triggers_with_days": list(TRIGGERS_WITH_DAYS),
        "conditions": pairs(CONDITION_TYPES),
        "steps": pairs(STEP_TYPES),
        "merge_fields": pairs(merge_fields.FIELDS),
    }


def preview(*, actor: Principal, body: str, subject: str | None = None) -> dict[str, Any]:
    """A message filled with sample values, as a client would read it."""
    actor.require(*MANAGERS)
    merge_fields.check(body, field="body")
    if subject:
        merge_fields.check(subject, field="subject")
    text = merge_fields.render_text(body, merge_fields.SAMPLE)
    return {
        "subject": merge_fields.render_text(subject, merge_fields.SAMPLE) if subject else None,
        "body_text": text,
        "body_html": paragraphs(text),
    }


def process(*, actor: Principal, limit: int | None = None) -> dict[str, Any]:
    """Evaluate the caller's studio's due time triggers and run its due steps now (the scheduler's call)."""
    limit = limit or current_app.config["AUTOMATION_BATCH_SIZE"]
    return engine.process(limit=limit, organization_id=actor.organization_id).as_dict()

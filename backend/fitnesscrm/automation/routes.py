"""Automations: rules (CRUD, on/off, runs, analytics), templates, message preview, and the scheduler's process call."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.automation import schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import PageArgsSchema, page_schema
from fitnesscrm.core.tenancy import MANAGERS
from fitnesscrm.developers.keys.access import requires_key
from fitnesscrm.developers.keys.scopes import AUTOMATION_RUN

blp = Blueprint("automation", __name__, url_prefix="/api/automation", description="Automations")


@blp.route("/process-triggers", methods=["POST"])
@requires_key(AUTOMATION_RUN)
@blp.response(200, schemas.ProcessSummarySchema)
def process_triggers():
    """Evaluate the studio's due time triggers and run its due steps now (an API key with automation:run)."""
    return service.process(actor=current_principal())


@blp.route("/rules", methods=["GET"])
@requires(*MANAGERS)
@blp.arguments(schemas.RuleQuerySchema, location="query")
@blp.response(200, page_schema(schemas.RuleSchema))
def list_rules(args):
    """The studio's automations, newest first, each with its analytics."""
    return service.get_all(actor=current_principal(), **args)


@blp.route("/rules", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.RuleCreateSchema)
@blp.response(201, schemas.RuleSchema)
def create_rule(args):
    """Make an automation: a trigger, conditions over the client and ordered steps."""
    return service.create(actor=current_principal(), **args)


@blp.route("/rules/from-template", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.FromTemplateSchema)
@blp.response(201, schemas.RuleSchema)
def create_rule_from_template(args):
    """Make an automation from a built-in template, turned off until you turn it on."""
    return service.create_from_template(actor=current_principal(), **args)


@blp.route("/rules/<int:rule_id>", methods=["GET"])
@requires(*MANAGERS)
@blp.response(200, schemas.RuleSchema)
def get_rule(rule_id):
    """One automation with its analytics."""
    return service.get(actor=current_principal(), rule_id=rule_id)


@blp.route("/rules/<int:rule_id>", methods=["PATCH"])
@requires(*MANAGERS)
@blp.arguments(schemas.RuleUpdateSchema(partial=True))
@blp.response(200, schemas.RuleSchema)
def update_rule(args, rule_id):
    """Change an automation; runs under way carry on from their next step."""
    return service.update(actor=current_principal(), rule_id=rule_id, **args)


@blp.route("/rules/<int:rule_id>", methods=["DELETE"])
@requires(*MANAGERS)
@blp.response(204)
def delete_rule(rule_id):
    """Delete an automation and its runs; the tasks it made stay."""
    service.delete(actor=current_principal(), rule_id=rule_id)


@blp.route("/rules/<int:rule_id>/enable", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.RuleSchema)
def enable_rule(rule_id):
    """Turn an automation on."""
    return service.set_enabled(actor=current_principal(), rule_id=rule_id, enabled=True)


@blp.route("/rules/<int:rule_id>/disable", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.RuleSchema)
def disable_rule(rule_id):
    """Turn an automation off; its runs under way stop."""
    return service.set_enabled(actor=current_principal(), rule_id=rule_id, enabled=False)


@blp.route("/rules/<int:rule_id>/runs", methods=["GET"])
@requires(*MANAGERS)
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_schema(schemas.RunSchema))
def list_rule_runs(args, rule_id):
    """An automation's runs, newest first: the client, what fired it and what each step did."""
    return service.runs(actor=current_principal(), rule_id=rule_id, **args)


@blp.route("/templates", methods=["GET"])
@requires(*MANAGERS)
@blp.response(200, schemas.AutomationTemplateListSchema)
def list_templates():
    """The built-in automations to start from."""
    return service.template_list(actor=current_principal())


@blp.route("/options", methods=["GET"])
@requires(*MANAGERS)
@blp.response(200, schemas.AutomationOptionsSchema)
def get_options():
    """What the rule editor offers: triggers, conditions, steps and merge fields."""
    return service.options(actor=current_principal())


@blp.route("/preview", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.MessagePreviewSchema)
@blp.response(200, schemas.MessagePreviewResultSchema)
def preview_message(args):
    """A message filled with sample values."""
    return service.preview(actor=current_principal(), **args)

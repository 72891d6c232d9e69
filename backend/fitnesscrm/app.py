"""The application factory."""

from __future__ import annotations

import marshmallow as ma
from flask import Flask
from flask_smorest import Api
from werkzeug.middleware.proxy_fix import ProxyFix

from fitnesscrm import api_v2, errors, models, observability, spa  # noqa: F401 - registers every mapper before first use
from fitnesscrm.config import REPO_ROOT, Config, config_from_env
from fitnesscrm.core import api_docs, fields, json_body, realtime, security_headers, urls
from fitnesscrm.core.jobs.schema import include_name
from fitnesscrm.developers.keys.access import SECURITY_SCHEME
from fitnesscrm.extensions import db, jwt, limiter, mail, migrate
from fitnesscrm.observability import logs

MIGRATIONS_DIR = REPO_ROOT / "backend" / "migrations"


class FitnessApi(Api):
    """flask-smorest's Api with its HTTP errors in the app's own error shape."""

    ERROR_SCHEMA = errors.ErrorSchema

    def handle_http_exception(self, error):
        return errors.handle_http_exception(error)


def create_app(config: Config | None = None) -> Flask:
    """Build the app: configuration, extensions, blueprints and error handlers; no writes, no network."""
    config = config or config_from_env()
    app = Flask(__name__, static_folder=None)
    app.config.from_object(config)
    logs.configure(log_format=app.config["LOG_FORMAT"], level=app.config["LOG_LEVEL"])

    if not app.config["SQLALCHEMY_DATABASE_URI"]:
        from fitnesscrm.core import embedded_postgres

        app.config["SQLALCHEMY_DATABASE_URI"] = embedded_postgres.start(app.config["VAR_DIR"] / "postgres")
    if app.config["TRUSTED_PROXY_COUNT"]:
        count = app.config["TRUSTED_PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)

    db.init_app(app)
    # include_name: `flask db migrate` leaves the job queue's tables (made by their own migration) alone.
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), include_name=include_name)
    jwt.init_app(app)
    mail.init_app(app)
    limiter.init_app(app)
    realtime.init_app(app)
    from fitnesscrm.messaging import sockets

    sockets.register()
    json_body.register(app)

    # Every `<int:...>` in a route is an id.
    app.url_map.converters["int"] = fields.IdConverter
    api = FitnessApi(app, spec_kwargs=_spec_kwargs())
    # A wall-clock time has no UTC offset, so it is not an RFC 3339 "date-time".
    api.register_field(ma.fields.NaiveDateTime, "string", "local-date-time")
    _register_blueprints(api)
    api_v2.register(app, FitnessApi)
    app.register_blueprint(api_docs.blp)
    # campaigns: the open pixel and click links in campaign emails, outside /api (public, signed tokens)
    from fitnesscrm.campaigns.tracking_routes import blp as campaign_tracking

    app.register_blueprint(campaign_tracking)
    security_headers.register(app)
    # Request ids, the per-request log line and metrics, and /metrics (outside /api and its document).
    observability.register(app)
    _subscribe_to_events()
    errors.register_error_handlers(app)

    from fitnesscrm.auth import tokens

    tokens.register(jwt)

    from fitnesscrm import cli

    cli.register(app)
    spa.register(app)
    urls.warn_if_misconfigured(app)
    return app


def _spec_kwargs() -> dict:
    return {
        "info": {"description": __import__("fitnesscrm").__doc__},
        "components": {
            "securitySchemes": {
                "cookieAuth": {"type": "apiKey", "in": "cookie", "name": "access_token_cookie"},
                "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
                # Twilio's webhooks: HMAC-SHA1 of the called URL and the form, with the account's auth token.
                "twilioSignature": {"type": "apiKey", "in": "header", "name": "X-Twilio-Signature"},
                # Stripe's webhooks: t=<unix time>,v1=HMAC-SHA256 of "<t>.<body>" with the studio's whsec_ secret.
                "stripeSignature": {"type": "apiKey", "in": "header", "name": "Stripe-Signature"},
                # The scheduler's call to /api/automation/process-triggers, with a key holding automation:run.
                "apiKey": SECURITY_SCHEME,
            }
        },
    }


def _register_blueprints(api: Api) -> None:
    from fitnesscrm.activity.routes import blp as activity
    from fitnesscrm.assignments.routes import blp as assignments
    from fitnesscrm.auth.routes import blp as auth
    from fitnesscrm.auth.two_factor.routes import blp as two_factor
    from fitnesscrm.automation.routes import blp as automation
    from fitnesscrm.billing.catalogue.routes import blp as billing_catalogue
    from fitnesscrm.billing.credits.routes import blp as credits
    from fitnesscrm.billing.invoices.routes import blp as billing_invoices
    from fitnesscrm.billing.invoices.routes import sales_blp as billing_sales
    from fitnesscrm.billing.memberships.routes import blp as memberships
    from fitnesscrm.billing.reports.routes import blp as billing_reports
    from fitnesscrm.billing.settings.routes import blp as billing_settings
    from fitnesscrm.billing.stripe.routes import blp as billing_stripe
    from fitnesscrm.clients.routes import blp as clients
    from fitnesscrm.core.storage.routes import blp as files
    from fitnesscrm.dashboard.routes import blp as dashboard
    from fitnesscrm.developers.keys.routes import blp as developer_keys
    from fitnesscrm.documents.routes import blp as documents
    from fitnesscrm.health.routes import blp as health
    from fitnesscrm.messaging.routes import blp as messaging
    from fitnesscrm.notifications.inbox.routes import blp as notification_centre
    from fitnesscrm.notifications.push.routes import blp as push
    from fitnesscrm.notifications.routes import blp as notifications
    from fitnesscrm.notifications.sms.routes import blp as sms
    from fitnesscrm.organizations.routes import blp as organizations
    from fitnesscrm.progress.checkins.routes import blp as check_ins
    from fitnesscrm.progress.goals.routes import blp as goals
    from fitnesscrm.progress.habits.routes import blp as habits
    from fitnesscrm.progress.measurements.routes import blp as measurements
    from fitnesscrm.progress.photos.routes import blp as progress_photos
    from fitnesscrm.scheduling.routes import blp as scheduling
    from fitnesscrm.tasks.routes import blp as tasks
    from fitnesscrm.trainers.routes import blp as trainers
    from fitnesscrm.training.coaching.routes import blp as coaching
    from fitnesscrm.training.exercises.routes import blp as exercises
    from fitnesscrm.training.programs.routes import blp as programs
    from fitnesscrm.training.programs.routes import clients_blp as client_programs
    from fitnesscrm.training.progress.routes import blp as training_progress
    from fitnesscrm.training.workouts.routes import blp as workouts

    for blueprint in (health, auth, organizations, trainers, clients, assignments, activity, dashboard, scheduling):
        api.register_blueprint(blueprint)
    for blueprint in (exercises, programs, client_programs, workouts, training_progress):
        api.register_blueprint(blueprint)
    api.register_blueprint(coaching)
    api.register_blueprint(files)
    api.register_blueprint(goals)
    api.register_blueprint(progress_photos)
    api.register_blueprint(documents)
    api.register_blueprint(measurements)
    # notifications: outbox, preferences, unsubscribe
    api.register_blueprint(notifications)
    # sms: the studio's number, usage, Twilio's webhooks
    api.register_blueprint(sms)
    # notifications: push subscriptions and the notification centre (the bell)
    api.register_blueprint(push)
    api.register_blueprint(notification_centre)
    # messaging: chat threads and messages
    api.register_blueprint(messaging)
    # progress: habits + check-ins
    for blueprint in (habits, check_ins):
        api.register_blueprint(blueprint)
    # billing (invoices): settings, catalogue, invoices, payments, sales
    for blueprint in (billing_settings, billing_catalogue, billing_invoices, billing_sales):
        api.register_blueprint(blueprint)
    # billing: Stripe (saved cards, online payment, subscriptions, webhooks)
    api.register_blueprint(billing_stripe)
    # billing: session credits and memberships
    for blueprint in (credits, memberships):
        api.register_blueprint(blueprint)
    # billing: revenue reports
    api.register_blueprint(billing_reports)
    # developers: outgoing webhooks
    from fitnesscrm.developers.webhooks.routes import blp as webhooks

    api.register_blueprint(webhooks)
    # automation: rules, runs, templates, process-triggers; tasks for staff
    for blueprint in (automation, tasks):
        api.register_blueprint(blueprint)
    # campaigns: segments and email campaigns
    from fitnesscrm.campaigns.routes import blp as campaigns
    from fitnesscrm.segments.routes import blp as segments

    for blueprint in (segments, campaigns):
        api.register_blueprint(blueprint)
    # developers: API keys and the studio's API settings
    api.register_blueprint(developer_keys)
    # privacy: a client's data export, erasure, retention
    from fitnesscrm.privacy.routes import blp as privacy

    api.register_blueprint(privacy)
    # auth: two-factor sign-in (its second step, and turning it on and off)
    api.register_blueprint(two_factor)


def _subscribe_to_events() -> None:
    """Import the modules whose functions subscribe to domain events, so that they are registered."""
    from fitnesscrm.activity import events  # noqa: F401 - the activity log keeps every RecordChanged
    from fitnesscrm.automation import events as automation_events  # noqa: F401 - rules started by events; minute job
    from fitnesscrm.automation import steps as automation_steps  # noqa: F401 - registers the webhook step's task
    from fitnesscrm.billing.credits import booking, expiry  # noqa: F401 - bookings spend credits; hourly expiry
    from fitnesscrm.billing.invoices import events as invoice_events  # noqa: F401 - clients with invoices are kept
    from fitnesscrm.billing.memberships import dunning, renewals  # noqa: F401 - failed renewals; renewal job
    from fitnesscrm.billing.stripe import events as stripe_events  # noqa: F401 - Stripe memberships, webhook jobs
    from fitnesscrm.campaigns import sending as campaign_sending  # noqa: F401 - campaign dispatch tasks
    from fitnesscrm.developers.webhooks import delivery as webhook_delivery  # noqa: F401 - delivery job and sweep
    from fitnesscrm.developers.webhooks import events as webhook_events  # noqa: F401 - domain events → webhooks
    from fitnesscrm.messaging import events as messaging_events  # noqa: F401 - client threads follow assignments
    from fitnesscrm.notifications import (
        delivery,  # noqa: F401 - registers the outbox's tasks with the jobs app
        reminders,  # noqa: F401 - registers the periodic reminders task
    )
    from fitnesscrm.notifications import events as notification_events  # noqa: F401 - emails about sessions, assignments
    from fitnesscrm.notifications import invoices as invoice_emails  # noqa: F401 - invoices and receipts emailed
    from fitnesscrm.notifications.inbox import events as inbox_events  # noqa: F401 - the bell's notifications
    from fitnesscrm.notifications.inbox import live  # noqa: F401 - notifications emitted once committed
    from fitnesscrm.notifications.inbox import service as inbox  # noqa: F401 - registers the nightly prune
    from fitnesscrm.notifications.push import events as push_events  # noqa: F401 - chat messages pushed
    from fitnesscrm.notifications.push import sender  # noqa: F401 - the outbox's "push" channel
    from fitnesscrm.notifications.sms import events as sms_events  # noqa: F401 - chat replies by text
    from fitnesscrm.notifications.sms import sending as sms_sending  # noqa: F401 - the outbox's "sms" sender
    from fitnesscrm.privacy import service as privacy  # noqa: F401 - registers the daily retention job
    from fitnesscrm.progress.goals import events as goal_events  # noqa: F401 - goals reached by what feeds them
    from fitnesscrm.training.programs import events as program_events  # noqa: F401 - starters for new studios
    from fitnesscrm.training.progress import events as progress_events  # noqa: F401 - records from saved sets

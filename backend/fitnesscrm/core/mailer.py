"""Outgoing email through Flask-Mail: the one adapter between the app and an SMTP server."""

from __future__ import annotations

import logging
import smtplib

from flask import after_this_request, current_app
from flask_mail import Message

from fitnesscrm.extensions import mail

log = logging.getLogger(__name__)


def send(*, to: str, subject: str, body: str) -> bool:
    """Send a plain-text email; False when no SMTP server is configured or it refused the message."""
    if not current_app.config.get("MAIL_SERVER"):
        log.info("MAIL_SERVER unset; not sending %r to %s", subject, to)
        return False
    try:
        mail.send(Message(subject=subject, recipients=[to], body=body))
    except (smtplib.SMTPException, OSError):
        log.exception("Could not send %r to %s", subject, to)
        return False
    return True


def send_after_response(*, to: str, subject: str, body: str) -> None:
    """Send once this request's response has gone out: its timing then says nothing about whether mail was sent."""
    app = current_app._get_current_object()

    def send_in_app() -> None:
        with app.app_context():
            send(to=to, subject=subject, body=body)

    @after_this_request
    def defer(response):
        response.call_on_close(send_in_app)
        return response

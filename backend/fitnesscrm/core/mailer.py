"""Outgoing email through Flask-Mail: the one adapter between the app and an SMTP server.

Only the outbox's delivery job calls it (`notifications.delivery`); everything else queues a
message in the outbox instead, so that a mail server being down loses nothing.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass, field
from email import policy

from flask import current_app
from flask_mail import Attachment, Connection, Message


class MailError(Exception):
    """The message was not accepted; `str(error)` says why in a sentence an owner can act on.

    `permanent` errors (the server refused the address) will not go away by trying again.
    """

    def __init__(self, reason: str, *, permanent: bool = False):
        super().__init__(reason)
        self.permanent = permanent


@dataclass(frozen=True, kw_only=True)
class Email:
    to: str
    subject: str
    text: str
    html: str
    # `<...@...>`: the same for every try of one message, so a resent copy is recognisably the same.
    message_id: str
    headers: dict[str, str] = field(default_factory=dict)
    # (filename, content type, data)
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)


def configured() -> bool:
    """Whether an SMTP server is set (MAIL_SERVER)."""
    return bool(current_app.config.get("MAIL_SERVER"))


def _reason(error: Exception) -> MailError:
    # smtplib reports a read that timed out as a disconnection; the timeout is its context.
    if isinstance(error, TimeoutError) or isinstance(error.__context__, TimeoutError):
        return MailError("the mail server did not answer in time")
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return MailError("the mail server refused the recipient's address", permanent=True)
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailError("the mail server did not accept the username and password (MAIL_USERNAME, MAIL_PASSWORD)")
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return MailError("the mail server closed the connection before the message was accepted")
    if isinstance(error, smtplib.SMTPResponseException):
        permanent = 500 <= error.smtp_code < 600
        text = error.smtp_error.decode(errors="replace") if isinstance(error.smtp_error, bytes) else error.smtp_error
        return MailError(f"the mail server answered {error.smtp_code}: {text}", permanent=permanent)
    if isinstance(error, ConnectionRefusedError):
        return MailError("the mail server refused the connection")
    if isinstance(error, smtplib.SMTPException):
        return MailError(f"the mail server would not take the message ({error})")
    return MailError(f"the mail server could not be reached ({error.strerror or error})")


class _TimedConnection(Connection):
    """Flask-Mail's SMTP connection with MAIL_TIMEOUT on connecting and on every answer awaited.

    Flask-Mail opens its connections without a timeout, so a server that accepts the connection
    and then says nothing would hold the worker forever; this one gives up, and the outbox retries.
    """

    def configure_host(self) -> smtplib.SMTP:
        state, timeout = self.mail, current_app.config["MAIL_TIMEOUT"]
        smtp_class = smtplib.SMTP_SSL if state.use_ssl else smtplib.SMTP
        host = smtp_class(state.server, state.port, timeout=timeout)
        host.set_debuglevel(int(state.debug))
        if state.use_tls:
            host.starttls()
        if state.username and state.password:
            host.login(state.username, state.password)
        return host


# Headers as written, not refolded: the standard library refolds a subject a few characters over 78
# by moving all of it to a continuation line ("Subject:\r\n Booked: …"), which some readers show with
# a leading space. Subjects stay far below the 998-character line limit.
_AS_WRITTEN = policy.SMTP.clone(refold_source="none")


class _Message(Message):
    def _message(self):
        message = super()._message()
        message.policy = _AS_WRITTEN
        return message


def send(email: Email) -> str:
    """Hand `email` to the SMTP server; its Message-ID once accepted, MailError when it was not."""
    if not configured():
        raise MailError("no mail server is configured (MAIL_SERVER)")
    message = _Message(
        subject=email.subject,
        recipients=[email.to],
        body=email.text,
        html=email.html,
        extra_headers=email.headers or None,
        attachments=[Attachment(name, content_type, data) for name, content_type, data in email.attachments],
    )
    message.msgId = email.message_id
    try:
        with _TimedConnection(current_app.extensions["mail"]) as connection:
            message.send(connection)
    except (smtplib.SMTPException, OSError) as error:
        raise _reason(error) from error
    return email.message_id

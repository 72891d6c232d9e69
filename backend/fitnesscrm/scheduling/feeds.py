"""Private iCalendar feeds: one revocable, unguessable URL per trainer and per client.

The token is 256 random bits shown once; only its SHA-256 is stored, so a database
leak leaks no usable URL. Issuing a new feed for the same person revokes the old one.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import joinedload, selectinload

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import urls
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.core.views import Viewer
from fitnesscrm.errors import Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.scheduling import ical, service
from fitnesscrm.scheduling.models import CalendarFeed, Participant, Session, SessionSeries
from fitnesscrm.trainers.models import Trainer

# One-off sessions older than this drop out of feeds; series always show their whole rule.
FEED_PAST = timedelta(days=180)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _host() -> str:
    """The domain part of event UIDs: fixed per installation, so a calendar app never sees one event twice."""
    return urlsplit(current_app.config["PUBLIC_BASE_URL"] or "").hostname or "fitnesscrm"


def feed_url(token: str) -> str:
    """The subscribable address of a feed token, as the person issuing it reaches the app."""
    return urls.link_for_caller(f"/api/calendar/feeds/{token}.ics")


def _visible(actor: Principal) -> sa.Select:
    stmt = scoped(CalendarFeed, actor)
    if actor.role == Role.TRAINER:
        stmt = stmt.where(CalendarFeed.trainer_id == actor.trainer_id)
    elif actor.role == Role.CLIENT:
        stmt = stmt.where(CalendarFeed.client_id == actor.client_id)
    return stmt


def get_all(
    *,
    actor: Principal,
    page: int = 1,
    per_page: int = 25,
    active: bool = True,
    trainer_id: int | None = None,
    client_id: int | None = None,
) -> Page:
    """The feeds the caller may manage (managers all, trainers and clients their own), optionally one person's."""
    stmt = _visible(actor)
    if active:
        stmt = stmt.where(CalendarFeed.revoked_at.is_(None))
    if trainer_id is not None:
        stmt = stmt.where(CalendarFeed.trainer_id == trainer_id)
    if client_id is not None:
        stmt = stmt.where(CalendarFeed.client_id == client_id)
    return paginate(stmt.order_by(CalendarFeed.created_at.desc(), CalendarFeed.id.desc()), page=page, per_page=per_page)


def create(*, actor: Principal, trainer_id: int | None = None, client_id: int | None = None) -> CalendarFeed:
    """Issue a feed for a trainer or a client (yourself, or anyone for owners and admins); the token is shown once."""
    if (trainer_id is None) == (client_id is None):
        raise ValidationError("Name a trainer or a client.", fields={"trainer_id": ["Give trainer_id or client_id."]})
    if trainer_id is not None:
        if db.session.scalars(scoped(Trainer, actor).where(Trainer.id == trainer_id)).one_or_none() is None:
            raise NotFound("No such trainer.")
        if not actor.is_manager and actor.trainer_id != trainer_id:
            raise Forbidden("You may only issue your own feed.")
    else:
        if db.session.scalars(clients.visible(actor).where(Client.id == client_id)).one_or_none() is None:
            raise NotFound("No such client.")
        if not actor.is_manager and actor.client_id != client_id:
            raise Forbidden("You may only issue your own feed.")
    now = datetime.now(UTC)
    db.session.execute(
        sa.update(CalendarFeed)
        .where(
            CalendarFeed.organization_id == actor.organization_id,
            CalendarFeed.trainer_id == trainer_id if trainer_id else CalendarFeed.client_id == client_id,
            CalendarFeed.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    token = secrets.token_urlsafe(32)
    feed = CalendarFeed(
        organization_id=actor.organization_id, token_hash=_hash(token), trainer_id=trainer_id,
        client_id=client_id, created_by_id=actor.user_id,
    )  # fmt: skip
    db.session.add(feed)
    db.session.commit()
    feed.token, feed.url = token, feed_url(token)
    return feed


def revoke(*, actor: Principal, feed_id: int) -> None:
    """Revoke a feed: its URL answers 404 from now on."""
    feed = db.session.scalars(_visible(actor).where(CalendarFeed.id == feed_id)).one_or_none()
    if feed is None:
        raise NotFound("No such feed.")
    if feed.revoked_at is None:
        feed.revoked_at = datetime.now(UTC)
    db.session.commit()


def viewer_of(feed: CalendarFeed) -> Viewer:
    """Whom a feed is written for: its client, or staff for a trainer's feed."""
    if feed.client_id is not None:
        return Viewer(role=Role.CLIENT, client_id=feed.client_id)
    return Viewer(role=Role.TRAINER)


def render(*, token: str) -> bytes:
    """The iCalendar text of the feed whose token this is; NotFound for unknown or revoked tokens.

    The feed of an archived trainer is suspended: an empty calendar, so that subscribed apps drop
    the client names they copied (an error would leave them there); restoring the trainer brings
    it back.
    """
    feed = db.session.scalars(
        sa.select(CalendarFeed).where(CalendarFeed.token_hash == _hash(token), CalendarFeed.revoked_at.is_(None))
    ).one_or_none()
    if feed is None:
        raise NotFound("No such calendar feed.")
    since = datetime.now(UTC) - FEED_PAST
    sessions = sa.select(Session).where(Session.organization_id == feed.organization_id)
    series_stmt = sa.select(SessionSeries).where(SessionSeries.organization_id == feed.organization_id)
    if feed.trainer_id is not None:
        owner = db.session.get(Trainer, feed.trainer_id)
        if owner.archived_at is not None:
            return ical.suspended()
        sessions = sessions.where(Session.trainer_id == feed.trainer_id)
        series_stmt = series_stmt.where(SessionSeries.trainer_id == feed.trainer_id)
    else:
        owner = db.session.get(Client, feed.client_id)
        booked = sa.select(Participant.session_id).where(Participant.client_id == feed.client_id)
        sessions = sessions.where(Session.id.in_(booked))
        series_stmt = series_stmt.where(
            sa.or_(
                SessionSeries.client_ids.contains([feed.client_id]),
                SessionSeries.id.in_(sa.select(Session.series_id).where(Session.id.in_(booked))),
            )
        )
    loaded = (joinedload(Session.trainer), selectinload(Session.participants).joinedload(Participant.client))
    singles = db.session.scalars(
        sessions.options(*loaded).where(Session.series_id.is_(None), Session.ends_at > since)
    ).all()
    series_list = db.session.scalars(
        series_stmt.options(joinedload(SessionSeries.trainer)).order_by(SessionSeries.id)
    ).all()
    occurrences = db.session.scalars(
        sa.select(Session)
        .options(*loaded)
        .where(Session.series_id.in_([series.id for series in series_list]))
        .order_by(Session.original_start)
    ).all()
    by_series: dict[int, list[Session]] = {}
    for occurrence in occurrences:
        by_series.setdefault(occurrence.series_id, []).append(occurrence)
    host, viewer = _host(), viewer_of(feed)
    events = [ical.session_event(s, host=host, viewer=viewer) for s in singles]
    for series in series_list:
        own = by_series.get(series.id, [])
        hidden = {o.id for o in own if feed.client_id and not _booked(o, feed.client_id)}
        events += ical.series_events(series, own, host=host, hidden=hidden, viewer=viewer)
    return ical.to_bytes(f"FitnessCRM: {owner.full_name}", events)


def _booked(session: Session, client_id: int) -> bool:
    return any(p.client_id == client_id and p.active for p in session.participants)


def session_ics(*, actor: Principal, session_id: int) -> tuple[str, bytes]:
    """A file name and the iCalendar text of one session the caller may see, as they may see it."""
    session = service.get(actor=actor, session_id=session_id)
    event = ical.session_event(session, host=_host(), viewer=Viewer.of(actor))
    return f"session-{session.id}.ics", ical.to_bytes("FitnessCRM session", [event])

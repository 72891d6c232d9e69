"""The booking credit policy: scheduling's events reserve, keep or give back each booked client's credit.

Scheduling knows nothing of billing; this module subscribes to its events and runs inside the
booking's own transaction, so a refusal (`Conflict`, code `no_credit`) rolls the whole booking back.

Rather than translating each event into a ledger move, `settle` compares what the ledger holds
for each (session, client) with what the session's state calls for, and writes the difference:

- booked (scheduled) or attended (completed): one credit held, reserved on the earliest-expiring
  usable grant. Under `required` a new booking without one is refused (unless an unlimited
  membership covers it); under `warn` it is booked anyway, and a credit is taken when it is marked
  attended if one is usable by then;
- cancelled more than `late_cancel_hours` before the start, or the client taken off the session:
  the credit is released;
- cancelled late, marked late-cancel or no-show: the studio's penalty. `forfeit` keeps the credit
  (or takes one), `fee` releases it and invoices the fee once, `none` releases it;
- under `off` no credit is ever taken, but what was taken before is still given back.

Because it only writes differences, settling twice, or after any edit, changes nothing more.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from fitnesscrm.billing.credits import policy, service
from fitnesscrm.billing.models import CreditEntry, Invoice, InvoiceLine, Membership, Product
from fitnesscrm.clients.models import Client
from fitnesscrm.core.events import subscribe
from fitnesscrm.errors import Conflict
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.events import (
    AttendanceMarked,
    SeriesBooked,
    SeriesCancelled,
    SeriesChanged,
    SeriesExtended,
    SessionBooked,
    SessionCancelled,
    SessionChanged,
)
from fitnesscrm.scheduling.models import Session

FEE_LINES = {"late_cancel": "Late cancel fee", "no_show": "No-show fee"}
Pair = tuple[int, int]


@subscribe(SessionBooked)
def on_session_booked(event: SessionBooked) -> None:
    """Reserve a credit for every client booked on the new session (refused under `required` without one)."""
    settle([event.entity_id], organization_id=event.organization_id, strict=None, fresh=True)


@subscribe(SessionChanged)
def on_session_changed(event: SessionChanged) -> None:
    """Reserve for clients added, release for clients removed; the others keep what they hold."""
    strict = {(event.entity_id, client_id) for client_id in event.clients_added}
    settle([event.entity_id], organization_id=event.organization_id, strict=strict, also=event.clients_removed)


@subscribe(SessionCancelled, AttendanceMarked)
def on_session_status(event: SessionCancelled | AttendanceMarked) -> None:
    """A cancel or an attendance mark: release, keep, or apply the late-cancel / no-show penalty."""
    settle([event.entity_id], organization_id=event.organization_id, strict=set())


@subscribe(SeriesBooked)
def on_series_booked(event: SeriesBooked) -> None:
    """Reserve credits for a series' occurrences in date order, as far as they go; the first one must be covered."""
    ids = _series_sessions(event.entity_id)
    settle(ids, organization_id=event.organization_id, strict=None, strict_sessions=ids[:1], fresh=True)


@subscribe(SeriesChanged, SeriesCancelled, SeriesExtended)
def on_series_changed(event: SeriesChanged | SeriesCancelled | SeriesExtended) -> None:
    """A series edited, cancelled or extended: settle every occurrence of it."""
    settle(_series_sessions(event.entity_id), organization_id=event.organization_id, strict=set())


def _series_sessions(series_id: int) -> list[int]:
    return list(
        db.session.scalars(sa.select(Session.id).where(Session.series_id == series_id).order_by(Session.starts_at))
    )


def _sessions(session_ids: Sequence[int]) -> list[Session]:
    """The sessions with their participants, from the identity map when the booking just loaded them."""
    if len(session_ids) == 1:
        session = db.session.get(Session, session_ids[0])
        if session is not None and "participants" in session.__dict__:
            return [session]
    return list(
        db.session.scalars(
            sa.select(Session)
            .options(selectinload(Session.participants))
            .where(Session.id.in_(list(session_ids)))
            .order_by(Session.starts_at, Session.id)
        )
    )


def _held(session_ids: Sequence[int]) -> dict[Pair, dict[int, int]]:
    """What the ledger holds per (session, client), by grant: reserves less releases."""
    rows = db.session.execute(
        sa.select(
            CreditEntry.session_id, CreditEntry.client_id, CreditEntry.grant_id, sa.func.sum(CreditEntry.quantity)
        )
        .where(CreditEntry.session_id.in_(list(session_ids)), CreditEntry.kind.in_(("reserve", "release")))
        .group_by(CreditEntry.session_id, CreditEntry.client_id, CreditEntry.grant_id)
    ).all()
    held: dict[Pair, dict[int, int]] = defaultdict(dict)
    for session_id, client_id, grant_id, total in rows:
        if total < 0:
            held[(session_id, client_id)][grant_id] = -total
    return held


def _wanted(session: Session, rules: policy.Policy) -> tuple[int, str | None]:
    """How many credits a booked client of `session` should hold now, and which fee (if any) is due."""
    if session.status in ("scheduled", "completed"):
        return 1, None
    if session.status == "cancelled":
        cancelled_at = session.cancelled_at or datetime.now(UTC)
        if cancelled_at <= session.starts_at - timedelta(hours=rules.late_cancel_hours):
            return 0, None
        penalty, fee = rules.late_cancel_penalty, "late_cancel"
    elif session.status == "late_cancel":
        penalty, fee = rules.late_cancel_penalty, "late_cancel"
    elif session.status == "no_show":
        penalty, fee = rules.no_show_penalty, "no_show"
    else:
        return 0, None
    if penalty == "forfeit":
        return 1, None
    return 0, (fee if penalty == "fee" else None)


def settle(
    session_ids: Sequence[int],
    *,
    organization_id: int,
    strict: set[Pair] | None,
    strict_sessions: Sequence[int] = (),
    also: Iterable[int] = (),
    fresh: bool = False,
) -> None:
    """Make the ledger hold what each (session, client) calls for; see the module docstring.

    `strict` names the (session, client) pairs that are new bookings, refused under `required`
    without a credit; None means every booked client of the sessions (`strict_sessions`: those
    sessions' clients). `also` names clients who may hold credits on the sessions without being
    on them any more. `fresh` sessions were made in this transaction, so the ledger holds nothing for
    them yet and is not asked.
    """
    if not session_ids:
        return
    sessions = _sessions(session_ids)
    present = {(s.id, p.client_id) for s in sessions for p in s.participants}
    if strict is None:
        strict = {pair for pair in present if not strict_sessions or pair[0] in strict_sessions}
    locked = {client_id for _, client_id in present} | set(also)
    if not locked and fresh:
        return  # a new session nobody is booked on yet
    if len(locked) == 1:
        rules = policy.settings_for(organization_id, lock_client_id=next(iter(locked)))
    else:
        rules = policy.settings_for(organization_id)
        service.lock_clients(locked)
    held = {} if fresh else _held([s.id for s in sessions])
    if {client_id for _, client_id in held} - locked:
        service.lock_clients({client_id for _, client_id in held} - locked)
        held = _held([s.id for s in sessions])
    taking = rules.credit_policy != "off"
    pending: list[tuple[Session, int]] = []
    rows: list[CreditEntry] = []
    clients_of: dict[int, set[int]] = defaultdict(set)
    for session_id, client_id in present | set(held):
        clients_of[session_id].add(client_id)
    for session in sessions:
        wanted, fee = _wanted(session, rules)
        for client_id in sorted(clients_of[session.id]):
            pair = (session.id, client_id)
            holding = held.get(pair, {})
            want = wanted if pair in present else 0
            if not taking:
                want = min(want, sum(holding.values()))
            rows += _releases(session, client_id, holding, sum(holding.values()) - want)
            if want > sum(holding.values()):
                pending.append((session, client_id))
            if fee and pair in present and taking:
                _invoice_fee(session, client_id, fee, rules)
    if pending:
        rows += _reserve(pending, organization_id=organization_id, rules=rules, strict=strict)
    if rows:
        db.session.add_all(rows)


def _releases(session: Session, client_id: int, holding: dict[int, int], extra: int) -> list[CreditEntry]:
    """Release rows giving back `extra` held credits to the grants they came from."""
    rows = []
    for grant_id, count in sorted(holding.items()):
        if extra <= 0:
            break
        back = min(count, extra)
        rows.append(
            CreditEntry(
                organization_id=session.organization_id,
                client_id=client_id,
                kind="release",
                quantity=back,
                grant_id=grant_id,
                session_id=session.id,
            )
        )
        extra -= back
    return rows


def _reserve(
    pending: list[tuple[Session, int]], *, organization_id: int, rules: policy.Policy, strict: set[Pair]
) -> list[CreditEntry]:
    """Reserve one credit per (session, client), earliest-expiring grant first; refuse strict ones left unpaid."""
    now = datetime.now(UTC)
    earliest = min(min(session.starts_at for session, _ in pending), now)
    grants: dict[int, list[list]] = defaultdict(list)
    for grant in service.open_grants(sorted({client_id for _, client_id in pending}), at=earliest):
        grants[grant.client_id].append([grant, grant.remaining])
    rows = []
    for session, client_id in sorted(pending, key=lambda item: (item[0].starts_at, item[0].id, item[1])):
        found = next(
            (g for g in grants[client_id] if g[1] > 0 and g[0].pays_for(session.kind, session.starts_at)), None
        )
        if found is None:
            if (
                rules.credit_policy == "required"
                and (session.id, client_id) in strict
                and session.status == "scheduled"
                and not _unlimited(client_id, session)
            ):
                raise _no_credit(client_id, session, rules)
            continue
        found[1] -= 1
        rows.append(
            CreditEntry(
                organization_id=organization_id,
                client_id=client_id,
                kind="reserve",
                quantity=-1,
                grant_id=found[0].id,
                session_id=session.id,
            )
        )
    return rows


def _unlimited(client_id: int, session: Session) -> bool:
    """Whether a running membership without a session allowance (unlimited) covers the session."""
    day = session.starts_at.date()
    sa.or_(sa.func.cardinality(Product.session_kinds) == 0, sa.literal(session.kind) == sa.any_(Product.session_kinds))
    return db.session.scalar(
        sa.select(
            sa.exists().where(
                Membership.client_id == client_id,
                Membership.status.in_(("active", "past_due")),
                Membership.sessions_per_period.is_(None),
                Membership.started_on <= day,
                sa.or_(Membership.ends_on.is_(None), Membership.ends_on >= day),
                Product.id == Membership.product_id,
                sa.or_(
                    sa.func.cardinality(Product.session_kinds) == 0,
                    sa.literal(session.kind) == sa.any_(Product.session_kinds),
                ),
            )
        )
    )


def _no_credit(client_id: int, session: Session, rules: policy.Policy) -> Conflict:
    client = db.session.get(Client, client_id)
    name = client.full_name if client else "This client"
    when = policy.local_time(session.starts_at, rules.timezone)
    return Conflict(
        f"{name} has no credit left for {policy.kind_name(session.kind)} on {when}; "
        "sell them a pack or membership first, or book under the warn policy.",
        code="no_credit",
        fields={"client_ids": [f"{name} has no usable credit."]},
    )


def _invoice_fee(session: Session, client_id: int, fee: str, rules: policy.Policy) -> None:
    """Invoice the late-cancel or no-show fee for this session once (never twice for the same miss)."""
    amount = rules.late_cancel_fee if fee == "late_cancel" else rules.no_show_fee
    if amount <= 0:
        return
    description = f"{FEE_LINES[fee]}: {policy.session_name(session.kind, session.title)} on " + policy.local_time(
        session.starts_at, rules.timezone
    )
    already = db.session.scalar(
        sa.select(
            sa.exists().where(
                InvoiceLine.session_id == session.id,
                InvoiceLine.description.startswith(FEE_LINES[fee]),
                Invoice.id == InvoiceLine.invoice_id,
                Invoice.client_id == client_id,
                Invoice.status != "void",
            )
        )
    )
    if already:
        return
    # Part A's invoices; imported here so that scheduling's path does not load them until a fee is due.
    from fitnesscrm.billing.invoices.service import LineInput, create_invoice

    # The studio's policy charges the fee, not the trainer who marked the session (trainers write no money).
    create_invoice(
        actor=None,
        organization_id=session.organization_id,
        client_id=client_id,
        lines=[LineInput(description=description, unit_price=amount, session_id=session.id)],
        finalise=True,
    )

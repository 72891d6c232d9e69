"""The session-credit ledger: grants, what remains of them, balances, adjustments by hand.

Rows are only ever added (see `CreditEntry`). Whatever reads what remains in order to spend it
first takes `lock_clients`, a transaction-scoped advisory lock per client, so two bookings at once
queue for the client's credits and never both spend the last one. The lock is per client, not per
studio: bookings of different clients never wait on each other.

`grant` and `adjust` write in the caller's transaction: `grant` is called inside a sale or a
membership period (parts A and memberships), which commit it with their invoice; `adjust` is a
request of its own and commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.auth.models import User
from fitnesscrm.billing.credits import policy
from fitnesscrm.billing.events import CreditsAdjusted, CreditsGranted
from fitnesscrm.billing.models import CreditEntry, Membership, Product
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import KINDS, Session

MAX_QUANTITY = 1000


@dataclass(frozen=True)
class OpenGrant:
    """A grant with credits left: what it pays for, until when, and how many remain."""

    id: int
    client_id: int
    quantity: int
    remaining: int
    session_kinds: tuple[str, ...]
    expires_at: datetime | None
    product_id: int | None
    membership_id: int | None

    def pays_for(self, kind: str, at: datetime) -> bool:
        """Whether one of its credits pays for a session of `kind` starting `at`."""
        return (not self.session_kinds or kind in self.session_kinds) and (
            self.expires_at is None or self.expires_at > at
        )


_LOCK = sa.select(sa.func.pg_advisory_xact_lock(policy.CREDIT_LOCK_CLASS, sa.bindparam("client_id")))


def lock_clients(client_ids: Sequence[int]) -> None:
    """Hold each client's credit lock until the transaction ends (in id order, so two callers cannot deadlock)."""
    for client_id in sorted(set(client_ids)):
        db.session.execute(_LOCK, {"client_id": client_id})


def _open_grants_statement(*, usable_only: bool) -> sa.Select:
    """Grants of `:client_ids` with credits left and not expired at `:at`, built once: bookings run it often."""
    spent = aliased(CreditEntry, name="spent")
    remaining = (CreditEntry.quantity + sa.func.coalesce(sa.func.sum(spent.quantity), 0)).label("remaining")
    stmt = (
        sa.select(
            CreditEntry.id, CreditEntry.client_id, CreditEntry.quantity, remaining, CreditEntry.session_kinds,
            CreditEntry.expires_at, CreditEntry.product_id, CreditEntry.membership_id,
        )
        .outerjoin(spent, spent.grant_id == CreditEntry.id)
        .where(
            CreditEntry.client_id.in_(sa.bindparam("client_ids", expanding=True)),
            CreditEntry.kind == "grant",
            sa.or_(CreditEntry.expires_at.is_(None), CreditEntry.expires_at > sa.bindparam("at")),
        )
        .group_by(CreditEntry.id)
        .having(remaining > 0)
        .order_by(CreditEntry.expires_at.asc().nulls_last(), CreditEntry.id)
    )  # fmt: skip
    if usable_only:
        paused = sa.select(Membership.id).where(
            Membership.id == CreditEntry.membership_id, Membership.status == "paused"
        )
        stmt = stmt.where(~sa.exists(paused))
    return stmt


_OPEN_GRANTS = {usable: _open_grants_statement(usable_only=usable) for usable in (True, False)}


def open_grants(client_ids: Sequence[int], *, at: datetime | None = None, usable_only: bool = True) -> list[OpenGrant]:
    """The clients' grants with credits left and not expired at `at`, earliest expiry first: one statement.

    `usable_only` leaves out the credits of a membership paused for not being paid.
    """
    if not client_ids:
        return []
    rows = db.session.execute(
        _OPEN_GRANTS[usable_only], {"client_ids": list(client_ids), "at": at or datetime.now(UTC)}
    )
    return [
        OpenGrant(
            id=row.id,
            client_id=row.client_id,
            quantity=row.quantity,
            remaining=row.remaining,
            session_kinds=tuple(row.session_kinds or ()),
            expires_at=row.expires_at,
            product_id=row.product_id,
            membership_id=row.membership_id,
        )
        for row in rows
    ]


def usable_grants(client_id: int, kind: str, at: datetime) -> list[OpenGrant]:
    """The client's grants that pay for a session of `kind` at `at`, with credits left, earliest expiry first."""
    return [g for g in open_grants([client_id], at=at) if g.pays_for(kind, at)]


def balance(*, client_id: int, at: datetime | None = None) -> int:
    """How many credits the client can still use (any kind), counted from the ledger."""
    return sum(g.remaining for g in open_grants([client_id], at=at))


def _check_kinds(session_kinds: Sequence[str]) -> list[str]:
    unknown = [kind for kind in session_kinds if kind not in KINDS]
    if unknown:
        raise ValidationError(
            "Credits pay only for known session kinds.",
            fields={"session_kinds": [f"Not a session kind: {', '.join(unknown)}."]},
        )
    return list(dict.fromkeys(session_kinds))


def _client_in(organization_id: int, client_id: int) -> Client:
    client = db.session.get(Client, client_id)
    if client is None or client.organization_id != organization_id:
        raise NotFound("No such client.")
    return client


def _credits(quantity: int) -> str:
    return f"{quantity} credit{'' if abs(quantity) == 1 else 's'}"


def grant(
    *,
    actor: Principal | None,
    organization_id: int,
    client_id: int,
    quantity: int,
    session_kinds: Sequence[str],
    expires_at: datetime | None,
    product_id: int | None = None,
    membership_id: int | None = None,
    invoice_id: int | None = None,
    note: str | None = None,
) -> CreditEntry:
    """Add `quantity` credits for `session_kinds` (empty: any kind) until `expires_at`, in the caller's transaction."""
    if not 0 < quantity <= MAX_QUANTITY:
        raise ValidationError(
            f"A grant is between 1 and {MAX_QUANTITY} credits.", fields={"quantity": ["Must be between 1 and 1000."]}
        )
    client = _client_in(organization_id, client_id)
    entry = CreditEntry(
        organization_id=organization_id, client_id=client.id, kind="grant", quantity=quantity,
        session_kinds=_check_kinds(session_kinds), expires_at=expires_at, product_id=product_id,
        membership_id=membership_id, invoice_id=invoice_id, note=note,
        created_by_id=actor.user_id if actor else None,
    )  # fmt: skip
    db.session.add(entry)
    db.session.flush()
    zone = policy.settings_for(organization_id).timezone
    until = f" until {policy.local_day(expires_at, zone)}" if expires_at else ""
    events.record(
        CreditsGranted(
            organization_id=organization_id, actor=actor, entity_id=client.id,
            label=f"{client.full_name}: {_credits(quantity)} granted{until}",
            changes={"credits": {"before": None, "after": quantity}},
        )
    )  # fmt: skip
    return entry


def adjust(
    *,
    actor: Principal,
    client_id: int,
    quantity: int,
    note: str,
    session_kinds: Sequence[str] = (),
    expires_at: datetime | None = None,
) -> list[CreditEntry]:
    """Add credits by hand (a new grant) or take them away (from the earliest-expiring grants); owners and admins."""
    actor.require(Role.OWNER, Role.ADMIN)
    client = clients.find(actor=actor, client_id=client_id)
    note = (note or "").strip()
    if not note:
        raise ValidationError("Say why the credits change.", fields={"note": ["Required."]})
    if quantity == 0 or abs(quantity) > MAX_QUANTITY:
        raise ValidationError(
            "Adjust by 1 to 1000 credits, up or down.", fields={"quantity": ["Not zero, at most 1000."]}
        )
    lock_clients([client.id])
    before = balance(client_id=client.id)
    if quantity > 0:
        entry = CreditEntry(
            organization_id=actor.organization_id, client_id=client.id, kind="grant", quantity=quantity,
            session_kinds=_check_kinds(session_kinds), expires_at=expires_at, note=note,
            created_by_id=actor.user_id,
        )  # fmt: skip
        rows = [entry]
    else:
        rows, wanted = [], -quantity
        grants = [
            g
            for g in open_grants([client.id])
            if not session_kinds or set(session_kinds) <= set(g.session_kinds or KINDS)
        ]
        if sum(g.remaining for g in grants) < wanted:
            raise ValidationError(
                f"{client.full_name} has only {_credits(sum(g.remaining for g in grants))} to take away.",
                fields={"quantity": ["More than the credits left."]},
            )
        for open_grant in grants:
            taken = min(open_grant.remaining, wanted)
            rows.append(
                CreditEntry(
                    organization_id=actor.organization_id,
                    client_id=client.id,
                    kind="adjust",
                    quantity=-taken,
                    grant_id=open_grant.id,
                    note=note,
                    created_by_id=actor.user_id,
                )
            )
            wanted -= taken
            if not wanted:
                break
    db.session.add_all(rows)
    db.session.flush()
    events.record_by(
        actor, CreditsAdjusted, entity_id=client.id,
        label=f"{client.full_name}: {_credits(quantity)} {'added' if quantity > 0 else 'taken away'} by hand ({note})",
        changes={"credits": {"before": before, "after": before + quantity}},
    )  # fmt: skip
    db.session.commit()
    return rows


@dataclass(frozen=True)
class Summary:
    client_id: int
    balance: int
    by_kind: dict[str, int]
    grants: list[dict]


def summary(*, actor: Principal, client_id: int) -> Summary:
    """A client's credits: the balance, what each session kind can use, and the open grants with their source."""
    client = clients.find(actor=actor, client_id=client_id)
    grants = open_grants([client.id])
    names = {}
    product_ids = {g.product_id for g in grants if g.product_id}
    if product_ids:
        names = dict(db.session.execute(sa.select(Product.id, Product.name).where(Product.id.in_(product_ids))).all())
    zone = policy.settings_for(actor.organization_id).timezone
    return Summary(
        client_id=client.id,
        balance=sum(g.remaining for g in grants),
        by_kind={
            kind: sum(g.remaining for g in grants if not g.session_kinds or kind in g.session_kinds) for kind in KINDS
        },
        grants=[
            {
                "id": g.id,
                "quantity": g.quantity,
                "remaining": g.remaining,
                "session_kinds": list(g.session_kinds),
                "expires_at": g.expires_at,
                "source": names.get(g.product_id) or "Added by hand",
                "pays_for": ", ".join(policy.kind_name(k) for k in g.session_kinds) or "Any session",
                "expires": f"Expires {policy.local_day(g.expires_at, zone)}" if g.expires_at else "Never expires",
            }
            for g in grants
        ],
    )


def ledger(*, actor: Principal, client_id: int, page: int = 1, per_page: int = 25) -> Page:
    """The client's ledger, newest first, each row with a sentence in the studio's zone: two statements."""
    client = clients.find(actor=actor, client_id=client_id)
    zone = policy.settings_for(actor.organization_id).timezone
    stmt = (
        sa.select(
            CreditEntry, Session.kind.label("session_kind"), Session.title.label("session_title"),
            Session.starts_at.label("session_starts_at"), Product.name.label("product_name"),
            User.first_name.label("by_first"), User.last_name.label("by_last"),
        )
        .outerjoin(Session, Session.id == CreditEntry.session_id)
        .outerjoin(Product, Product.id == CreditEntry.product_id)
        .outerjoin(User, User.id == CreditEntry.created_by_id)
        .where(CreditEntry.organization_id == actor.organization_id, CreditEntry.client_id == client.id)
        .order_by(CreditEntry.created_at.desc(), CreditEntry.id.desc())
    )  # fmt: skip
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [
        {
            "id": row.CreditEntry.id,
            "kind": row.CreditEntry.kind,
            "quantity": row.CreditEntry.quantity,
            "created_at": row.CreditEntry.created_at,
            "expires_at": row.CreditEntry.expires_at,
            "sentence": describe(row, zone),
        }
        for row in result.items
    ]
    return result


def describe(row, zone: str) -> str:
    """One ledger row as people read it: "Booked Personal training on Tue 3 Dec, 09:00", "Pack of 10 sold"."""
    entry: CreditEntry = row.CreditEntry
    session = "a session since deleted"
    if row.session_starts_at:
        when = policy.local_time(row.session_starts_at, zone)
        session = f"{policy.session_name(row.session_kind, row.session_title)} on {when}"
    by = f"{row.by_first} {row.by_last}".strip() if row.by_first else None
    if entry.kind == "grant":
        if row.product_name and entry.membership_id:
            return f"{row.product_name}: {_credits(entry.quantity)} for the period"
        if row.product_name:
            return f"{row.product_name} sold"
        return f"{_credits(entry.quantity)} added by {by or 'the studio'}" + (f": {entry.note}" if entry.note else "")
    if entry.kind == "reserve":
        return f"Booked {session}"
    if entry.kind == "release":
        return f"Credit returned: {session}"
    if entry.kind == "expire":
        return (
            f"{_credits(-entry.quantity)} of {row.product_name} expired"
            if row.product_name
            else (f"{_credits(-entry.quantity)} expired")
        )
    return f"{_credits(-entry.quantity)} taken away by {by or 'the studio'}" + (f": {entry.note}" if entry.note else "")

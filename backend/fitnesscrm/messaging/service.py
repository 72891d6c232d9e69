"""Chat's rules: threads people may open, messages stored then announced, edits and deletes with a trace."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events, storage
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import STAFF, Principal, Role
from fitnesscrm.errors import Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.messaging import access, live, reads, views
from fitnesscrm.messaging.events import MessagePosted
from fitnesscrm.messaging.models import Message, MessageEdit, Thread, ThreadMember

SNIPPET_OPTIONS = 'StartSel="", StopSel="", MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=" … "'


def get_all(*, actor: Principal, page: int, per_page: int, q: str | None = None, client_id: int | None = None) -> Page:
    """The threads `actor` may open, newest activity first, each as they see it."""
    stmt = views.with_client_names(sa.select(Thread).where(access.visible_condition(actor)))
    if client_id is not None:
        stmt = stmt.where(Thread.client_id == client_id)
    if q:
        pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(
            sa.func.coalesce(Thread.title, Client.first_name + " " + Client.last_name).ilike(pattern, escape="\\")
        )
    stmt = stmt.order_by(Thread.last_activity_at.desc(), Thread.id.desc())
    found = paginate(stmt, page=page, per_page=per_page, scalars=False)
    found.items = views.threads(actor, [tuple(row) for row in found.items])
    return found


def get(*, actor: Principal, thread_id: int) -> dict[str, Any]:
    """One thread `actor` may open, as they see it."""
    return views.thread(actor, access.find(actor=actor, thread_id=thread_id).id)


def unread_total(*, actor: Principal) -> dict[str, int]:
    """Unread messages over all of `actor`'s threads."""
    return {"total": reads.total_unread(actor)}


def _group_members(actor: Principal, user_ids: list[int]) -> list[int]:
    """The people `actor` may put in a group: active users of the studio; a trainer's clients only their own."""
    wanted = set(user_ids) - {actor.user_id}
    stmt = sa.select(User.id, User.role).where(
        User.id.in_(wanted), User.organization_id == actor.organization_id, User.is_active
    )
    if actor.role == Role.TRAINER:
        coached = sa.exists().where(
            Client.user_id == User.id,
            Assignment.client_id == Client.id,
            Assignment.trainer_id == actor.trainer_id,
            Assignment.ended_at.is_(None),
        )
        stmt = stmt.where(sa.or_(User.role != Role.CLIENT, coached))
    found = {user_id for user_id, _ in db.session.execute(stmt)}
    if found != wanted:
        raise ValidationError(
            "Some of these people are not in your studio or not yours to add.",
            fields={"member_user_ids": ["Choose people from your studio (trainers: their own clients)."]},
        )
    return sorted(found | {actor.user_id})


def create_group(*, actor: Principal, title: str, member_user_ids: list[int]) -> dict[str, Any]:
    """Start a group thread with some people of the studio; its creator is in it (staff)."""
    actor.require(*STAFF)
    user_ids = _group_members(actor, member_user_ids)
    thread = Thread(organization_id=actor.organization_id, kind="group", title=title, created_by_user_id=actor.user_id)
    db.session.add(thread)
    db.session.add_all(
        ThreadMember(organization_id=actor.organization_id, thread=thread, user_id=user_id) for user_id in user_ids
    )
    db.session.flush()
    live.thread_changed(thread)
    db.session.commit()
    return views.thread(actor, thread.id)


def update_group(
    *, actor: Principal, thread_id: int, title: str, member_user_ids: list[int] | None = None
) -> dict[str, Any]:
    """Rename a group, and change who is in it when `member_user_ids` is given (staff who may open it)."""
    actor.require(*STAFF)
    thread = access.find(actor=actor, thread_id=thread_id, lock=True)
    if thread.kind != "group":
        raise ValidationError("A client's conversation follows their trainers; only groups are changed by hand.")
    thread.title = title
    former: list[int] = []
    if member_user_ids is not None:
        wanted = set(_group_members(actor, member_user_ids))
        rows = {
            m.user_id: m
            for m in db.session.execute(sa.select(ThreadMember).where(ThreadMember.thread_id == thread.id)).scalars()
        }
        for user_id, member in rows.items():
            if user_id not in wanted and member.left_at is None:
                member.left_at = sa.func.now()
                former.append(user_id)
            elif user_id in wanted and member.left_at is not None:
                member.left_at, member.joined_at = None, sa.func.now()
        db.session.add_all(
            ThreadMember(organization_id=thread.organization_id, thread_id=thread.id, user_id=user_id)
            for user_id in wanted - rows.keys()
        )
    db.session.flush()
    live.thread_changed(thread, former)
    db.session.commit()
    return views.thread(actor, thread.id)


def messages(
    *, actor: Principal, thread_id: int, before: int | None = None, after: int | None = None, limit: int = 50
) -> dict[str, Any]:
    """A stretch of a conversation, oldest first: the latest, the ones `before` a message, or those `after` it."""
    thread = access.find(actor=actor, thread_id=thread_id)
    stmt = sa.select(Message).where(Message.thread_id == thread.id)
    if before is not None:
        stmt = stmt.where(Message.id < before)
    if after is not None:
        stmt = stmt.where(Message.id > after).order_by(Message.id)
    else:
        stmt = stmt.order_by(Message.id.desc())
    items = views.messages(stmt.limit(limit + 1), reader_user_id=actor.user_id)
    has_more = len(items) > limit
    items = items[:limit]
    if after is None:
        items.reverse()
    return {"items": items, "has_more": has_more}


def store_message(
    *,
    thread: Thread,
    actor: Principal | None,
    author_user_id: int | None,
    author_name: str,
    body: str | None,
    via: str = "app",
    attachment: storage.StoredFile | None = None,
) -> Message:
    """Store a message in `thread` (locked by the caller), record MessagePosted, announce it after commit."""
    message = Message(
        organization_id=thread.organization_id,
        thread_id=thread.id,
        author_user_id=author_user_id,
        body=body,
        via=via,
        attachment_file_id=attachment.id if attachment else None,
    )
    db.session.add(message)
    db.session.flush()
    thread.last_message_id = message.id
    thread.last_activity_at = sa.func.now()
    db.session.flush()
    members = access.members([thread.id])[thread.id]
    title = thread.title
    if thread.kind == "client":
        client = db.session.get(Client, thread.client_id)
        title = client.full_name
    events.record(
        MessagePosted(
            organization_id=thread.organization_id,
            actor=actor,
            thread_id=thread.id,
            message_id=message.id,
            author_user_id=author_user_id,
            author_name=author_name,
            thread_title=title,
            preview=views.preview(message, attachment),
            recipient_user_ids=tuple(m.user_id for m in members if m.user_id != author_user_id),
            client_id=thread.client_id,
            via_sms=via == "sms",
        )
    )
    live.message_stored(thread, message.id)
    return message


def _view(actor: Principal, message_id: int) -> dict[str, Any]:
    return views.messages(sa.select(Message).where(Message.id == message_id), reader_user_id=actor.user_id)[0]


def post(*, actor: Principal, thread_id: int, body: str) -> dict[str, Any]:
    """Send a message to a thread `actor` may open."""
    thread = access.find(actor=actor, thread_id=thread_id, lock=True)
    message = store_message(thread=thread, actor=actor, author_user_id=actor.user_id, author_name=actor.name, body=body)
    db.session.commit()
    return _view(actor, message.id)


def attach(
    *, actor: Principal, thread_id: int, upload: Callable[[], storage.StoredFile], body: str | None = None
) -> dict[str, Any]:
    """Send a picture or a PDF, with words if given, to a thread `actor` may open."""
    thread = access.find(actor=actor, thread_id=thread_id, lock=True)
    stored = upload()
    message = store_message(
        thread=thread, actor=actor, author_user_id=actor.user_id, author_name=actor.name, body=body, attachment=stored
    )
    db.session.commit()
    return _view(actor, message.id)


def _message(actor: Principal, thread_id: int, message_id: int) -> tuple[Thread, Message]:
    thread = access.find(actor=actor, thread_id=thread_id, lock=True)
    message = db.session.execute(
        sa.select(Message).where(Message.id == message_id, Message.thread_id == thread.id).with_for_update()
    ).scalar_one_or_none()
    if message is None:
        raise NotFound("No such message in this conversation.")
    return thread, message


def edit(*, actor: Principal, thread_id: int, message_id: int, body: str) -> dict[str, Any]:
    """Change the words of one's own message; the words it had are kept."""
    thread, message = _message(actor, thread_id, message_id)
    if message.author_user_id != actor.user_id:
        raise Forbidden("Only its author may edit a message.")
    if message.deleted_at is not None:
        raise ValidationError("A deleted message cannot be edited.")
    db.session.add(
        MessageEdit(
            organization_id=thread.organization_id, message_id=message.id, action="edit",
            previous_body=message.body, changed_by_user_id=actor.user_id,
        )
    )  # fmt: skip
    message.body, message.edited_at = body, sa.func.now()
    db.session.flush()
    live.message_stored(thread, message.id, event="message_updated")
    db.session.commit()
    return _view(actor, message.id)


def delete(*, actor: Principal, thread_id: int, message_id: int) -> dict[str, Any]:
    """Delete a message (its author, or an owner or admin): its words go, the fact and the trace stay."""
    thread, message = _message(actor, thread_id, message_id)
    if message.author_user_id != actor.user_id and not actor.is_manager:
        raise Forbidden("Only its author, an owner or an admin may delete a message.")
    if message.deleted_at is None:
        db.session.add(
            MessageEdit(
                organization_id=thread.organization_id, message_id=message.id, action="delete",
                previous_body=message.body, changed_by_user_id=actor.user_id,
            )
        )  # fmt: skip
        message.body, message.deleted_at = None, sa.func.now()
        db.session.flush()
        live.message_stored(thread, message.id, event="message_updated")
        db.session.commit()
    return _view(actor, message.id)


def mark_read(*, actor: Principal, thread_id: int, message_id: int) -> dict[str, int]:
    """Say `actor` has read a thread up to a message; the others in it see how far."""
    thread = access.find(actor=actor, thread_id=thread_id)
    exists = sa.select(Message.id).where(Message.id == message_id, Message.thread_id == thread.id)
    if db.session.execute(exists).first() is None:
        raise NotFound("No such message in this conversation.")
    is_member = sa.select(Thread.id).where(Thread.id == thread.id, access.member_condition(actor))
    if db.session.execute(is_member).first() is None:
        # Owners reading a conversation they are not in leave no receipt: nobody waits for them.
        return {"thread_id": thread.id, "unread_count": 0, "total_unread": reads.total_unread(actor)}
    position = reads.advance(thread=thread, user_id=actor.user_id, message_id=message_id)
    unread = reads.unread_counts(actor, [thread.id]).get(thread.id, 0)
    total = reads.total_unread(actor)
    live.read_moved(thread, actor, position, unread, total)
    db.session.commit()
    return {"thread_id": thread.id, "unread_count": unread, "total_unread": total}


def search(*, actor: Principal, q: str, page: int, per_page: int) -> Page:
    """Messages with these words in the threads `actor` may open: best matches first, newest among equals."""
    query = sa.func.websearch_to_tsquery("simple", q)
    rank = sa.func.ts_rank(Message.search, query)
    stmt = (
        sa.select(Message.id, Message.thread_id, sa.func.ts_headline("simple", Message.body, query, SNIPPET_OPTIONS))
        .join(Thread, Thread.id == Message.thread_id)
        .where(access.visible_condition(actor), Message.search.bool_op("@@")(query), Message.deleted_at.is_(None))
        .order_by(rank.desc(), Message.created_at.desc(), Message.id.desc())
    )
    found = paginate(stmt, page=page, per_page=per_page, scalars=False)
    ids = [row[0] for row in found.items]
    shown = {
        m["id"]: m for m in views.messages(sa.select(Message).where(Message.id.in_(ids)), reader_user_id=actor.user_id)
    }
    thread_ids = sorted({row[1] for row in found.items})
    titles = {}
    if thread_ids:
        rows = db.session.execute(views.with_client_names(sa.select(Thread).where(Thread.id.in_(thread_ids)))).all()
        titles = {t["id"]: t["title"] for t in views.threads(actor, [tuple(row) for row in rows])}
    found.items = [
        {"message": shown[message_id], "thread_id": thread_id, "thread_title": titles[thread_id], "snippet": snippet}
        for message_id, thread_id, snippet in found.items
    ]
    return found


def attachment_file(*, actor: Principal, message_id: int) -> storage.StoredFile:
    """The file attached to a message `actor` may read (not once the message is deleted)."""
    stored = db.session.execute(
        sa.select(storage.StoredFile)
        .join(Message, Message.attachment_file_id == storage.StoredFile.id)
        .join(Thread, Thread.id == Message.thread_id)
        .where(Message.id == message_id, Message.deleted_at.is_(None), access.visible_condition(actor))
    ).scalar_one_or_none()
    if stored is None:
        raise NotFound("No such attachment.")
    return stored

"""Chat: threads, who is in them and how far each has read, messages, and the trace edits leave.

A client thread (`kind` "client", one per client) is shared by the client and the trainers
assigned to them: its membership follows the assignments and the client's account, so it is
derived (messaging.access), and `ThreadMember` rows keep each person's read position and when a
trainer joined or left. A group thread's members are exactly its `ThreadMember` rows whose
`left_at` is NULL.

A message is never rewritten in place without a trace: an edit or a delete copies the body it
replaces into `MessageEdit`. A deleted message keeps its row (body NULL, `deleted_at` set), so
the conversation still shows that something was said and read positions stay valid.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fitnesscrm.core.models import Base, TenantMixin

THREAD_KINDS = ("client", "group")
VIA = ("app", "sms")
EDIT_ACTIONS = ("edit", "delete")
# Plain words, no stemming and no accent folding: chat is multilingual and the embedded server has no extensions.
MESSAGE_SEARCH = "to_tsvector('simple'::regconfig, coalesce(body, ''))"


class Thread(TenantMixin, Base):
    __tablename__ = "chat_threads"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {THREAD_KINDS}", name="kind_valid"),
        sa.CheckConstraint("(kind = 'client') = (client_id IS NOT NULL)", name="client_iff_client_kind"),
        sa.CheckConstraint("kind = 'client' OR title IS NOT NULL", name="group_has_title"),
        # Thread lists are newest activity first.
        sa.Index("ix_chat_threads_org_activity", "organization_id", "last_activity_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(10))
    client_id: Mapped[int | None] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), unique=True)
    title: Mapped[str | None] = mapped_column(sa.String(120))
    created_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    # The newest message's time (or the thread's creation): what lists sort by and show as updated_at.
    last_activity_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    last_message_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("chat_messages.id", use_alter=True, ondelete="SET NULL")
    )


class ThreadMember(TenantMixin, Base):
    """One person's place in a thread: their read position, and when they joined and left."""

    __tablename__ = "chat_thread_members"
    __table_args__ = (
        sa.UniqueConstraint("thread_id", "user_id", name="uq_chat_thread_members_thread_user"),
        sa.Index("ix_chat_thread_members_user", "user_id", "thread_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(sa.ForeignKey("chat_threads.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    # No foreign key: a position is a number in the thread's id order, whatever becomes of that message.
    last_read_message_id: Mapped[int | None] = mapped_column()
    joined_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    left_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))

    # Lets a member join a thread created in the same unflushed transaction (an assignment's).
    thread: Mapped[Thread] = relationship()


class Message(TenantMixin, Base):
    __tablename__ = "chat_messages"
    __table_args__ = (
        sa.CheckConstraint(f"via IN {VIA}", name="via_valid"),
        sa.CheckConstraint(
            "deleted_at IS NOT NULL OR body IS NOT NULL OR attachment_file_id IS NOT NULL", name="says_something"
        ),
        # A conversation pages by id within its thread, both ways.
        sa.Index("ix_chat_messages_thread_id", "thread_id", "id"),
        sa.Index("ix_chat_messages_search", "search", postgresql_using="gin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(sa.ForeignKey("chat_threads.id", ondelete="CASCADE"))
    # NULL for a text from a client without an account, or once the author's account is deleted.
    author_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str | None] = mapped_column(sa.Text)
    via: Mapped[str] = mapped_column(sa.String(10), default="app", server_default="app")
    attachment_file_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("stored_files.id", ondelete="RESTRICT"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    edited_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # Deferred: only search reads it.
    search: Mapped[str] = mapped_column(TSVECTOR, sa.Computed(MESSAGE_SEARCH, persisted=True), deferred=True)


class MessageEdit(TenantMixin, Base):
    """The body a message had before an edit or a delete, who changed it and when."""

    __tablename__ = "chat_message_edits"
    __table_args__ = (sa.CheckConstraint(f"action IN {EDIT_ACTIONS}", name="action_valid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(sa.ForeignKey("chat_messages.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(sa.String(10))
    previous_body: Mapped[str | None] = mapped_column(sa.Text)
    changed_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    changed_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())

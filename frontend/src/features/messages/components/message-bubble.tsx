import { useState } from 'react';
import { useDeleteMessage, useEditMessage } from '@/features/messages/api/edit-message';
import type { Message } from '@/features/messages/api/get-messages';
import { MAX_MESSAGE_LENGTH } from '@/features/messages/api/send-message';
import { FileIcon } from '@/features/messages/components/chat-icons';
import { fileSize } from '@/features/messages/components/conversation-items';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { controlClass } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';

function AttachmentView({ message }: { message: Message }) {
  const attachment = message.attachment;
  if (!attachment || message.deleted_at) return null;
  if (attachment.thumbnail_url) {
    return (
      <a href={attachment.url} target="_blank" rel="noreferrer" className="block" aria-label={`Open ${attachment.name}`}>
        <img src={attachment.thumbnail_url} alt={attachment.name} className="max-h-60 w-auto max-w-full rounded-lg object-cover" loading="lazy" />
      </a>
    );
  }
  return (
    <a href={attachment.url} download={attachment.name} className="flex min-h-11 items-center gap-2 rounded-lg border border-current/20 px-3 py-2 text-sm underline-offset-2 hover:underline">
      <FileIcon />
      <span className="min-w-0 flex-1 truncate">{attachment.name}</span>
      <span className="shrink-0 text-xs opacity-80">{fileSize(attachment.size)}</span>
    </a>
  );
}

/** Changing one's own message in place: the text, Save (or Enter) and Cancel (or Esc). */
function EditForm({ message, onDone }: { message: Message; onDone: () => void }) {
  const [body, setBody] = useState(message.body ?? '');
  const edit = useEditMessage();
  const toast = useToast();
  const save = () => {
    const text = body.trim();
    if (!text || text === message.body) return onDone();
    edit.mutate({ message, body: text }, { onSuccess: onDone, onError: (error) => toast.error(errorMessage(error)) });
  };
  return (
    <form
      className="flex w-full flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <textarea
        aria-label="Edit your message"
        className={cn(controlClass, 'min-h-20 py-2')}
        value={body}
        maxLength={MAX_MESSAGE_LENGTH}
        autoFocus
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') onDone();
        }}
      />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={edit.isPending}>
          Save
        </Button>
      </div>
    </form>
  );
}

/** One message: own on the right, others on the left with their name; its time, "edited", "by text", and its menu. */
export function MessageBubble({ message, time, showAuthor, canDelete, receipt }: { message: Message; time: string; showAuthor: boolean; canDelete: boolean; receipt?: string }) {
  const [editing, setEditing] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteMessage();
  const toast = useToast();
  const deleted = !!message.deleted_at;
  const canEdit = message.mine && !deleted && message.body !== null;
  const hasMenu = !deleted && (canEdit || canDelete);
  const details = [time, message.edited_at && !deleted ? 'edited' : null, message.via === 'sms' ? 'by text' : null].filter(Boolean).join(' · ');

  return (
    <li className={cn('flex flex-col gap-1', message.mine ? 'items-end' : 'items-start')} data-testid="message" data-message-id={message.id}>
      {showAuthor && message.author ? <span className="px-1 text-xs font-medium text-muted">{message.author.name}</span> : null}
      <div className={cn('group flex max-w-[85%] items-center gap-1 sm:max-w-[70%]', message.mine && 'flex-row-reverse', editing && 'w-full max-w-full sm:max-w-[70%]')}>
        {editing ? (
          <EditForm message={message} onDone={() => setEditing(false)} />
        ) : (
          <div
            className={cn(
              'flex min-w-0 flex-col gap-2 rounded-2xl px-3.5 py-2 text-sm',
              deleted ? 'border border-dashed border-border italic text-muted' : message.mine ? 'bg-primary text-primary-foreground' : 'bg-surface-muted text-foreground',
            )}
          >
            <AttachmentView message={message} />
            {deleted ? <p>This message was deleted</p> : message.body ? <p className="whitespace-pre-wrap break-words">{message.body}</p> : null}
          </div>
        )}
        {hasMenu && !editing ? (
          <div className="relative shrink-0">
            <button
              type="button"
              aria-label="Message options"
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen((open) => !open)}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-muted hover:bg-surface-muted hover:text-foreground"
            >
              ⋯
            </button>
            {menuOpen ? (
              <div role="menu" className={cn('absolute top-full z-10 flex min-w-32 flex-col rounded-lg border border-border bg-surface p-1 shadow-lg', message.mine ? 'right-0' : 'left-0')}>
                {canEdit ? (
                  <button type="button" role="menuitem" className="min-h-11 rounded px-3 text-left text-sm hover:bg-surface-muted" onClick={() => (setMenuOpen(false), setEditing(true))}>
                    Edit
                  </button>
                ) : null}
                {canDelete ? (
                  <button type="button" role="menuitem" className="min-h-11 rounded px-3 text-left text-sm text-danger hover:bg-danger-soft" onClick={() => (setMenuOpen(false), setConfirming(true))}>
                    Delete
                  </button>
                ) : null}
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
      <span className="px-1 text-xs text-muted">{details}</span>
      {receipt ? (
        <span className="px-1 text-xs font-medium text-muted" data-testid="seen">
          {receipt}
        </span>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="Delete this message?"
        confirmLabel="Delete message"
        danger
        loading={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(message, {
            onSuccess: () => setConfirming(false),
            onError: (error) => toast.error(errorMessage(error)),
          })
        }
      >
        Everyone in the conversation sees “This message was deleted” in its place.
      </ConfirmDialog>
    </li>
  );
}

import { useRef, useState, useSyncExternalStore } from 'react';
import { useTypingSignal } from '@/features/messages/api/live';
import { useSendAttachment } from '@/features/messages/api/send-attachment';
import { MAX_MESSAGE_LENGTH, useSendMessage } from '@/features/messages/api/send-message';
import { PaperclipIcon, SendIcon } from '@/features/messages/components/chat-icons';
import { controlClass } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';
import { useConnectionState } from '@/lib/realtime';

// Images and the documents people send each other; the server checks the content whatever the name says.
const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,application/pdf,.doc,.docx,.xls,.xlsx,.txt';

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Why the composer cannot send now, as a sentence, or null when it can. */
function useOfflineReason(): string | null {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const connection = useConnectionState();
  if (!online) return 'You are offline. You can write again once your connection is back.';
  if (connection === 'offline') return 'Not connected to the studio. Trying again…';
  return null;
}

/** The message box: Enter sends, Shift+Enter starts a new line; the clip attaches a photo or document. */
export function Composer({ threadId }: { threadId: number }) {
  const [body, setBody] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const send = useSendMessage();
  const attach = useSendAttachment();
  const toast = useToast();
  const typing = useTypingSignal(threadId);
  const offline = useOfflineReason();
  const busy = send.isPending || attach.isPending;

  function submit() {
    const text = body.trim();
    if (!text || offline || busy) return;
    send.mutate({ threadId, body: text }, { onSuccess: () => setBody(''), onError: (error) => toast.error(errorMessage(error)) });
  }

  function upload(file: File) {
    setProgress(0);
    const text = body.trim();
    attach.mutate(
      { threadId, file, body: text || undefined, onProgress: setProgress },
      {
        onSuccess: () => setBody(''),
        onError: (error) => toast.error(errorMessage(error)),
        onSettled: () => setProgress(null),
      },
    );
  }

  return (
    <form
      aria-label="Write a message"
      className="border-t border-border bg-surface pt-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {offline ? (
        <p className="mb-2 text-sm text-muted" role="status" data-testid="composer-offline">
          {offline}
        </p>
      ) : null}
      {progress !== null ? <p className="mb-2 text-sm text-muted">Sending the file… {Math.round(progress * 100)}%</p> : null}
      <div className="flex items-end gap-1.5">
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-label="Attach a file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) upload(file);
          }}
        />
        <button
          type="button"
          disabled={!!offline || busy}
          onClick={() => fileInput.current?.click()}
          aria-label="Attach a photo or document"
          className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-lg text-muted hover:bg-surface-muted hover:text-foreground disabled:cursor-not-allowed disabled:opacity-50"
        >
          <PaperclipIcon />
        </button>
        <textarea
          aria-label="Message"
          placeholder={offline ? 'Offline' : 'Write a message'}
          rows={1}
          maxLength={MAX_MESSAGE_LENGTH}
          disabled={!!offline}
          value={body}
          className={cn(controlClass, 'max-h-40 min-h-11 resize-none py-2.5 [field-sizing:content] disabled:opacity-60')}
          onChange={(event) => {
            setBody(event.target.value);
            if (event.target.value.trim()) typing();
          }}
          onKeyDown={(event) => {
            // Enter sends; Shift+Enter (and Enter while composing with an IME) is a new line.
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
        />
        <button
          type="submit"
          disabled={!!offline || busy || !body.trim()}
          aria-label="Send"
          className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-lg bg-primary text-primary-foreground hover:bg-primary-hover disabled:cursor-not-allowed disabled:opacity-50"
        >
          <SendIcon />
        </button>
      </div>
    </form>
  );
}

import { useId, type ReactNode } from 'react';
import { useModalDialog } from '@/components/ui/use-modal-dialog';

/**
 * A modal sheet on the native <dialog>, docked to the right from 640 px and full screen on phones:
 * room for a longer form or a record's details next to what opened it. Esc closes it.
 */
export function SidePanel({ open, onClose, title, children }: { open: boolean; onClose: () => void; title: string; children: ReactNode }) {
  const ref = useModalDialog(open);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      onClick={(event) => event.target === ref.current && onClose()}
      aria-labelledby={titleId}
      className="fixed inset-0 m-0 ml-auto h-dvh max-h-none w-full max-w-none border-0 bg-surface p-0 text-foreground shadow-2xl backdrop:bg-black/50 sm:w-[32rem] sm:border-l sm:border-border"
    >
      {open ? (
        <div className="flex h-full flex-col">
          <div className="flex items-start justify-between gap-4 border-b border-border px-5 py-3">
            <h2 id={titleId} className="pt-2 text-lg font-bold">
              {title}
            </h2>
            <button type="button" onClick={onClose} className="-mr-2 min-h-11 min-w-11 rounded-lg text-muted hover:bg-surface-muted" aria-label="Close">
              ✕
            </button>
          </div>
          <div className="flex flex-1 flex-col overflow-y-auto px-5 pt-4">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}

import { Dialog } from '@/components/ui/dialog';
import { SHORTCUTS } from '@/lib/shortcuts';

/** The shortcuts this account can use (`available`), plus Esc. */
export function ShortcutsDialog({ open, onClose, available }: { open: boolean; onClose: () => void; available: string[] }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.filter((shortcut) => shortcut.keys === 'Esc' || available.includes(shortcut.keys)).map((shortcut) => (
          <div key={shortcut.keys} className="contents">
            <dt className="flex gap-1">
              {shortcut.keys.split(' ').map((key) => (
                <kbd key={key} className="min-w-7 rounded border border-border bg-surface-muted px-1.5 py-0.5 text-center font-mono text-xs">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}

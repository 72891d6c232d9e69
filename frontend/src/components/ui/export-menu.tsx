import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

export type ExportFormat = 'csv' | 'xlsx';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'xlsx', label: 'Excel (.xlsx)', hint: 'Opens as it is, dates and times in your zone' },
  { format: 'csv', label: 'CSV', hint: 'For other tools; times in UTC' },
];

/** A button that opens a small menu: download as Excel or as CSV. Escape or a click elsewhere closes it. */
export function ExportMenu({ label = 'Export', onExport, pending }: { label?: string; onExport: (format: ExportFormat) => void; pending?: boolean }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <Button variant="secondary" aria-haspopup="menu" aria-expanded={open} aria-controls={menuId} loading={pending} onClick={() => setOpen(!open)}>
        {label} ▾
      </Button>
      {open ? (
        <div id={menuId} role="menu" aria-label={label} className="absolute right-0 z-30 mt-1 flex w-64 flex-col rounded-lg border border-border bg-surface p-1 shadow-lg">
          {FORMATS.map(({ format, label: name, hint }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              className="flex min-h-11 flex-col items-start rounded-md px-3 py-2 text-left hover:bg-surface-muted focus-visible:bg-surface-muted"
              onClick={() => {
                setOpen(false);
                onExport(format);
              }}
            >
              <span className="text-sm font-semibold">{name}</span>
              <span className="text-xs text-muted">{hint}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';

/**
 * The row above a list: search, filter dropdowns, clear filters, and the list's actions. On phones
 * the filters fold away behind a "Filters" button so the list starts near the top.
 */
export function ListToolbar({ search, filters, filtered, onClear, actions }: { search?: ReactNode; filters: ReactNode; filtered: boolean; onClear: () => void; actions?: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mb-4 flex flex-col gap-3 rounded-xl border border-border bg-surface p-3 sm:p-4">
      <div className="flex flex-wrap items-end gap-3">
        {search}
        <Button variant="secondary" className="sm:hidden" aria-expanded={open} aria-controls="list-filters" onClick={() => setOpen(!open)}>
          Filters{filtered ? <span className="size-2 rounded-full bg-primary" aria-label="(active)" /> : null}
        </Button>
        <div id="list-filters" className={cn(open ? 'flex' : 'hidden', 'w-full flex-wrap items-end gap-3 sm:contents')}>
          {filters}
          <Button variant="ghost" onClick={onClear} disabled={!filtered}>
            Clear filters
          </Button>
        </div>
        {actions}
      </div>
    </div>
  );
}

export function BulkBar({ count, onClearSelection, children }: { count: number; onClearSelection: () => void; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <div role="region" aria-label="Bulk actions" className="sticky top-14 z-20 mb-3 flex flex-wrap items-center gap-2 rounded-xl border border-primary bg-primary-soft p-2 md:top-2">
      <p className="px-2 text-sm font-semibold text-primary-text" aria-live="polite">
        {count} selected
      </p>
      {children}
      <Button variant="ghost" onClick={onClearSelection} className="ml-auto">
        Clear selection
      </Button>
    </div>
  );
}

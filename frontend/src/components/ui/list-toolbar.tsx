import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

/** The row above a list: search, filter dropdowns, clear filters, and the list's actions. */
export function ListToolbar({ search, filters, filtered, onClear, actions }: { search?: ReactNode; filters: ReactNode; filtered: boolean; onClear: () => void; actions?: ReactNode }) {
  return (
    <div className="mb-4 flex flex-col gap-3 rounded-xl border border-border bg-surface p-3 sm:p-4">
      <div className="flex flex-wrap items-end gap-3">
        {search}
        {filters}
        <div className="flex flex-wrap items-end gap-2">
          <Button variant="ghost" onClick={onClear} disabled={!filtered}>
            Clear filters
          </Button>
          {actions}
        </div>
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

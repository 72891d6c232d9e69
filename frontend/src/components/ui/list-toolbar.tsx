import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ExportMenu, type ExportFormat } from '@/components/ui/export-menu';
import { cn } from '@/lib/cn';

type ListToolbarProps = {
  search?: ReactNode;
  filters: ReactNode;
  filtered: boolean;
  onClear: () => void;
  /** Download the filtered list: offers Excel and CSV. */
  onExport?: (format: ExportFormat) => void;
  exporting?: boolean;
  /** Buttons that act on the list as a whole, after the export menu. */
  actions?: ReactNode;
  /** The selection's actions, shown in a bar under the toolbar while rows are ticked. */
  bulk?: { count: number; onClearSelection: () => void; actions: ReactNode };
};

/**
 * The row above a list: search, filter dropdowns, clear filters, the export menu and the list's
 * actions, then the bulk actions for the ticked rows. On phones the filters fold away behind a
 * "Filters" button so the list starts near the top. Clients, trainers and the activity log use it.
 */
export function ListToolbar({ search, filters, filtered, onClear, onExport, exporting, actions, bulk }: ListToolbarProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
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
          {onExport || actions ? (
            <div className="flex flex-wrap items-end gap-2 sm:ml-auto">
              {onExport ? <ExportMenu onExport={onExport} pending={exporting} /> : null}
              {actions}
            </div>
          ) : null}
        </div>
      </div>
      {bulk ? (
        <BulkBar count={bulk.count} onClearSelection={bulk.onClearSelection}>
          {bulk.actions}
        </BulkBar>
      ) : null}
    </>
  );
}

function BulkBar({ count, onClearSelection, children }: { count: number; onClearSelection: () => void; children: ReactNode }) {
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

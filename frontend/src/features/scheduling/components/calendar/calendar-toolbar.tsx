import { CALENDAR_VIEWS, viewLabel, type CalendarView } from '@/features/scheduling/lib/calendar-search';
import { Button } from '@/components/ui/button';
import { ExportMenu, type ExportFormat } from '@/components/ui/export-menu';
import { Checkbox } from '@/components/ui/field';
import { cn } from '@/lib/cn';

type CalendarToolbarProps = {
  title: string;
  view: CalendarView;
  /** Phone width: the week view is three days. */
  phone: boolean;
  hideCancelled: boolean;
  loading: boolean;
  exporting: boolean;
  canBook: boolean;
  onStep: (direction: 1 | -1) => void;
  onToday: () => void;
  onView: (view: CalendarView) => void;
  onHideCancelled: (hide: boolean) => void;
  onExport: (format: ExportFormat) => void;
  onBook: () => void;
};

/** Date navigation, the view switch and the screen's actions; wraps onto several rows on phones. */
export function CalendarToolbar({ title, view, phone, hideCancelled, loading, exporting, canBook, onStep, onToday, onView, onHideCancelled, onExport, onBook }: CalendarToolbarProps) {
  return (
    <div className="flex flex-col gap-2 sm:gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex items-center gap-1">
          <Button variant="secondary" className="px-3" onClick={() => onStep(-1)} aria-label="Previous">
            ‹
          </Button>
          <Button variant="secondary" className="px-3" onClick={() => onStep(1)} aria-label="Next">
            ›
          </Button>
          <Button variant="secondary" className="px-3" onClick={onToday}>
            Today
          </Button>
        </div>
        <h2 className="min-w-0 flex-1 text-base font-semibold sm:text-xl" aria-live="polite" data-testid="calendar-title">
          {title}
          {loading ? <span className="ml-2 inline-block size-3 animate-spin rounded-full border-2 border-primary border-t-transparent align-middle" aria-label="Loading" /> : null}
        </h2>
        <div role="group" aria-label="View" className="flex w-full rounded-lg border border-border bg-surface p-0.5 sm:w-auto">
          {CALENDAR_VIEWS.map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => onView(option)}
              className={cn(
                'min-h-10 flex-1 rounded-md px-3 text-sm font-medium',
                view === option ? 'bg-primary-soft text-primary-text' : 'text-muted hover:bg-surface-muted hover:text-foreground',
              )}
            >
              {viewLabel(option, phone)}
            </button>
          ))}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Checkbox label="Hide cancelled" checked={hideCancelled} onChange={(event) => onHideCancelled(event.target.checked)} />
        <div className="ml-auto flex gap-2">
          <ExportMenu onExport={onExport} pending={exporting} />
          {canBook ? (
            <Button className="px-3" onClick={onBook}>
              New session
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}

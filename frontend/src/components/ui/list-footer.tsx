import { Button } from '@/components/ui/button';
import { controlClass } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import { formatCount } from '@/lib/format';
import { PAGE_SIZES, showingRange } from '@/lib/list-params';

type Meta = { total: number; total_is_exact?: boolean; page: number; per_page: number; pages: number; has_next: boolean; has_prev: boolean };

/** "Showing X–Y of Z" ("of 10,000+" when counting stopped there), the page size and previous/next. */
export function ListFooter({ meta, onPage, onPerPage }: { meta: Meta; onPage: (page: number) => void; onPerPage: (perPage: number) => void }) {
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite" data-testid="showing">
        {showingRange(meta)}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2">
          <span className="text-muted">Per page</span>
          <select className={cn(controlClass, 'w-20')} value={meta.per_page} onChange={(event) => onPerPage(Number(event.target.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <Button variant="secondary" disabled={!meta.has_prev} onClick={() => onPage(meta.page - 1)}>
          ← Previous
        </Button>
        <span className="px-1 text-muted">
          Page {formatCount(meta.page)} of {formatCount(Math.max(meta.pages, 1), meta.total_is_exact !== false)}
        </span>
        <Button variant="secondary" disabled={!meta.has_next} onClick={() => onPage(meta.page + 1)}>
          Next →
        </Button>
      </div>
    </nav>
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { cn } from '@/lib/cn';

export type Column<T> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The API's sort name for this column, when it can be sorted. */
  sortKey?: string;
  className?: string;
  /** Left out of the phone card (the title already shows it). */
  hideOnCard?: boolean;
};

type Selection = { selected: ReadonlySet<number>; onToggle: (id: number) => void; onToggleAll: (ids: number[], select: boolean) => void };

type DataTableProps<T extends { id: number }> = {
  caption: string;
  rows: T[];
  columns: Column<T>[];
  rowTitle: (row: T) => string;
  rowHref: (row: T) => string;
  sort?: string;
  onSort?: (sort: string) => void;
  selection?: Selection;
};

/** A table on wide screens and a list of cards on phones, with optional selection and sorting. */
export function DataTable<T extends { id: number }>({ caption, rows, columns, rowTitle, rowHref, sort, onSort, selection }: DataTableProps<T>) {
  const ids = rows.map((row) => row.id);
  const allSelected = !!selection && ids.length > 0 && ids.every((id) => selection.selected.has(id));
  const someSelected = !!selection && ids.some((id) => selection.selected.has(id));

  return (
    <>
      <div className="hidden overflow-x-auto rounded-xl border border-border bg-surface md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-border bg-surface-muted text-xs uppercase tracking-wide text-muted">
            <tr>
              {selection ? (
                <th scope="col" className="w-12 px-3">
                  <input
                    type="checkbox"
                    className="size-5 accent-[var(--primary)]"
                    aria-label="Select all on this page"
                    checked={allSelected}
                    ref={(input) => {
                      if (input) input.indeterminate = someSelected && !allSelected;
                    }}
                    onChange={(event) => selection.onToggleAll(ids, event.target.checked)}
                  />
                </th>
              ) : null}
              {columns.map((column) => {
                const direction = column.sortKey && sort === column.sortKey ? 'ascending' : column.sortKey && sort === `-${column.sortKey}` ? 'descending' : undefined;
                return (
                  <th key={column.key} scope="col" aria-sort={direction} className={cn('px-3 py-2 font-semibold', column.className)}>
                    {column.sortKey && onSort ? (
                      <button
                        type="button"
                        className="-mx-2 inline-flex min-h-11 items-center gap-1 rounded px-2 uppercase hover:text-foreground"
                        onClick={() => onSort(direction === 'ascending' ? `-${column.sortKey}` : column.sortKey!)}
                      >
                        {column.header}
                        <span aria-hidden>{direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={cn('border-b border-border last:border-0 hover:bg-surface-muted/60', selection?.selected.has(row.id) && 'bg-primary-soft/40')}>
                {selection ? (
                  <td className="px-3">
                    <input
                      type="checkbox"
                      className="size-5 accent-[var(--primary)]"
                      aria-label={`Select ${rowTitle(row)}`}
                      checked={selection.selected.has(row.id)}
                      onChange={() => selection.onToggle(row.id)}
                    />
                  </td>
                ) : null}
                {columns.map((column, index) => (
                  <td key={column.key} className={cn('px-3 py-2', column.className)}>
                    {index === 0 ? (
                      <Link to={rowHref(row)} className="inline-flex min-h-11 items-center font-semibold text-primary-text hover:underline">
                        {column.cell(row)}
                      </Link>
                    ) : (
                      column.cell(row)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="flex flex-col gap-3 md:hidden" aria-label={caption}>
        {rows.map((row) => (
          <li key={row.id} className={cn('rounded-xl border border-border bg-surface p-3', selection?.selected.has(row.id) && 'border-primary')}>
            <div className="flex items-center gap-2">
              {selection ? (
                <label className="-m-1 flex min-h-11 min-w-11 items-center justify-center">
                  <input
                    type="checkbox"
                    className="size-5 accent-[var(--primary)]"
                    aria-label={`Select ${rowTitle(row)}`}
                    checked={selection.selected.has(row.id)}
                    onChange={() => selection.onToggle(row.id)}
                  />
                </label>
              ) : null}
              <Link to={rowHref(row)} className="flex min-h-11 flex-1 items-center font-semibold text-primary-text">
                {rowTitle(row)}
              </Link>
            </div>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              {columns
                .filter((column, index) => index > 0 && !column.hideOnCard)
                .map((column) => (
                  <div key={column.key} className="contents">
                    <dt className="text-muted">{column.header}</dt>
                    <dd className="min-w-0 break-words">{column.cell(row)}</dd>
                  </div>
                ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

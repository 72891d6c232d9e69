/**
 * A list's state (search, filters, sort, page, page size) lives in the URL's query string,
 * so a view can be bookmarked and the back button works. Defaults are left out of the URL.
 */
import { formatCount } from '@/lib/format';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export type ListDefaults = Record<string, string>;
export type ListState<D extends ListDefaults> = { [K in keyof D]: string } & { page: number; per_page: number };

export function readListState<D extends ListDefaults>(search: URLSearchParams, defaults: D): ListState<D> {
  const state: Record<string, string | number> = {};
  for (const [key, fallback] of Object.entries(defaults)) state[key] = search.get(key) ?? fallback;
  const page = Number.parseInt(search.get('page') ?? '', 10);
  const perPage = Number.parseInt(search.get('per_page') ?? '', 10);
  state.page = Number.isFinite(page) && page >= 1 ? page : 1;
  state.per_page = (PAGE_SIZES as readonly number[]).includes(perPage) ? perPage : 25;
  return state as ListState<D>;
}

/**
 * The query string after `changes`: values equal to their default are dropped, and any change
 * other than to the page itself goes back to page 1 (a new filter's page 3 may not exist).
 */
export function nextListSearch<D extends ListDefaults>(
  current: URLSearchParams,
  defaults: D,
  changes: Partial<Record<keyof D | 'page' | 'per_page', string | number | null>>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, raw] of Object.entries(changes)) {
    const value = raw === null || raw === undefined ? '' : String(raw);
    const fallback = key === 'page' ? '1' : key === 'per_page' ? '25' : (defaults[key] ?? '');
    if (value === '' || value === fallback) next.delete(key);
    else next.set(key, value);
  }
  if (!('page' in changes)) next.delete('page');
  return next;
}

/** The query string with every filter and the search cleared; sort and page size are kept. */
export function clearedListSearch(current: URLSearchParams, filterKeys: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of [...filterKeys, 'page']) next.delete(key);
  return next;
}

/** Whether any of the filters differs from its default. */
export function hasActiveFilters<D extends ListDefaults>(state: ListState<D>, defaults: D, filterKeys: readonly (keyof D)[]): boolean {
  return filterKeys.some((key) => String(state[key]) !== defaults[key]);
}

/** The API's query: empty values left out, so the server applies its own defaults. */
export function toQuery<D extends ListDefaults>(state: ListState<D>): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(state)) if (value !== '' && value !== undefined) query[key] = value;
  return query;
}

/** "Showing 26–50 of 120", "Showing 1–25 of 10,000+" when counting stopped there, or the empty case. */
export function showingRange(meta: { page: number; per_page: number; total: number; total_is_exact?: boolean }): string {
  if (meta.total === 0) return 'Showing 0 of 0';
  const first = (meta.page - 1) * meta.per_page + 1;
  const last = meta.total_is_exact === false ? meta.page * meta.per_page : Math.min(meta.page * meta.per_page, meta.total);
  return `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(meta.total, meta.total_is_exact !== false)}`;
}

import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import {
  clearedListSearch,
  hasActiveFilters,
  nextListSearch,
  readListState,
  type ListDefaults,
  type ListState,
} from '@/lib/list-params';

/** A list's search, filters, sort and paging, read from and written to the URL. */
export function useListParams<D extends ListDefaults>(defaults: D, filterKeys: readonly (keyof D & string)[]) {
  const [search, setSearch] = useSearchParams();
  const state: ListState<D> = useMemo(() => readListState(search, defaults), [search, defaults]);
  // The router hands a functional update the search of the last render, so two changes made before the
  // next render (typing, then choosing a filter) would each start from it and the second would undo the
  // first. Each change starts from the one before it instead, kept here until the router renders it.
  const latest = useRef(search);
  useLayoutEffect(() => {
    latest.current = search;
  }, [search]);
  const apply = useCallback(
    (next: URLSearchParams, replace?: boolean) => {
      latest.current = next;
      setSearch(next, { replace });
    },
    [setSearch],
  );

  const update = useCallback(
    (changes: Partial<Record<keyof D | 'page' | 'per_page', string | number | null>>, options?: { replace?: boolean }) =>
      apply(nextListSearch(latest.current, defaults, changes), options?.replace),
    [apply, defaults],
  );
  const clear = useCallback(() => apply(clearedListSearch(latest.current, filterKeys)), [apply, filterKeys]);

  return { state, update, clear, filtered: hasActiveFilters(state, defaults, filterKeys) };
}

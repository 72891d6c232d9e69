import { useCallback, useMemo } from 'react';
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

  const update = useCallback(
    (changes: Partial<Record<keyof D | 'page' | 'per_page', string | number | null>>, options?: { replace?: boolean }) =>
      setSearch((current) => nextListSearch(current, defaults, changes), { replace: options?.replace }),
    [setSearch, defaults],
  );
  const clear = useCallback(() => setSearch((current) => clearedListSearch(current, filterKeys)), [setSearch, filterKeys]);

  return { state, update, clear, filtered: hasActiveFilters(state, defaults, filterKeys) };
}

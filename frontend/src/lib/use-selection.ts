import { useCallback, useState } from 'react';

/** Selected row ids, forgotten whenever `resetKey` (the list's query) changes. */
export function useSelection(resetKey: string) {
  const [state, setState] = useState<{ key: string; ids: ReadonlySet<number> }>({ key: resetKey, ids: new Set() });
  const selected = state.key === resetKey ? state.ids : new Set<number>();

  const update = useCallback(
    (change: (ids: Set<number>) => void) =>
      setState((current) => {
        const ids = new Set(current.key === resetKey ? current.ids : []);
        change(ids);
        return { key: resetKey, ids };
      }),
    [resetKey],
  );

  return {
    selected,
    onToggle: useCallback((id: number) => update((ids) => (ids.has(id) ? ids.delete(id) : ids.add(id))), [update]),
    onToggleAll: useCallback((all: number[], select: boolean) => update((ids) => all.forEach((id) => (select ? ids.add(id) : ids.delete(id)))), [update]),
    clear: useCallback(() => update((ids) => ids.clear()), [update]),
  };
}

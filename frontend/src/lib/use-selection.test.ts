import { act, renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useSelection } from '@/lib/use-selection';

test('toggles rows, selects a page, and forgets the selection when the query changes', () => {
  const { result, rerender } = renderHook(({ key }) => useSelection(key), { initialProps: { key: 'status=lead' } });
  act(() => result.current.onToggle(1));
  act(() => result.current.onToggleAll([2, 3], true));
  expect([...result.current.selected]).toEqual([1, 2, 3]);
  act(() => result.current.onToggle(2));
  expect([...result.current.selected]).toEqual([1, 3]);
  act(() => result.current.onToggleAll([1, 3], false));
  expect(result.current.selected.size).toBe(0);

  act(() => result.current.onToggle(5));
  rerender({ key: 'status=active' });
  expect(result.current.selected.size).toBe(0);
});

import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { expect, test } from 'vitest';
import { useListParams } from '@/lib/use-list-params';

const DEFAULTS = { q: '', status: '', sort: 'last_name' };
const FILTERS = ['q', 'status'] as const;

function renderAt(url: string) {
  let router: ReturnType<typeof createMemoryRouter>;
  const wrapper = ({ children }: { children: ReactNode }) => {
    router ??= createMemoryRouter([{ path: '*', element: children }], { initialEntries: [url] });
    return <RouterProvider router={router} />;
  };
  const hook = renderHook(() => ({ list: useListParams(DEFAULTS, FILTERS), location: useLocation() }), { wrapper });
  return {
    ...hook,
    back: () =>
      act(async () => {
        await router.navigate(-1);
      }),
  };
}

test('reads the list state from the URL', () => {
  const { result } = renderAt('/clients?status=lead&page=2');
  expect(result.current.list.state).toMatchObject({ status: 'lead', page: 2, sort: 'last_name' });
  expect(result.current.list.filtered).toBe(true);
});

test('changes land in the URL, and the back button undoes them', async () => {
  const { result, back } = renderAt('/clients?page=3');
  act(() => result.current.list.update({ status: 'active' }));
  expect(result.current.location.search).toBe('?status=active');
  await back();
  expect(result.current.location.search).toBe('?page=3');
});

test('clear removes the filters and keeps the sort', () => {
  const { result } = renderAt('/clients?q=jo&status=lead&sort=email');
  act(() => result.current.list.clear());
  expect(result.current.location.search).toBe('?sort=email');
  expect(result.current.list.filtered).toBe(false);
});

test('two changes before the next render both land, the second starting from the first', () => {
  const { result } = renderAt('/clients?page=3');
  act(() => {
    result.current.list.update({ q: 'jo' }, { replace: true });
    result.current.list.update({ status: 'lead' });
  });
  expect(result.current.location.search).toBe('?q=jo&status=lead');
});

import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Session } from '@/features/scheduling/api/get-sessions';
import { attendanceWaitsForStart, SessionPanel } from '@/features/scheduling/components/calendar/session-panel';
import { ToastProvider } from '@/components/ui/toast';
import { makeQueryClient } from '@/lib/query-client';

vi.hoisted(() => vi.stubEnv('VITE_API_URL', 'http://localhost'));

const hour = 3_600_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();
const session = (starts: number): Session =>
  ({
    id: 41, trainer_id: 3, trainer_name: 'Tia Trainer', series_id: null, is_exception: false, kind: 'personal', status: 'scheduled',
    title: null, starts_at: at(starts), ends_at: at(starts + hour), timezone: 'UTC', capacity: 1, location: null, online_url: null,
    notes: null, price: null, outside_hours: false, cancelled_at: null, cancel_reason: null,
    participants: [{ client_id: 9, client_name: 'Ann Lee', active: true }],
  }) as unknown as Session;

let current: Session;

beforeEach(() => {
  // The panel refreshes the session and loads its history: answered here as the API would.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const body = new URL(input.url).pathname.endsWith('/history')
        ? { items: [], meta: { total: 0, pages: 0, page: 1, per_page: 100, has_next: false, has_prev: false } }
        : current;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

function renderPanel(value: Session) {
  current = value;
  render(
    <QueryClientProvider client={makeQueryClient()}>
      <ToastProvider>
        <MemoryRouter>
          <SessionPanel sessionId={value.id} initial={value} zone="UTC" canAct={() => true} onEdit={() => undefined} onClose={() => undefined} />
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

test('completed and no-show wait for the start; a late cancel does not', () => {
  const now = new Date();
  expect(attendanceWaitsForStart('completed', session(hour), now)).toBe(true);
  expect(attendanceWaitsForStart('no_show', session(hour), now)).toBe(true);
  expect(attendanceWaitsForStart('late_cancel', session(hour), now)).toBe(false);
  expect(attendanceWaitsForStart('completed', session(-hour), now)).toBe(false);
});

test('a future session’s Completed and No-show are disabled with a hint', () => {
  renderPanel(session(2 * hour));
  expect(screen.getByRole('button', { name: 'Completed' })).toBeDisabled();
  expect(screen.getByRole('button', { name: 'No-show' })).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Late cancel' })).toBeEnabled();
  expect(screen.getByRole('group', { name: 'Attendance' })).toHaveAccessibleDescription(/can be marked once the session starts at/);
});

test('a session that has begun can be marked, and its client’s name opens their page', () => {
  renderPanel(session(-hour / 2));
  expect(screen.getByRole('button', { name: 'Completed' })).toBeEnabled();
  expect(screen.queryByText(/can be marked once/)).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Ann Lee' })).toHaveAttribute('href', '/clients/9');
});

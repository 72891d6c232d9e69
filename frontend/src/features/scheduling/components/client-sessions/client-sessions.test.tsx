import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ClientSessions } from '@/features/scheduling/components/client-sessions/client-sessions';
import { makeQueryClient } from '@/lib/query-client';

vi.hoisted(() => vi.stubEnv('VITE_API_URL', 'http://localhost'));

const session = (id: number, starts: string, status: string, title: string | null = null) => ({
  id, trainer_id: 3, trainer_name: 'Tia Trainer', series_id: null, kind: 'personal', status, title,
  starts_at: starts, ends_at: starts.replace('T15', 'T16'), timezone: 'UTC', participants: [],
});
const page = (items: unknown[], total = items.length) => ({ items, meta: { total, pages: 1, page: 1, per_page: 5, has_next: total > items.length, has_prev: false } });
const requests: URL[] = [];

beforeEach(() => {
  requests.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      requests.push(url);
      const body = url.searchParams.get('sort') === '-starts_at'
        ? page([session(2, '2020-01-06T15:00:00+00:00', 'completed'), session(1, '2019-12-30T15:00:00+00:00', 'no_show')], 7)
        : page([session(3, '2040-01-09T15:00:00+00:00', 'scheduled', '8-week programme')]);
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

test('upcoming and past sessions with attendance, each opening in the calendar, and a Book session link', async () => {
  render(
    <QueryClientProvider client={makeQueryClient()}>
      <MemoryRouter>
        <ClientSessions clientId={9} zone="America/New_York" showTrainer canBook />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  const upcoming = await screen.findByRole('list', { name: 'Upcoming sessions' });
  expect(within(upcoming).getByText('8-week programme · Personal session')).toBeInTheDocument();
  expect(within(upcoming).getByRole('link')).toHaveAttribute('href', '/calendar?view=day&date=2040-01-09&session=3');
  const past = await screen.findByRole('list', { name: 'Past sessions' });
  expect(within(past).getByText('Completed')).toBeInTheDocument();
  expect(within(past).getByText('No-show')).toBeInTheDocument();
  expect(within(past).getAllByText('with Tia Trainer')).toHaveLength(2);
  expect(screen.getByRole('heading', { name: 'Past · 7' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Show more' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Book session' })).toHaveAttribute('href', '/calendar?book=9');
  const asked = requests.map((url) => Object.fromEntries(url.searchParams));
  expect(asked).toContainEqual(expect.objectContaining({ client_id: '9', sort: '-starts_at', per_page: '5' }));
  expect(asked.some((query) => query.from && !query.ended_by && query.client_id === '9')).toBe(true);
  expect(asked.some((query) => query.ended_by && !query.from && query.sort === '-starts_at')).toBe(true);
});

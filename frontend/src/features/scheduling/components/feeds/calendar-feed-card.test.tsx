import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { CalendarFeedCard } from '@/features/scheduling/components/feeds/calendar-feed-card';
import { ToastProvider } from '@/components/ui/toast';
import { makeQueryClient } from '@/lib/query-client';

// Node's Request needs absolute URLs; the app in a browser uses the page's origin.
vi.hoisted(() => vi.stubEnv('VITE_API_URL', 'http://localhost'));

const json = (status: number, body: unknown) => new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const URL_ONCE = 'https://studio.example.com/api/calendar/feeds/secret-token.ics';
type Feed = { id: number; trainer_id: number | null; client_id: number | null; created_at: string; revoked_at: string | null };

let feeds: Feed[] = [];
const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  // jsdom has <dialog> without its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
  feeds = [{ id: 1, trainer_id: 9, client_id: null, created_at: '2030-01-01T10:00:00+00:00', revoked_at: null }];
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (input) => {
    const request = input as Request;
    const url = new URL(request.url);
    const path = url.pathname;
    if (request.method === 'GET') {
      // As the API does: trainer_id / client_id narrow the list to that person's feeds.
      const trainerId = url.searchParams.get('trainer_id');
      const clientId = url.searchParams.get('client_id');
      const items = feeds.filter((feed) => (trainerId ? feed.trainer_id === Number(trainerId) : true) && (clientId ? feed.client_id === Number(clientId) : true));
      return json(200, { items, meta: { total: items.length, pages: 1, page: 1, per_page: 25, has_next: false, has_prev: false } });
    }
    if (request.method === 'POST') {
      const body = await request.json();
      // As the API does: a new feed for a person revokes their previous one.
      feeds = [...feeds.filter((feed) => feed.client_id !== body.client_id), { id: 2, trainer_id: null, client_id: body.client_id, created_at: '2030-01-02T10:00:00+00:00', revoked_at: null }];
      return json(201, { ...feeds.at(-1), token: 'secret-token', url: URL_ONCE });
    }
    feeds = feeds.filter((feed) => path !== `/api/calendar/feeds/${feed.id}`);
    return json(204, null);
  });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

function renderCard() {
  return render(
    <QueryClientProvider client={makeQueryClient()}>
      <ToastProvider>
        <CalendarFeedCard owner={{ client_id: 4 }} contents="your sessions" />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

test('only the person’s own feeds are asked for and listed', async () => {
  renderCard();
  expect(await screen.findByText('No active calendar link.')).toBeInTheDocument();
  const asked = new URL((fetchMock.mock.calls[0][0] as Request).url);
  expect(asked.searchParams.get('client_id')).toBe('4');
});

test('a new link is shown once with a webcal subscribe link, then revoked', async () => {
  renderCard();
  fireEvent.click(await screen.findByRole('button', { name: 'Create calendar link' }));
  expect(await screen.findByLabelText('Your private calendar link')).toHaveValue(URL_ONCE);
  expect(screen.getByRole('link', { name: 'Subscribe on this device' })).toHaveAttribute('href', 'webcal://studio.example.com/api/calendar/feeds/secret-token.ics');
  expect(await screen.findByText('The link above')).toBeInTheDocument();

  // Replacing asks first, because the old address stops working.
  fireEvent.click(screen.getByRole('button', { name: 'Create a new link' }));
  expect(screen.getByText(/The current link stops working at once/)).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

  fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
  fireEvent.click(screen.getByRole('button', { name: 'Revoke link' }));
  expect(await screen.findByText('No active calendar link.')).toBeInTheDocument();
  expect(screen.queryByLabelText('Your private calendar link')).not.toBeInTheDocument();
});

test('the URL is not shown again once the card is left', async () => {
  const first = renderCard();
  fireEvent.click(await screen.findByRole('button', { name: 'Create calendar link' }));
  await screen.findByLabelText('Your private calendar link');
  first.unmount();
  renderCard();
  expect(await screen.findByText(/Active link/)).toBeInTheDocument();
  expect(screen.queryByLabelText('Your private calendar link')).not.toBeInTheDocument();
});

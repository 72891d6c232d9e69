import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { UnsubscribeConfirm } from '@/features/notifications/components/unsubscribe-confirm';
import { makeQueryClient } from '@/lib/query-client';

vi.hoisted(() => vi.stubEnv('VITE_API_URL', 'http://localhost'));

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const PREVIEW = { organization_name: 'Iron & Oak Fitness', address: 'sam@example.com', topic: 'reminders', topic_label: 'Reminders before your sessions', subscribed: true };
const fetchMock = vi.fn<typeof fetch>();
let requests: string[] = [];

beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    requests.push(`${request.method} ${path}`);
    if (path !== '/api/unsubscribe/good-token') return json(404, { error: { code: 'unsubscribe_invalid', message: 'This unsubscribe link is not valid.' } });
    return json(200, request.method === 'POST' ? { ...PREVIEW, subscribed: false } : PREVIEW);
  });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

function renderPage(token: string) {
  render(
    <QueryClientProvider client={makeQueryClient()}>
      <MemoryRouter>
        <UnsubscribeConfirm token={token} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

test('says what the link turns off, and turns it off with one click', async () => {
  renderPage('good-token');
  expect(await screen.findByText('Reminders before your sessions')).toBeInTheDocument();
  expect(screen.getByText('sam@example.com')).toBeInTheDocument();
  expect(requests).toEqual(['GET /api/unsubscribe/good-token']);

  fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe' }));
  expect(await screen.findByText(/Done: you are unsubscribed\./)).toBeInTheDocument();
  expect(requests.at(-1)).toBe('POST /api/unsubscribe/good-token');
  expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
});

test('a link that is not valid says so and offers nothing to click', async () => {
  renderPage('forged');
  expect(await screen.findByText('This unsubscribe link is not valid.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
});

test('a link without its token asks for the email’s link again, without asking the server', () => {
  renderPage('');
  expect(screen.getByText(/This unsubscribe link is incomplete/)).toBeInTheDocument();
  expect(requests).toEqual([]);
});

import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { makeQueryClient } from '@/lib/query-client';

vi.hoisted(() => vi.stubEnv('VITE_API_URL', 'http://localhost'));

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const THROTTLED = { error: { code: 'sign_in_throttled', message: 'Too many failed sign-ins for this email. Try again in 2 minutes, or email yourself a link that unlocks sign-in on this browser.' } };
const fetchMock = vi.fn<typeof fetch>();
let requests: { path: string; body: unknown }[] = [];

beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (input) => {
    const request = input as Request;
    const path = new URL(request.url).pathname;
    requests.push({ path, body: await request.json() });
    if (path === '/api/auth/login') return json(429, THROTTLED);
    return json(202, { message: 'If an account uses this email, we sent it a link to unlock sign-in on this browser.' });
  });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

function renderForm() {
  render(
    <QueryClientProvider client={makeQueryClient()}>
      <MemoryRouter>
        <SignInForm onSuccess={() => undefined} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

test('a slowed-down sign-in explains the wait and offers an emailed unlock link for the typed email', async () => {
  renderForm();
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'coach@example.com' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'a-wrong-password' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

  expect(await screen.findByText(/Try again in 2 minutes/)).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Email me an unlock link' }));
  expect(await screen.findByText(/we sent it a link to unlock sign-in/)).toBeInTheDocument();
  expect(requests.at(-1)).toEqual({ path: '/api/auth/unlock', body: { email: 'coach@example.com' } });
  expect(screen.queryByRole('button', { name: 'Email me an unlock link' })).not.toBeInTheDocument();
});

test('"Forgot password?" carries the email typed so far', () => {
  renderForm();
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'coach@example.com' } });
  expect(screen.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '/forgot-password?email=coach%40example.com');
});

// Goal: a client sees a session booked for them in the portal, saves it as an .ics file, and
// subscribes to a private calendar feed that stops working once they revoke it.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { zonedDay, zonedInputToIso } from '@/features/scheduling/components/availability/zoned-time';
import { horizontalOverflow, baseURL, DESKTOP, launchBrowser, newContext, PASSWORD, PHONE, screenshot, signIn, unique, settle, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The owner's API session (a bearer token: no cookies or CSRF needed). */
async function ownerApi() {
  const login = await fetch(`${baseURL()}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: USERS.owner, password: PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  return {
    get: async (path: string) => (await fetch(`${baseURL()}${path}`, { headers })).json(),
    post: (path: string, body: unknown) => fetch(`${baseURL()}${path}`, { method: 'POST', headers, body: JSON.stringify(body) }),
  };
}

/**
 * Books the demo client with their trainer three weeks ahead at 05:00 studio time, before the
 * demo working hours (so the owner overrides them) and clear of the demo sessions; a clash
 * moves it a day on.
 */
async function bookForDemoClient(title: string): Promise<{ startsAt: string }> {
  const api = await ownerApi();
  const { timezone } = await api.get('/api/organization');
  const [client] = (await api.get(`/api/clients?q=${encodeURIComponent(USERS.client)}`)).items as { id: number }[];
  const { trainers } = (await api.get(`/api/clients/${client.id}`)) as { trainers: { trainer_id: number }[] };
  for (let extra = 0; extra < 10; extra++) {
    const day = zonedDay(new Date(Date.now() + (21 + extra) * 86_400_000).toISOString(), timezone);
    const startsAt = zonedInputToIso(`${day}T05:00`, timezone)!;
    const response = await api.post('/api/sessions', {
      trainer_id: trainers[0].trainer_id,
      client_ids: [client.id],
      starts_at: startsAt,
      ends_at: zonedInputToIso(`${day}T05:45`, timezone),
      kind: 'personal',
      title,
      location: 'Studio 2, upstairs',
      online_url: 'https://meet.example.com/e2e',
      override: true,
    });
    if (response.status === 201) return { startsAt };
    if (response.status !== 409) throw new Error(`Booking failed: ${response.status} ${await response.text()}`);
  }
  throw new Error('No free 05:00 slot for the demo client in ten days');
}

test('a client sees a booked session, downloads its .ics and subscribes to a feed they can revoke', async () => {
  const title = `E2E check-in ${unique()}`;
  await bookForDemoClient(title);

  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  await page.getByRole('heading', { name: 'Upcoming sessions' }).waitFor();
  await page.getByTestId('upcoming-session').first().waitFor();
  // Three weeks ahead may be past the first few the portal shows.
  const showAll = page.getByRole('button', { name: /^Show all \d+ sessions$/ });
  if (await showAll.count()) await showAll.click();
  const session = page.getByTestId('upcoming-session').filter({ hasText: title });
  await session.waitFor();
  expect(await session.textContent()).toContain('Studio 2, upstairs');
  expect(await session.getByRole('link', { name: 'Join online' }).getAttribute('href')).toBe('https://meet.example.com/e2e');
  // 05:00 in the studio's zone, which the demo client follows.
  expect(await session.textContent()).toMatch(/5:00/);

  const [download] = await Promise.all([page.waitForEvent('download'), session.getByRole('button', { name: /Add to calendar/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^session-\d+\.ics$/);
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(ics).toContain(`SUMMARY:${title}`);

  // A private feed: the URL is shown once, with a webcal:// subscribe link.
  await page.getByRole('button', { name: 'Create calendar link' }).click();
  const link = page.getByLabel('Your private calendar link');
  await link.waitFor();
  const url = await link.inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/feeds\/[\w-]+\.ics$/);
  expect(await page.getByRole('link', { name: 'Subscribe on this device' }).getAttribute('href')).toBe(url.replace(/^http:/, 'webcal:'));
  await page.getByText('Google Calendar', { exact: true }).click();
  await page.getByText('From URL').waitFor();
  await settle(page);
  await screenshot(page, 'portal-feed-phone-dark');

  const feed = await fetch(url);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
  expect(await feed.text()).toContain(`SUMMARY:${title}`);

  await page.getByRole('list', { name: 'Active calendar links' }).getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('button', { name: 'Revoke link' }).click();
  await page.getByText('Calendar link revoked.').waitFor();
  await page.getByText('No active calendar link.').waitFor();
  expect(await link.count()).toBe(0);
  expect((await fetch(url)).status).toBe(404);
  await context.close();
});

describe.each(['dark', 'light'] as const)('%s theme', (theme) => {
  test.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('the portal on a %s', async (size, viewport) => {
    const context = await newContext(browser, { viewport, theme });
    const page = await context.newPage();
    await signIn(page, USERS.client, /\/portal$/);
    await page.getByTestId('upcoming-session').first().waitFor();
    await page.getByRole('heading', { name: 'Trainers' }).waitFor();
    if (size === 'desktop') await page.getByText('Account: time zone, units, password, security and your data').click();
    await settle(page);
    expect(await horizontalOverflow(page), 'the portal scrolls sideways').toBeLessThanOrEqual(0);
    await screenshot(page, `portal-${size}-${theme}`);
    await context.close();
  });
});

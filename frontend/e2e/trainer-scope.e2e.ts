// Goal: a trainer sees only their own clients; another trainer's client is neither listed nor
// reachable by its URL, and the admin screens are not offered.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseURL, launchBrowser, newContext, PASSWORD, signIn, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A client of trainer2 whom trainer1 does not coach, found through the owner's API session. */
async function otherTrainersClient(): Promise<{ id: number; full_name: string }> {
  const login = await fetch(`${baseURL()}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: USERS.owner, password: PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const get = async (path: string) => (await fetch(`${baseURL()}${path}`, { headers: { Authorization: `Bearer ${token}` } })).json();
  const trainers = (await get('/api/trainers?per_page=100')).items as { id: number; email: string }[];
  const id = (email: string) => trainers.find((trainer) => trainer.email === email)!.id;
  const theirs = (await get(`/api/clients?trainer_id=${id(USERS.trainer2)}&per_page=100`)).items as { id: number; full_name: string }[];
  const mine = new Set(((await get(`/api/clients?trainer_id=${id(USERS.trainer1)}&per_page=100`)).items as { id: number }[]).map((client) => client.id));
  const client = theirs.find((candidate) => !mine.has(candidate.id));
  if (!client) throw new Error('The demo data has no client of trainer2 that trainer1 does not coach');
  return client;
}

test("a trainer cannot list or open another trainer's client", async () => {
  const other = await otherTrainersClient();
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.trainer1);

  const nav = page.getByRole('navigation', { name: 'Main' }).first();
  await nav.getByRole('link', { name: 'Clients' }).waitFor();
  expect(await nav.getByRole('link', { name: 'Activity' }).count()).toBe(0);
  expect(await nav.getByRole('link', { name: 'Trainers' }).count()).toBe(0);

  await page.goto(`/clients?status=all&q=${encodeURIComponent(other.full_name.split(' ').pop()!)}`);
  await page.getByTestId('showing').or(page.getByText('No clients match these filters')).first().waitFor();
  expect(await page.getByRole('link', { name: other.full_name, exact: true }).count()).toBe(0);

  await page.goto(`/clients/${other.id}`);
  await page.getByRole('heading', { name: 'Client not found' }).waitFor();
  expect(await page.getByText(other.full_name).count()).toBe(0);

  await page.goto('/activity');
  await page.waitForURL((url) => url.pathname === '/');
  await context.close();
});

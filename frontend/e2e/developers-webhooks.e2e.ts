// Goal: the demo owner opens Webhooks from Settings, adds an endpoint pointing at a receiver this
// journey runs on 127.0.0.1 (the e2e backend allows private addresses), copies the secret shown
// once, sends a test event, and reads in the delivery log that it was delivered with the
// receiver's 200; the receiver checks the signature with that secret. Then a client added through
// the app reaches the receiver as client.created, the owner turns the endpoint off, and a trainer
// cannot open the screen. Screenshots on a 1440×900 desktop, dark and light, and a 390×844 phone.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, screenshot, settle, signIn, unique, USERS, type Look } from './support/browser';

type Received = { headers: IncomingHttpHeaders; body: Buffer };
const received: Received[] = [];
let receiver: Server;
let receiverUrl = '';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received": true}');
    });
  });
  await new Promise<void>((listening) => receiver.listen(0, '127.0.0.1', listening));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/${unique()}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => receiver?.close(closed));
});

/** The receivers' check, as docs/developers/webhooks.md gives it. */
function verify(body: Buffer, header: string, secret: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.`).update(body).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) && Math.abs(Date.now() / 1000 - Number(parts.t)) < 300;
}

const endpointCard = (page: Page) => page.getByTestId('webhook-endpoint').filter({ hasText: receiverUrl });

async function openWebhooks(page: Page) {
  await page.goto('/settings');
  await settle(page);
  await page.getByRole('link', { name: 'Manage webhooks' }).click();
  await page.waitForURL(/\/settings\/developers\/webhooks$/);
  await page.getByRole('heading', { name: 'Webhooks', exact: true }).waitFor();
}

async function noSidewaysScroll(page: Page, look: Look, screen: string) {
  await settle(page);
  expect(await horizontalOverflow(page), `${screen} scrolls sideways on ${look.size}`).toBeLessThanOrEqual(0);
}

test('the owner adds an endpoint, keeps its secret, and sees a signed test event delivered', async () => {
  const look: Look = { size: 'desktop', theme: 'dark' };
  const context = await newContext(browser, { viewport: DESKTOP, theme: look.theme });
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await openWebhooks(page);

  await page.getByRole('button', { name: 'Add endpoint' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
  // A refused address is a sentence beside the field (this backend allows private addresses, so try a wrong scheme).
  await dialog.getByLabel('Address (URL)').fill('ftp://example.com/hooks');
  await dialog.getByLabel('A client was added').check();
  await dialog.getByRole('button', { name: 'Add endpoint' }).click();
  await dialog.getByText('The address must start with https:// (or http://).').waitFor();
  await dialog.getByLabel('Address (URL)').fill(receiverUrl);
  await dialog.getByLabel('Description (optional)').fill('Our CRM');
  await dialog.getByRole('button', { name: 'Add endpoint' }).click();
  const shown = page.getByRole('dialog', { name: 'Endpoint added' }).getByTestId('shown-secret');
  await shown.waitFor();
  const secret = await shown.getByLabel('Signing secret').inputValue();
  expect(secret).toMatch(/^whsec_/);
  await settle(page);
  await screenshot(page, `webhooks-secret-${look.size}-${look.theme}`);
  await shown.getByRole('button', { name: 'I have copied it' }).click();

  const card = endpointCard(page);
  await expect.poll(() => card.textContent()).toMatch(/On.*Our CRM.*Sends: A client was added\./);
  expect(await card.textContent()).not.toContain(secret);
  await card.getByRole('button', { name: 'Send test event' }).click();
  const log = card.getByRole('list', { name: 'Delivery log' });
  // The job worker sends it; the log refreshes itself while it is on its way.
  await expect.poll(() => log.getByTestId('webhook-delivery').first().textContent(), { timeout: 20_000 }).toMatch(/Test event.*Delivered.*Answered 200 in \d+ ms \(1 try\)\./);
  const test = received.find((item) => JSON.parse(item.body.toString()).type === 'webhook.test');
  expect(test).toBeDefined();
  expect(verify(test!.body, String(test!.headers['fitnesscrm-signature']), secret)).toBe(true);
  expect(verify(test!.body, String(test!.headers['fitnesscrm-signature']), 'whsec_wrong')).toBe(false);
  await noSidewaysScroll(page, look, 'webhooks');
  await screenshot(page, `webhooks-${look.size}-${look.theme}`);

  // A client added in the app reaches the receiver as client.created, with the client as /api/v2 shows it.
  const lastName = `Hook${unique()}`;
  await page.goto('/clients/new');
  await page.getByLabel('First name').fill('Wren');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.waitForURL(/\/clients\/\d+$/);
  await expect
    .poll(() => received.map((item) => JSON.parse(item.body.toString())).find((event) => event.type === 'client.created' && event.data.object.last_name === lastName)?.data.object.first_name, { timeout: 20_000 })
    .toBe('Wren');

  // Turning it off says so on the card.
  await openWebhooks(page);
  await endpointCard(page).getByRole('button', { name: 'Turn off' }).click();
  await expect.poll(() => endpointCard(page).getByTestId('disabled-reason').textContent()).toMatch(/^Turned off .*Turned off by /);
  await endpointCard(page).getByRole('button', { name: 'Turn on' }).click();
  await expect.poll(() => endpointCard(page).textContent()).toContain('Send test event');
  await context.close();
});

test('a trainer has no webhooks screen', async () => {
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const page = await context.newPage();
  await signIn(page, USERS.trainer1);
  await page.goto('/settings');
  await settle(page);
  expect(await page.getByRole('link', { name: 'Manage webhooks' }).count()).toBe(0);
  await page.goto('/settings/developers/webhooks');
  await page.waitForURL(/\/$/);
  await context.close();
});

test('the webhooks screen in the other looks', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (page, look) => {
    await openWebhooks(page);
    await endpointCard(page).getByRole('button', { name: 'Delivery log' }).click();
    await endpointCard(page).getByRole('list', { name: 'Delivery log' }).waitFor();
    await noSidewaysScroll(page, look, 'webhooks');
    await screenshot(page, `webhooks-${look.size}-${look.theme}`);
  });
});

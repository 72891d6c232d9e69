// Goal: a trainer and their client chat in real time, each in their own browser (the trainer at a
// 1440×900 desktop, the client on a 390×844 phone, as the installed app is used). The client sees the
// unread badge, opens the conversation and the trainer sees "Seen"; the client's typing shows on the
// trainer's screen; the trainer edits and deletes a message and the client sees both. The backend runs
// two gunicorn workers on Redis (global-setup), so the two sockets may well be held by different
// processes. Screenshots of the list and the conversation in both themes, on desktop and phone.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, launchBrowser, newContext, PHONE, screenshot, settle, signIn, unique, USERS, type Look } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type DemoClient = { id: number; full_name: string; first_name: string };

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** The demo client with an account, and the id of their conversation with trainer 1 (their primary trainer). */
async function demoConversation(trainer: Page): Promise<{ client: DemoClient; threadId: number }> {
  const clients = await getJson<{ items: DemoClient[] }>(trainer, `/api/clients?q=${encodeURIComponent(USERS.client)}`);
  const client = clients.items[0];
  const threads = await getJson<{ items: { id: number }[] }>(trainer, `/api/threads?client_id=${client.id}`);
  expect(threads.items, `the demo has no conversation between ${USERS.trainer1} and ${client.full_name}`).toHaveLength(1);
  return { client, threadId: threads.items[0].id };
}

/** The number on the portal bottom bar's Messages tab (0 when it shows none). */
async function unreadBadge(phone: Page): Promise<number> {
  const badge = phone.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: /Messages/ }).getByLabel(/\d+ unread/);
  if (!(await badge.count())) return 0;
  return Number((await badge.getAttribute('aria-label'))?.split(' ')[0]);
}

const conversation = (page: Page) => page.getByRole('list', { name: 'Messages' });
const messageWith = (page: Page, text: string) => conversation(page).getByTestId('message').filter({ hasText: text });

async function send(page: Page, text: string) {
  const box = page.getByRole('form', { name: 'Write a message' }).getByLabel('Message', { exact: true });
  await box.fill(text);
  await box.press('Enter');
  await messageWith(page, text).waitFor();
  // The room may bring the message back before the POST's answer empties the box.
  await expect.poll(() => box.inputValue()).toBe('');
}

async function noSidewaysScroll(page: Page, look: Look, screen: string) {
  await settle(page);
  expect(await horizontalOverflow(page), `${screen} scrolls sideways on ${look.size} ${look.theme}`).toBeLessThanOrEqual(0);
}

test('a trainer and a client chat in real time: unread badge, Seen, typing, edit and delete', async () => {
  const hello = `Great session today! ${unique()}`;
  const coachContext: BrowserContext = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const coach = await coachContext.newPage();
  await signIn(coach, USERS.trainer1);
  const { client, threadId } = await demoConversation(coach);

  const clientContext: BrowserContext = await newContext(browser, { viewport: PHONE, theme: 'dark' });
  const phone = await clientContext.newPage();
  await signIn(phone, USERS.client, /\/portal$/);
  const bottomBar = phone.getByRole('navigation', { name: 'Portal' });
  await bottomBar.getByRole('link', { name: /Messages/ }).waitFor();
  await settle(phone);
  // The demo leaves the client a few unread messages already: the badge counts up from there.
  const unreadBefore = await unreadBadge(phone);

  // The trainer opens the conversation from the client's page and writes.
  await coach.goto(`/clients/${client.id}`);
  await coach.getByRole('link', { name: 'Message', exact: true }).click();
  await coach.waitForURL(new RegExp(`/messages/${threadId}$`));
  await coach.getByRole('heading', { name: client.full_name }).waitFor();
  await settle(coach);
  await send(coach, hello);
  expect(await messageWith(coach, hello).getAttribute('class')).toContain('items-end');

  // The client, elsewhere in the portal, sees the badge arrive without reloading.
  await expect.poll(() => unreadBadge(phone), { timeout: 10_000 }).toBe(unreadBefore + 1);
  await settle(phone);
  await screenshot(phone, 'chat-badge-phone-dark');

  await bottomBar.getByRole('link', { name: /Messages/ }).click();
  await phone.waitForURL(/\/portal\/messages$/);
  const row = phone.getByRole('list', { name: 'Conversations' }).getByTestId('thread').filter({ hasText: hello });
  await row.waitFor();
  expect(await row.getByTestId('thread-unread').count()).toBe(1);
  await settle(phone);
  await screenshot(phone, 'chat-threads-phone-dark');
  await row.click();
  await phone.waitForURL(new RegExp(`/portal/messages/${threadId}$`));
  await messageWith(phone, hello).waitFor();
  expect(await messageWith(phone, hello).getAttribute('class')).toContain('items-start');

  // Reading it reaches the trainer as "Seen" under their message, and clears the client's badge.
  await messageWith(coach, hello).getByTestId('seen').filter({ hasText: /^Seen/ }).waitFor({ timeout: 10_000 });
  await expect.poll(() => unreadBadge(phone)).toBeLessThanOrEqual(unreadBefore);

  // The client types: the trainer sees it; the reply arrives live on the left.
  const reply = `Thanks coach, legs are sore ${unique()}`;
  const clientBox = phone.getByRole('form', { name: 'Write a message' }).getByLabel('Message', { exact: true });
  await clientBox.fill('Thanks coach');
  await coach.getByTestId('typing').filter({ hasText: /is typing…$/ }).waitFor({ timeout: 10_000 });
  await settle(coach);
  await screenshot(coach, 'chat-typing-desktop-dark');
  await clientBox.fill('');
  await send(phone, reply);
  await messageWith(coach, reply).waitFor({ timeout: 10_000 });
  expect(await messageWith(coach, reply).getAttribute('class')).toContain('items-start');
  await settle(phone);
  await screenshot(phone, 'chat-conversation-phone-dark');

  // The trainer corrects their message: the client sees the new words, marked "edited".
  const corrected = `Great session today, well done! ${unique()}`;
  const mine = messageWith(coach, hello);
  await mine.getByRole('button', { name: 'Message options' }).click();
  await mine.getByRole('menuitem', { name: 'Edit' }).click();
  const edit = coach.getByLabel('Edit your message');
  await edit.fill(corrected);
  await edit.press('Enter');
  await messageWith(coach, corrected).filter({ hasText: 'edited' }).waitFor();
  await messageWith(phone, corrected).filter({ hasText: 'edited' }).waitFor({ timeout: 10_000 });
  expect(await messageWith(phone, hello).count()).toBe(0);
  await settle(coach);
  await screenshot(coach, 'chat-conversation-desktop-dark');

  // And deletes it: both see the trace in its place, not the words.
  await messageWith(coach, corrected).getByRole('button', { name: 'Message options' }).click();
  await coach.getByRole('menuitem', { name: 'Delete' }).click();
  await coach.getByRole('dialog', { name: 'Delete this message?' }).getByRole('button', { name: 'Delete message' }).click();
  await conversation(coach).getByText('This message was deleted').waitFor();
  await conversation(phone).getByText('This message was deleted').waitFor({ timeout: 10_000 });
  expect(await conversation(phone).getByText(corrected).count()).toBe(0);

  // The other looks of the same screens: no sideways scrolling anywhere.
  await noSidewaysScroll(coach, { size: 'desktop', theme: 'dark' }, 'the conversation');
  await noSidewaysScroll(phone, { size: 'phone', theme: 'dark' }, 'the conversation');
  for (const look of [{ size: 'desktop', theme: 'light' }, { size: 'phone', theme: 'light' }, { size: 'phone', theme: 'dark' }] as const) {
    const context = await newContext(browser, { viewport: look.size === 'phone' ? PHONE : DESKTOP, theme: look.theme });
    const page = await context.newPage();
    await signIn(page, USERS.trainer1);
    await page.goto('/messages');
    await page.getByRole('list', { name: 'Conversations' }).waitFor();
    await noSidewaysScroll(page, look, 'the thread list');
    await screenshot(page, `chat-threads-${look.size}-${look.theme}`);
    await page.goto(`/messages/${threadId}`);
    await messageWith(page, reply).waitFor();
    await noSidewaysScroll(page, look, 'the conversation');
    await screenshot(page, `chat-conversation-trainer-${look.size}-${look.theme}`);
    await context.close();
  }
  await phone.emulateMedia({ colorScheme: 'light' });
  await settle(phone);
  await screenshot(phone, 'chat-conversation-phone-light');

  await coachContext.close();
  await clientContext.close();
});

test('a reconnecting conversation catches up on what it missed', async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const phone = await context.newPage();
  await signIn(phone, USERS.client, /\/portal$/);
  const coachContext = await newContext(browser);
  const coach = await coachContext.newPage();
  await signIn(coach, USERS.trainer1);
  const { threadId } = await demoConversation(coach);

  await phone.goto(`/portal/messages/${threadId}`);
  await conversation(phone).or(phone.getByRole('heading', { name: 'No messages yet' })).first().waitFor();
  await settle(phone);
  // The phone loses its connection; the trainer writes meanwhile; back online, it appears without a reload.
  await context.setOffline(true);
  await phone.getByTestId('composer-offline').waitFor({ timeout: 10_000 });
  expect(await phone.getByRole('form', { name: 'Write a message' }).getByLabel('Message', { exact: true }).isDisabled()).toBe(true);
  await screenshot(phone, 'chat-offline-phone-dark');
  const missed = `Sent while you were away ${unique()}`;
  const posted = await coach.request.post(`/api/threads/${threadId}/messages`, {
    data: { body: missed },
    headers: { 'X-CSRF-TOKEN': (await coachContext.cookies()).find((cookie) => cookie.name === 'csrf_access_token')?.value ?? '' },
  });
  expect(posted.status()).toBe(201);
  await context.setOffline(false);
  await messageWith(phone, missed).waitFor({ timeout: 20_000 });
  await context.close();
  await coachContext.close();
});

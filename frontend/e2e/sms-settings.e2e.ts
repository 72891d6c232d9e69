// Goal: the demo owner reads the studio's Text messages card in Settings (its number, this month's texts,
// and, with no Twilio account on the test server, the sentence saying nothing is sent), changes the
// number (a wrong one is refused beside the field) and puts it back; a trainer, whose profile has a
// mobile number, turns reminders by text on in their notifications and it stays on after a reload.
// Screenshots on a 1440×900 desktop, dark and light, and a 390×844 phone, with no sideways scrolling.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, screenshot, settle, signIn, USERS, type Look } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const smsCard = (page: Page) => page.getByRole('form', { name: 'Text messages', exact: true });

async function noSidewaysScroll(page: Page, look: Look, screen: string) {
  await settle(page);
  expect(await horizontalOverflow(page), `${screen} scrolls sideways on ${look.size}`).toBeLessThanOrEqual(0);
}

test('the owner sets the studio number and reads this month’s texts', async () => {
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.goto('/settings');
  const number = smsCard(page).getByLabel("The studio's number");
  await number.waitFor();
  expect(await number.inputValue()).toBe('(212) 555-0000');
  await page.getByTestId('sms-not-configured').waitFor();
  expect(await page.getByTestId('sms-usage').textContent()).toMatch(/texts? sent, \d+ delivered/);
  await page.getByText('/api/sms/inbound').waitFor();

  await number.fill('12');
  await smsCard(page).getByRole('button', { name: 'Save number' }).click();
  await smsCard(page).getByText('Not a valid phone number.').waitFor();

  await number.fill('212 555 0001');
  await smsCard(page).getByRole('button', { name: 'Save number' }).click();
  await page.getByText('The studio now texts from (212) 555-0001.').waitFor();
  await page.reload();
  await number.waitFor();
  expect(await number.inputValue()).toBe('(212) 555-0001');
  await smsCard(page).scrollIntoViewIfNeeded();
  await settle(page);
  await screenshot(page, 'settings-sms-desktop-dark');

  await number.fill('(212) 555-0000');
  await smsCard(page).getByRole('button', { name: 'Save number' }).click();
  await page.getByText('The studio now texts from (212) 555-0000.').waitFor();
  await context.close();
});

test('a trainer turns reminders by text on', async () => {
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'light' });
  const page = await context.newPage();
  await signIn(page, USERS.trainer1);
  await page.goto('/settings');
  const card = page.getByRole('form', { name: 'Notifications', exact: true });
  const byText = card.getByLabel('Reminders before your sessions by text');
  await byText.waitFor();
  expect(await byText.isChecked()).toBe(false); // texts wait for a yes
  await byText.check();
  await card.getByRole('button', { name: 'Save notifications' }).click();
  await page.getByText(/^Saved\. Turned off: 7 of 8 by text\.$/).waitFor();
  await page.reload();
  await byText.waitFor();
  expect(await byText.isChecked()).toBe(true);
  await card.scrollIntoViewIfNeeded();
  await settle(page);
  await screenshot(page, 'settings-notification-channels-desktop-light');
  await byText.uncheck();
  await card.getByRole('button', { name: 'Save notifications' }).click();
  await page.getByText(/^Saved\. Turned off: 8 of 8 by text\.$/).waitFor();
  await context.close();
});

test('the text messages card and the channels in the other looks', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (page, look) => {
    await page.goto('/settings');
    await smsCard(page).getByLabel("The studio's number").waitFor();
    await smsCard(page).scrollIntoViewIfNeeded();
    await noSidewaysScroll(page, look, 'settings');
    await screenshot(page, `settings-sms-${look.size}-${look.theme}`);
  });
  await forEachLook(browser, USERS.trainer1, OTHER_LOOKS, async (page, look) => {
    await page.goto('/settings');
    const card = page.getByRole('form', { name: 'Notifications', exact: true });
    await card.getByLabel('Reminders before your sessions by text').waitFor();
    await card.scrollIntoViewIfNeeded();
    await noSidewaysScroll(page, look, 'settings');
    await screenshot(page, `settings-notification-channels-${look.size}-${look.theme}`);
  });
});

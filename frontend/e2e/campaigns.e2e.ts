// Goal: the demo owner builds a segment (the count follows the filters), writes a campaign with a merge
// field and reads its preview, saves it, sends it now, and reads its report once the job worker has sent
// it; the demo's sent campaigns show their figures. Screenshots on a 1440×900 desktop, dark and light,
// and a 390×844 phone, with no sideways scrolling.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, screenshot, settle, signIn, unique, USERS, type Look } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function noSidewaysScroll(page: Page, look: Look, screen: string) {
  await settle(page);
  expect(await horizontalOverflow(page), `${screen} scrolls sideways on ${look.size}`).toBeLessThanOrEqual(0);
}

const segmentName = `Paused ${unique()}`;

test('the owner builds a segment, writes a campaign, sends it and reads its report', async () => {
  const look: Look = { size: 'desktop', theme: 'dark' };
  const context = await newContext(browser, { viewport: DESKTOP, theme: look.theme });
  const page = await context.newPage();
  await signIn(page, USERS.owner);

  await page.getByRole('link', { name: 'Campaigns' }).first().click();
  await page.waitForURL(/\/campaigns$/);
  const campaigns = page.getByRole('list', { name: 'Campaigns' }).getByTestId('campaign');
  await expect.poll(() => campaigns.filter({ hasText: 'Bring a friend' }).textContent()).toMatch(/Sent.*to Active members.*\d+ sent · opened by \d+ of \d+ \(\d+%\)/);
  await noSidewaysScroll(page, look, 'the campaigns');
  await screenshot(page, `campaigns-${look.size}-${look.theme}`);

  // The segment builder counts as the filters change.
  await page.getByRole('link', { name: 'Segments' }).click();
  await page.getByRole('link', { name: 'New segment' }).first().click();
  await page.waitForURL(/\/campaigns\/segments\/new$/);
  const count = page.getByTestId('segment-count');
  await expect.poll(() => count.textContent()).toMatch(/^\d+ clients?$/);
  const everyone = Number((await count.textContent())!.split(' ')[0]);
  await page.getByLabel('Name').fill(segmentName);
  await page.getByLabel('Paused').check();
  await expect.poll(async () => Number((await count.textContent())!.split(' ')[0])).toBeLessThan(everyone);
  await expect.poll(() => page.getByText(/^Paused clients\./).count()).toBe(1);
  const paused = Number((await count.textContent())!.split(' ')[0]);
  await settle(page);
  await screenshot(page, `segment-builder-${look.size}-${look.theme}`);
  await page.getByRole('button', { name: 'Create segment' }).click();
  await page.waitForURL(/\/campaigns\/segments$/);
  await page.getByRole('link', { name: segmentName }).waitFor();

  // The campaign: a merge field in the subject, one inserted in the body, and the preview fills them in.
  await page.goto('/campaigns/new');
  await page.getByLabel('Name (only the studio sees it)').fill(`Timetable ${segmentName}`);
  const option = page.getByLabel('Send to segment').locator('option', { hasText: segmentName });
  await option.waitFor({ state: 'attached' });
  await page.getByLabel('Send to segment').selectOption((await option.getAttribute('value'))!);
  await page.getByLabel('Subject', { exact: true }).fill('New classes for you, {{ first_name }}');
  await page.getByRole('button', { name: 'trainer name' }).click();
  expect(await page.getByLabel('Message (HTML)').inputValue()).toContain('{{ trainer_name }}');
  await expect.poll(() => page.getByTestId('preview-subject').textContent()).toBe('New classes for you, Alex');
  await expect.poll(() => page.frameLocator('iframe[title="Email preview"]').locator('body').textContent()).toContain('Hi Alex');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/campaigns\/\d+$/);
  await page.getByRole('button', { name: 'Send now' }).waitFor();
  await settle(page);
  await screenshot(page, `campaign-editor-${look.size}-${look.theme}`);

  await page.getByRole('button', { name: 'Send now' }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.textContent()).toContain(`goes to everyone in “${segmentName}”`);
  await dialog.getByRole('button', { name: 'Send now' }).click();
  await page.getByText('is on its way.').waitFor();
  // The job worker sends it; the screen reads again while it is scheduled or sending, then shows the report.
  await page.getByRole('heading', { name: 'Overall' }).waitFor({ timeout: 60_000 });
  await expect.poll(() => page.getByText(/^Sent /).first().textContent()).toMatch(/^Sent /);
  const recipients = page.locator('dt', { hasText: 'Recipients' }).first().locator('xpath=..');
  await expect.poll(async () => Number((await recipients.locator('dd').first().textContent())!.replace(/,/g, ''))).toBeLessThanOrEqual(paused);
  await noSidewaysScroll(page, look, 'the report');
  await screenshot(page, `campaign-report-${look.size}-${look.theme}`);
  await context.close();
});

test('the campaign screens read well in light mode and on a phone', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (page, look) => {
    await page.goto('/campaigns');
    await page.getByRole('list', { name: 'Campaigns' }).waitFor();
    await noSidewaysScroll(page, look, 'the campaigns');
    await screenshot(page, `campaigns-${look.size}-${look.theme}`);
    await page.getByRole('link', { name: 'Bring a friend' }).click();
    await page.getByRole('heading', { name: 'Subjects tested' }).waitFor();
    await noSidewaysScroll(page, look, 'the A/B report');
    await screenshot(page, `campaign-ab-report-${look.size}-${look.theme}`);
    await page.goto('/campaigns/new');
    await page.getByRole('heading', { name: 'Preview for a sample client' }).waitFor();
    await noSidewaysScroll(page, look, 'the campaign editor');
    await screenshot(page, `campaign-editor-${look.size}-${look.theme}`);
  });
});

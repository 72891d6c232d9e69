// Goal: a coach builds a check-in form and assigns it; the client fills it in on a phone; the coach replies and
// marks it reviewed from the queue; the client reads the reply.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PHONE, screenshot, settle, signIn, type Look, unique, USERS } from './support/browser';

let browser: Browser;

/** `forEachLook` for the client, who lands on the portal after signing in. */
async function forEachClientLook(looks: readonly Look[], visit: (page: import('playwright-core').Page, look: Look) => Promise<void>) {
  for (const look of looks) {
    const context = await newContext(browser, { viewport: look.size === 'phone' ? PHONE : DESKTOP, theme: look.theme });
    const page = await context.newPage();
    await signIn(page, USERS.client, /\/portal$/);
    await visit(page, look);
    await context.close();
  }
}
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a coach builds and assigns a form, the client answers on a phone, the coach replies and reviews', async () => {
  const formName = `Sunday check-in ${unique()}`;
  const coachContext = await newContext(browser, { viewport: DESKTOP });
  const coach = await coachContext.newPage();
  await signIn(coach, USERS.trainer1);
  await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Check-ins/ }).click();
  await coach.waitForURL(/\/check-ins$/);
  await coach.getByRole('link', { name: 'Forms' }).click();
  await coach.getByRole('link', { name: 'New form' }).first().click();
  await coach.waitForURL(/\/check-ins\/forms\/new$/);

  // Three questions: a 1–10 scale (required), a choice with three options, and a short text; the last moved up.
  await coach.getByLabel('Form name').fill(formName);
  const questions = coach.getByTestId('question-editor');
  await questions.nth(0).getByLabel('Question', { exact: true }).fill('How was your energy?');
  await questions.nth(0).getByLabel('The client must answer').check();
  await coach.getByRole('button', { name: 'Add question' }).click();
  await questions.nth(1).getByLabel('Question', { exact: true }).fill('How did nutrition go?');
  await questions.nth(1).getByLabel('Answer', { exact: true }).selectOption('choice');
  await questions.nth(1).getByLabel('Option 1', { exact: true }).fill('On plan');
  await questions.nth(1).getByLabel('Option 2', { exact: true }).fill('Off plan');
  await questions.nth(1).getByRole('button', { name: 'Add option' }).click();
  await questions.nth(1).getByLabel('Option 3', { exact: true }).fill('Somewhere between');
  await coach.getByRole('button', { name: 'Add question' }).click();
  await questions.nth(2).getByLabel('Question', { exact: true }).fill('Your win this week');
  await questions.nth(2).getByLabel('Answer', { exact: true }).selectOption('short_text');
  await coach.getByRole('button', { name: 'Move question 3 up' }).click();
  await expect.poll(async () => questions.nth(1).getByLabel('Question', { exact: true }).inputValue()).toBe('Your win this week');
  await screenshot(coach, 'progress-check-ins-builder-desktop-dark');
  await coach.getByRole('button', { name: 'Create form' }).click();
  await coach.waitForURL(/\/check-ins\/forms\/\d+$/);
  const formId = Number(coach.url().split('/').pop());

  // The coach gives the demo client (theirs) this form every week. The staff client page's Progress tab,
  // where the lead wires ClientCheckInsSection, does the same call.
  const clientContext = await newContext(browser, { viewport: PHONE });
  const portal = await clientContext.newPage();
  await signIn(portal, USERS.client, /\/portal$/);
  const me = (await (await clientContext.request.get('/api/auth/me')).json()) as { client_id: number };
  const weekday = ((new Date().getDay() + 6 + 3) % 7) + 1;
  const assigned = await coachContext.request.put(`/api/clients/${me.client_id}/check-in-assignment`, {
    data: { form_id: formId, weekday },
    headers: { 'X-CSRF-TOKEN': (await coachContext.cookies()).find((cookie) => cookie.name === 'csrf_access_token')?.value ?? '' },
  });
  expect(assigned.status()).toBe(200);

  // On the phone: this week's check-in, a scale, a choice and a text.
  await portal.goto('/portal/check-ins');
  await portal.getByRole('link', { name: "Fill in this week's check-in" }).click();
  await portal.getByRole('form', { name: 'Check-in' }).waitFor();
  await portal.getByRole('button', { name: 'Send check-in' }).click();
  await portal.getByText('This question needs an answer.').first().waitFor();
  await portal.getByRole('radiogroup', { name: 'How was your energy?' }).getByRole('radio', { name: '8' }).click();
  await portal.getByRole('radiogroup', { name: 'How did nutrition go?' }).getByText('On plan').click();
  const win = `Three workouts ${unique()}`;
  await portal.getByLabel('Your win this week').fill(win);
  expect(await horizontalOverflow(portal)).toBe(0);
  await screenshot(portal, 'progress-check-ins-form-phone-dark');
  await portal.getByRole('button', { name: 'Send check-in' }).click();
  await portal.getByText(win).waitFor();
  await portal.getByText('Sent. Your coach has not replied yet.').waitFor();

  // The coach finds it in the queue, replies and marks it reviewed.
  await coach.goto('/check-ins');
  const item = coach.getByTestId('queue-item').filter({ hasText: formName }).first();
  await item.click();
  const panel = coach.getByRole('dialog', { name: 'Check-in' });
  await panel.getByText(win).waitFor();
  const reply = `Brilliant week, keep going ${unique()}`;
  await panel.getByLabel('Reply to the client').fill(reply);
  await panel.getByRole('button', { name: 'Send reply' }).click();
  await panel.getByTestId('check-in-reply').filter({ hasText: reply }).waitFor();
  await panel.getByRole('button', { name: 'Mark reviewed' }).click();
  await panel.getByText(/Reviewed by/).waitFor();
  await settle(coach);
  await screenshot(coach, 'progress-check-ins-review-desktop-dark');
  await coachContext.close();

  // The client reads the reply on their phone.
  await portal.goto('/portal/check-ins');
  await portal.getByRole('link', { name: /Coach replied/ }).first().click();
  await portal.getByTestId('check-in-reply').filter({ hasText: reply }).waitFor();
  await settle(portal);
  expect(await horizontalOverflow(portal)).toBe(0);
  await screenshot(portal, 'progress-check-ins-reply-phone-dark');
  await clientContext.close();
});

test('the check-in screens read well in every look', async () => {
  await forEachLook(browser, USERS.trainer1, OTHER_LOOKS, async (page, look) => {
    await page.goto('/check-ins');
    await page.getByRole('heading', { name: 'Overdue' }).waitFor();
    await settle(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, `progress-check-ins-queue-${look.size}-${look.theme}`);
  });
  await forEachClientLook(OTHER_LOOKS, async (page, look) => {
    await page.goto('/portal/check-ins');
    await page.getByRole('heading', { name: 'Sent', exact: true }).first().waitFor();
    await settle(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, `progress-check-ins-portal-${look.size}-${look.theme}`);
  });
});

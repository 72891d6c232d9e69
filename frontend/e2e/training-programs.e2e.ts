// Goal: a coach builds a program, saves a second version and compares it, assigns it to a client,
// and the client sees it in their portal.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PHONE, screenshot, settle, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
}, 240_000);

async function post(context: BrowserContext, page: Page, path: string, body: unknown) {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'csrf_access_token')!.value;
  const response = await page.request.post(path, { data: body, headers: { 'X-CSRF-TOKEN': csrf } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

async function pickExercise(page: Page, day: string, name: string) {
  await page.getByRole('region', { name: day, exact: true }).getByRole('button', { name: 'Add exercise' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an exercise' });
  await dialog.getByLabel('Search the library').fill(name);
  await dialog.getByRole('button', { name: new RegExp(name) }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const blockNames = (page: Page) => page.getByRole('list', { name: 'Exercises of week 1 day 1' }).locator(':scope > li p.font-semibold').allInnerTexts();

test('a coach builds, versions and assigns a program; the client sees it in the portal', async () => {
  const tag = unique();
  const squat = `Squat ${tag}`;
  const row = `Row ${tag}`;
  const programName = `Strength ${tag}`;
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await post(context, page, '/api/exercises', { name: squat, category: 'strength', primary_muscles: ['quadriceps'] });
  await post(context, page, '/api/exercises', { name: row, category: 'strength', primary_muscles: ['middle_back'] });
  const clients = await (await page.request.get(`/api/clients?q=${encodeURIComponent(USERS.client)}`)).json();
  const clientName: string = clients.items[0].full_name;

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programs' }).click();
  await page.getByRole('heading', { name: 'Programs' }).waitFor();
  await page.getByRole('link', { name: 'New program' }).click();
  await page.getByLabel('Name', { exact: true }).fill(programName);
  await page.getByRole('button', { name: 'Add week' }).click();
  await page.getByRole('region', { name: 'Week 1', exact: true }).getByRole('button', { name: 'Add day' }).click();
  await page.getByRole('region', { name: 'Week 2 day 1', exact: true }).waitFor();
  await page.getByRole('region', { name: 'Week 1 day 2', exact: true }).waitFor();

  await pickExercise(page, 'Week 1 day 1', squat);
  await pickExercise(page, 'Week 1 day 1', row);
  await page.getByLabel(`Sets of ${squat}`).fill('5');
  await page.getByLabel(`Reps of ${squat}`).fill('5');
  await page.getByLabel(`Reps of ${squat}`).blur();
  await page.getByLabel(`Load type of ${squat}`).selectOption('kg');
  await page.getByLabel(`Load of ${squat}`).fill('100');
  await page.getByText(`${squat} 5 × 5 at 100 kg, rest 90 s`).waitFor();

  // Drag the row above the squat by its handle.
  expect((await blockNames(page)).map((text) => text.split(' ')[0])).toEqual(['Squat', 'Row']);
  const handles = page.getByRole('list', { name: 'Exercises of week 1 day 1' }).getByRole('button', { name: /Drag to reorder/ });
  const from = (await handles.nth(1).boundingBox())!;
  const to = (await handles.nth(0).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 20, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await blockNames(page)).map((text) => text.split(' ')[0])).toEqual(['Row', 'Squat']);
  // And back with the keyboard: Space picks the block up, an arrow moves it, Space drops it.
  await handles.nth(1).focus();
  for (const key of ['Space', 'ArrowUp', 'Space']) {
    await page.keyboard.press(key);
    // dnd-kit measures the items on the frame after each key.
    await page.waitForTimeout(300);
  }
  await expect.poll(async () => (await blockNames(page)).map((text) => text.split(' ')[0])).toEqual(['Squat', 'Row']);

  await page.getByRole('button', { name: 'Save' }).click();
  // A refused save shows the API's message: say it rather than time out.
  await Promise.race([page.waitForURL(/\/programs\/\d+$/), page.getByRole('alert').first().waitFor()]);
  expect(page.url(), await page.getByRole('alert').allInnerTexts().then((texts) => texts.join(' '))).toMatch(/\/programs\/\d+$/);
  await page.getByText('Version 1 ·', { exact: false }).first().waitFor();

  await page.getByLabel(`Sets of ${squat}`).fill('4');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Versions' }).waitFor();
  const change = `Week 1 · Day 1 (Day 1): ${squat} 5 × 5 → 4 × 5 at 100 kg`;
  await page.getByRole('list', { name: 'Versions' }).getByText(change).waitFor();
  await page.getByRole('list', { name: 'Changes' }).getByText(change).waitFor();
  await settle(page);
  await screenshot(page, 'programs-builder-desktop-dark');
  const programUrl = page.url();

  await page.getByRole('button', { name: 'Assign' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign to clients' });
  await dialog.getByLabel('Find clients').fill(clientName);
  await dialog.getByRole('checkbox', { name: clientName }).check();
  await dialog.getByRole('button', { name: /^Assign to 1 client$/ }).click();
  // A journey run before on the same database left the client on a program: replace it.
  const replace = dialog.getByRole('checkbox', { name: /End their current program/ });
  await Promise.race([dialog.waitFor({ state: 'hidden' }), replace.waitFor()]);
  if (await replace.isVisible()) {
    await replace.check();
    await dialog.getByRole('button', { name: /^Assign to 1 client$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
  await page.getByText(`Assigned to ${clientName}.`).waitFor();

  await page.goto(`/clients/${clients.items[0].id}`);
  await page.getByText(programName, { exact: false }).first().waitFor();
  await settle(page);
  await screenshot(page, 'programs-client-panel-desktop-dark');
  await context.close();

  const phone = await newContext(browser, { viewport: PHONE });
  const portal = await phone.newPage();
  await signIn(portal, USERS.client, /\/portal$/);
  await portal.getByRole('heading', { name: `Your program: ${programName}` }).waitFor();
  await portal.getByText(`${squat}`).first().waitFor();
  await portal.getByText('4 × 5 at 100 kg, rest 90 s').first().waitFor();
  await settle(portal);
  expect(await horizontalOverflow(portal)).toBe(0);
  await screenshot(portal, 'programs-portal-phone-dark');
  await phone.close();

  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (look, { size, theme }) => {
    await look.goto('/programs');
    await look.getByRole('list', { name: 'Programs' }).waitFor();
    await settle(look);
    await screenshot(look, `programs-list-${size}-${theme}`);
    await look.goto(programUrl);
    await look.getByRole('heading', { name: 'Versions' }).waitFor();
    await settle(look);
    if (size === 'phone') expect(await horizontalOverflow(look)).toBe(0);
    await screenshot(look, `programs-builder-${size}-${theme}`);
  });
  for (const look of [{ viewport: PHONE, name: 'phone' }, { viewport: undefined, name: 'desktop' }]) {
    const lookContext = await newContext(browser, { viewport: look.viewport, theme: 'light' });
    const lookPage = await lookContext.newPage();
    await signIn(lookPage, USERS.client, /\/portal$/);
    await lookPage.getByRole('heading', { name: `Your program: ${programName}` }).waitFor();
    await settle(lookPage);
    await screenshot(lookPage, `programs-portal-${look.name}-light`);
    await lookContext.close();
  }
}, 240_000);

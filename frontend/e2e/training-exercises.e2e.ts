// Goal: a coach finds exercises in the library (search, filter), reads one, adds the studio's own,
// and edits a built-in exercise, which makes the studio's own copy; on a phone and a desktop, in both themes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, screenshot, settle, signIn, unique, USERS, type Look } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const panel = (page: Page) => page.getByRole('dialog');
// The list is a table on desktops and a list of cards on phones; both name each exercise by a link.
const list = (page: Page) => page.locator(':is(table, ul[aria-label="Exercises"]):visible');
const exerciseLink = (page: Page, name: string) => list(page).getByRole('link', { name, exact: true });
const linkCount = (page: Page, name: string) => list(page).getByRole('link', { name, exact: true }).count();

async function search(page: Page, words: string) {
  const box = page.getByLabel('Search exercises');
  await box.fill(words);
  await box.press('Enter');
  await page.waitForURL(new RegExp(`q=${encodeURIComponent(words).replace(/%20/g, '(\\+|%20)')}`));
  await settle(page);
}

async function openFilters(page: Page, look: Look) {
  // On phones the filters fold away behind a "Filters" button.
  if (look.size === 'phone') await page.getByRole('button', { name: /^Filters/ }).click();
}

test('search, filter, read, create, and edit a built-in exercise as a studio copy', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.getByRole('link', { name: 'Exercises' }).first().click();
  await page.getByRole('heading', { name: 'Exercises' }).waitFor();

  await search(page, 'squat');
  await exerciseLink(page, 'Back Squat').waitFor();
  await exerciseLink(page, 'Goblet Squat').waitFor();
  await expect.poll(() => linkCount(page, 'Bench Press')).toBe(0);

  await page.getByLabel('Equipment').selectOption({ label: 'Kettlebell' });
  await settle(page);
  await exerciseLink(page, 'Goblet Squat').waitFor();
  await expect.poll(() => linkCount(page, 'Back Squat')).toBe(0);

  await exerciseLink(page, 'Goblet Squat').click();
  await panel(page).getByRole('heading', { name: 'Goblet Squat' }).waitFor();
  await panel(page).getByText('Quadriceps', { exact: true }).waitFor();
  await panel(page).getByText('Dumbbell, Kettlebell').waitFor();
  await panel(page).getByText('Reps × load').waitFor();
  await panel(page).getByText('Built in', { exact: true }).waitFor();
  await settle(page);
  await screenshot(page, 'exercises-goblet-squat-desktop-dark');
  await panel(page).getByRole('button', { name: 'Close' }).click();

  // A custom exercise of the studio's own.
  const name = `Landmine Rotation ${unique()}`;
  await page.getByRole('button', { name: 'New exercise' }).click();
  const form = panel(page);
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Also called').fill('Landmine twist');
  await form.getByLabel('Category').selectOption({ label: 'Strength' });
  await form.getByLabel('Measured by').selectOption({ label: 'Reps' });
  await form.getByRole('group', { name: 'Primary muscles' }).getByLabel('Obliques').check();
  await form.getByRole('group', { name: 'Secondary muscles' }).getByLabel('Shoulders').check();
  await form.getByRole('group', { name: 'Equipment' }).getByLabel('Barbell').check();
  await form.getByLabel('Level').selectOption({ label: 'Intermediate' });
  await form.getByLabel('Coaching cues').fill('Pivot the back foot and turn from the hips, arms long.');
  await form.getByLabel('Video link').fill('not a link');
  await form.getByRole('button', { name: 'Add exercise' }).click();
  await form.getByText('A web address starting with http:// or https://.').waitFor();
  await form.getByLabel('Video link').fill('https://example.com/landmine-rotation');
  await form.getByRole('button', { name: 'Add exercise' }).click();
  await page.getByText(`Added ${name} to your studio’s library.`).waitFor();
  await panel(page).getByRole('heading', { name }).waitFor();
  await panel(page).getByText('Studio’s own', { exact: true }).waitFor();
  await panel(page).getByText('Also called Landmine twist.').waitFor();
  await panel(page).getByRole('link', { name: 'Watch the demonstration' }).waitFor();
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await search(page, 'landmine twist');
  await exerciseLink(page, name).waitFor();

  // Editing a built-in exercise makes the studio's own copy, which then stands in for it.
  await search(page, 'RDL');
  await exerciseLink(page, 'Romanian Deadlift').click();
  await panel(page).getByRole('button', { name: 'Edit as studio copy' }).click();
  await panel(page).getByText('saving makes your studio’s own copy').waitFor();
  await settle(page);
  await screenshot(page, 'exercises-edit-builtin-desktop-dark');
  await panel(page).getByLabel('Coaching cues').fill('Our cue: push the hips back until the bar passes the knees.');
  await panel(page).getByRole('button', { name: 'Save as studio copy' }).click();
  await page.getByText('Saved Romanian Deadlift as your studio’s own copy.').waitFor();
  await panel(page).getByText('Studio copy', { exact: true }).waitFor();
  await panel(page).getByText('Our cue: push the hips back').waitFor();
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await settle(page);
  await list(page).getByText('Studio copy').waitFor();
  await expect.poll(() => linkCount(page, 'Romanian Deadlift')).toBe(1);
  await screenshot(page, 'exercises-studio-copy-desktop-dark');
  await context.close();
}, 120_000);

test('the library reads well on a phone and a desktop, in both themes', async () => {
  const looks: Look[] = [{ size: 'desktop', theme: 'dark' }, ...OTHER_LOOKS];
  await forEachLook(browser, USERS.trainer1, looks, async (page, look) => {
    const name = `${look.size}-${look.theme}`;
    if (look.size === 'phone') {
      // On a phone the library is under "More" in the bottom bar, which keeps its labels readable.
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('button', { name: 'More' }).click();
      await screenshot(page, `nav-more-${name}`);
      await nav.getByRole('link', { name: 'Exercises' }).click();
      await page.getByRole('heading', { name: 'Exercises' }).waitFor();
    } else {
      await page.goto('/exercises');
    }
    await settle(page);
    await search(page, 'press');
    await openFilters(page, look);
    await page.getByLabel('Muscle').selectOption({ label: 'Shoulders' });
    await settle(page);
    await exerciseLink(page, 'Overhead Press').waitFor();
    expect(await horizontalOverflow(page), `exercises list ${name} scrolls sideways`).toBeLessThanOrEqual(0);
    await screenshot(page, `exercises-list-${name}`);

    await exerciseLink(page, 'Overhead Press').click();
    await panel(page).getByRole('heading', { name: 'Overhead Press' }).waitFor();
    await panel(page).getByText('Also called OHP, Military Press, Standing Barbell Press.').waitFor();
    await settle(page);
    expect(await horizontalOverflow(page), `exercise detail ${name} scrolls sideways`).toBeLessThanOrEqual(0);
    await screenshot(page, `exercises-detail-${name}`);
    // Trainers may edit the shared library, but archiving is for the studio's managers.
    expect(await panel(page).getByRole('button', { name: 'Archive' }).count()).toBe(0);

    await panel(page).getByRole('button', { name: 'Edit as studio copy' }).click();
    await panel(page).getByRole('group', { name: 'Primary muscles' }).waitFor();
    await settle(page);
    expect(await horizontalOverflow(page), `exercise form ${name} scrolls sideways`).toBeLessThanOrEqual(0);
    await screenshot(page, `exercises-form-${name}`);
  });
}, 240_000);

test('an owner archives a built-in exercise for the studio and restores it', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.goto('/exercises?q=zercher');
  await exerciseLink(page, 'Zercher Squat').click();
  await panel(page).getByRole('button', { name: 'Archive' }).click();
  await page.getByText('Archived Zercher Squat; it no longer appears in the library.').waitFor();
  await panel(page).getByText('Archived', { exact: true }).waitFor();
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await page.getByText('No exercises match these filters').waitFor();
  await page.getByLabel('Archived').selectOption({ label: 'Only archived' });
  await exerciseLink(page, 'Zercher Squat').click();
  await panel(page).getByRole('button', { name: 'Restore' }).click();
  await page.getByText('Restored Zercher Squat.').waitFor();
  await context.close();
});

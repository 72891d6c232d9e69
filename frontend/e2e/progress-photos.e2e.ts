// Goal: a client on their phone takes progress photos on two days and compares them: side by side,
// then with the slider laid over. The pictures are drawn in the browser (a canvas saved as JPEG), so
// the upload goes through the real endpoint, storage and signed links.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PHONE, screenshot, settle, signIn, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A JPEG drawn in the page: a body-ish silhouette on a coloured ground. */
async function picture(page: Page, colour: string): Promise<Buffer> {
  const dataUrl = await page.evaluate((fill) => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 800;
    const context = canvas.getContext('2d')!;
    context.fillStyle = fill;
    context.fillRect(0, 0, 600, 800);
    context.fillStyle = '#f5e6d3';
    context.beginPath();
    context.arc(300, 150, 70, 0, Math.PI * 2);
    context.fill();
    context.fillRect(200, 230, 200, 330);
    return canvas.toDataURL('image/jpeg', 0.8);
  }, colour);
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function addPhoto(page: Page, day: string, pose: 'Front' | 'Side' | 'Back', colour: string) {
  const upload = page.getByTestId('photo-upload');
  await upload.getByLabel('Day').fill(day);
  await upload.getByLabel(`${pose} photo`).setInputFiles({ name: `${pose.toLowerCase()}.jpg`, mimeType: 'image/jpeg', buffer: await picture(page, colour) });
  // The tile of the pose shows its picture once the upload is stored.
  await upload.getByText(`Replace ${pose.toLowerCase()}`).waitFor();
}

test('a client on a phone uploads photos for two days and compares them', async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  await page.goto('/portal/photos');
  await page.getByRole('heading', { name: 'Progress photos', level: 1 }).waitFor();

  // Days clear of the demo's own photos (today, 4 and 8 weeks ago) and of any zone's idea of today.
  const earlier = daysAgo(30);
  const later = daysAgo(2);
  await addPhoto(page, earlier, 'Front', '#3b82f6');
  await addPhoto(page, earlier, 'Side', '#3b82f6');
  await addPhoto(page, later, 'Front', '#16a34a');
  // The camera input each pose opens: pictures only, straight from the camera on a phone.
  const input = page.getByTestId('photo-upload').getByLabel('Front photo');
  expect(await input.getAttribute('accept')).toBe('image/*');
  expect(await input.getAttribute('capture')).not.toBeNull();

  const compare = page.getByTestId('photo-compare');
  await compare.waitFor();
  await compare.getByLabel('Before').selectOption(earlier);
  await compare.getByLabel('After').selectOption(later);
  const figures = compare.locator('figure');
  await expect.poll(() => figures.count()).toBe(2);
  for (const figure of await figures.all()) {
    const image = figure.getByRole('img');
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  }
  await settle(page);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await compare.scrollIntoViewIfNeeded();
  await screenshot(page, 'progress-photos-compare-phone-dark');

  await compare.getByRole('button', { name: 'Slider' }).click();
  const slider = compare.getByRole('slider', { name: 'Reveal the later photo' });
  await slider.fill('80');
  const over = compare.getByTestId('photo-slider').getByRole('img').nth(1);
  expect(await over.getAttribute('style')).toContain('inset(0px 20% 0px 0px)');
  await settle(page);
  await screenshot(page, 'progress-photos-slider-phone-dark');

  // The timeline: both days, newest first.
  const timeline = page.getByRole('list', { name: 'Photos by day' });
  await timeline.getByRole('img').first().waitFor();
  expect(await timeline.locator(':scope > li').count()).toBeGreaterThanOrEqual(2);
  const clientId = await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()).client_id);
  await context.close();

  // Their coach sees the same photos on the client's page, under Progress → Photos.
  const coachContext = await newContext(browser);
  const coach = await coachContext.newPage();
  await signIn(coach, USERS.trainer1);
  await coach.goto(`/clients/${clientId}`);
  await coach.getByRole('tablist', { name: 'Progress' }).getByRole('tab', { name: 'Photos' }).click();
  const coachTimeline = coach.getByTestId('client-photos').getByRole('list', { name: 'Photos by day' });
  const front = coachTimeline.getByRole('img', { name: `Front, ${await coach.evaluate((day) => new Date(`${day}T00:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }), later)}` });
  // Pictures further down load as they are scrolled to.
  await front.scrollIntoViewIfNeeded();
  await expect.poll(() => front.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
  await settle(coach);
  await screenshot(coach, 'progress-photos-coach-desktop-dark');
  await coachContext.close();

  // The other looks (a client lands on the portal, so each signs in here rather than through forEachLook).
  for (const look of OTHER_LOOKS) {
    const lookContext = await newContext(browser, { viewport: look.size === 'phone' ? PHONE : DESKTOP, theme: look.theme });
    const lookPage = await lookContext.newPage();
    await signIn(lookPage, USERS.client, /\/portal$/);
    await lookPage.goto('/portal/photos');
    await lookPage.getByTestId('photo-compare').locator('figure img').first().waitFor();
    await settle(lookPage);
    expect(await horizontalOverflow(lookPage)).toBeLessThanOrEqual(0);
    await screenshot(lookPage, `progress-photos-${look.size}-${look.theme}`);
    await lookContext.close();
  }
}, 240_000);

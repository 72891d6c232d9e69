// Goal: staff upload a waiver and share it with a client; the client, on a phone, reads and signs it;
// staff see the signature; a new version asks the client again. Screens in both themes, phone and desktop.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PHONE, screenshot, settle, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A valid one-page PDF showing `lines`, written here so the journey uploads a real file. */
function pdf(lines: string[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = ['BT', '/F1 14 Tf', '56 780 Td', ...lines.flatMap((line) => [`(${escape(line)}) Tj`, '0 -18 Td']), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function uploadWaiver(page: Page, title: string) {
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('document-file').setInputFiles({ name: 'club-waiver.pdf', mimeType: 'application/pdf', buffer: pdf([title, 'I accept the risks of training.']) });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Category').selectOption({ label: 'Waiver' });
  await dialog.getByLabel('Tags').fill('legal, e2e');
  await dialog.getByRole('button', { name: 'Upload' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}

async function signAsClient(page: Page, title: string, version: number) {
  await page.goto('/portal/documents');
  const item = page.getByRole('link', { name: new RegExp(title) });
  await item.waitFor();
  await expect.poll(() => item.textContent()).toMatch(version === 1 ? /Sign$/ : /Sign again$/);
  await item.click();
  await page.getByRole('heading', { name: 'Sign this waiver' }).waitFor();
  if (version > 1) await page.getByText(`You signed version ${version - 1}`).waitFor();
  await page.getByLabel('Your full name').fill('Casey E2E Client');
  const sign = page.getByRole('button', { name: 'Sign', exact: true });
  expect(await sign.isDisabled()).toBe(true);
  await page.getByLabel('I have read this waiver and agree to it.').check();
  await sign.click();
  await page.getByText(new RegExp(`Signed by Casey E2E Client on .* \\(version ${version}\\)`)).waitFor();
}

test('a waiver is uploaded, shared, signed on a phone, seen by staff, and asked again after a new version', async () => {
  const title = `Club waiver ${unique()}`;
  const staff = await newContext(browser);
  const desk = await staff.newPage();
  await signIn(desk, USERS.owner);
  await desk.getByRole('link', { name: 'Documents' }).first().click();
  await desk.getByRole('heading', { name: 'Documents', exact: true }).waitFor();
  await settle(desk);
  await screenshot(desk, 'documents-library-desktop-dark');

  await uploadWaiver(desk, title);
  await desk.getByRole('list', { name: 'Versions' }).getByText(/^Version 1/).waitFor();
  await desk.getByRole('button', { name: 'Share', exact: true }).click();
  const share = desk.getByRole('dialog');
  await share.getByLabel('Find clients').fill('client@demo');
  const clientBox = share.getByRole('list', { name: 'Clients' }).getByRole('checkbox');
  await expect.poll(() => clientBox.count()).toBe(1);
  await clientBox.check();
  await share.getByRole('button', { name: 'Share' }).click();
  await desk.getByRole('list', { name: 'Clients it is shared with' }).getByRole('listitem').first().waitFor();
  const clientName = (await desk.getByRole('list', { name: 'Clients it is shared with' }).locator('.font-semibold').first().textContent())!.trim();
  await desk.getByRole('list', { name: 'Signature status' }).getByText('Not signed yet').waitFor();
  await settle(desk);
  await screenshot(desk, 'documents-waiver-desktop-dark');

  const phone = await newContext(browser, { viewport: PHONE, theme: 'light' });
  const mobile = await phone.newPage();
  await signIn(mobile, USERS.client, /\/portal$/);
  await signAsClient(mobile, title, 1);
  expect(await horizontalOverflow(mobile)).toBe(0);
  await settle(mobile);
  await screenshot(mobile, 'documents-portal-signed-phone-light');

  await desk.reload();
  const statuses = desk.getByRole('list', { name: 'Signature status' });
  await statuses.getByText(clientName).waitFor();
  await statuses.getByText('Signed', { exact: true }).waitFor();
  await statuses.getByText(/Signed by “Casey E2E Client” on .* \(version 1\)/).waitFor();

  // A new version asks again: the client's signature now reads as an earlier version's.
  await desk.getByRole('button', { name: 'New version' }).click();
  const dialog = desk.getByRole('dialog');
  await dialog.getByTestId('document-file').setInputFiles({ name: 'club-waiver-v2.pdf', mimeType: 'application/pdf', buffer: pdf([title, 'Version two.']) });
  await dialog.getByLabel('Note about this version').fill('New cancellation terms');
  await dialog.getByRole('button', { name: 'Upload' }).click();
  await desk.getByText('New cancellation terms').waitFor();
  await statuses.getByText('Signed an earlier version').waitFor();

  await signAsClient(mobile, title, 2);
  await desk.reload();
  await statuses.getByText(/\(version 2\)/).waitFor();

  // Restoring version 1 makes a version 3 that the client has not signed.
  await desk.getByRole('button', { name: 'Restore' }).last().click();
  await desk.getByText('restored from version 1').waitFor();
  await statuses.getByText('Signed an earlier version').waitFor();
  await settle(desk);
  await screenshot(desk, 'documents-versions-desktop-dark');
  await staff.close();
  await phone.close();
}, 180_000);

test('the library and the portal documents read well on phones and desktops, in both themes', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (page, look) => {
    await page.goto('/documents');
    await page.getByRole('heading', { name: 'Documents', exact: true }).waitFor();
    await page.getByRole('list', { name: 'Documents' }).waitFor();
    await settle(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, `documents-library-${look.size}-${look.theme}`);
    await page.getByRole('link', { name: /Liability waiver/ }).click();
    await page.getByRole('heading', { name: 'Signatures' }).waitFor();
    await settle(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, `documents-detail-${look.size}-${look.theme}`);
  });
  for (const look of [{ size: 'phone', theme: 'dark' }, { size: 'desktop', theme: 'light' }] as const) {
    const context = await newContext(browser, { viewport: look.size === 'phone' ? PHONE : undefined, theme: look.theme });
    const page = await context.newPage();
    await signIn(page, USERS.client, /\/portal$/);
    await page.goto('/portal/documents');
    await page.getByRole('list', { name: 'Your documents' }).waitFor();
    await settle(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, `documents-portal-${look.size}-${look.theme}`);
    await page.getByRole('link', { name: /High-protein meal plan/ }).click();
    await page.getByRole('link', { name: 'Download' }).waitFor();
    await settle(page);
    await screenshot(page, `documents-portal-plan-${look.size}-${look.theme}`);
    await context.close();
  }
}, 240_000);

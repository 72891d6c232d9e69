// Goal: an owner turns on two-factor sign-in from Security (QR code, key, a code from the app,
// ten recovery codes shown once), signs in on another browser with a code after the password
// (a wrong one explained, a recovery code accepted), sees both sessions, signs the other one out
// and requires two-factor sign-in of staff. A client does the same from the portal on a phone.
// Screenshots in both themes and at phone width.
import { createHmac } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, PASSWORD as DEMO_PASSWORD, horizontalOverflow, launchBrowser, newContext, PHONE, screenshot, settle, unique, USERS } from './support/browser';

const PASSWORD = 'a-long-enough-password';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The code an authenticator app shows for a base32 `secret` (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits). */
function totp(secret: string, offset = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/\s/g, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + offset));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const start = hmac[hmac.length - 1] & 0xf;
  return ((hmac.readUInt32BE(start) & 0x7fffffff) % 1_000_000).toString().padStart(6, '0');
}

async function shot(page: Page, name: string) {
  await settle(page);
  expect(await horizontalOverflow(page), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await screenshot(page, name);
}

async function signInWithPassword(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an owner turns on two-factor sign-in, signs in with a code and a recovery code, and manages sessions', async () => {
  const email = `owner.${unique()}@two-factor.example.com`;
  const first = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const page = await first.newPage();
  const signUp = await first.request.post('/api/auth/signup', {
    data: { organization_name: 'Second Factor Gym', timezone: 'Europe/Paris', email, password: PASSWORD, first_name: 'Tess', last_name: 'Okafor' },
  });
  expect(signUp.status()).toBe(201); // signs this browser in

  await page.goto('/settings');
  await page.getByRole('link', { name: 'Manage security' }).click();
  await page.getByRole('heading', { name: 'Security' }).waitFor();
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor();
  const secret = await page.getByLabel('Key (if you cannot scan)').inputValue();
  await shot(page, 'security-setup-desktop-dark');

  await page.getByLabel('Code from your app').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await page.getByText('Not the current code.').waitFor();
  await page.getByLabel('Code from your app').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await page.getByTestId('recovery-codes').locator('li').first().waitFor();
  const codes = (await page.getByTestId('recovery-codes').locator('li').allTextContents()).map((code) => code.trim());
  expect(codes).toHaveLength(10);
  await shot(page, 'security-recovery-codes-desktop-dark');
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await page.getByText('10 of 10 recovery codes left.', { exact: false }).waitFor();

  // Another browser: the password alone no longer signs in.
  const second = await newContext(browser, { viewport: PHONE, theme: 'light' });
  const phone = await second.newPage();
  await signInWithPassword(phone, email);
  await phone.getByText('Enter the code from your authenticator app.').waitFor();
  await shot(phone, 'sign-in-code-phone-light');
  await phone.getByLabel('Code from your app, or a recovery code').fill('123456');
  await phone.getByRole('button', { name: 'Verify and sign in' }).click();
  await phone.getByText(/That code is not right/).waitFor();
  expect(phone.url()).toContain('/sign-in');
  await phone.getByLabel('Code from your app, or a recovery code').fill(codes[0]);
  await phone.getByRole('button', { name: 'Verify and sign in' }).click();
  await phone.waitForURL(/\/$/);

  // The first browser sees both sessions, this one marked, and signs the phone out.
  await page.reload();
  const sessions = page.getByRole('list', { name: 'Signed-in sessions' });
  await expect.poll(() => sessions.locator('li').count()).toBe(2);
  await sessions.getByText('This device').waitFor();
  await page.getByText('9 of 10 recovery codes left.', { exact: false }).waitFor();
  await shot(page, 'security-desktop-dark');
  await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
  await page.getByText('Signed out of 1 other session.').waitFor();
  await expect.poll(() => sessions.locator('li').count()).toBe(1);
  await phone.goto('/clients');
  await phone.waitForURL(/\/sign-in/);

  // The studio's rule: staff must use it too.
  // The box shows the studio's saved rule, so it ticks once the server has it.
  await page.getByLabel('Require two-factor sign-in for every owner, admin and trainer').click();
  await page.getByText('Staff must now sign in with two factors.').waitFor();
  await expect(page.getByLabel('Require two-factor sign-in for every owner, admin and trainer').isChecked()).resolves.toBe(true);

  await first.close();
  await second.close();
});

test('the security screen reads well in the light theme and at phone width', async () => {
  const email = `owner.${unique()}@two-factor.example.com`;
  for (const [size, theme] of [
    ['desktop', 'light'],
    ['phone', 'dark'],
  ] as const) {
    const context = await newContext(browser, { viewport: size === 'phone' ? PHONE : DESKTOP, theme });
    if (size === 'desktop') {
      // Signing up signs this browser in.
      await context.request.post('/api/auth/signup', {
        data: { organization_name: 'Light Gym', timezone: 'America/New_York', email, password: PASSWORD, first_name: 'Ari', last_name: 'Lund' },
      });
    }
    const page = await context.newPage();
    if (size === 'phone') {
      await signInWithPassword(page, email);
      await page.waitForURL(/\/$/);
    }
    await page.goto('/settings/security');
    await page.getByRole('list', { name: 'Signed-in sessions' }).waitFor();
    await shot(page, `security-${size}-${theme}`);
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor();
    await shot(page, `security-setup-${size}-${theme}`);
    await context.close();
  }
});

test('a client turns on two-factor sign-in and signs another device out from the portal, on a phone', async () => {
  // A client of the demo studio with a portal account of their own, so the demo client is left as it is.
  const staff = await newContext(browser);
  const token = async (email: string, password: string) => {
    const response = await staff.request.post('/api/auth/token', { data: { email, password } });
    expect(response.status()).toBe(200);
    return { Authorization: `Bearer ${(await response.json()).access_token}` };
  };
  const owner = await token(USERS.owner, DEMO_PASSWORD);
  const lastName = `Secure${unique()}`;
  const email = `${lastName.toLowerCase()}@two-factor.example.com`;
  const client = await staff.request.post('/api/clients', { headers: owner, data: { first_name: 'Nadia', last_name: lastName, email } });
  expect(client.status()).toBe(201);
  const invitation = await staff.request.post('/api/invitations', {
    headers: owner,
    data: { email, role: 'client', client_id: (await client.json()).id },
  });
  expect(invitation.status()).toBe(201);
  const invite = new URL((await invitation.json()).accept_url).searchParams.get('token');
  const accepted = await staff.request.post('/api/invitations/accept', {
    data: { token: invite, password: PASSWORD, first_name: 'Nadia', last_name: lastName },
  });
  expect(accepted.status()).toBe(201);
  await staff.close();

  const first = await newContext(browser, { viewport: PHONE, theme: 'light' });
  const phone = await first.newPage();
  await signInWithPassword(phone, email);
  await phone.waitForURL(/\/portal$/);
  await phone.getByText('Account: time zone, units, password, security and your data').click();
  await phone.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await phone.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor();
  const secret = await phone.getByLabel('Key (if you cannot scan)').inputValue();
  await phone.getByLabel('Code from your app').fill(totp(secret));
  await phone.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await phone.getByTestId('recovery-codes').locator('li').first().waitFor();
  const codes = (await phone.getByTestId('recovery-codes').locator('li').allTextContents()).map((code) => code.trim());
  expect(codes).toHaveLength(10);
  await phone.getByRole('button', { name: 'I have saved them' }).click();
  await phone.getByText('10 of 10 recovery codes left.', { exact: false }).waitFor();

  // A second device now needs a code after the password.
  const second = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const laptop = await second.newPage();
  await signInWithPassword(laptop, email);
  await laptop.getByLabel('Code from your app, or a recovery code').fill(codes[0]);
  await laptop.getByRole('button', { name: 'Verify and sign in' }).click();
  await laptop.waitForURL(/\/portal$/);
  await laptop.getByText('Account: time zone, units, password, security and your data').click();
  // Accepting the invitation signed in too: three sessions.
  const seen = laptop.getByRole('list', { name: 'Signed-in sessions' });
  await expect.poll(() => seen.locator('li').count()).toBe(3);
  await seen.scrollIntoViewIfNeeded();
  await shot(laptop, 'portal-security-desktop-dark');

  // The phone sees every device, and signs the others out.
  await phone.reload();
  await phone.getByText('Account: time zone, units, password, security and your data').click();
  const sessions = phone.getByRole('list', { name: 'Signed-in sessions' });
  await expect.poll(() => sessions.locator('li').count()).toBe(3);
  await sessions.getByText('This device').waitFor();
  await phone.getByText('9 of 10 recovery codes left.', { exact: false }).waitFor();
  await sessions.scrollIntoViewIfNeeded();
  await shot(phone, 'portal-security-phone-light');
  await phone.getByRole('button', { name: 'Sign out everywhere else' }).click();
  await phone.getByText('Signed out of 2 other sessions.').waitFor();
  await expect.poll(() => sessions.locator('li').count()).toBe(1);
  await laptop.goto('/portal');
  await laptop.waitForURL(/\/sign-in/);

  await first.close();
  await second.close();
});

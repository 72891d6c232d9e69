// Goal: an owner signs in and lands on the dashboard; a wrong password is explained; a deep link
// survives the trip through sign-in.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newContext, PASSWORD, PHONE, settle, signIn, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('an owner signs in and sees the dashboard, with its first contentful paint measured', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.getByRole('heading', { name: 'Clients by status' }).waitFor();

  // A fresh load of the dashboard against the production build, session cookies already set.
  await page.goto('/', { waitUntil: 'load' });
  await page.getByRole('heading', { name: 'Recent activity' }).waitFor();
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
  const charts = await page.evaluate(() => performance.now());
  console.log(`Dashboard first contentful paint: ${fcp.toFixed(0)} ms; dashboard data and charts shown by ${charts.toFixed(0)} ms`);
  expect(fcp).toBeGreaterThan(0);
  await context.close();
});

test('a signed-out visit logs no error in the console, on the sign-in page or on the way to it', async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await page.goto('/clients');
  await page.waitForURL(/\/sign-in\?next=/);
  await settle(page);
  expect(errors).toEqual([]);
  await context.close();
});

test('a wrong password shows the server message and keeps the email typed', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(USERS.admin);
  await page.getByLabel('Password').fill(`${PASSWORD}-wrong`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').first().waitFor();
  expect(await page.getByRole('alert').first().textContent()).toMatch(/email or password|invalid|incorrect/i);
  expect(await page.getByLabel('Email').inputValue()).toBe(USERS.admin);
  await context.close();
});

test('a deep link while signed out returns there after sign-in', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/clients?status=active');
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByLabel('Email').fill(USERS.owner);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/clients\?status=active$/);
  expect(await page.getByLabel('Status').inputValue()).toBe('active');
  await context.close();
});

test('a session that ends mid-use goes to sign-in and comes back to the same screen', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.getByRole('heading', { name: 'Clients by status' }).waitFor();
  // The server forgets the session (cookies cleared, as after a sign-out elsewhere).
  await context.clearCookies();
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Trainers' }).click();
  await page.waitForURL(/\/sign-in\?next=%2Ftrainers/);
  await page.getByLabel('Email').fill(USERS.owner);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/trainers$/);
  await page.getByTestId('showing').waitFor();
  await context.close();
});

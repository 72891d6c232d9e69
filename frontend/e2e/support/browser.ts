// Debian's chromium driven by playwright-core: browser downloads are not possible here.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PASSWORD = 'demo-password-123';
export const USERS = {
  owner: 'owner@demo.fitnesscrm.dev',
  admin: 'admin@demo.fitnesscrm.dev',
  trainer1: 'trainer1@demo.fitnesscrm.dev',
  trainer2: 'trainer2@demo.fitnesscrm.dev',
  client: 'client@demo.fitnesscrm.dev',
} as const;

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** This worker's backend: VITEST_POOL_ID counts the workers from 1. */
function backend() {
  const backends = inject('backends');
  return backends[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % backends.length];
}

export const baseURL = () => backend().baseURL;
/** The localstripe server this worker's backend talks to as Stripe. */
export const stripeURL = () => backend().stripeURL;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(
  browser: Browser,
  { viewport = DESKTOP, theme = 'dark' }: { viewport?: { width: number; height: number }; theme?: 'dark' | 'light' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    viewport,
    colorScheme: theme,
    acceptDownloads: true,
    deviceScaleFactor: 1,
    isMobile: viewport.width < 768,
    hasTouch: viewport.width < 768,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** How far the page scrolls sideways: more than 0 means something is wider than the screen. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A screen size and theme that screenshot tests cover. */
export type Look = { size: 'desktop' | 'phone'; theme: 'dark' | 'light' };

/** The looks beyond the default desktop dark, which the journeys themselves already show. */
export const OTHER_LOOKS: readonly Look[] = [
  { size: 'desktop', theme: 'light' },
  { size: 'phone', theme: 'dark' },
  { size: 'phone', theme: 'light' },
];

/** Runs `visit` once per look, in a fresh browser context signed in as `email`, closed afterwards. */
export async function forEachLook(browser: Browser, email: string, looks: readonly Look[], visit: (page: Page, look: Look) => Promise<void>): Promise<void> {
  for (const look of looks) {
    const context = await newContext(browser, { viewport: look.size === 'phone' ? PHONE : DESKTOP, theme: look.theme });
    const page = await context.newPage();
    await signIn(page, email);
    await visit(page, look);
    await context.close();
  }
}

/** Signs in through the form and waits for the landing screen. */
export async function signIn(page: Page, email: string, landing: RegExp = /\/$/): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(landing);
}

/** Waits until the screen has its data: no request in flight, no spinner, no toast covering it. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[role="status"] .animate-spin'));
  await page.waitForFunction(() => !document.querySelector('[data-testid="toast"]'), null, { timeout: 10_000 });
}

/** What the screen shows first (`name.png`) and the whole page (`name-full.png`). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-full.png`), fullPage: true });
}

/** A unique suffix so journeys never collide with each other or with earlier runs' rows. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}${event.sample ? `: ${event.sample}` : ''}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  return violations;
}

export const mailDir = () => backend().mailDir;

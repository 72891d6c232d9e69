// Lighthouse's mobile performance audit of the sign-in page, the dashboard and the client portal,
// against the app served as `make run` serves it: gunicorn (backend/gunicorn.conf.py) on a fresh
// embedded PostgreSQL with the demo studio, the SPA from frontend/dist (build it first: `make
// bench-lighthouse` does). Debian's chromium, no network. Each page is audited LIGHTHOUSE_RUNS
// times (default 3) from an empty HTTP cache; the run with the median score is reported and its
// full report saved in bench/results/ (open it in Lighthouse's viewer). LIGHTHOUSE_PAGES=portal
// audits only the pages whose name contains that word. Exits 1 when a page's median is below
// LIGHTHOUSE_TARGET (default 95).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = resolve(import.meta.dirname, '..');
const backend = join(repo, 'backend');
const venv = join(repo, '.venv', 'bin');
const frontendRequire = createRequire(join(repo, 'frontend', 'package.json'));
const { default: lighthouse } = await import(pathToFileURL(frontendRequire.resolve('lighthouse')).href);
const chromeLauncher = await import(pathToFileURL(frontendRequire.resolve('chrome-launcher')).href);
const { chromium } = frontendRequire('playwright-core');

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const TARGET = Number(process.env.LIGHTHOUSE_TARGET ?? 95);
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags of frontend/e2e/support/browser.ts: nothing reaches the network.
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PASSWORD = 'demo-password-123';
const PAGES = [
  { name: 'sign-in', path: '/sign-in', account: null },
  { name: 'dashboard', path: '/', account: 'owner@demo.fitnesscrm.dev' },
  { name: 'client portal', path: '/portal', account: 'client@demo.fitnesscrm.dev' },
].filter((page) => page.name.includes(process.env.LIGHTHOUSE_PAGES ?? ''));
const RESULTS = join(repo, 'bench', 'results');
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
];

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => (port ? done(port) : fail(new Error('no free port'))));
    });
  });
}

async function startApp() {
  const varDir = mkdtempSync(join(tmpdir(), 'fitnesscrm-lighthouse-'));
  const port = await freePort();
  const env = {
    ...process.env,
    FLASK_APP: 'fitnesscrm.app:create_app',
    PYTHONPATH: backend,
    APP_ENV: 'development',
    DATABASE_URL: '',
    VAR_DIR: varDir,
    PORT: String(port),
    PUBLIC_BASE_URL: '',
  };
  execFileSync(join(venv, 'flask'), ['db', 'upgrade'], { cwd: backend, env, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(join(venv, 'flask'), ['demo-data', '--if-empty'], { cwd: backend, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = spawn(join(venv, 'gunicorn'), ['fitnesscrm.wsgi:app'], { cwd: backend, env, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`gunicorn exited with ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${url}/api/health did not answer in 90 s`);
    const healthy = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    await new Promise((wait) => setTimeout(wait, 300));
  }
  const stop = async () => {
    if (server.exitCode === null) {
      process.kill(-server.pid, 'SIGTERM');
      await new Promise((done) => {
        server.once('exit', done);
        setTimeout(done, 15_000);
      });
    }
    rmSync(varDir, { recursive: true, force: true });
  };
  return { url, stop };
}

/** Signs in through the sign-in form in the launched browser, then empties its HTTP cache (cookies stay). */
async function prepareBrowser(port, url, account) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  const page = await context.newPage();
  if (account) {
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill(account);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((location) => !location.pathname.startsWith('/sign-in'));
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.close();
  await browser.close();
}

async function audit(url, { path, account }) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  try {
    await prepareBrowser(chrome.port, url, account);
    // The storage reset would also delete the session cookies; the cache was emptied above instead.
    const result = await lighthouse(`${url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: true,
    });
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

function summary(lhr) {
  const score = Math.round(lhr.categories.performance.score * 100);
  const metrics = METRICS.map(([label, id]) => `${label} ${lhr.audits[id].displayValue}`).join(', ');
  const opportunities = Object.values(lhr.audits)
    .filter((audit) => audit.details?.type === 'opportunity' && (audit.details.overallSavingsMs > 0 || audit.details.overallSavingsBytes > 0))
    .sort((a, b) => (b.details.overallSavingsMs ?? 0) - (a.details.overallSavingsMs ?? 0))
    .slice(0, 5)
    .map((audit) => `${audit.title}: ${audit.displayValue || ''}`.replace(/: $/, ''));
  const shifts = lhr.audits['layout-shifts']?.details?.items ?? [];
  return { lhr, score, metrics, opportunities, shifts: shifts.slice(0, 3).map((item) => `${item.node?.snippet ?? item.node?.nodeLabel ?? '?'} (${item.score.toFixed(3)})`) };
}

const app = await startApp();
let failed = false;
try {
  console.log(`App: ${app.url} (gunicorn, demo data); ${RUNS} Lighthouse mobile run(s) per page, target ${TARGET}\n`);
  for (const page of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(summary(await audit(app.url, page)));
    runs.sort((a, b) => a.score - b.score);
    const median = runs[Math.floor(runs.length / 2)];
    mkdirSync(RESULTS, { recursive: true });
    const report = join(RESULTS, `lighthouse-${page.name.replace(/\W+/g, '-')}.json`);
    writeFileSync(report, JSON.stringify(median.lhr));
    const verdict = median.score >= TARGET ? 'ok' : 'BELOW TARGET';
    failed ||= median.score < TARGET;
    console.log(`${page.name} (${page.path}): performance ${median.score} [runs: ${runs.map((run) => run.score).join(', ')}] ${verdict}`);
    console.log(`  ${median.metrics}`);
    console.log(`  host: Lighthouse benchmark index ${Math.round(median.lhr.environment.benchmarkIndex)}, load average ${loadavg()[0].toFixed(1)}; report ${report}`);
    for (const opportunity of median.opportunities) console.log(`  opportunity: ${opportunity}`);
    for (const shift of median.shifts) console.log(`  layout shift: ${shift}`);
  }
} finally {
  await app.stop();
}
process.exit(failed ? 1 : 0);

// Starts the real backends for the browser journeys, one per test worker: each a fresh embedded
// PostgreSQL in a temporary VAR_DIR, migrations, the demo studio, gunicorn
// (backend/gunicorn.conf.py, as `make run`) serving the built SPA on a free port, and the job worker
// (`flask worker`, as `make run`) that sends what the app queues; emails go to a local SMTP sink per
// backend whose messages the journeys read (support/mail-sink.ts). One redis-server serves the run:
// each backend's two gunicorn workers share live sockets (chat) through their own Redis database.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './support/browser';
import { E2E_WORKERS, redisUrlFor } from './support/workers';
import { startMailSink } from './support/mail-sink';

const repo = resolve(import.meta.dirname, '..', '..');
// E2E_BACKEND_ROOT: run another checkout's backend (with its own .venv) against this build.
const backendRoot = process.env.E2E_BACKEND_ROOT ?? repo;
const RESULTS_DIR = resolve(import.meta.dirname, '..', 'test-results');
const flask = join(backendRoot, '.venv', 'bin', 'flask');
const gunicorn = join(backendRoot, '.venv', 'bin', 'gunicorn');
// E2E_FRONTEND_DIST: serve another build (two people building at once must not share dist/).
const dist = process.env.E2E_FRONTEND_DIST ? resolve(process.env.E2E_FRONTEND_DIST) : join(repo, 'frontend', 'dist');

function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  console.log('Installing Debian chromium for the browser tests…');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`gunicorn exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 300));
  }
  throw new Error(`The backend did not answer ${url}/api/health in ${timeoutMs / 1000}s`);
}

type Redis = { url: string; stop: () => Promise<void> };

/** A redis-server for the run on a free loopback port, keeping nothing on disk (apt's package; `make redis`). */
async function startRedis(): Promise<Redis> {
  const dir = mkdtempSync(join(tmpdir(), 'fitnesscrm-e2e-redis-'));
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  const server = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  await new Promise<void>((ready, fail) => {
    server.once('error', (error) => fail(new Error(`redis-server did not start (make redis installs it): ${error.message}`)));
    const deadline = Date.now() + 10_000;
    const probe = () => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        ready();
      });
      socket.once('error', () => (Date.now() < deadline ? setTimeout(probe, 100) : fail(new Error('redis-server did not listen'))));
    };
    probe();
  });
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((done) => server.once('exit', done));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `redis://127.0.0.1:${port}`, stop };
}

type Stripe = { url: string; stop: () => Promise<void> };

/**
 * A localstripe server (PyPI; a stateful stand-in for Stripe's API that also serves a stand-in
 * Stripe.js at /js.stripe.com/v3/) for one backend, so that its customers and webhooks are its own.
 */
async function startLocalstripe(): Promise<Stripe> {
  const port = await freePort();
  const binary = join(backendRoot, '.venv', 'bin', 'localstripe');
  const server = spawn(binary, ['--port', String(port), '--from-scratch'], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  await new Promise<void>((ready, fail) => {
    server.once('error', (error) => fail(new Error(`localstripe did not start (make install installs it): ${error.message}`)));
    const deadline = Date.now() + 20_000;
    const probe = () => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        ready();
      });
      socket.once('error', () => (Date.now() < deadline ? setTimeout(probe, 100) : fail(new Error('localstripe did not listen'))));
    };
    probe();
  });
  const stop = async () => {
    if (server.pid && server.exitCode === null) {
      process.kill(-server.pid, 'SIGTERM');
      await new Promise((done) => {
        server.once('exit', done);
        setTimeout(done, 5_000);
      });
    }
  };
  return { url: `http://127.0.0.1:${port}`, stop };
}

type Backend = { baseURL: string; mailDir: string; stripeURL: string; stop: () => Promise<void> };

/** One backend: its own VAR_DIR (embedded PostgreSQL, uploads), demo studio, mail sink and port. */
async function startBackend(number: number, redis: Redis): Promise<Backend> {
  const varDir = mkdtempSync(join(tmpdir(), 'fitnesscrm-e2e-'));
  const mailDir = join(varDir, 'mail');
  const mail = await startMailSink(mailDir);
  const stripe = await startLocalstripe();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    FLASK_APP: 'fitnesscrm.app:create_app',
    PYTHONPATH: join(backendRoot, 'backend'),
    VAR_DIR: varDir,
    DATABASE_URL: '',
    FRONTEND_DIST: dist,
    APP_ENV: 'development',
    ARGON2_TIME_COST: '1',
    ARGON2_MEMORY_COST_KIB: '8192',
    LOGIN_RATE_LIMIT_PER_IP: '1000 per minute',
    ACCOUNT_EMAIL_RATE_LIMIT: '1000 per minute',
    MAIL_SERVER: '127.0.0.1',
    MAIL_PORT: String(mail.port),
    MAIL_USE_TLS: '0',
    PUBLIC_BASE_URL: baseURL,
    PORT: String(port),
    // Two processes, as production runs: a socket held by one hears what the other stores.
    REDIS_URL: redisUrlFor(redis.url, number),
    WEB_CONCURRENCY: '2',
    STRIPE_API_BASE: stripe.url,
    STRIPE_JS_URL: `${stripe.url}/js.stripe.com/v3/`,
    // The webhooks journey's receiver listens on 127.0.0.1, which outbound requests refuse by default.
    OUTBOUND_ALLOW_PRIVATE_ADDRESSES: '1',
  };
  const cwd = join(backendRoot, 'backend');
  const run = (args: string[]) =>
    new Promise<void>((done, fail) => {
      const child = spawn(flask, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
      child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`flask ${args.join(' ')} exited with ${code}`))));
    });
  await run(['db', 'upgrade']);
  await run(['exercises', 'seed']);
  await run(['demo-data']);

  // The server's access and error log is kept beside the screenshots, so that a journey that fails
  // can be read against the requests it made and what the server said about them.
  mkdirSync(RESULTS_DIR, { recursive: true });
  const serverLog = createWriteStream(join(RESULTS_DIR, `e2e-server-${number}.log`));
  const server = spawn(gunicorn, ['fitnesscrm.wsgi:app'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  server.stdout?.pipe(serverLog);
  server.stderr?.on('data', (chunk) => {
    serverLog.write(chunk);
    log = (log + chunk).slice(-20_000);
  });
  // The worker's log goes beside the server's, in the same file, so a job's outcome reads in order with
  // the request that queued it.
  const worker = spawn(flask, ['worker'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  worker.stdout?.on('data', (chunk) => serverLog.write(chunk));
  worker.stderr?.on('data', (chunk) => {
    serverLog.write(chunk);
    log = (log + chunk).slice(-20_000);
  });
  try {
    await waitForHealth(baseURL, server);
    if (worker.exitCode !== null) throw new Error(`flask worker exited with ${worker.exitCode}`);
  } catch (error) {
    console.error(log);
    throw error;
  }
  console.log(`Backend ${number} for the journeys: ${baseURL} (VAR_DIR ${varDir})`);
  const stop = async () => {
    // SIGTERM lets the worker finish its running jobs; both leave the embedded PostgreSQL to the last one out.
    await Promise.all(
      [server, worker].map(async (child) => {
        if (!child.pid || child.exitCode !== null) return;
        process.kill(-child.pid, 'SIGTERM');
        await new Promise((done) => {
          child.once('exit', done);
          setTimeout(done, 10_000);
        });
      }),
    );
    mail.server.close();
    await stripe.stop();
    rmSync(varDir, { recursive: true, force: true });
  };
  return { baseURL, mailDir, stripeURL: stripe.url, stop };
}

/**
 * One backend per test worker (E2E_WORKERS, see vitest.e2e.config.ts): journeys change the demo
 * studio they sign in to, so two files running at once must not share one.
 */
export default async function setup(project: TestProject) {
  ensureChromium();
  if (!existsSync(join(dist, 'index.html'))) throw new Error('frontend/dist is missing: run `npm run build` (make e2e does) first.');
  const redis = await startRedis();
  const backends = await Promise.all(Array.from({ length: E2E_WORKERS }, (_, index) => startBackend(index + 1, redis)));
  project.provide(
    'backends',
    backends.map(({ baseURL, mailDir, stripeURL }) => ({ baseURL, mailDir, stripeURL })),
  );
  return async () => {
    await Promise.all(backends.map((backend) => backend.stop()));
    await redis.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    backends: { baseURL: string; mailDir: string; stripeURL: string }[];
  }
}

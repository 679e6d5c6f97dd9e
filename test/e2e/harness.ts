import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { chromium, request, type APIRequestContext, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/server/app';
import { openDatabase } from '../../src/server/db/database';
import type { Database } from '../../src/server/db/schema';
import { prepareTemplate, testConfig } from '../support/database';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.resolve('test-results');

export type TestServer = {
  url: string;
  dataDirectory: string;
  /** The server's database: tests read fixtures (a student's 身份证号) and move clocks (deadlines) here. */
  db: Kysely<Database>;
  /** The app itself, e.g. `app.jobs.runDue({ sweep: true })` to run the expiry sweep now. */
  app: FastifyInstance;
  close(): Promise<void>;
};

/** The real server on a free port over a fresh embedded database with the demo data; its job loop runs. */
export async function startTestServer(): Promise<TestServer> {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'gdr-e2e-'));
  const database = { dialect: 'sqlite' as const, file: path.join(dataDirectory, 'registration.sqlite') };
  await prepareTemplate(database);
  const handle = openDatabase(database);
  const app = await buildApp({ config: testConfig(database, { DATA_DIR: dataDirectory, JOBS: 'on' }), database: handle, logger: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    dataDirectory,
    db: handle.db,
    app,
    close: async () => {
      await app.close();
      await handle.db.destroy();
      fs.rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with nothing that reaches beyond this machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
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

/** What every browser test file works with: its own server (own database, port 0) and one browser. */
export type E2eFile = { readonly server: TestServer; readonly browser: Browser };

/**
 * Starts the file's server and browser before its first test and closes them after its last. Files can run
 * side by side: nothing here is shared between them.
 */
export function useServerAndBrowser(): E2eFile {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the e2e server and browser start in beforeAll: use them inside a test');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(RESULTS, { recursive: true });
  return path.join(RESULTS, `${name}.png`);
}

export const DEMO_PASSWORD = 'Demo@2026';

/**
 * A logged-in API client for setting up what a test is not about (e.g. an invitation whose answer is
 * the subject); the test server runs with the captcha off. Call `dispose()` when done.
 */
export async function apiSession(
  baseURL: string,
  identifier: string,
  password = DEMO_PASSWORD,
): Promise<{ request: APIRequestContext; post<T>(path: string, data: unknown): Promise<T>; dispose(): Promise<void> }> {
  const context = await request.newContext({ baseURL });
  const me = (await (await context.get('/api/auth/me')).json()) as { csrfToken: string };
  const captcha = (await (await context.get('/api/auth/captcha')).json()) as { captchaId: string };
  const login = await context.post('/api/auth/login', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { identifier, password, captchaId: captcha.captchaId, captchaAnswer: '0000' },
  });
  if (!login.ok()) throw new Error(`login of ${identifier} failed: ${login.status()} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    request: context,
    post: async <T>(path: string, data: unknown) => {
      const response = await context.post(path, { headers: { 'x-csrf-token': csrfToken }, data });
      if (!response.ok()) throw new Error(`POST ${path} failed: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    dispose: () => context.dispose(),
  };
}

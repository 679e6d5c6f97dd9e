import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../../src/server/app';
import { openDatabase } from '../../src/server/db/database';
import { prepareTemplate, testConfig } from '../support/database';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.resolve('test-results');

/** The real server on a free port over a fresh embedded database with the demo data. */
export async function startTestServer(): Promise<{ url: string; dataDirectory: string; close(): Promise<void> }> {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'gdr-e2e-'));
  const database = { dialect: 'sqlite' as const, file: path.join(dataDirectory, 'registration.sqlite') };
  await prepareTemplate(database);
  const handle = openDatabase(database);
  const app = await buildApp({ config: testConfig(database, { DATA_DIR: dataDirectory, JOBS: 'on' }), database: handle, logger: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    dataDirectory,
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

export function screenshotPath(name: string): string {
  fs.mkdirSync(RESULTS, { recursive: true });
  return path.join(RESULTS, `${name}.png`);
}

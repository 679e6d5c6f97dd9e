import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../../src/server/config';
import { loadConfig } from '../../src/server/config';
import { openDatabase, type DatabaseHandle, type Dialect } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { syncCodeTables } from '../../src/server/seed/code-tables';
import { seedDemoData } from '../../src/server/seed/seed-demo';

export const TEST_PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_COHORT = 2027;

export function pgUrlFor(database: string): string {
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withPgAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The config tests run with: captcha off unless a test turns it on, the 届别 fixed. */
export function testConfig(database: Config['database'], overrides: Record<string, string> = {}): Config {
  const config = loadConfig({ NODE_ENV: 'test', CAPTCHA_MODE: 'off', JOBS: 'off', COHORT: String(TEST_COHORT), LOG_LEVEL: 'silent', ...overrides });
  return { ...config, database };
}

/** Migrates and seeds a database with the demo data: the template every test database is copied from. */
export async function prepareTemplate(database: Config['database']): Promise<void> {
  const handle = openDatabase(database);
  try {
    await migrateToLatest(handle.db, handle.dialect);
    await syncCodeTables(handle.db);
    await seedDemoData(handle.db, TEST_COHORT);
  } finally {
    await handle.db.destroy();
  }
}

export type TestDatabase = {
  handle: DatabaseHandle;
  config: Config['database'];
  /** DATA_DIR of the app under test: its file store lives here. */
  dataDirectory: string;
  drop(): Promise<void>;
};

/**
 * A fresh database for one suite: a copy of the SQLite template file or a PostgreSQL TEMPLATE clone
 * (`template` is the file path or the database name that test/support/global-setup.ts provides).
 */
export async function createTestDatabase(dialect: Dialect, template: string): Promise<TestDatabase> {
  const name = `gdr_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'gdr-test-'));
  const removeDirectory = async () => fs.rmSync(dataDirectory, { recursive: true, force: true });
  if (dialect === 'sqlite') {
    const file = path.join(dataDirectory, 'registration.sqlite');
    fs.copyFileSync(template, file);
    const config = { dialect: 'sqlite' as const, file };
    return { handle: openDatabase(config), config, dataDirectory, drop: removeDirectory };
  }
  await withPgAdmin((client) => client.query(`create database ${name} template ${template}`));
  const config = { dialect: 'postgres' as const, url: pgUrlFor(name) };
  return {
    handle: openDatabase(config),
    config,
    dataDirectory,
    drop: async () => {
      await withPgAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
      await removeDirectory();
    },
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIALECTS, pgUrlFor, prepareTemplate, withPgAdmin } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresTemplate: string;
  }
}

/** Builds the migrated, seeded template databases once per run; each test file copies them. */
export default async function setup(project: TestProject) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gdr-template-'));
  const sqliteTemplate = path.join(directory, 'template.sqlite');
  // Closing the SQLite connection checkpoints its WAL, so a plain copy of the file is complete.
  await prepareTemplate({ dialect: 'sqlite', file: sqliteTemplate });
  const postgresTemplate = `gdr_template_${process.pid}`;
  if (DIALECTS.includes('postgres')) {
    await withPgAdmin(async (client) => {
      await client.query(`drop database if exists ${postgresTemplate} with (force)`);
      await client.query(`create database ${postgresTemplate}`);
    });
    await prepareTemplate({ dialect: 'postgres', url: pgUrlFor(postgresTemplate) });
  }
  project.provide('sqliteTemplate', sqliteTemplate);
  project.provide('postgresTemplate', postgresTemplate);
  return async () => {
    fs.rmSync(directory, { recursive: true, force: true });
    if (DIALECTS.includes('postgres')) {
      await withPgAdmin((client) => client.query(`drop database if exists ${postgresTemplate} with (force)`));
    }
  };
}

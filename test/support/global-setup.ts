import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Dialect } from '../../src/server/db/database';
import { pgUrlFor, prepareTemplate, withPgAdmin } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dialect of the integration project (vitest.config.ts): its suites run on this one only. */
    dialect: Dialect;
    /** The migrated, seeded template of that dialect: a SQLite file path or a PostgreSQL database name. */
    template: string;
  }
}

/** Builds the project's template database once per run; each test file copies it. */
export default async function setup(project: TestProject) {
  const { dialect } = project.getProvidedContext();
  if (dialect === 'sqlite') {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gdr-template-'));
    const file = path.join(directory, 'template.sqlite');
    // Closing the SQLite connection checkpoints its WAL, so a plain copy of the file is complete.
    await prepareTemplate({ dialect: 'sqlite', file });
    project.provide('template', file);
    return () => fs.rmSync(directory, { recursive: true, force: true });
  }
  const name = `gdr_template_${process.pid}`;
  await withPgAdmin(async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  });
  await prepareTemplate({ dialect: 'postgres', url: pgUrlFor(name) });
  project.provide('template', name);
  return () => withPgAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
}

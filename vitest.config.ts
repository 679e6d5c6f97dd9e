import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const SKIP_PG = process.env.SKIP_PG === '1';

/**
 * The integration suites once per dialect, as two projects that run side by side. Each project's global
 * setup builds only its own template; `describeOnDialects` runs a suite on the project's dialect. A file
 * named *.sqlite.test.ts or *.postgres.test.ts belongs to that dialect's project alone.
 */
function integration(dialect: 'sqlite' | 'postgres'): TestProjectInlineConfiguration {
  const other = dialect === 'sqlite' ? 'postgres' : 'sqlite';
  return {
    test: {
      name: `integration-${dialect}`,
      include: ['test/integration/**/*.test.ts'],
      exclude: [`test/integration/**/*.${other}.test.ts`],
      globalSetup: ['test/support/global-setup.ts'],
      provide: { dialect },
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
}

export default defineConfig({
  test: {
    // vitest's default is one worker less than the cores: a single one on a 2-core machine, which would run
    // integration-sqlite and integration-postgres one file after the other. Their files mostly wait on
    // PostgreSQL, argon2 and the disk, so two at a time overlap that waiting.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      integration('sqlite'),
      // SKIP_PG=1 leaves PostgreSQL out of every run, `npx vitest run` included.
      ...(SKIP_PG ? [] : [integration('postgres')]),
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

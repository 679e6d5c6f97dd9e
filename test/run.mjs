// `npm test`: checks that PostgreSQL and Chromium are there (or deliberately skipped), builds the web
// app for the browser tests, then runs every vitest project: unit, integration-sqlite, integration-postgres
// (side by side; SKIP_PG=1 leaves it out), e2e.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';

const pgUrl = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipPg = process.env.SKIP_PG === '1';
const skipE2e = process.env.SKIP_E2E === '1';

function fail(sentence) {
  console.error(`\n${sentence}\n`);
  process.exit(1);
}

if (!skipPg) {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    fail(
      `PostgreSQL is not reachable at ${pgUrl} (${error.message}). Start it (e.g. \`pg_ctlcluster 15 main start\`), ` +
        'point TEST_PG_URL at a server where the user may create databases, or set SKIP_PG=1 to run on SQLite only.',
    );
  } finally {
    await client.end().catch(() => {});
  }
}

// The agreement tests render every page to PNG (test-results/) so a person can look at them.
if (spawnSync('pdftoppm', ['-v']).error) {
  fail('pdftoppm was not found. Install it with `apt-get install -y poppler-utils`.');
}

const projects = ['unit', 'integration-sqlite', ...(skipPg ? [] : ['integration-postgres'])];
if (!skipE2e) {
  if (!fs.existsSync(chromiumPath)) {
    fail(
      `Chromium was not found at ${chromiumPath}. Install it with \`apt-get install -y chromium fonts-noto-cjk\`, ` +
        'set CHROMIUM_PATH to its binary, or set SKIP_E2E=1 to skip the browser tests.',
    );
  }
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) fail('Building the web app (vite build) failed; see above.');
  projects.push('e2e');
}

const summaryFile = 'test-results/vitest-summary.json';
fs.rmSync(summaryFile, { force: true });
const args = [
  'vitest',
  'run',
  ...projects.flatMap((name) => ['--project', name]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${summaryFile}`,
  ...process.argv.slice(2),
];
const run = spawnSync('npx', args, { stdio: 'inherit' });
// One plain closing line for CI: "N passed, N failed, N skipped", over every tier and both dialects.
if (fs.existsSync(summaryFile)) {
  const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  console.log(`\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests + summary.numTodoTests} skipped`);
}
process.exit(run.status ?? 1);

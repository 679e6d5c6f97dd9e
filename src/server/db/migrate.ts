import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './database';
import * as foundation from './migrations/0001-foundation';
import * as onlineSigning from './migrations/0002-online-signing';
import * as offlineAndPaper from './migrations/0003-offline-and-paper';
import * as agreementDocuments from './migrations/0004-agreement-documents';
import * as loginThrottle from './migrations/0005-login-throttle';
import * as onePerEmployer from './migrations/0006-one-agreement-per-employer';
import * as statusChecks from './migrations/0007-status-checks';
import * as registrations from './migrations/0009-registrations';

type MigrationModule = { up: (db: Kysely<any>, dialect: Dialect) => Promise<void> };

/** The ordered migration set; names sort in the order they run. */
const migrations: Record<string, MigrationModule> = {
  '0001-foundation': foundation,
  '0002-online-signing': onlineSigning,
  '0003-offline-and-paper': offlineAndPaper,
  '0004-agreement-documents': agreementDocuments,
  '0005-login-throttle': loginThrottle,
  '0006-one-agreement-per-employer': onePerEmployer,
  '0007-status-checks': statusChecks,
  '0009-registrations': registrations,
};

class DialectMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(migrations).map(([name, module]) => [name, { up: (db: Kysely<any>) => module.up(db, this.dialect) }]),
    );
  }
}

/** Brings the schema to the latest migration; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: new DialectMigrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`数据库迁移失败: ${failed?.migrationName ?? ''} ${String(error)}`);
  }
}

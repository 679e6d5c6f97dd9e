import type { CreateTableBuilder } from 'kysely';

// Frozen helpers for migrations: the few places where the two dialects differ.
export type MigrationDialect = 'sqlite' | 'postgres';

export function idColumn<T extends string>(table: CreateTableBuilder<T, never>, dialect: MigrationDialect) {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

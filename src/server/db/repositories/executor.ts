import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

/** A repository runs on the database or inside a transaction alike. */
export type Executor = Kysely<Database> | Transaction<Database>;

export function nowIso(): string {
  return new Date().toISOString();
}

export function isoAfter(milliseconds: number, from = new Date()): string {
  return new Date(from.getTime() + milliseconds).toISOString();
}

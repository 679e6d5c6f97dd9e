import type { Selectable } from 'kysely';
import type { StoredFileTable } from '../schema';
import type { Executor } from './executor';
import { nowIso } from './executor';

type StoredFileRow = Selectable<StoredFileTable>;

/**
 * The row of some stored bytes, made once per content: the same content recorded twice at once lets one
 * insert win (the unique hash) and both read the row.
 */
export async function recordStoredFile(db: Executor, sha256: string, size: number, mediaType: string): Promise<StoredFileRow> {
  await db
    .insertInto('stored_file')
    .values({ sha256, size, media_type: mediaType, created_at: nowIso() })
    .onConflict((conflict) => conflict.column('sha256').doNothing())
    .execute();
  return db.selectFrom('stored_file').selectAll().where('sha256', '=', sha256).executeTakeFirstOrThrow();
}

export async function findStoredFile(db: Executor, id: number): Promise<StoredFileRow> {
  return db.selectFrom('stored_file').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Whether a committed row refers to these bytes. */
export async function isRecordedContent(db: Executor, sha256: string): Promise<boolean> {
  return (await db.selectFrom('stored_file').select('id').where('sha256', '=', sha256).executeTakeFirst()) !== undefined;
}

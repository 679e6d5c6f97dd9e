import type { Executor } from './executor';

export type CodeRow = { dictionary: string; code: string; name: string; parentCode: string | null; validFrom: number | null; validTo: number | null };

/** Replaces a dictionary's rows with the shipped version, in the caller's transaction. */
export async function replaceDictionary(db: Executor, dictionary: string, rows: CodeRow[]): Promise<void> {
  await db.deleteFrom('code_entry').where('dictionary', '=', dictionary).execute();
  for (let start = 0; start < rows.length; start += 100) {
    await db
      .insertInto('code_entry')
      .values(
        rows.slice(start, start + 100).map((row, index) => ({
          dictionary,
          code: row.code,
          name: row.name,
          parent_code: row.parentCode,
          valid_from: row.validFrom,
          valid_to: row.validTo,
          sort_order: start + index,
        })),
      )
      .execute();
  }
}

export async function listDictionary(db: Executor, dictionary: string, parentCode?: string) {
  let query = db
    .selectFrom('code_entry')
    .select(['code', 'name', 'parent_code'])
    .where('dictionary', '=', dictionary);
  if (parentCode !== undefined) query = query.where('parent_code', '=', parentCode);
  return query.orderBy('sort_order').execute();
}

export async function countDictionaryRows(db: Executor, dictionary: string): Promise<number> {
  const row = await db
    .selectFrom('code_entry')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('dictionary', '=', dictionary)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

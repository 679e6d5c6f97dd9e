import { CODE_DICTIONARIES, CODE_TABLES, type CodeEntry } from '../../domain/codes';
import type { Executor } from '../db/repositories/executor';
import { listDictionary, replaceDictionary, type CodeRow } from '../db/repositories/code-repository';

/**
 * Loads the shipped code tables into `code_entry`. A dictionary is rewritten only when its shipped
 * version differs from the stored one, so a normal start reads and writes nothing else.
 */
export async function syncCodeTables(db: Executor): Promise<void> {
  for (const dictionary of CODE_DICTIONARIES) {
    const shipped: CodeRow[] = (CODE_TABLES[dictionary] as readonly CodeEntry[]).map((entry) => ({
      dictionary,
      code: entry.code,
      name: entry.name,
      parentCode: entry.parentCode ?? null,
      validFrom: entry.validFrom ?? null,
      validTo: entry.validTo ?? null,
    }));
    const stored = await listDictionary(db, dictionary);
    const same =
      stored.length === shipped.length &&
      stored.every((row, index) => {
        const entry = shipped[index]!;
        return row.code === entry.code && row.name === entry.name && row.parent_code === entry.parentCode;
      });
    if (!same) await replaceDictionary(db, dictionary, shipped);
  }
}

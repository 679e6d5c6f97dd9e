import type { CodeEntry } from './types.js';
import { destination } from './destination.js';
import { educationLevel } from './education-level.js';
import { employerNature } from './employer-nature.js';
import { ethnicity } from './ethnicity.js';
import { gender } from './gender.js';
import { hukouHandling } from './hukou-handling.js';
import { idType } from './id-type.js';
import { industry } from './industry.js';
import { politicalStatus } from './political-status.js';
import { positionCategory } from './position-category.js';
import { regions } from './regions.js';

export * from './types.js';
export * from './destination.js';
export * from './education-level.js';
export * from './employer-nature.js';
export * from './ethnicity.js';
export * from './gender.js';
export * from './hukou-handling.js';
export * from './id-type.js';
export * from './industry.js';
export * from './political-status.js';
export * from './position-category.js';
export * from './regions.js';

/** Every code table, keyed by its dictionary name (the `dictionary` column of `code_entry`). */
export const CODE_TABLES = {
  ethnicity: ethnicity,
  'political-status': politicalStatus,
  'education-level': educationLevel,
  'employer-nature': employerNature,
  industry: industry,
  'position-category': positionCategory,
  destination: destination,
  'hukou-handling': hukouHandling,
  gender: gender,
  'id-type': idType,
  region: regions,
} as const satisfies Record<string, readonly CodeEntry[]>;

export type CodeDictionary = keyof typeof CODE_TABLES;

export const CODE_DICTIONARIES = Object.keys(CODE_TABLES) as readonly CodeDictionary[];

/** Whether a string names a code dictionary (e.g. the `:dictionary` of `GET /api/codes/:dictionary`). */
export function isCodeDictionary(value: string): value is CodeDictionary {
  return Object.hasOwn(CODE_TABLES, value);
}

let indexes: Map<CodeDictionary, Map<string, CodeEntry>> | undefined;

function indexOf(dictionary: CodeDictionary): Map<string, CodeEntry> | undefined {
  if (indexes === undefined) {
    indexes = new Map();
    for (const name of CODE_DICTIONARIES) {
      const table: readonly CodeEntry[] = CODE_TABLES[name];
      indexes.set(name, new Map(table.map((entry) => [entry.code, entry])));
    }
  }
  return indexes.get(dictionary);
}

/** The entry of a code, or undefined for an unknown dictionary or code. */
export function codeEntry(dictionary: CodeDictionary, code: string): CodeEntry | undefined {
  return indexOf(dictionary)?.get(code);
}

/** The display name of a code, or undefined for an unknown dictionary or code. */
export function codeName(dictionary: CodeDictionary, code: string): string | undefined {
  return codeEntry(dictionary, code)?.name;
}

/**
 * Whether a code exists in a dictionary; with `year`, also whether it is in force that year
 * (validFrom/validTo, both inclusive).
 */
export function isValidCode(dictionary: CodeDictionary, code: string, year?: number): boolean {
  const entry = codeEntry(dictionary, code);
  if (entry === undefined) return false;
  if (year === undefined) return true;
  return (entry.validFrom === undefined || year >= entry.validFrom) && (entry.validTo === undefined || year <= entry.validTo);
}

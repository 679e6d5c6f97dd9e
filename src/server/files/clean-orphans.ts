import fs from 'node:fs';
import path from 'node:path';
import type { Executor } from '../db/repositories/executor';
import { isRecordedContent } from '../db/repositories/stored-file-repository';
import { INCOMING_DIRECTORY } from './file-store';

/** Older than this, a file on disk with no row is a leftover of a transaction that did not commit. */
const GRACE_MS = 60 * 60 * 1000;

/**
 * Removes files no committed row refers to: an upload is written before its transaction commits, so a
 * refused or failed transaction leaves its bytes behind, and so does an upload cut off by a crash. Recent
 * files are left alone (their transaction may still be open). Returns how many were removed.
 */
export async function cleanOrphanFiles(db: Executor, root: string, now = Date.now()): Promise<number> {
  if (!fs.existsSync(root)) return 0;
  let removed = 0;
  // An upload still being received is recent; an old one was cut off by a crash.
  const incoming = path.join(root, INCOMING_DIRECTORY);
  for (const name of safeList(incoming)) {
    const file = path.join(incoming, name);
    if (now - fs.statSync(file).mtimeMs < GRACE_MS) continue;
    fs.rmSync(file, { force: true });
    removed += 1;
  }
  for (const first of fs.readdirSync(root)) {
    if (first === INCOMING_DIRECTORY) continue;
    for (const second of safeList(path.join(root, first))) {
      const directory = path.join(root, first, second);
      for (const name of safeList(directory)) {
        const file = path.join(directory, name);
        if (now - fs.statSync(file).mtimeMs < GRACE_MS) continue;
        const known = !name.startsWith('.') && (await isRecordedContent(db, name));
        if (known) continue;
        fs.rmSync(file, { force: true });
        removed += 1;
      }
    }
  }
  return removed;
}

function safeList(directory: string): string[] {
  try {
    return fs.statSync(directory).isDirectory() ? fs.readdirSync(directory) : [];
  } catch {
    return [];
  }
}

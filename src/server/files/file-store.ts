import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { invalidField } from '../../domain/errors';
import type { Executor } from '../db/repositories/executor';
import { nowIso } from '../db/repositories/executor';
import { sniffMediaType, type AcceptedMediaType } from './sniff';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type StoredFile = { id: number; sha256: string; size: number; mediaType: string };

/**
 * Content-addressed local file store under DATA_DIR/files: a file is written, fsynced and renamed into
 * place before the database row that references it is committed, so a committed row never points at a
 * missing or partial file. The same content is stored once.
 */
export class FileStore {
  constructor(private readonly root: string) {}

  pathOf(sha256: string): string {
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** Writes the bytes durably and returns their hash; idempotent for the same content. */
  write(content: Buffer): string {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const target = this.pathOf(sha256);
    if (fs.existsSync(target)) {
      // Fresh again: the orphan cleanup must not take bytes that a new row is about to refer to.
      const now = new Date();
      fs.utimesSync(target, now, now);
      return sha256;
    }
    const directory = path.dirname(target);
    fs.mkdirSync(directory, { recursive: true });
    const temporary = path.join(directory, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = fs.openSync(temporary, 'wx');
    try {
      fs.writeSync(handle, content);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
    const directoryHandle = fs.openSync(directory, 'r');
    try {
      fs.fsyncSync(directoryHandle);
    } finally {
      fs.closeSync(directoryHandle);
    }
    return sha256;
  }

  read(sha256: string): Buffer {
    return fs.readFileSync(this.pathOf(sha256));
  }
}

/**
 * Checks an upload (type by magic bytes, size), writes it to the store and records it, in the caller's
 * transaction; `field` names the form field in the error a person sees.
 */
export async function storeUpload(
  db: Executor,
  store: FileStore,
  content: Buffer,
  options: { field: string; label: string; accept: AcceptedMediaType[] },
): Promise<StoredFile> {
  if (content.length === 0) throw invalidField(options.field, `${options.label}是空文件,请重新选择文件上传`);
  if (content.length > MAX_UPLOAD_BYTES) {
    throw invalidField(options.field, `${options.label}超过 10 MB,请压缩后重新上传`);
  }
  const mediaType = sniffMediaType(content);
  if (!mediaType || !options.accept.includes(mediaType)) {
    throw invalidField(options.field, `${options.label}须为 ${acceptedNames(options.accept)} 文件,请重新选择`);
  }
  return recordFile(db, store, content, mediaType);
}

/** Stores bytes the system made itself (a generated PDF) and records them. */
export async function recordFile(db: Executor, store: FileStore, content: Buffer, mediaType: string): Promise<StoredFile> {
  const sha256 = store.write(content);
  // The same content uploaded twice at once: the unique hash lets one insert win, both read the row.
  await db
    .insertInto('stored_file')
    .values({ sha256, size: content.length, media_type: mediaType, created_at: nowIso() })
    .onConflict((conflict) => conflict.column('sha256').doNothing())
    .execute();
  const row = await db.selectFrom('stored_file').selectAll().where('sha256', '=', sha256).executeTakeFirstOrThrow();
  return { id: row.id, sha256, size: row.size, mediaType: row.media_type };
}

function acceptedNames(accept: AcceptedMediaType[]): string {
  return accept.map((type) => ({ 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPG' })[type]).join('/');
}

import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { invalidField } from '../../domain/errors';
import type { Executor } from '../db/repositories/executor';
import { recordStoredFile } from '../db/repositories/stored-file-repository';
import { sniffMediaType, type AcceptedMediaType } from './sniff';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Where uploads are received, inside the store so that moving one into place is a rename. */
export const INCOMING_DIRECTORY = '.incoming';

/** Enough of a file's start to tell its type by magic bytes. */
const HEAD_BYTES = 16;

export type StoredFile = { id: number; sha256: string; size: number; mediaType: string };

/** An upload received into a temporary file of the store, hashed on the way; not yet in place. */
export type ReceivedFile = { path: string; sha256: string; size: number; head: Buffer };

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
    if (this.refresh(sha256)) return sha256;
    const temporary = this.temporaryPath();
    fs.writeFileSync(temporary, content, { flag: 'wx' });
    this.adopt(temporary, sha256);
    return sha256;
  }

  /**
   * Streams an upload to a temporary file, hashing it as it passes, so no upload is ever held in memory.
   * A failed or aborted stream leaves no file behind.
   */
  async receive(source: Readable): Promise<ReceivedFile> {
    const temporary = this.temporaryPath();
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const observe = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, observe, fs.createWriteStream(temporary, { flags: 'wx' }));
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw error;
    }
    return { path: temporary, sha256: hash.digest('hex'), size, head };
  }

  /** Moves a written temporary file to its content's path durably (fsync, rename, fsync the directory). */
  adopt(temporary: string, sha256: string): void {
    if (this.refresh(sha256)) {
      fs.rmSync(temporary, { force: true });
      return;
    }
    syncFile(temporary, 'r+');
    const target = this.pathOf(sha256);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(temporary, target);
    syncFile(path.dirname(target), 'r');
  }

  read(sha256: string): Buffer {
    return fs.readFileSync(this.pathOf(sha256));
  }

  /** True when the content is already stored; it is made fresh again so the orphan cleanup leaves it. */
  private refresh(sha256: string): boolean {
    const target = this.pathOf(sha256);
    if (!fs.existsSync(target)) return false;
    const now = new Date();
    fs.utimesSync(target, now, now);
    return true;
  }

  private temporaryPath(): string {
    const directory = path.join(this.root, INCOMING_DIRECTORY);
    fs.mkdirSync(directory, { recursive: true });
    return path.join(directory, `${randomBytes(12).toString('hex')}.tmp`);
  }
}

function syncFile(file: string, flags: 'r' | 'r+'): void {
  const handle = fs.openSync(file, flags);
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * Checks a received upload (type by magic bytes, size), moves it into the store and records it, in the
 * caller's transaction; `field` names the form field in the error a person sees.
 */
export async function storeUpload(
  db: Executor,
  store: FileStore,
  file: ReceivedFile,
  options: { field: string; label: string; accept: AcceptedMediaType[] },
): Promise<StoredFile> {
  if (file.size === 0) throw invalidField(options.field, `${options.label}是空文件,请重新选择文件上传`);
  if (file.size > MAX_UPLOAD_BYTES) {
    throw invalidField(options.field, `${options.label}超过 10 MB,请压缩后重新上传`);
  }
  const mediaType = sniffMediaType(file.head);
  if (!mediaType || !options.accept.includes(mediaType)) {
    throw invalidField(options.field, `${options.label}须为 ${acceptedNames(options.accept)} 文件,请重新选择`);
  }
  store.adopt(file.path, file.sha256);
  return insertStoredFile(db, file.sha256, file.size, mediaType);
}

/** Stores bytes the system made itself (a generated PDF) and records them. */
export async function recordFile(db: Executor, store: FileStore, content: Buffer, mediaType: string): Promise<StoredFile> {
  return insertStoredFile(db, store.write(content), content.length, mediaType);
}

async function insertStoredFile(db: Executor, sha256: string, size: number, mediaType: string): Promise<StoredFile> {
  const row = await recordStoredFile(db, sha256, size, mediaType);
  return { id: row.id, sha256, size: row.size, mediaType: row.media_type };
}

function acceptedNames(accept: AcceptedMediaType[]): string {
  return accept.map((type) => ({ 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPG' })[type]).join('/');
}

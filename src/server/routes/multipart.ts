import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, AppErrorCode, invalidField, invalidFields } from '../../domain/errors';
import { MAX_UPLOAD_BYTES, type ReceivedFile } from '../files/file-store';
import { refuseUnsafeValue } from '../input-hygiene';

export type UploadedFile = ReceivedFile & { fileName: string };

// Path separators, parent references and control characters have no place in a file's name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\]|\.\./;

/** Room for the `data` field and the parts' own headers next to the files. */
const FORM_ALLOWANCE = 64 * 1024;

/** The temporary files each request received: whatever its answer, none outlives it. */
const receivedBy = new WeakMap<FastifyRequest, string[]>();

/**
 * Every answer removes the temporary files its request received but did not store, before it is sent,
 * and closes the connection when the request's body was not read to its end (a refused upload), so the
 * server neither keeps nor reads the rest.
 */
export function registerUploadCleanup(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    for (const file of receivedBy.get(request) ?? []) fs.rmSync(file, { force: true });
    if (request.isMultipart() && !request.raw.complete) reply.header('connection', 'close');
  });
}

/**
 * Reads a multipart form of one JSON field `data` and up to `max` files in one file field. Call it only
 * after the caller is authorized: nothing of the body is read before. Files are streamed to temporary
 * files of the store (never held in memory); a file over 10 MB, or a name with path parts or control
 * characters, is refused with the field named, and a request over its files' worth of bytes is cut off
 * with 413 at that point. The name is kept only for display (files are stored by content).
 */
export async function readMultipartForm<T extends z.ZodType>(
  request: FastifyRequest,
  schema: T,
  file: { field: string; label: string; max: number },
): Promise<{ data: z.infer<T>; files: UploadedFile[] }> {
  const contentType = request.headers['content-type'] ?? '';
  if (!request.isMultipart() || !/;\s*boundary=[^;\s]/i.test(contentType)) {
    throw new AppError(AppErrorCode.MalformedBody, '请以表单(multipart/form-data)方式提交,并附上文件');
  }
  const limit = file.max * MAX_UPLOAD_BYTES + FORM_ALLOWANCE;
  const tooLarge = new AppError(AppErrorCode.BodyTooLarge, `提交的内容超过上限(${file.label}最多 ${file.max} 个、每个不超过 10 MB),请减少或压缩文件后重试`);
  if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge;

  const received: string[] = [];
  receivedBy.set(request, received);
  const cutOff = cutOffBeyond(request, limit, tooLarge);
  try {
    return await readParts(request, schema, file, received, cutOff);
  } catch (error) {
    for (const path of received) fs.rmSync(path, { force: true });
    throw asClientError(error);
  } finally {
    cutOff.stop();
  }
}

async function readParts<T extends z.ZodType>(
  request: FastifyRequest,
  schema: T,
  file: { field: string; label: string; max: number },
  received: string[],
  cutOff: ReturnType<typeof cutOffBeyond>,
): Promise<{ data: z.infer<T>; files: UploadedFile[] }> {
  let raw: unknown;
  const files: UploadedFile[] = [];
  // The whole name as sent (not cut to its last segment), so a name with path parts can be refused.
  const parts = request.parts({ preservePath: true, limits: { fileSize: MAX_UPLOAD_BYTES, files: file.max + 1, fields: 5 } });
  const iterator = parts[Symbol.asyncIterator]();
  const nextPart = () => Promise.race([iterator.next(), cutOff.exceeded]);
  for (let step = await nextPart(); !step.done; step = await nextPart()) {
    const part: MultipartFile | MultipartValue = step.value;
    if (part.type === 'file') {
      if (part.fieldname !== file.field) {
        part.file.resume();
        continue;
      }
      if (files.length === file.max) throw invalidField(file.field, `${file.label}最多上传 ${file.max} 个文件`);
      if (UNSAFE_NAME.test(part.filename)) {
        throw invalidField(file.field, `${file.label}的文件名含有路径或控制字符,请重命名后再上传`);
      }
      cutOff.current = part.file;
      const upload = await Promise.race([request.server.files.receive(part.file), cutOff.exceeded]);
      received.push(upload.path);
      if (part.file.truncated) throw invalidField(file.field, `${file.label}超过 10 MB,请压缩后重新上传`);
      files.push({ ...upload, fileName: part.filename.slice(-100) || `${file.label}.bin` });
    } else if (part.fieldname === 'data') {
      try {
        raw = JSON.parse(String(part.value));
      } catch {
        throw new AppError(AppErrorCode.MalformedBody, '表单内容不是有效的 JSON,请刷新页面后重试');
      }
      refuseUnsafeValue(raw);
    }
  }
  return { data: parseInput(schema, raw ?? {}), files };
}

/**
 * Counts the body's bytes as they arrive; past the limit it stops reading, fails `exceeded` and destroys
 * the `current` file stream (so its temporary file goes), and the answer goes out without the rest.
 */
function cutOffBeyond(request: FastifyRequest, limit: number, error: AppError) {
  let fail: (error: AppError) => void = () => {};
  const exceeded = new Promise<never>((_resolve, reject) => {
    fail = reject;
  });
  exceeded.catch(() => {});
  let seen = 0;
  const state: { exceeded: Promise<never>; current?: Readable; stop: () => void } = {
    exceeded,
    stop: () => request.raw.off('data', onData),
  };
  function onData(chunk: Buffer) {
    seen += chunk.length;
    if (seen <= limit) return;
    state.stop();
    request.raw.unpipe();
    request.raw.pause();
    fail(error);
    state.current?.destroy(error);
  }
  request.raw.on('data', onData);
  return state;
}

/** A form the parser cannot read (cut short, malformed parts) is the sender's fault: 400, not 500. */
function asClientError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const { statusCode, syscall } = error as { statusCode?: number; syscall?: string };
  if (statusCode !== undefined || syscall !== undefined) return error;
  return new AppError(AppErrorCode.MalformedBody, '表单内容不完整或格式有误,请刷新页面后重新提交');
}

/** Validates input outside Fastify's schema step, with the same `{code, message, fields}` answer. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidFields(result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}

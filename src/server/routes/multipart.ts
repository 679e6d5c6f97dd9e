import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, AppErrorCode, invalidField, invalidFields } from '../../domain/errors';
import { MAX_UPLOAD_BYTES } from '../files/file-store';

export type UploadedFile = { content: Buffer; fileName: string };

// Path separators, parent references and control characters have no place in a file's name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\]|\.\./;

/**
 * Reads a multipart form of one JSON field `data` and up to `max` files in one file field. A file over
 * 10 MB, or a name with path parts or control characters, is refused with the field named; the name is
 * kept only for display (files are stored by content).
 */
export async function readMultipartForm<T extends z.ZodType>(
  request: FastifyRequest,
  schema: T,
  file: { field: string; label: string; max: number },
): Promise<{ data: z.infer<T>; files: UploadedFile[] }> {
  if (!request.isMultipart()) {
    throw new AppError(AppErrorCode.MalformedBody, '请以表单(multipart/form-data)方式提交,并附上文件');
  }
  let raw: unknown;
  const files: UploadedFile[] = [];
  // The whole name as sent (not cut to its last segment), so a name with path parts can be refused.
  const parts = request.parts({ preservePath: true, limits: { fileSize: MAX_UPLOAD_BYTES, files: file.max + 1, fields: 5 } });
  for await (const part of parts) {
    if (part.type === 'file') {
      if (part.fieldname !== file.field) {
        part.file.resume();
        continue;
      }
      if (files.length === file.max) throw invalidField(file.field, `${file.label}最多上传 ${file.max} 个文件`);
      if (UNSAFE_NAME.test(part.filename)) {
        throw invalidField(file.field, `${file.label}的文件名含有路径或控制字符,请重命名后再上传`);
      }
      const content = await part.toBuffer();
      if (part.file.truncated) throw invalidField(file.field, `${file.label}超过 10 MB,请压缩后重新上传`);
      files.push({ content, fileName: part.filename.slice(-100) || `${file.label}.bin` });
    } else if (part.fieldname === 'data') {
      try {
        raw = JSON.parse(String(part.value));
      } catch {
        throw new AppError(AppErrorCode.MalformedBody, '表单内容不是有效的 JSON,请刷新页面后重试');
      }
    }
  }
  return { data: parseInput(schema, raw ?? {}), files };
}

/** Validates input outside Fastify's schema step, with the same `{code, message, fields}` answer. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidFields(result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}

import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, AppErrorCode, invalidField } from '../../domain/errors';
import { MAX_UPLOAD_BYTES } from '../files/file-store';

/**
 * Reads a multipart form of one JSON field `data` and one file field; the file's name is never used
 * (files are stored by content), and a file over the limit is refused with the field named.
 */
export async function readMultipartForm<T extends z.ZodType>(
  request: FastifyRequest,
  schema: T,
  file: { field: string; label: string },
): Promise<{ data: z.infer<T>; file: Buffer | undefined }> {
  if (!request.isMultipart()) throw new AppError(AppErrorCode.MalformedBody, '请以表单(multipart/form-data)方式提交,并附上文件');
  let raw: unknown;
  let content: Buffer | undefined;
  for await (const part of request.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } })) {
    if (part.type === 'file') {
      if (part.fieldname !== file.field) {
        part.file.resume();
        continue;
      }
      content = await part.toBuffer();
      if (part.file.truncated) throw invalidField(file.field, `${file.label}超过 10 MB,请压缩后重新上传`);
    } else if (part.fieldname === 'data') {
      try {
        raw = JSON.parse(String(part.value));
      } catch {
        throw new AppError(AppErrorCode.MalformedBody, '表单内容不是有效的 JSON,请刷新页面后重试');
      }
    }
  }
  return { data: parseInput(schema, raw ?? {}), file: content };
}

/** Validates input outside Fastify's schema step, with the same `{code, message, fields}` answer. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const message = fields.length === 1 ? fields[0]!.message : `有 ${fields.length} 项信息需要修改: ${fields.map((f) => f.message).join(';')}`;
  throw new AppError(AppErrorCode.InvalidInput, message, fields);
}

import type { FastifyInstance } from 'fastify';
import { AppError, AppErrorCode, invalidField } from '../domain/errors';

// C0 control characters other than tab and line breaks, and DEL: never meaningful in a form, and
// PostgreSQL text cannot hold NUL at all.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function findControlCharacter(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return CONTROL_CHARACTERS.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findControlCharacter(item, `${path}.${index}`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findControlCharacter(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/** Deeper than any form goes; the checks below (and the schemas) recurse, so depth is measured first. */
const MAX_NESTING = 32;

/** Whether a parsed value nests deeper than `limit`, found without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const item of Object.values(current)) pending.push({ value: item, depth: depth + 1 });
  }
  return false;
}

/**
 * What no form sends in any value: nesting too deep, control characters in a field. Also for a form's
 * JSON read outside Fastify's body parsing (multipart `data`).
 */
export function refuseUnsafeValue(body: unknown): void {
  if (nestsDeeperThan(body, MAX_NESTING)) {
    throw new AppError(AppErrorCode.MalformedBody, `请求内容嵌套超过 ${MAX_NESTING} 层,请刷新页面后重试`);
  }
  refuseControlCharacters(findControlCharacter(body, ''));
}

function refuseControlCharacters(field: string | undefined): void {
  if (field) throw invalidField(field, `「${field}」中含有不可见的控制字符,请删除后重新输入`);
}

/**
 * Refuses, before validation, what no form sends: a JSON body that is not an object, an unsafe value
 * (above), a text/plain body, and control characters in the query.
 */
export function registerInputHygiene(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
  app.addHook('preValidation', async (request) => {
    const body = request.body;
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
      throw new AppError(AppErrorCode.MalformedBody, '请求内容须为 JSON 对象,请刷新页面后重试');
    }
    refuseUnsafeValue(body);
    refuseControlCharacters(findControlCharacter(request.query, '') ?? findControlCharacter(request.params, ''));
  });
}

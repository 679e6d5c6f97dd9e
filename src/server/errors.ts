import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, AppErrorCode, defaultMessages, invalidFields, type FieldProblem, type RefusalReason } from '../domain/errors';

/** The one table from error code to HTTP status. */
export const httpStatusOf: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  MALFORMED_BODY: 400,
  BODY_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  CSRF_REJECTED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  CAPTCHA_INVALID: 400,
  VERIFICATION_CODE_INVALID: 400,
  VERIFICATION_CODE_TOO_SOON: 429,
  CONFLICT: 409,
  STALE_STATE: 409,
  REAUTHENTICATION_FAILED: 403,
  REAUTHENTICATION_REQUIRED: 403,
  RECORD_NOT_CONFIRMED: 403,
  LINK_UNAVAILABLE: 410,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export type ErrorBody = { code: AppErrorCode; reason?: RefusalReason; message: string; fields: FieldProblem[] };

/** Turns any thrown error into `{code, message, fields}`; 5xx details go to the log only. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) {
    const body: ErrorBody = { code: error.code, message: error.message, fields: error.fields };
    return error.reason ? { ...body, reason: error.reason } : body;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const invalid = invalidFields(
      error.validation.map((issue) => ({
        path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: issue.message ?? '此项填写有误,请检查',
      })),
    );
    return { code: invalid.code, message: invalid.message, fields: invalid.fields };
  }
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode ?? 500;
  if (status === 413) return coded(AppErrorCode.BodyTooLarge);
  if (status === 429) return coded(AppErrorCode.RateLimited);
  if (status === 415) return coded(AppErrorCode.MalformedBody, '请以 JSON 格式(Content-Type: application/json)提交');
  if (status >= 400 && status < 500 && fastifyError.code?.startsWith('FST_ERR_CTP')) {
    return coded(AppErrorCode.MalformedBody);
  }
  if (status >= 400 && status < 500 && fastifyError.validation) return coded(AppErrorCode.InvalidInput);
  if (status === 401) return coded(AppErrorCode.Unauthenticated);
  if (status === 403) return coded(AppErrorCode.Forbidden);
  if (status === 404 || status === 405) return coded(AppErrorCode.NotFound);
  if (status >= 400 && status < 500) return coded(AppErrorCode.MalformedBody);
  return coded(AppErrorCode.Internal);
}

function coded(code: AppErrorCode, message = defaultMessages[code]): ErrorBody {
  return { code, message, fields: [] };
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const body = toErrorBody(error);
    const status = httpStatusOf[body.code];
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: body.code }, 'request refused');
    return reply.status(status).send(body);
  });
}

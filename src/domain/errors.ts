/** Coded errors of the domain. Each code has a default Chinese message; HTTP mapping lives in the server. */
export const AppErrorCode = {
  /** Input failed validation; `fields` names each field and its fix. */
  InvalidInput: 'INVALID_INPUT',
  /** The request body is not JSON or not an object. */
  MalformedBody: 'MALFORMED_BODY',
  /** The request body is larger than allowed. */
  BodyTooLarge: 'BODY_TOO_LARGE',
  /** No valid session: not logged in, logged out or expired. */
  Unauthenticated: 'UNAUTHENTICATED',
  /** The CSRF token is missing or does not match the session. */
  CsrfRejected: 'CSRF_REJECTED',
  /** Logged in, but this role may not do this. */
  Forbidden: 'FORBIDDEN',
  /** The record does not exist or is not visible to the caller (the two look the same). */
  NotFound: 'NOT_FOUND',
  /** Identifier or password is wrong (which one is not revealed). */
  BadCredentials: 'BAD_CREDENTIALS',
  /** Too many wrong passwords: the account is locked for a while. */
  AccountLocked: 'ACCOUNT_LOCKED',
  /** The account is disabled. */
  AccountDisabled: 'ACCOUNT_DISABLED',
  /** The image captcha is wrong, expired or already used. */
  CaptchaInvalid: 'CAPTCHA_INVALID',
  /** The phone verification code is wrong, expired or used up. */
  VerificationCodeInvalid: 'VERIFICATION_CODE_INVALID',
  /** A verification code was sent too recently to this phone. */
  VerificationCodeTooSoon: 'VERIFICATION_CODE_TOO_SOON',
  /** A unique value (phone, email, 身份证号) is already taken. */
  Conflict: 'CONFLICT',
  /** The record changed since it was read (already answered / reviewed / confirmed). */
  StaleState: 'STALE_STATE',
  /** The password was asked again and was wrong. */
  ReauthenticationFailed: 'REAUTHENTICATION_FAILED',
  /** The action needs a recent re-authentication. */
  ReauthenticationRequired: 'REAUTHENTICATION_REQUIRED',
  /** The student must confirm his record first. */
  RecordNotConfirmed: 'RECORD_NOT_CONFIRMED',
  /** A one-time link was used, revoked or has expired. */
  LinkUnavailable: 'LINK_UNAVAILABLE',
  /** Too many requests from this address. */
  RateLimited: 'RATE_LIMITED',
  /** Unexpected failure; details are logged, not shown. */
  Internal: 'INTERNAL',
} as const;
export type AppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

export const defaultMessages: Record<AppErrorCode, string> = {
  INVALID_INPUT: '提交的信息有误,请按提示修改后重试',
  MALFORMED_BODY: '请求内容不是有效的 JSON,请刷新页面后重试',
  BODY_TOO_LARGE: '提交的内容过大,请精简后重试',
  UNAUTHENTICATED: '登录已失效,请重新登录',
  CSRF_REJECTED: '页面已过期或请求来源不可信,请刷新页面后重试',
  FORBIDDEN: '当前账号无权进行此操作',
  NOT_FOUND: '记录不存在或无权查看',
  BAD_CREDENTIALS: '账号或密码错误',
  ACCOUNT_LOCKED: '密码错误次数过多,账号已临时锁定,请稍后再试或通过"找回密码"重置',
  ACCOUNT_DISABLED: '账号已停用,请联系学校就业部门',
  CAPTCHA_INVALID: '验证码错误或已过期,请重新输入',
  VERIFICATION_CODE_INVALID: '短信验证码错误或已过期,请重新获取',
  VERIFICATION_CODE_TOO_SOON: '验证码发送过于频繁,请稍后再试',
  CONFLICT: '该信息已被使用',
  STALE_STATE: '记录状态已变化,请刷新后查看',
  REAUTHENTICATION_FAILED: '密码错误,请重新输入登录密码',
  REAUTHENTICATION_REQUIRED: '此操作需要再次输入登录密码',
  RECORD_NOT_CONFIRMED: '请先核对并确认你的毕业生信息',
  LINK_UNAVAILABLE: '该链接已失效,请联系毕业生重新发送',
  RATE_LIMITED: '操作过于频繁,请稍后再试',
  INTERNAL: '系统繁忙,请稍后再试',
};

export type FieldProblem = { path: string; message: string };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fields: FieldProblem[];
  constructor(code: AppErrorCode, message?: string, fields: FieldProblem[] = []) {
    super(message ?? defaultMessages[code]);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

/** One invalid field: the message names the field and says how to fix it. */
export function invalidField(path: string, message: string): AppError {
  return new AppError(AppErrorCode.InvalidInput, message, [{ path, message }]);
}

/** Several invalid fields in one answer: the message lists each field's own sentence. */
export function invalidFields(fields: FieldProblem[]): AppError {
  const message =
    fields.length === 1 ? fields[0]!.message : `有 ${fields.length} 项信息需要修改: ${fields.map((field) => field.message).join(';')}`;
  return new AppError(AppErrorCode.InvalidInput, message, fields);
}

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
  /** The record changed since it was read; `reason` (a RefusalReason) says which case. */
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

/**
 * Why a change was refused by the state of its record, one code per case so a client can branch on it. The
 * answer keeps its family code (`STALE_STATE` or `CONFLICT`, both 409) in `code` and names the case in `reason`.
 */
export const RefusalReason = {
  /** The invitation is no longer 待应约: answered, withdrawn or already expired by status. */
  InvitationAnswered: 'INVITATION_ANSWERED',
  /** The invitation's 应约截止时间 has passed. */
  InvitationExpired: 'INVITATION_EXPIRED',
  /** The student's one signing slot is held by another agreement (DOMAIN §5.1). */
  SlotHeld: 'SLOT_HELD',
  /** The employer already has a standing online agreement with this student (DOMAIN §4.1). */
  AgreementStanding: 'AGREEMENT_STANDING',
  /** The signing state changed between the check and the write; the holder could not be named. */
  SigningChanged: 'SIGNING_CHANGED',
  /** The agreement is not at the caller's review stage. */
  NotYourStage: 'NOT_YOUR_STAGE',
  /** Another reviewer already decided this stage and round. */
  AlreadyDecided: 'ALREADY_DECIDED',
  /** The agreement is not approved yet, so it has no 协议书 to show. */
  AgreementNotApproved: 'AGREEMENT_NOT_APPROVED',
  /** The 协议书 PDF is still being generated. */
  DocumentNotReady: 'DOCUMENT_NOT_READY',
  /** The submission cannot be taken back (online, decided, or not in review). */
  NotWithdrawable: 'NOT_WITHDRAWABLE',
  /** Only a 退回修改 agreement can be edited and submitted again. */
  NotReturned: 'NOT_RETURNED',
  /** The agreement is not waiting for its sealed scan. */
  ScanNotExpected: 'SCAN_NOT_EXPECTED',
  /** A 回传链接 was sent a moment ago. */
  LinkAlreadySent: 'LINK_ALREADY_SENT',
  /** No live 回传链接 is left to revoke. */
  NoLinkToRevoke: 'NO_LINK_TO_REVOKE',
  /** The employer's 资质认证 is not in the state the action needs (already decided, or not 未通过). */
  VerificationDecided: 'VERIFICATION_DECIDED',
  /** The student's record disagrees with the 学籍 and cannot be confirmed. */
  RecordMismatch: 'RECORD_MISMATCH',
  /** The password or contact changed a moment ago in another request. */
  AccountChanged: 'ACCOUNT_CHANGED',
} as const;
export type RefusalReason = (typeof RefusalReason)[keyof typeof RefusalReason];
export const REFUSAL_REASONS = Object.values(RefusalReason) as [RefusalReason, ...RefusalReason[]];

const REFUSAL_FAMILY: Record<RefusalReason, typeof AppErrorCode.StaleState | typeof AppErrorCode.Conflict> = {
  INVITATION_ANSWERED: 'STALE_STATE',
  INVITATION_EXPIRED: 'STALE_STATE',
  SLOT_HELD: 'CONFLICT',
  AGREEMENT_STANDING: 'CONFLICT',
  SIGNING_CHANGED: 'STALE_STATE',
  NOT_YOUR_STAGE: 'STALE_STATE',
  ALREADY_DECIDED: 'STALE_STATE',
  AGREEMENT_NOT_APPROVED: 'STALE_STATE',
  DOCUMENT_NOT_READY: 'STALE_STATE',
  NOT_WITHDRAWABLE: 'STALE_STATE',
  NOT_RETURNED: 'STALE_STATE',
  SCAN_NOT_EXPECTED: 'STALE_STATE',
  LINK_ALREADY_SENT: 'STALE_STATE',
  NO_LINK_TO_REVOKE: 'STALE_STATE',
  VERIFICATION_DECIDED: 'STALE_STATE',
  RECORD_MISMATCH: 'STALE_STATE',
  ACCOUNT_CHANGED: 'STALE_STATE',
};

export const refusalMessages: Record<RefusalReason, string> = {
  INVITATION_ANSWERED: '该签约邀请已被处理,请刷新后查看',
  INVITATION_EXPIRED: '已超过应约截止时间,该签约邀请已失效',
  SLOT_HELD: '你已有一份就业协议,每人只能有一份,不能再签约或提交新的协议',
  AGREEMENT_STANDING: '你单位与该学生已有签约邀请或就业协议,不能再次发起',
  SIGNING_CHANGED: '签约状态已变化,请刷新后查看',
  NOT_YOUR_STAGE: '该协议不在你的审核环节,请刷新后查看',
  ALREADY_DECIDED: '该协议已由其他审核人处理,请刷新后查看',
  AGREEMENT_NOT_APPROVED: '协议尚未审核通过,审核通过后才能预览和下载协议书',
  DOCUMENT_NOT_READY: '协议书正在生成,请稍候刷新重试',
  NOT_WITHDRAWABLE: '该申请现在不能撤回,请刷新后查看',
  NOT_RETURNED: '只有被退回修改的协议才能修改后重新提交',
  SCAN_NOT_EXPECTED: '该协议现在不能回传协议书',
  LINK_ALREADY_SENT: '回传链接刚刚已发送,请刷新后查看',
  NO_LINK_TO_REVOKE: '没有可撤销的回传链接(已使用、已撤销或已过期)',
  VERIFICATION_DECIDED: '该单位的资质认证已处理,请刷新后查看',
  RECORD_MISMATCH: '你的信息与学籍信息不一致,不能确认,请联系学校就业部门更正',
  ACCOUNT_CHANGED: '账号信息刚刚已被修改,请刷新页面后重新操作',
};

export type FieldProblem = { path: string; message: string };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fields: FieldProblem[];
  readonly reason: RefusalReason | undefined;
  constructor(code: AppErrorCode, message?: string, fields: FieldProblem[] = [], reason?: RefusalReason) {
    super(message ?? defaultMessages[code]);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
    this.reason = reason;
  }
}

/** A change refused by the state of its record: 409 under its family code, with the specific reason. */
export function refused(reason: RefusalReason, message: string = refusalMessages[reason]): AppError {
  return new AppError(REFUSAL_FAMILY[reason], message, [], reason);
}

/** One invalid field: the message names the field and says how to fix it. */
export function invalidField(path: string, message: string): AppError {
  return new AppError(AppErrorCode.InvalidInput, message, [{ path, message }]);
}

/** Several invalid fields in one answer: the message lists each field's own sentence. */
export function invalidFields(fields: FieldProblem[]): AppError {
  const message =
    fields.length === 1
      ? fields[0]!.message
      : `有 ${fields.length} 项信息需要修改: ${fields.map((field) => field.message).join(';')}`;
  return new AppError(AppErrorCode.InvalidInput, message, fields);
}

import type { FastifyRequest } from 'fastify';
import { AppError, AppErrorCode } from '../../domain/errors';
import { requireAuthentication, requireRole } from '../auth/request-context';
import { requireConfirmedRecord } from '../services/student/get-own-record';
import type { ReviewerScope } from '../auth/access';

/** The reviewing role the caller acts in: the school's office if he has it, else his colleges. */
export function requireReviewer(request: FastifyRequest): { accountId: number; role: ReviewerScope['role'] } {
  const authentication = requireAuthentication(request);
  if (authentication.roles.includes('school_admin')) return { accountId: authentication.accountId, role: 'school_admin' };
  if (authentication.roles.includes('college_reviewer')) {
    return { accountId: authentication.accountId, role: 'college_reviewer' };
  }
  throw new AppError(AppErrorCode.Forbidden);
}

/** A student whose record of the current 届别 is confirmed: every student page but the confirmation (DOMAIN §3). */
export async function requireConfirmedStudent(request: FastifyRequest) {
  const { accountId } = requireRole(request, 'student');
  const record = await requireConfirmedRecord(request.server.db, accountId, request.server.config.cohort);
  return { accountId, record };
}

import type { FastifyRequest } from 'fastify';
import type { Role } from '../db/schema';
import type { AuditActor } from '../db/repositories/audit-repository';
import { AppError, AppErrorCode } from '../../domain/errors';

/** Who is calling: set by the session plugin on every API request. */
export type Authentication = {
  sessionId: number;
  accountId: number;
  csrfToken: string;
  roles: Role[];
  reauthenticatedAt: string | null;
};

declare module 'fastify' {
  interface FastifyRequest {
    authentication: Authentication | null;
  }
}

export function requireAuthentication(request: FastifyRequest): Authentication {
  if (!request.authentication) throw new AppError(AppErrorCode.Unauthenticated);
  return request.authentication;
}

/** The caller must hold the role; otherwise 403 (the page's data is not revealed). */
export function requireRole(request: FastifyRequest, role: Role): Authentication {
  const authentication = requireAuthentication(request);
  if (!authentication.roles.includes(role)) throw new AppError(AppErrorCode.Forbidden);
  return authentication;
}

export function auditActor(request: FastifyRequest, role?: Role): AuditActor {
  const authentication = request.authentication;
  return {
    accountId: authentication?.accountId ?? null,
    role: role ?? authentication?.roles[0] ?? null,
    ip: request.ip,
  };
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, AppErrorCode } from '../../domain/errors';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listRoleGrants } from '../db/repositories/account-repository';
import { extendSession, findLiveSession } from '../db/repositories/session-repository';
import { CSRF_COOKIE, SESSION_COOKIE } from './session-cookie';
import { safeEqual, sha256 } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Sliding expiry is written at most once a minute, not on every request.
const EXTEND_INTERVAL_MS = 60 * 1000;

type Options = { db: Kysely<Database>; sessionHours: number };

/**
 * Resolves the session cookie into `request.authentication` and enforces CSRF on every state-changing
 * API request: the header must carry the session's token, or before login the `csrf` cookie's value.
 */
async function sessionPlugin(app: FastifyInstance, { db, sessionHours }: Options): Promise<void> {
  app.decorateRequest('authentication', null);
  const lifetime = { idleHours: sessionHours, maxHours: app.config.sessionMaxHours };
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    await resolveSession(request, db, lifetime);
    if (!SAFE_METHODS.has(request.method)) checkCsrf(request);
  });
  app.addHook('onSend', async (request, reply) => {
    if (isPrivateAnswer(request.url) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}

/**
 * Answers of the API may carry personal data, so no browser or proxy keeps them; only the code tables and
 * the API documentation are public and the same for everyone.
 */
const PUBLIC_PREFIXES = ['/api/codes/', '/api/docs'];
function isPrivateAnswer(url: string): boolean {
  return url.startsWith('/api/') && !PUBLIC_PREFIXES.some((prefix) => url.startsWith(prefix));
}

async function resolveSession(
  request: FastifyRequest,
  db: Kysely<Database>,
  lifetime: { idleHours: number; maxHours: number },
): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const now = Date.now();
  const startedAfter = new Date(now - lifetime.maxHours * 3600 * 1000).toISOString();
  const session = await findLiveSession(db, sha256(token), new Date(now).toISOString(), startedAfter);
  if (!session) return;
  const grants = await listRoleGrants(db, session.account_id);
  request.authentication = {
    sessionId: session.id,
    accountId: session.account_id,
    csrfToken: session.csrf_token,
    roles: [...new Set(grants.map((grant) => grant.role))],
    reauthenticatedAt: session.reauthenticated_at,
  };
  if (now - Date.parse(session.last_seen_at) > EXTEND_INTERVAL_MS) {
    const absoluteEnd = Date.parse(session.created_at) + lifetime.maxHours * 3600 * 1000;
    await extendSession(db, session.id, new Date(Math.min(now + lifetime.idleHours * 3600 * 1000, absoluteEnd)).toISOString());
  }
}

function checkCsrf(request: FastifyRequest): void {
  const header = request.headers['x-csrf-token'];
  const sent = typeof header === 'string' ? header : '';
  const expected = request.authentication?.csrfToken ?? request.cookies[CSRF_COOKIE] ?? '';
  if (!sent || !expected || !safeEqual(sent, expected)) throw new AppError(AppErrorCode.CsrfRejected);
}

export default fp(sessionPlugin, { name: 'session' });

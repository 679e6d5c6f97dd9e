import type { Config } from '../../config';
import type { Executor } from '../../db/repositories/executor';
import { isoAfter } from '../../db/repositories/executor';
import { insertSession } from '../../db/repositories/session-repository';
import { randomToken, sha256 } from '../../auth/tokens';

export type StartedSession = { token: string; csrfToken: string; maxAgeSeconds: number };

/** Creates a server-side session; the cookie carries a random token, the database only its hash. */
export async function startSession(options: {
  db: Executor;
  config: Config;
  accountId: number;
  ip: string | null;
  userAgent: string | null;
}): Promise<StartedSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const maxAgeSeconds = Math.round(Math.min(options.config.sessionHours, options.config.sessionMaxHours) * 3600);
  await insertSession(options.db, {
    tokenHash: sha256(token),
    accountId: options.accountId,
    csrfToken,
    ip: options.ip,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
    expiresAt: isoAfter(maxAgeSeconds * 1000),
  });
  return { token, csrfToken, maxAgeSeconds };
}

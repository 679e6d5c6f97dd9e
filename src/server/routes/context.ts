import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Dialect } from '../db/database';
import type { Database, Role } from '../db/schema';
import type { FileStore } from '../files/file-store';
import type { JobRunner } from '../jobs/job-runner';
import { auditActor } from '../auth/request-context';
import type { ServiceContext } from '../services/context';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dialect: Dialect;
    config: Config;
    files: FileStore;
    jobs: JobRunner;
  }
}

/** The service context of a request: database, config and the acting person. */
export function serviceContext(request: FastifyRequest, role?: Role): ServiceContext & { userAgent: string | null } {
  return {
    db: request.server.db,
    config: request.server.config,
    actor: auditActor(request, role),
    userAgent: request.headers['user-agent'] ?? null,
  };
}

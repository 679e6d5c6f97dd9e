import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import type { AuditActor } from '../db/repositories/audit-repository';

/** What every use case receives besides its own input. */
export type ServiceContext = { db: Kysely<Database>; config: Config; actor: AuditActor };

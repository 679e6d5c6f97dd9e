import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Dialect } from '../db/database';
import type { Database } from '../db/schema';
import { isoAfter } from '../db/repositories/executor';
import { claimJob, completeJob, failJob, releaseStaleJobs } from '../db/repositories/job-repository';
import { cleanOrphanFiles } from '../files/clean-orphans';
import type { FileStore } from '../files/file-store';
import { expireInvitations, remindExpiringInvitations } from '../services/agreement/expire-invitations';
import { generateAgreementPdf } from '../services/agreement/generate-agreement-pdf';
import { AGREEMENT_PDF_JOB } from '../services/review/agreement-review';

const MAX_ATTEMPTS = 5;
const POLL_MS = 1000;
const SWEEP_MS = 30_000;
const STALE_AFTER_MS = 5 * 60 * 1000;
const CLEANUP_MS = 60 * 60 * 1000;

type Dependencies = { db: Kysely<Database>; dialect: Dialect; config: Config; files: FileStore; log: FastifyBaseLogger };
type Handler = (payload: Record<string, unknown>) => Promise<void>;

/**
 * Runs the database-backed jobs after their transactions commit, and the periodic sweeps (expiry,
 * reminders). Any number of app processes may run one: claims and transitions are conditional.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastSweep = 0;
  private lastCleanup = 0;
  private readonly handlers: Record<string, Handler>;

  constructor(private readonly dependencies: Dependencies) {
    this.handlers = {
      [AGREEMENT_PDF_JOB]: (payload) =>
        generateAgreementPdf({ ...dependencies, agreementId: Number(payload.agreementId) }),
    };
  }

  start(): void {
    this.timer ??= setInterval(() => this.kick(), POLL_MS);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs due work now (once at a time) after a commit that queued a job; only where the loop runs. */
  kick(): Promise<void> {
    if (!this.dependencies.config.runJobs) return Promise.resolve();
    this.running ??= this.runDue().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Everything due: sweeps and the orphan-file cleanup when their interval passed, then every claimable job. */
  async runDue(options: { sweep?: boolean } = {}): Promise<void> {
    const { db, dialect, log } = this.dependencies;
    try {
      if (options.sweep || Date.now() - this.lastSweep >= SWEEP_MS) {
        this.lastSweep = Date.now();
        await releaseStaleJobs(db, isoAfter(-STALE_AFTER_MS));
        const expired = await expireInvitations(db);
        const reminded = await remindExpiringInvitations(db);
        if (expired || reminded) log.info({ expired, reminded }, 'invitation sweep');
      }
      if (options.sweep || Date.now() - this.lastCleanup >= CLEANUP_MS) {
        this.lastCleanup = Date.now();
        const removed = await cleanOrphanFiles(db, this.dependencies.config.fileDirectory);
        if (removed) log.info({ removed }, 'orphan files removed');
      }
      for (let job = await claimJob(db, dialect); job; job = await claimJob(db, dialect)) {
        const handler = this.handlers[job.kind];
        try {
          if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
          await handler(JSON.parse(job.payload) as Record<string, unknown>);
          await completeJob(db, job.id);
        } catch (error) {
          log.error({ err: error, jobId: job.id, kind: job.kind }, 'job failed');
          await failJob(db, job, String(error), MAX_ATTEMPTS);
        }
      }
    } catch (error) {
      log.error({ err: error }, 'job runner failed');
    }
  }
}

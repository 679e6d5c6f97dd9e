import type { ReviewKind, ReviewResult, ReviewStage } from '../../../domain/review/workflow';
import type { AccessSubject, ReviewerScope } from '../../auth/access';
import type { Executor } from '../../db/repositories/executor';

export type Reviewer = { accountId: number; role: ReviewerScope['role'] };
export type Decision = { result: ReviewResult; comment?: string | undefined };
export type Reviewable = { id: number; school_id: number; college_id: number };

/** A decision as the subject's hook receives it, inside the deciding transaction. */
export type DecidedStep = Decision & {
  stage: ReviewStage;
  /** The stage a 通过 hands it to, or undefined when this stage is its last. */
  nextStage: ReviewStage | undefined;
  decidedAt: string;
};

/** What the hook did to its subject, for the audit event. */
export type Outcome<S extends string> = { fromStatus: S; toStatus: S; details?: Record<string, unknown> };

/** One page of a review queue, asked by a reviewer of `stage` within his scope. */
export type QueueRequest<F> = { scope: ReviewerScope; stage: ReviewStage; filter: F; limit: number; offset: number };

/**
 * A kind of thing that is reviewed 院系 → 学校 (see ARCHITECTURE "Review engine"). The engine does the
 * access, the stage, the results, the one-decision-per-stage step, the audit event and the queue's paging;
 * the subject says what waits where and what each result does to it.
 */
export interface ReviewSubject<T extends Reviewable, S extends string, F, V> extends AccessSubject<T> {
  /** `audit_event.entity_type` of its events. */
  entityType: string;
  /** What waits in review now: its kind (a row of review history) and the round (submissions so far). */
  pending(item: T): { kind: ReviewKind; round: number };
  /** The results its current review allows, and what to say when another is asked for. */
  results(item: T): { allowed: readonly ReviewResult[]; refusal: { message: string; field: string } };
  /** What a decision does: a conditional update from its current status; undefined when it had changed. */
  apply(db: Executor, item: T, step: DecidedStep): Promise<Outcome<S> | undefined>;
  /** Tells its parties, in the same transaction. */
  notify?(db: Executor, item: T, outcome: Outcome<S>, step: DecidedStep): Promise<void>;
  /** What the queue shows; the message when someone else decided first. */
  queue(db: Executor, request: QueueRequest<F>): Promise<{ total: number; items: V[] }>;
  staleMessage: string;
}

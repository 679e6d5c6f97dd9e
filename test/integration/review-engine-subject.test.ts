// How a new subject plugs into the review engine: a tiny 信息更新 request with its own table, declared in
// a few lines and reviewed 院系 → 学校 by the engine's decision, queue and batch on both dialects.
import type { Generated, Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors';
import { COMMENT_REQUIRED_MESSAGE, STAGE_REVIEWER_NAMES, type ReviewStage } from '../../src/domain/review/workflow';
import { authorize } from '../../src/server/auth/access';
import { idColumn } from '../../src/server/db/migrations/dialect';
import { findAccountByIdentifier } from '../../src/server/db/repositories/account-repository';
import type { Executor } from '../../src/server/db/repositories/executor';
import { listReviewSteps } from '../../src/server/db/repositories/review-repository';
import type { Database } from '../../src/server/db/schema';
import { batchApprove } from '../../src/server/services/review/batch-approve';
import { decideReview } from '../../src/server/services/review/decide-review';
import { listReviewQueue } from '../../src/server/services/review/list-review-queue';
import type { Decision, Reviewer, ReviewSubject } from '../../src/server/services/review/review-subject';
import { describeOnDialects, type TestApp } from '../support/app';
import { confirmedStudent, EMPLOYERS } from './helpers';

// The subject's own table and statuses.
type UpdateStatus = 'college_review' | 'school_review' | 'returned' | 'rejected' | 'approved';
interface InfoUpdateTable {
  id: Generated<number>;
  school_id: number;
  college_id: number;
  student_record_id: number;
  status: UpdateStatus;
  round: number;
}
type InfoUpdate = Omit<InfoUpdateTable, 'id'> & { id: number };
const tables = (db: Executor) => (db as Kysely<Database>).withTables<{ info_update: InfoUpdateTable }>();
const WAITING: Partial<Record<UpdateStatus, ReviewStage>> = { college_review: 'college', school_review: 'school' };

// The declaration: what waits where, what each result does, what the queue shows.
const infoUpdateReview: ReviewSubject<
  InfoUpdate,
  UpdateStatus,
  { page: number; pageSize: number },
  { id: number; status: UpdateStatus }
> = {
  entityType: 'info_update',
  load: (db, id) => tables(db).selectFrom('info_update').selectAll().where('id', '=', id).executeTakeFirst(),
  studentRecordOf: (item) => item.student_record_id,
  reviewerVisible: () => true,
  stageOf: (item) => WAITING[item.status],
  notFound: { party: '信息更新申请不存在或无权查看', reviewer: '信息更新申请不存在或不在你的审核范围内' },
  notAtStage: (_item, stage) => `该信息更新申请不在${STAGE_REVIEWER_NAMES[stage]}审核环节`,
  staleMessage: '该信息更新申请已由其他审核人处理',
  pending: (item) => ({ kind: 'info_update', round: item.round }),
  results: () => ({
    allowed: ['approved', 'returned', 'rejected'],
    refusal: { message: '请选择通过、退回修改或不通过', field: '请选择审核结果' },
  }),
  apply: async (db, item, step) => {
    const to: UpdateStatus =
      step.result !== 'approved' ? step.result : step.nextStage ? `${step.nextStage}_review` : 'approved';
    const result = await tables(db)
      .updateTable('info_update')
      .set({ status: to })
      .where('id', '=', item.id)
      .where('status', '=', item.status)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? { fromStatus: item.status, toStatus: to } : undefined;
  },
  queue: async (db, { scope, stage, limit, offset }) => {
    let query = tables(db)
      .selectFrom('info_update')
      .where('school_id', '=', scope.schoolId)
      .where('status', '=', `${stage}_review`);
    if (scope.collegeIds !== 'all') query = query.where('college_id', 'in', scope.collegeIds);
    const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const items = await query.select(['id', 'status']).orderBy('id').limit(limit).offset(offset).execute();
    return { total: Number(total), items };
  },
};

async function createTable({ db, dialect }: TestApp) {
  await idColumn(db.schema.createTable('info_update'), dialect)
    .addColumn('school_id', 'integer', (c) => c.notNull())
    .addColumn('college_id', 'integer', (c) => c.notNull())
    .addColumn('student_record_id', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .execute();
}

describeOnDialects('a subject plugged into the review engine', (context) => {
  let prepared = false;
  async function setup() {
    const test = context();
    if (!prepared) await createTable(test);
    prepared = true;
    const reviewerOf = async (login: string, role: Reviewer['role']): Promise<Reviewer> => ({
      accountId: (await findAccountByIdentifier(test.db, login))!.id,
      role,
    });
    const college = await reviewerOf('college1', 'college_reviewer');
    const school = await reviewerOf('school1', 'school_admin');
    const otherCollege = await reviewerOf('college2', 'college_reviewer');
    const submit = async (collegeName = '计算机学院') => {
      const { recordId } = await confirmedStudent(test.db, { collegeName });
      const record = await test.db
        .selectFrom('student_record')
        .select(['school_id', 'college_id'])
        .where('id', '=', recordId)
        .executeTakeFirstOrThrow();
      const row = await tables(test.db)
        .insertInto('info_update')
        .values({ ...record, student_record_id: recordId, status: 'college_review', round: 1 })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    };
    const ownerOf = async (id: number) => {
      const { student_record_id } = (await infoUpdateReview.load(test.db, id))!;
      return (
        await test.db
          .selectFrom('student_record')
          .select('account_id')
          .where('id', '=', student_record_id)
          .executeTakeFirstOrThrow()
      ).account_id!;
    };
    const serviceContext = (reviewer: Reviewer) => ({
      db: test.db,
      config: test.app.config,
      actor: { accountId: reviewer.accountId, role: reviewer.role, ip: null },
    });
    const decide = (reviewer: Reviewer, id: number, decision: Decision) =>
      decideReview(serviceContext(reviewer), infoUpdateReview, reviewer, id, decision);
    const refusalOf = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (error: unknown) =>
          error instanceof AppError ? { code: error.code, message: error.message } : Promise.reject(error),
      );
    const statusOf = async (id: number) =>
      (await tables(test.db).selectFrom('info_update').select('status').where('id', '=', id).executeTakeFirstOrThrow())
        .status;
    const actions = async (id: number) =>
      (
        await test.db
          .selectFrom('audit_event')
          .select(['action', 'from_status', 'to_status'])
          .where('entity_type', '=', 'info_update')
          .where('entity_id', '=', id)
          .orderBy('id')
          .execute()
      ).map((event) => `${event.action} ${event.from_status}→${event.to_status}`);
    return {
      ...test,
      college,
      school,
      otherCollege,
      serviceContext,
      submit,
      ownerOf,
      decide,
      refusalOf,
      statusOf,
      actions,
    };
  }

  it('goes 院系 → 学校 through the engine, each stage by its own reviewer, with history and audit', async () => {
    const { db, college, school, submit, decide, refusalOf, statusOf, actions } = await setup();
    const id = await submit();
    expect(await statusOf(id)).toBe('college_review');

    expect(await refusalOf(decide(school, id, { result: 'approved' }))).toEqual({
      code: 'STALE_STATE',
      message: '该信息更新申请不在学校审核环节',
    });
    expect(await refusalOf(decide(college, id, { result: 'returned' }))).toEqual({
      code: 'INVALID_INPUT',
      message: COMMENT_REQUIRED_MESSAGE,
    });
    expect(await statusOf(id)).toBe('college_review');

    await decide(college, id, { result: 'approved' });
    expect(await statusOf(id)).toBe('school_review');
    expect(await refusalOf(decide(college, id, { result: 'approved' }))).toMatchObject({ code: 'STALE_STATE' });
    await decide(school, id, { result: 'approved', comment: '同意' });
    expect(await statusOf(id)).toBe('approved');

    const steps = await listReviewSteps(db, ['info_update'], id);
    expect(steps.map((step) => [step.stage, step.result, step.round, step.comment])).toEqual([
      ['college', 'approved', 1, null],
      ['school', 'approved', 1, '同意'],
    ]);
    expect(await actions(id)).toEqual([
      'info_update.college_review_approved college_review→school_review',
      'info_update.school_review_approved school_review→approved',
    ]);
  });

  it('not-found and out of scope look alike; 不通过 ends it with the reason', async () => {
    const { college, otherCollege, submit, decide, refusalOf, statusOf } = await setup();
    const id = await submit();
    const missing = await refusalOf(decide(college, 99999999, { result: 'approved' }));
    expect(missing).toEqual({ code: 'NOT_FOUND', message: '信息更新申请不存在或不在你的审核范围内' });
    expect(await refusalOf(decide(otherCollege, id, { result: 'approved' }))).toEqual(missing);
    await decide(college, id, { result: 'rejected', comment: '材料不全' });
    expect(await statusOf(id)).toBe('rejected');
  });

  it('access: the owner student reads it, no one else does, and only a reviewer decides', async () => {
    const { db, submit, ownerOf, refusalOf } = await setup();
    const [id, other] = [await submit(), await submit()];
    const owner = { accountId: await ownerOf(id), role: 'student' as const };
    expect((await authorize(db, owner, infoUpdateReview, id, 'read')).id).toBe(id);
    const missing = await refusalOf(authorize(db, owner, infoUpdateReview, 99999999, 'read'));
    expect(missing).toEqual({ code: 'NOT_FOUND', message: '信息更新申请不存在或无权查看' });
    expect(await refusalOf(authorize(db, owner, infoUpdateReview, other, 'read'))).toEqual(missing);
    expect(await refusalOf(authorize(db, owner, infoUpdateReview, id, 'decide'))).toEqual(missing);
    const employer = {
      accountId: (await findAccountByIdentifier(db, EMPLOYERS.first.phone))!.id,
      role: 'employer' as const,
    };
    expect(await refusalOf(authorize(db, employer, infoUpdateReview, id, 'read'))).toEqual(missing);
  });

  it('two reviewers deciding the same stage at once: the database lets one through', async () => {
    const { db, college, submit, decide, refusalOf, statusOf } = await setup();
    const id = await submit();
    const outcomes = await Promise.all([
      refusalOf(decide(college, id, { result: 'approved' })),
      refusalOf(decide(college, id, { result: 'rejected', comment: '不同意' })),
    ]);
    expect(outcomes.filter((outcome) => outcome === undefined)).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome !== undefined)).toMatchObject({ code: 'STALE_STATE' });
    expect(await listReviewSteps(db, ['info_update'], id)).toHaveLength(1);
    expect(['school_review', 'rejected']).toContain(await statusOf(id));
  });

  it('queue and batch 通过 are the engine’s: scope, stage, paging and the total', async () => {
    const { db, college, school, otherCollege, serviceContext, submit } = await setup();
    const own = [await submit(), await submit(), await submit()];
    const elsewhere = await submit('经济管理学院');
    const waiting = async (status: UpdateStatus, collegeId?: number) => {
      let query = tables(db).selectFrom('info_update').select('id').where('status', '=', status);
      if (collegeId) query = query.where('college_id', '=', collegeId);
      return (await query.orderBy('id').execute()).map((row) => row.id);
    };
    const { college_id: ownCollege } = (await infoUpdateReview.load(db, own[0]!))!;
    const queue = (reviewer: Reviewer, page: number, pageSize = 200) =>
      listReviewQueue(db, infoUpdateReview, reviewer, { page, pageSize });

    const expected = await waiting('college_review', ownCollege);
    expect(expected).toEqual(expect.arrayContaining(own));
    const [page1, page2] = [await queue(college, 1, 2), await queue(college, 2, 2)];
    expect(page1.total).toBe(expected.length);
    expect(page2.total).toBe(expected.length);
    expect([...page1.items, ...page2.items].map((item) => item.id)).toEqual(expected.slice(0, 4));
    expect((await queue(otherCollege, 1)).items.map((item) => item.id)).toContain(elsewhere);
    expect((await queue(otherCollege, 1)).items.map((item) => item.id)).not.toContain(own[0]);
    const schoolBefore = await waiting('school_review');
    expect((await queue(school, 1)).total).toBe(schoolBefore.length);

    const result = await batchApprove(
      serviceContext(college),
      infoUpdateReview,
      college,
      [...own, elsewhere],
      undefined,
    );
    expect(result).toEqual({
      approved: own,
      skipped: [{ id: elsewhere, message: '信息更新申请不存在或不在你的审核范围内' }],
    });
    expect((await queue(college, 1)).total).toBe(expected.length - 3);
    expect((await queue(school, 1)).total).toBe(schoolBefore.length + 3);
    expect(await waiting('college_review')).toContain(elsewhere);
  });
});

import type { Executor } from './executor';
import { nowIso } from './executor';

type Kind = 'offline' | 'paper';

export async function findDraft(db: Executor, studentRecordId: number, kind: Kind) {
  return db
    .selectFrom('agreement_draft')
    .selectAll()
    .where('student_record_id', '=', studentRecordId)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

/** 暂存: one draft per student and kind, kept by the unique index; saving again overwrites it. */
export async function saveDraft(db: Executor, draft: { studentRecordId: number; schoolId: number; kind: Kind; data: string }) {
  const now = nowIso();
  await db
    .insertInto('agreement_draft')
    .values({ student_record_id: draft.studentRecordId, school_id: draft.schoolId, kind: draft.kind, data: draft.data, created_at: now, updated_at: now })
    .onConflict((conflict) => conflict.columns(['student_record_id', 'kind']).doUpdateSet({ data: draft.data, updated_at: now }))
    .execute();
}

export async function deleteDraft(db: Executor, studentRecordId: number, kind: Kind): Promise<boolean> {
  const result = await db
    .deleteFrom('agreement_draft')
    .where('student_record_id', '=', studentRecordId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

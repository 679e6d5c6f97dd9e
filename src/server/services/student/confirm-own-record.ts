import { AppError, AppErrorCode, RefusalReason, refused } from '../../../domain/errors';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { confirmRecord } from '../../db/repositories/student-record-repository';
import type { ServiceContext } from '../context';
import { getOwnRecord } from './get-own-record';

/** 信息确认无误,进入系统: links the record to the account and confirms it, once. */
export async function confirmOwnRecord(context: ServiceContext, accountId: number) {
  const { db, config } = context;
  return db.transaction().execute(async (trx) => {
    const own = await getOwnRecord(trx, accountId, config.cohort);
    if (own.state === 'missing' || !own.record) {
      throw new AppError(AppErrorCode.NotFound, `未找到你的 ${config.cohort} 届毕业生信息,请通过"信息导入"申请或联系学校就业部门`);
    }
    if (own.state === 'mismatch') {
      throw refused(
        RefusalReason.RecordMismatch,
        `你的${own.mismatchFields.join('、')}与学籍信息不一致,不能确认,请联系学校就业部门更正`,
      );
    }
    if (own.state === 'confirmed') return own.record;
    // A double click: the other request confirmed it a moment ago for this same account.
    if (!(await confirmRecord(trx, own.record.id, accountId))) return (await getOwnRecord(trx, accountId, config.cohort)).record!;
    await appendAuditEvent(trx, {
      actor: context.actor,
      entityType: 'student_record',
      entityId: own.record.id,
      schoolId: own.record.school_id,
      action: 'student_record.confirmed',
      fromStatus: 'unconfirmed',
      toStatus: 'confirmed',
    });
    return { ...own.record, account_id: accountId, confirmed_at: new Date().toISOString() };
  });
}

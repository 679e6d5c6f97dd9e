import type { AgreementStatus } from '../../../domain/agreement/status';
import type { Executor } from '../../db/repositories/executor';
import { listAgreementsOfEmployer, listAgreementsOfStudent } from '../../db/repositories/agreement-repository';
import type { AgreementStudent } from '../../db/repositories/student-record-repository';
import { employerIdOf } from '../../auth/access';
import { presentAgreement } from './present-agreement';

/** 我的签约: every agreement of the student's record, shown as the student sees it. */
export async function listStudentAgreements(db: Executor, record: AgreementStudent & { id: number }) {
  const rows = await listAgreementsOfStudent(db, record.id);
  return Promise.all(rows.map((row) => presentAgreement(db, row, 'student', record)));
}

/** 签约邀请与协议列表 of the employer the account acts for, one page of it. */
export async function listEmployerAgreements(
  db: Executor,
  accountId: number,
  query: { status?: AgreementStatus; page: number; pageSize: number },
) {
  const { total, rows } = await listAgreementsOfEmployer(db, await employerIdOf(db, accountId), {
    status: query.status,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { total, items: await Promise.all(rows.map((row) => presentAgreement(db, row, 'employer'))) };
}

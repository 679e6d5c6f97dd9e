import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { confirmRecordResponse, studentRecordResponse } from '../../../contract/student';
import { requireRole } from '../../auth/request-context';
import { confirmOwnRecord } from '../../services/student/confirm-own-record';
import { getOwnRecord } from '../../services/student/get-own-record';
import { presentRecord } from '../../services/student/present-record';
import { serviceContext } from '../context';

export const studentRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/student/record',
    { schema: { tags: ['student'], summary: '本人学生信息(首次登录核对)', response: { 200: studentRecordResponse } } },
    async (request) => {
      const { accountId } = requireRole(request, 'student');
      const own = await getOwnRecord(app.db, accountId, app.config.cohort);
      return {
        state: own.state,
        cohort: app.config.cohort,
        mismatchFields: own.mismatchFields,
        record: own.record ? presentRecord(own.record) : null,
      };
    },
  );

  app.post(
    '/api/student/record/confirm',
    { schema: { tags: ['student'], summary: '信息确认无误,进入系统', response: { 200: confirmRecordResponse } } },
    async (request) => {
      const { accountId } = requireRole(request, 'student');
      const record = await confirmOwnRecord(serviceContext(request, 'student'), accountId);
      return { state: 'confirmed' as const, record: presentRecord(record) };
    },
  );
};

import { useQuery } from '@tanstack/react-query';
import { api } from '../common/api';
import type { RecordState, AgreementListResponse, StudentRecordResponse } from '../common/types';

export const RECORD_QUERY_KEY = ['student', 'record'] as const;

export function useStudentRecord() {
  return useQuery({
    queryKey: RECORD_QUERY_KEY,
    queryFn: () => api<StudentRecordResponse>('/student/record'),
  });
}

export function useStudentAgreements() {
  return useQuery({
    queryKey: ['student', 'agreements'],
    queryFn: () => api<AgreementListResponse>('/student/agreements'),
  });
}

/** The page a record state belongs on: only a confirmed record opens the system. */
export function pathForState(state: RecordState): string {
  switch (state) {
    case 'confirmed':
      return '/student';
    case 'missing':
      return '/student/missing';
    case 'unconfirmed':
    case 'mismatch':
      return '/student/confirm';
  }
}

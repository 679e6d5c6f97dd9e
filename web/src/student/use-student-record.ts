import { useMutation, useQuery } from '@tanstack/react-query';
import { call } from '../common/api';
import type { RecordState } from '../common/types';

export const RECORD_QUERY_KEY = ['student', 'record'] as const;

export function useStudentRecord() {
  return useQuery({
    queryKey: RECORD_QUERY_KEY,
    queryFn: () => call('studentRecord'),
  });
}

export const AGREEMENTS_QUERY_KEY = ['student', 'agreements'] as const;

export function useStudentAgreements() {
  return useQuery({
    queryKey: AGREEMENTS_QUERY_KEY,
    queryFn: () => call('studentAgreements'),
  });
}

export function agreementQueryKey(id: number) {
  return ['student', 'agreement', id] as const;
}

/** Statuses whose agreement document exists once its PDF job has run. */
const WITH_DOCUMENT = new Set(['effective', 'awaiting_scan', 'scan_returned']);

/** One of the student's agreements; while its PDF is being made, read again every 2 s. */
export function useStudentAgreement(id: number) {
  return useQuery({
    queryKey: agreementQueryKey(id),
    queryFn: () => call('studentAgreement', { params: { id } }),
    refetchInterval: (query) => {
      const agreement = query.state.data?.agreement;
      return agreement && WITH_DOCUMENT.has(agreement.status) && !agreement.hasPdf ? 2000 : false;
    },
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

/** 接受 is the student's own act: the login password again (reauthenticate), then the acceptance. */
export function useAcceptInvitation(id: number) {
  return useMutation({
    mutationFn: async (password: string) => {
      await call('reauthenticate', { body: { password } });
      return call('acceptInvitation', { params: { id } });
    },
  });
}

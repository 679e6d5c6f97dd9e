import { useQuery } from '@tanstack/react-query';
import { call } from '../common/api';
import type { VerificationStatus } from '../common/types';
import { useEndpointMutation } from '../common/use-endpoint-mutation';
import { decisionBody } from './decision-body';

const QUERY_ROOT = ['platform', 'employers'] as const;

/** 单位资质认证: the registered employers of one status (or all). */
export function useVerificationQueue(status: VerificationStatus | 'all') {
  return useQuery({
    queryKey: [...QUERY_ROOT, status],
    queryFn: () => call('verificationQueue', { query: { status } }),
  });
}

/** 认证通过 / 不通过 of one employer; the queue is read again either way. */
export function useDecideVerification(id: number) {
  return useEndpointMutation('decideVerification', {
    input: ({ result, comment }: { result: 'approved' | 'rejected'; comment?: string }) => ({
      params: { id },
      body: decisionBody(result, comment),
    }),
    invalidates: () => [QUERY_ROOT],
  });
}

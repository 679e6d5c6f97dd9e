import { useQuery } from '@tanstack/react-query';
import { call } from '../common/api';
import { useEndpointMutation } from '../common/use-endpoint-mutation';

export const PROFILE_QUERY_KEY = ['employer', 'profile'] as const;

export function useEmployerProfile() {
  return useQuery({ queryKey: PROFILE_QUERY_KEY, queryFn: () => call('employerProfile') });
}

export function employerAgreementKey(id: number) {
  return ['employer', 'agreement', id] as const;
}

/** One agreement of this employer; while its PDF is being made, it is read again every 2 s. */
export function useEmployerAgreement(id: number) {
  return useQuery({
    queryKey: employerAgreementKey(id),
    queryFn: () => call('employerAgreement', { params: { id } }),
    refetchInterval: (query) => {
      const agreement = query.state.data?.agreement;
      return agreement?.status === 'effective' && !agreement.hasPdf ? 2000 : false;
    },
  });
}

/** 撤回 of an unanswered invitation; the employer's lists and details are read again either way. */
export function useWithdrawInvitation() {
  return useEndpointMutation('withdrawInvitation', {
    input: (id: number) => ({ params: { id } }),
    invalidates: () => [['employer']],
  });
}

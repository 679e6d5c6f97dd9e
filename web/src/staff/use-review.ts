import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { reviewStageOf } from '../../../src/domain/agreement/status';
import type { ReviewResult } from '../../../src/domain/labels/review';
import { call } from '../common/api';
import type { AgreementStatus, ReviewQueueStatus } from '../common/types';
import { useEndpointMutation } from '../common/use-endpoint-mutation';
import { decisionBody } from './decision-body';

export type ReviewerRole = 'college_reviewer' | 'school_admin';

const STAGE_OF_ROLE = { college_reviewer: 'college', school_admin: 'school' } as const;

/** The agreement waits at this reviewer's stage (院系 or 学校), so he may decide it now. */
export function isAtStage(status: AgreementStatus, role: ReviewerRole): boolean {
  return reviewStageOf(status) === STAGE_OF_ROLE[role];
}

export interface ReviewFilter {
  status: ReviewQueueStatus;
  collegeId?: number;
  major?: string;
  kind?: 'online' | 'offline' | 'paper';
  from?: string;
  to?: string;
  keyword?: string;
}

export const REVIEW_QUERY_ROOT = ['review'] as const;

export function useReviewQueue(filter: ReviewFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...REVIEW_QUERY_ROOT, 'queue', filter, page, pageSize],
    queryFn: () => call('reviewQueue', { query: { ...filter, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}

/** One agreement under review; polled while an effective agreement's PDF is being made. */
export function useReviewAgreement(id: number | null) {
  return useQuery({
    queryKey: [...REVIEW_QUERY_ROOT, 'agreement', id],
    queryFn: () => call('reviewAgreement', { params: { id: id! } }),
    enabled: id !== null,
    refetchInterval: (query) => {
      const agreement = query.state.data?.agreement;
      return agreement?.status === 'effective' && !agreement.hasPdf ? 2000 : false;
    },
  });
}

/** 通过 / 退回修改 / 不通过 of one agreement; the queue and the details are read again either way. */
export function useDecideReview(id: number) {
  return useEndpointMutation('decideReview', {
    input: ({ result, comment }: { result: ReviewResult; comment?: string }) => ({
      params: { id },
      body: decisionBody(result, comment),
    }),
    invalidates: () => [REVIEW_QUERY_ROOT],
  });
}

/** 批量通过 of the chosen agreements with one optional comment. */
export function useBatchApprove() {
  return useEndpointMutation('batchApprove', {
    input: ({ ids, comment }: { ids: number[]; comment?: string }) => {
      const text = comment?.trim();
      return { body: { ids, ...(text ? { comment: text } : {}) } };
    },
    invalidates: () => [REVIEW_QUERY_ROOT],
  });
}

import { useQuery } from '@tanstack/react-query';
import { call } from '../../common/api';
import type { FormKind } from './form-values';

export function draftQueryKey(kind: FormKind) {
  return ['student', 'draft', kind] as const;
}

/** The 暂存 form of this kind, or null. */
export function useDraft(kind: FormKind, enabled = true) {
  return useQuery({
    queryKey: draftQueryKey(kind),
    queryFn: () => call('draft', { params: { kind } }),
    enabled,
  });
}

export function filesQueryKey(agreementId: number) {
  return ['student', 'agreement', agreementId, 'files'] as const;
}

/** The pages attached to one agreement (paper scans, sealed scans), every round. */
export function useAgreementFiles(agreementId: number) {
  return useQuery({
    queryKey: filesQueryKey(agreementId),
    queryFn: () => call('studentFiles', { params: { id: agreementId } }),
  });
}

export function returnLinksQueryKey(agreementId: number) {
  return ['student', 'agreement', agreementId, 'return-links'] as const;
}

/** 用人单位协助回传协议书: the links sent so far, newest first. */
export function useReturnLinks(agreementId: number, enabled = true) {
  return useQuery({
    queryKey: returnLinksQueryKey(agreementId),
    queryFn: () => call('returnLinks', { params: { id: agreementId } }),
    enabled,
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../common/api';
import { scanFormData, type ScanPage } from '../../common/scan-files';
import type { AgreementResponse, OfflineFormBody } from '../../common/types';
import { useEndpointMutation } from '../../common/use-endpoint-mutation';
import { agreementQueryKey, AGREEMENTS_QUERY_KEY } from '../use-student-record';
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

/** 暂存 of the form as it is; the draft is read again. */
export function useSaveDraft(kind: FormKind) {
  return useEndpointMutation('saveDraft', {
    input: (body: OfflineFormBody) => ({ params: { kind }, body }),
    invalidates: () => [draftQueryKey(kind)],
  });
}

/** 取消 of a new application: deletes its draft. */
export function useCancelDraft(kind: FormKind) {
  return useEndpointMutation('cancelDraft', { input: () => ({ params: { kind } }) });
}

/**
 * 提交 of 线下签约 (JSON) or 纸质协议书登记 (with its scans), or the resubmission of a returned one; the
 * agreement the server returns goes into the cache, the lists and the draft are read again.
 */
export function useSubmitAgreement(kind: FormKind, returnedId: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, scans }: { body: OfflineFormBody; scans: ScanPage[] }) => {
      const sent = kind === 'paper' ? scanFormData('scans', scans, body) : body;
      if (returnedId !== undefined) return call('resubmit', { params: { id: returnedId }, body: sent });
      return sent instanceof FormData ? call('submitPaper', { body: sent }) : call('submitOffline', { body: sent });
    },
    onSuccess: (response) => {
      queryClient.setQueryData<AgreementResponse>(agreementQueryKey(response.agreement.id), response);
      void queryClient.invalidateQueries({ queryKey: AGREEMENTS_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: draftQueryKey(kind) });
    },
  });
}

/** 撤回 of a submission no reviewer has decided on; the detail and the list are read again either way. */
export function useWithdrawSubmission(id: number) {
  const queryClient = useQueryClient();
  return useEndpointMutation('withdrawSubmission', {
    input: () => ({ params: { id } }),
    onSuccess: (response) => queryClient.setQueryData(agreementQueryKey(id), response),
    invalidates: () => [agreementQueryKey(id), AGREEMENTS_QUERY_KEY],
  });
}

/** 本人回传协议书: the sealed pages; the detail the server returns goes into the cache, files and list are read again. */
export function useUploadScan(id: number) {
  const queryClient = useQueryClient();
  return useEndpointMutation('uploadScan', {
    input: (pages: ScanPage[]) => ({ params: { id }, body: scanFormData('pages', pages) }),
    onSuccess: (response) => {
      queryClient.setQueryData(agreementQueryKey(id), response);
      void queryClient.invalidateQueries({ queryKey: filesQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: AGREEMENTS_QUERY_KEY });
    },
  });
}

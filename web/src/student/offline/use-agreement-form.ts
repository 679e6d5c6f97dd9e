import { useQueryClient } from '@tanstack/react-query';
import { Dialog, Form, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../common/api';
import { apiErrorText, placeApiError } from '../../common/form-errors';
import type { AgreementView } from '../../common/types';
import { FORM_FIELDS, toBody, type FormKind, type OfflineFormValues } from './form-values';
import { draftQueryKey, useCancelDraft, useSaveDraft, useSubmitAgreement } from './use-offline';

/** Brings the first field with an error into view (after the form has drawn it). */
export function scrollToFirstError() {
  window.setTimeout(() => {
    const field = document.querySelector('.adm-form-item-has-error');
    if (field) field.scrollIntoView({ block: 'center', behavior: 'smooth' });
    else document.querySelector('.form-error')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, 60);
}

/**
 * The model the three agreement forms share (申请签约, 纸质协议书登记, 退回修改 of either): the form, its
 * 暂存 / 提交 / 取消, what is pending, and the server's refusal placed on the fields it names.
 */
export function useAgreementForm({
  kind,
  agreement,
  hasDraft: initialHasDraft,
}: {
  kind: FormKind;
  agreement: AgreementView | undefined;
  hasDraft: boolean;
}) {
  const [form] = Form.useForm<OfflineFormValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [hasDraft, setHasDraft] = useState(initialHasDraft);
  const saveDraft = useSaveDraft(kind);
  const submitAgreement = useSubmitAgreement(kind, agreement?.id);
  const cancelDraft = useCancelDraft(kind);
  const editing = agreement !== undefined;
  const backTo = editing ? `/student/agreements/${agreement.id}` : '/student';
  const failure = saveDraft.error ?? submitAgreement.error;
  // After a successful 提交 the page navigates away: the buttons stay disabled until it does.
  const busy: 'save' | 'submit' | null = saveDraft.isPending
    ? 'save'
    : submitAgreement.isPending || submitAgreement.isSuccess
      ? 'submit'
      : null;

  function clearErrors() {
    saveDraft.reset();
    submitAgreement.reset();
    form.setFields(FORM_FIELDS.map((name) => ({ name, errors: [] })));
  }

  function failed(caught: unknown) {
    placeApiError(form, caught, FORM_FIELDS);
    if (caught instanceof ApiError && caught.fields.length === 0) Toast.show({ icon: 'fail', content: caught.message });
    scrollToFirstError();
  }

  function save() {
    clearErrors();
    saveDraft.mutate(toBody(form.getFieldsValue(true), kind), {
      onSuccess: () => {
        setHasDraft(true);
        Toast.show({
          icon: 'success',
          content: kind === 'paper' ? '已暂存。扫描件不会暂存,提交前请重新选择' : '已暂存,下次打开会自动载入',
        });
      },
      onError: failed,
    });
  }

  function submit(values: OfflineFormValues) {
    clearErrors();
    submitAgreement.mutate(
      { body: toBody(values, kind), scans: values.scans ?? [] },
      {
        onSuccess: (response) => {
          Toast.show({ icon: 'success', content: '提交成功,等待审核' });
          navigate(`/student/agreements/${response.agreement.id}`, { replace: true });
        },
        onError: failed,
      },
    );
  }

  function cancel() {
    const content = editing
      ? '修改的内容不会保存。确定放弃修改吗?'
      : hasDraft
        ? '取消后,暂存的内容将被删除。确定取消本次申请吗?'
        : '已填写的内容不会保存。确定取消本次申请吗?';
    void Dialog.confirm({
      title: editing ? '放弃修改' : '取消申请',
      content,
      confirmText: '确定',
      cancelText: '继续填写',
      onConfirm: async () => {
        if (!editing && hasDraft) {
          try {
            await cancelDraft.mutateAsync();
          } catch (caught) {
            // Already gone (cancelled in another tab): nothing left to delete.
            if (!(caught instanceof ApiError && caught.status === 404)) {
              Toast.show({
                icon: 'fail',
                content: caught instanceof ApiError ? caught.message : '取消失败,请稍后重试',
              });
              return;
            }
          }
          queryClient.setQueryData(draftQueryKey(kind), { draft: null });
        }
        navigate(backTo, { replace: true });
      },
    });
  }

  return {
    form,
    editing,
    busy,
    error: failure ? apiErrorText(failure, FORM_FIELDS) : '',
    save,
    submit,
    cancel,
    back: () => (form.isFieldsTouched() ? cancel() : navigate(backTo)),
  };
}

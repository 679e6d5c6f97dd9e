import { Button, ErrorBlock, SpinLoading, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../common/api';
import type { ScanPage } from '../../common/scan-files';
import { ScanPicker } from '../../common/ScanPicker';
import { StudentHeader } from '../StudentHeader';
import { useStudentAgreement } from '../use-student-record';
import { useUploadScan } from './use-offline';

/** What the server said about the pages (each page's problem), else its message. */
function uploadErrorText(caught: unknown): string {
  const fieldMessages = caught instanceof ApiError ? caught.fields.map((field) => field.message) : [];
  return fieldMessages.length > 0 ? fieldMessages.join(';') : errorMessage(caught);
}

/** 本人回传协议书: the student uploads every page of the agreement the employer has sealed. */
export function ScanUploadPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const query = useStudentAgreement(id);
  const uploadScan = useUploadScan(id);
  const [pages, setPages] = useState<ScanPage[]>([]);
  const [noPages, setNoPages] = useState(false);
  // After a successful upload the page navigates away: the button stays busy until it does.
  const sending = uploadScan.isPending || uploadScan.isSuccess;
  const error = noPages
    ? '请先添加盖章后的协议书扫描件或照片'
    : uploadScan.error
      ? uploadErrorText(uploadScan.error)
      : '';
  const back = () => navigate(`/student/agreements/${id}`);

  // The error was about the pages as they were: once they change it no longer holds.
  function changePages(next: ScanPage[]) {
    setPages(next);
    setNoPages(false);
    uploadScan.reset();
  }

  function submit() {
    uploadScan.reset();
    if (pages.length === 0) {
      setNoPages(true);
      return;
    }
    uploadScan.mutate(pages, {
      onSuccess: () => {
        Toast.show({ icon: 'success', content: '回传成功,等待审核' });
        navigate(`/student/agreements/${id}`, { replace: true });
      },
    });
  }

  const agreement = query.data?.agreement;
  return (
    <>
      <StudentHeader title="本人回传协议书" backLabel="返回协议详情" onBack={back} />
      {!agreement ? (
        query.isError ? (
          <ErrorBlock status="default" title="协议加载失败" description={errorMessage(query.error)}>
            <Button color="primary" onClick={() => void query.refetch()}>
              重试
            </Button>
          </ErrorBlock>
        ) : (
          <div className="student-center" role="status">
            <SpinLoading color="primary" />
          </div>
        )
      ) : !agreement.canUploadScan ? (
        <ErrorBlock
          status="default"
          title="现在不需要回传协议书"
          description={`该协议当前为「${agreement.statusLabel}」。`}
        >
          <Button color="primary" onClick={back}>
            返回协议详情
          </Button>
        </ErrorBlock>
      ) : (
        <>
          {agreement.status === 'scan_returned' ? (
            <div className="status-banner status-banner--failed" role="alert">
              <strong>回传的协议书被退回修改</strong>
              <p>审核意见:{agreement.failureReason || '未说明'}</p>
            </div>
          ) : null}
          <section className="student-panel scan-upload">
            <div className="scan-upload__who">
              <div>{agreement.employer.name}</div>
              <div className="scan-upload__meta">
                {agreement.terms.positionTitle} · 协议编号 {agreement.agreementNumber ?? '-'}
              </div>
            </div>
            <ol className="scan-upload__steps">
              <li>下载并打印电子协议书,交用人单位加盖单位公章;</li>
              <li>将盖章后的协议书逐页扫描或拍照(页面完整、公章清晰);</li>
              <li>按页码顺序添加全部页面,点"提交回传"。</li>
            </ol>
            <ScanPicker pages={pages} onChange={changePages} addLabel="添加协议书页面" disabled={sending} />
            {error ? (
              <div className="student-alert scan-upload__error" role="alert">
                {error}
              </div>
            ) : null}
          </section>
          <div className="student-actions">
            <Button block color="primary" size="large" loading={sending} onClick={submit}>
              提交回传
            </Button>
            <Button block size="large" disabled={sending} onClick={back}>
              取消
            </Button>
          </div>
        </>
      )}
    </>
  );
}

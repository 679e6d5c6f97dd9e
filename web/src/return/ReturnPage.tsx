import { useQuery } from '@tanstack/react-query';
import { Button, ErrorBlock, List, Result, SpinLoading, Steps } from 'antd-mobile';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, call, errorMessage, fetchMe } from '../common/api';
import { scanFormData, type ScanPage } from '../common/scan-files';
import { ScanPicker } from '../common/ScanPicker';

/** The title for a link that cannot be used, from the server's answer. */
function unavailableTitle(error: unknown): string {
  if (!(error instanceof ApiError)) return '页面加载失败';
  if (error.status === 404) return '链接无效';
  if (error.message.includes('已使用')) return '链接已使用';
  if (error.message.includes('撤销')) return '链接已撤销';
  if (error.message.includes('过期')) return '链接已过期';
  return '链接不可用';
}

function isLinkProblem(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 410);
}

function Unavailable({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <section className="return-card" role="alert">
      <ErrorBlock status="default" title={unavailableTitle(error)} description={errorMessage(error)}>
        {onRetry ? (
          <Button color="primary" onClick={onRetry}>
            重试
          </Button>
        ) : null}
      </ErrorBlock>
    </section>
  );
}

const STEPS = [
  { title: '下载', description: '点击上方"下载协议书",下载电子就业协议书(PDF)' },
  { title: '打印', description: '用 A4 纸打印协议书全部页面' },
  { title: '加盖单位公章', description: '在协议书"甲方(用人单位)"处加盖单位公章' },
  { title: '扫描或拍照', description: '逐页扫描或拍照,页面完整、公章清晰' },
  { title: '上传', description: '在下方按页码顺序添加全部页面,点"提交回传"' },
];

/** /return/:token: who and which agreement, 下载协议书, the steps, the upload, then a thank-you. */
export function ReturnPage() {
  const token = useParams().token ?? '';
  const summary = useQuery({
    queryKey: ['return-link', token],
    queryFn: () => call('returnSummary', { params: { token } }),
    retry: false,
    refetchOnWindowFocus: false,
  });
  const [pages, setPages] = useState<ScanPage[]>([]);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState(false);
  const [linkError, setLinkError] = useState<unknown>(null);

  // The error was about the pages as they were: once they change it no longer holds.
  function changePages(next: ScanPage[]) {
    setPages(next);
    setError('');
  }

  async function submit() {
    setError('');
    if (pages.length === 0) {
      setError('请先添加盖章后的协议书扫描件或照片');
      return;
    }
    setSending(true);
    try {
      // The CSRF cookie (double submit) and its token come with /auth/me.
      await fetchMe();
      await call('returnScan', { params: { token }, body: scanFormData('pages', pages) });
      setDone(true);
      window.scrollTo({ top: 0 });
    } catch (caught) {
      if (isLinkProblem(caught)) {
        setLinkError(caught);
      } else {
        const fields = caught instanceof ApiError ? caught.fields.map((field) => field.message) : [];
        setError(fields.length > 0 ? fields.join(';') : errorMessage(caught));
      }
    } finally {
      setSending(false);
    }
  }

  if (done) {
    return (
      <section className="return-card">
        <Result
          status="success"
          title="协议书已回传"
          description="感谢协助!学校审核通过后协议即生效,毕业生会收到通知。本链接已使用,无需再次上传。"
        />
      </section>
    );
  }
  if (linkError) return <Unavailable error={linkError} />;
  if (summary.isError) {
    return (
      <Unavailable
        error={summary.error}
        onRetry={isLinkProblem(summary.error) ? undefined : () => void summary.refetch()}
      />
    );
  }
  if (!summary.data) {
    return (
      <div className="return-loading" role="status">
        <SpinLoading color="primary" />
        <span>加载中…</span>
      </div>
    );
  }
  const info = summary.data;
  return (
    <>
      <p className="return-intro">
        {info.schoolName}毕业生{info.studentName}
        已与贵单位达成就业意向,请在就业协议书上加盖单位公章后,通过本页面回传。无需注册或登录。
      </p>
      <List header="协议信息" className="return-card return-summary">
        <List.Item extra={info.employerName}>单位名称</List.Item>
        <List.Item extra={info.studentName}>毕业生</List.Item>
        <List.Item extra={info.schoolName}>学校</List.Item>
        <List.Item extra={info.positionTitle}>岗位名称</List.Item>
        <List.Item extra={info.agreementNumber ?? '-'}>协议编号</List.Item>
        <List.Item extra={info.expiresAt}>链接有效期至</List.Item>
      </List>
      <section className="return-card return-steps" aria-label="办理步骤">
        <h2 className="return-card__title">办理步骤</h2>
        <a className="return-download" href={`/api/public/return/${encodeURIComponent(token)}/pdf`} download>
          下载协议书
        </a>
        <Steps direction="vertical">
          {STEPS.map((step, index) => (
            <Steps.Step
              key={step.title}
              title={`${index + 1}. ${step.title}`}
              description={step.description}
              status="process"
            />
          ))}
        </Steps>
      </section>
      <section className="return-card return-upload" aria-label="上传盖章后的协议书">
        <h2 className="return-card__title">上传盖章后的协议书</h2>
        <ScanPicker pages={pages} onChange={changePages} addLabel="添加协议书页面" disabled={sending} />
        {error ? (
          <div className="return-error" role="alert">
            {error}
          </div>
        ) : null}
        <Button
          block
          color="primary"
          size="large"
          loading={sending}
          onClick={() => void submit()}
          className="return-submit"
        >
          提交回传
        </Button>
        <p className="return-note">链接仅限本协议使用,提交后即失效。如有疑问,请联系毕业生本人。</p>
      </section>
    </>
  );
}

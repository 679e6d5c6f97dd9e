import { Button, ErrorBlock, List, Result, SpinLoading } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router';
import { AGREEMENT_STATUS_LABELS } from '../../../src/domain/agreement/status';
import { ApiError, errorMessage } from '../common/api';
import { orDash } from '../common/format';
import { useVerify } from './use-verify';

/** /verify/:code — what the holder of the QR code or the code may see of the agreement. */
export function VerifyResultPage() {
  const code = useParams().code ?? '';
  const navigate = useNavigate();
  const query = useVerify(code);

  if (query.isPending) {
    return (
      <div className="verify-center" role="status">
        <SpinLoading color="primary" />
        <span>正在查询…</span>
      </div>
    );
  }
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <ErrorBlock
          status={notFound ? 'empty' : 'default'}
          title={notFound ? '未找到该协议' : '查询失败'}
          description={errorMessage(query.error)}
        />
        <div className="verify-actions">
          <Button block color="primary" onClick={() => navigate('/verify')}>
            重新输入验证码
          </Button>
          {!notFound ? (
            <Button block onClick={() => void query.refetch()}>
              重试
            </Button>
          ) : null}
        </div>
      </>
    );
  }
  const result = query.data;
  const valid = result.statusLabel === AGREEMENT_STATUS_LABELS.effective;
  return (
    <>
      <Result
        status={valid ? 'success' : 'warning'}
        title={valid ? '验真通过' : `协议状态:${result.statusLabel}`}
        description={
          valid
            ? '该电子就业协议书由本系统出具,内容以本页为准。'
            : '该协议书当前不是"已生效"状态,请向毕业生或学校核实。'
        }
      />
      <List header="协议信息" className="verify-list">
        <List.Item extra={result.agreementNumber}>协议编号</List.Item>
        <List.Item extra={result.statusLabel}>协议状态</List.Item>
        <List.Item extra={result.kindName}>签约类型</List.Item>
        <List.Item extra={orDash(result.effectiveAt)}>生效时间</List.Item>
      </List>
      <List header="签约各方" className="verify-list">
        <List.Item extra={result.employerName}>甲方(用人单位)</List.Item>
        <List.Item extra={result.studentName}>乙方(毕业生)</List.Item>
        <List.Item extra={result.studentIdNumber}>身份证号</List.Item>
        <List.Item extra={result.schoolName}>丙方(学校)</List.Item>
      </List>
      {result.pdfSha256 ? (
        <List header="协议书文件指纹(SHA-256)" className="verify-list">
          <List.Item description="可与所持 PDF 文件的 SHA-256 值比对,一致即为原件。">
            <code className="verify-hash">{result.pdfSha256}</code>
          </List.Item>
        </List>
      ) : null}
      {result.sealedPages.length > 0 ? (
        <List header="用人单位盖章页指纹(SHA-256)" className="verify-list">
          {result.sealedPages.map((page) => (
            <List.Item key={page.page} prefix={`第 ${page.page} 份`} description="已附于协议书之后,经学校审核通过。">
              <code className="verify-hash">{page.sha256}</code>
            </List.Item>
          ))}
        </List>
      ) : null}
      <p className="verify-note">为保护个人信息,姓名和身份证号已部分隐藏。</p>
    </>
  );
}

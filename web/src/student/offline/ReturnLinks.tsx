import { useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, Popup, Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { call, errorMessage } from '../../common/api';
import type { AgreementView, ReturnLinkView } from '../../common/types';
import { SheetHeader, SheetOption } from './sheet';
import { returnLinksQueryKey, useReturnLinks } from './use-offline';

type Channel = ReturnLinkView['channel'];

const CHANNEL_NAMES: Record<Channel, string> = { email: '邮箱', sms: '手机短信' };
const STATE_TAGS: Record<ReturnLinkView['state'], { label: string; color: string }> = {
  active: { label: '有效', color: 'success' },
  used: { label: '已使用', color: 'primary' },
  revoked: { label: '已撤销', color: 'default' },
  expired: { label: '已过期', color: 'warning' },
};

function useSend(agreement: AgreementView) {
  const queryClient = useQueryClient();
  return async (channel: Channel): Promise<boolean> => {
    try {
      const response = await call('sendReturnLink', { params: { id: agreement.id }, body: { channel } });
      queryClient.setQueryData(returnLinksQueryKey(agreement.id), response);
      const recipient = channel === 'email' ? agreement.employer.contactEmail : agreement.employer.contactMobile;
      Toast.show({
        icon: 'success',
        content: `协议链接已通过${CHANNEL_NAMES[channel]}发送至 ${recipient ?? '单位联系人'}`,
      });
      return true;
    } catch (caught) {
      Toast.show({ icon: 'fail', content: errorMessage(caught) });
      return false;
    }
  };
}

/**
 * 用人单位协助回传协议书: choose 邮箱 or 手机短信 and send the employer's contact a link to download the
 * agreement and upload the sealed scan, without an account.
 */
export function AssistButton({ agreement }: { agreement: AgreementView }) {
  const [open, setOpen] = useState(false);
  const { employer } = agreement;
  const [channel, setChannel] = useState<Channel>(employer.contactEmail ? 'email' : 'sms');
  const [sending, setSending] = useState(false);
  const send = useSend(agreement);

  return (
    <>
      <Button block size="large" onClick={() => setOpen(true)}>
        用人单位协助回传协议书
      </Button>
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        bodyClassName="form-sheet"
      >
        <div role="dialog" aria-label="用人单位协助回传协议书" className="form-sheet__inner">
          <SheetHeader title="用人单位协助回传协议书" onClose={() => setOpen(false)} />
          <div className="form-sheet__body">
            <p className="form-sheet__note form-sheet__note--left">
              系统将向单位联系人{employer.contactName}
              发送协议链接。单位无需注册或登录,打开链接即可下载协议书,盖章后上传扫描件。链接 7
              天内有效,只能使用一次;重新发送后,之前的链接失效。
            </p>
            <div className="form-sheet__group-title">发送方式</div>
            <SheetOption
              selected={channel === 'email'}
              description={employer.contactEmail ?? '协议中没有联系人邮箱'}
              onClick={() => setChannel('email')}
            >
              邮箱
            </SheetOption>
            <SheetOption
              selected={channel === 'sms'}
              description={employer.contactMobile}
              onClick={() => setChannel('sms')}
            >
              手机短信
            </SheetOption>
            <div className="form-sheet__actions">
              <Button
                block
                color="primary"
                size="large"
                loading={sending}
                disabled={channel === 'email' && !employer.contactEmail}
                onClick={async () => {
                  setSending(true);
                  const sent = await send(channel);
                  setSending(false);
                  if (sent) setOpen(false);
                }}
              >
                发送协议链接
              </Button>
            </div>
          </div>
        </div>
      </Popup>
    </>
  );
}

/** The links sent so far, with 撤销 and 重新发送 while the scan can still be returned. */
export function ReturnLinkList({ agreement }: { agreement: AgreementView }) {
  const links = useReturnLinks(agreement.id);
  const queryClient = useQueryClient();
  const send = useSend(agreement);
  const items = links.data?.items ?? [];
  if (items.length === 0) return null;
  const canAct = agreement.canUploadScan;

  function revoke() {
    void Dialog.confirm({
      title: '撤销协议链接',
      content: '撤销后,单位将无法再通过该链接回传协议书。确定撤销吗?',
      confirmText: '撤销',
      cancelText: '不撤销',
      onConfirm: async () => {
        try {
          const response = await call('revokeReturnLinks', { params: { id: agreement.id } });
          queryClient.setQueryData(returnLinksQueryKey(agreement.id), response);
          Toast.show({ icon: 'success', content: '链接已撤销' });
        } catch (caught) {
          Toast.show({ icon: 'fail', content: errorMessage(caught) });
          void links.refetch();
        }
      },
    });
  }

  function resend(channel: Channel) {
    void Dialog.confirm({
      title: '重新发送协议链接',
      content: `将通过${CHANNEL_NAMES[channel]}重新发送协议链接,之前发送的链接将失效。确定发送吗?`,
      confirmText: '发送',
      cancelText: '取消',
      onConfirm: async () => {
        await send(channel);
      },
    });
  }

  return (
    <section className="return-links" aria-label="已发送的协议链接">
      <div className="return-links__title">已发送的协议链接</div>
      <ul className="return-links__list">
        {items.map((link, index) => {
          const tag = STATE_TAGS[link.state];
          return (
            <li key={link.id} className="return-links__item">
              <div className="return-links__head">
                <span>
                  {CHANNEL_NAMES[link.channel]} {link.recipientMasked}
                </span>
                <Tag color={tag.color} fill="outline">
                  {tag.label}
                </Tag>
              </div>
              <div className="return-links__meta">发送时间 {link.createdAt}</div>
              <div className="return-links__meta">有效期至 {link.expiresAt}</div>
              {canAct && index === 0 ? (
                <div className="return-links__actions">
                  {link.state === 'active' ? (
                    <Button size="small" color="danger" fill="outline" onClick={revoke}>
                      撤销
                    </Button>
                  ) : null}
                  <Button size="small" color="primary" fill="outline" onClick={() => resend(link.channel)}>
                    重新发送
                  </Button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

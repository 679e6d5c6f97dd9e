import { Popup, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { AgreementView } from '../../common/types';
import { SheetHeader, SheetOption } from './sheet';
import { slotHeldReason, slotHolder } from './signing-slot';
import { useDraft } from './use-offline';

/**
 * 签就业协议书就业 on 我的签约: the way to 线下登记 (向学校申请电子协议书) and 纸质协议书登记, with a short 向导
 * on which path fits. While an agreement holds the signing slot, the entry is closed and says why.
 */
export function SigningEntry({ items }: { items: AgreementView[] | undefined }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const holder = items ? slotHolder(items) : undefined;
  const canStart = items !== undefined && holder === undefined;
  const offlineDraft = useDraft('offline', canStart);
  const paperDraft = useDraft('paper', canStart);
  const draftTag = (saved: boolean | undefined) =>
    saved ? (
      <Tag color="warning" fill="outline">
        有暂存
      </Tag>
    ) : null;

  return (
    <section className="signing-entry" aria-label="签就业协议书就业">
      <button type="button" className="signing-entry__button" disabled={!canStart} onClick={() => setOpen(true)}>
        <span className="signing-entry__title">签就业协议书就业</span>
        <span className="signing-entry__sub">单位未在系统注册的线下登记,或已签纸质协议书的登记</span>
      </button>
      {holder ? (
        <p className="signing-entry__reason" role="note">
          {slotHeldReason(holder)}
        </p>
      ) : null}
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        bodyClassName="form-sheet"
      >
        <div role="dialog" aria-label="签就业协议书就业" className="form-sheet__inner">
          <SheetHeader title="签就业协议书就业" onClose={() => setOpen(false)} />
          <div className="form-sheet__body">
            <div className="signing-guide" aria-label="向导">
              <div className="signing-guide__title">向导:选哪一种?</div>
              <ol>
                <li>
                  <strong>单位已在本系统注册:</strong>
                  无需在这里填写,请等待单位发起"线上签约"邀请,邀请会显示在"我的签约"中,点开接受即可。
                </li>
                <li>
                  <strong>单位未在本系统注册:</strong>选"向学校申请电子协议书
                  线下登记",在线填写协议信息,学校审核通过后下载电子协议书,请单位盖章后回传。
                </li>
                <li>
                  <strong>已签好纸质《北京地区普通高校毕业生就业协议书》:</strong>
                  选"纸质协议书登记",填写协议信息并上传协议书扫描件。
                </li>
              </ol>
              <p className="signing-guide__note">每人只有一次签约机会,以上方式只能选择其中一种。</p>
            </div>
            <SheetOption
              description="单位未在本系统注册时使用"
              extra={draftTag(offlineDraft.data?.draft !== null && offlineDraft.data !== undefined)}
              onClick={() => navigate('/student/offline/new')}
            >
              向学校申请电子协议书 线下登记
            </SheetOption>
            <SheetOption
              description="已签订纸质就业协议书时使用"
              extra={draftTag(paperDraft.data?.draft !== null && paperDraft.data !== undefined)}
              onClick={() => navigate('/student/paper/new')}
            >
              纸质协议书登记
            </SheetOption>
          </div>
        </div>
      </Popup>
    </section>
  );
}

import fs from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './harness';
import {
  agreementIdOf,
  choosePath,
  decideInBrowser,
  fillEmployerPart,
  fillTermsPart,
  OFFLINE_EMPLOYER,
  returnLinkInOutbox,
  scannedPagePng,
  snap,
  writeFiles,
} from './offline-helpers';
import { agreementCard, asEachReviewer, DESKTOP, graduateOf, logIn, openReview, PHONE } from './online-helpers';

const e2e = useServerAndBrowser();

const RETURN_COMMENT = '违约金与单位实际约定不符,请与单位核实后修改;请补充联系人电话。';

describe('线下签约 in the browser', () => {
  it('申请签约 → 退回修改 → resubmit → both reviews → 就业协议审核通过! → the employer returns the sealed scan through the link → 签约审核 → 已生效', async () => {
    const graduate = await graduateOf(e2e.server.db, '13800000002');
    const { name } = graduate;

    // 学生: 签就业协议书就业 → 向学校申请电子协议书 线下登记; 暂存 part of it; it comes back on reopening.
    const studentContext = await e2e.browser.newContext({ ...PHONE, acceptDownloads: true });
    const student = await studentContext.newPage();
    let agreementId: number;
    try {
      await logIn(student, e2e.server.url, '13800000002');
      await student.waitForURL(/\/student$/);
      await student.getByText('暂无签约记录').waitFor();
      await snap(student, 'offline-01-my-agreements');
      await choosePath(student, '向学校申请电子协议书 线下登记', 'offline-02-chooser');
      await student.waitForURL('**/student/offline/new');
      await student.getByText('提示:协议书生成后,需单位盖章、学校审核后才能正式生效。', { exact: false }).waitFor();
      await snap(student, 'offline-03-empty-form');

      // 提交 with nothing filled: every required field says what to fill.
      await student.getByRole('button', { name: '提交', exact: true }).click();
      await student.getByText('请填写单位名称').waitFor();
      await student.getByText('请选择单位是否解决户档').waitFor();

      await fillEmployerPart(student);
      await student.getByRole('button', { name: '暂存', exact: true }).click();
      await student.getByText('已暂存,下次打开会自动载入').waitFor();
      await student.reload();
      await student.getByText(/已载入 .* 暂存的内容/).waitFor();
      expect(await student.getByRole('button', { name: '单位名称', exact: true }).textContent()).toContain(
        OFFLINE_EMPLOYER.name,
      );
      expect(await student.getByLabel('统一社会信用代码').inputValue()).toBe(OFFLINE_EMPLOYER.uscc);
      expect(await student.getByRole('button', { name: '通讯地址', exact: true }).textContent()).toContain('海淀区');
      await snap(student, 'offline-04-draft-loaded');

      // A 违约金 over the limit is refused by the server, and said under 违约金.
      await fillTermsPart(student, { breachPenalty: '5000000' });
      await snap(student, 'offline-05-filled');
      await student.getByRole('button', { name: '提交', exact: true }).click();
      // Under the field (the form scrolls to it), and said on top of the form too.
      const penaltyItem = student.locator('.adm-form-item').filter({ has: student.getByLabel('违约金') });
      await penaltyItem.getByText('违约金不能超过 1000000 元,请核对金额').waitFor();
      await student.getByRole('alert').filter({ hasText: '违约金不能超过 1000000 元' }).waitFor();
      await snap(student, 'offline-06-server-error', false);
      expect(await penaltyItem.isVisible()).toBe(true);

      await student.getByLabel('违约金').fill('50000');
      await student.getByRole('button', { name: '提交', exact: true }).click();
      await student.waitForURL(/\/student\/agreements\/\d+$/);
      agreementId = agreementIdOf(student);
      await student.getByText('已提交,院系审核中').waitFor();
      await snap(student, 'offline-07-submitted');
    } finally {
      await studentContext.close();
    }

    // 院系: 退回修改 with a comment.
    const collegeContext = await e2e.browser.newContext(DESKTOP);
    const college = await collegeContext.newPage();
    try {
      await logIn(college, e2e.server.url, 'college1');
      await openReview(college, name);
      await college.getByText('纸质协议书编号').waitFor({ state: 'detached' });
      await snap(college, 'offline-08-college-review', false);
      await decideInBrowser(college, name, '退回修改', { comment: RETURN_COMMENT, shot: 'offline-09-college-return' });
      await college.getByText('已退回修改,学生会收到修改意见').waitFor();
    } finally {
      await collegeContext.close();
    }

    // 学生: sees the comment, 修改 (the form comes prefilled with the comment on top), 提交 again.
    const editContext = await e2e.browser.newContext(PHONE);
    const edit = await editContext.newPage();
    try {
      await logIn(edit, e2e.server.url, '13800000002');
      const card = agreementCard(edit, OFFLINE_EMPLOYER.name);
      await expect.poll(async () => (await card.textContent()) ?? '', { timeout: 10_000 }).toContain('待修改');
      await snap(edit, 'offline-10-card-returned');
      await card.click();
      await edit.getByRole('alert').filter({ hasText: RETURN_COMMENT }).waitFor();
      await snap(edit, 'offline-11-returned');
      await edit.getByRole('button', { name: '修改', exact: true }).click();
      await edit.waitForURL(`**/student/agreements/${agreementId}/edit`);
      await edit.getByRole('alert').filter({ hasText: RETURN_COMMENT }).waitFor();
      expect(await edit.getByLabel('违约金').inputValue()).toBe('50000');
      expect(await edit.getByRole('button', { name: '单位性质', exact: true }).textContent()).toContain(
        OFFLINE_EMPLOYER.nature,
      );
      expect(await edit.getByRole('radio', { name: '不接收' }).isChecked()).toBe(true);
      await snap(edit, 'offline-12-edit');
      await edit.getByLabel('违约金').fill('5000');
      await edit.getByLabel('联系人电话').fill('010-62345678');
      await edit.getByRole('button', { name: '提交', exact: true }).click();
      await edit.waitForURL(`**/student/agreements/${agreementId}`);
      await edit.getByText('已提交,院系审核中').waitFor();
      await edit.getByText('这是修改后第 1 次重新提交。').waitFor();
      await snap(edit, 'offline-13-resubmitted');
    } finally {
      await editContext.close();
    }

    // 院系 sees 需重审 and 通过; 学校 通过.
    await asEachReviewer(e2e, async (page, reviewer) => {
      const step = reviewer === 'college1' ? '14-college' : '15-school';
      await page.getByRole('menuitem', { name: '协议审核' }).click();
      const row = page.getByRole('row').filter({ hasText: name });
      await row.waitFor();
      if (reviewer === 'college1') {
        expect(await row.textContent()).toContain('需重审');
        await snap(page, `offline-${step}-queue-rereview`, false);
      }
      await openReview(page, name);
      await page.getByText('违约金').first().waitFor();
      expect(await page.locator('.ant-drawer').textContent()).toContain('5000 元');
      await snap(page, `offline-${step}-review`, false);
      await decideInBrowser(page, name, '通过');
      await page.getByText('已审核通过').waitFor();
    });

    // 学生: 就业协议审核通过! — the PDF (待用人单位盖章), then 用人单位协助回传协议书 by 邮箱.
    const approvedContext = await e2e.browser.newContext({ ...PHONE, acceptDownloads: true });
    const approved = await approvedContext.newPage();
    let agreementNumber: string;
    try {
      await logIn(approved, e2e.server.url, '13800000002');
      await agreementCard(approved, OFFLINE_EMPLOYER.name).click();
      await approved.getByText('就业协议审核通过!').waitFor();
      await approved.getByText('请用人单位盖章,并回传协议书图像').waitFor();
      const download = approved.getByRole('link', { name: '点击下载电子协议书' });
      await download.waitFor({ timeout: 30_000 });
      agreementNumber = ((await approved.locator('.approved-head__number').textContent()) ?? '')
        .replace('协议编号', '')
        .trim();
      expect(agreementNumber).toMatch(/^\d{16}$/);
      await approved.getByText('回传协议书:(二选一)').waitFor();
      await approved.getByText('注: 向用人单位发送协议链接,由单位协助回传。').waitFor();
      await snap(approved, 'offline-16-approved');

      const [file] = await Promise.all([approved.waitForEvent('download'), download.click()]);
      const pdf = fs.readFileSync(await file.path());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      expect(text).toContain('待用人单位盖章');
      expect(text).toContain(agreementNumber);

      // 签约信息 opens with 详细信息.
      await approved.locator('.adm-list-item').filter({ hasText: OFFLINE_EMPLOYER.title }).click();
      await approved.getByText('报到期限').waitFor();

      await approved.getByRole('button', { name: '用人单位协助回传协议书' }).click();
      const sheet = approved.getByRole('dialog', { name: '用人单位协助回传协议书' });
      await sheet.getByRole('button', { name: /手机短信/ }).waitFor();
      await sheet.getByRole('button', { name: /邮箱/ }).click();
      await snap(approved, 'offline-17-assist-sheet', false);
      await sheet.getByRole('button', { name: '发送协议链接' }).click();
      await sheet.waitFor({ state: 'hidden' });
      const links = approved.getByRole('region', { name: '已发送的协议链接' });
      await links.getByText('有效', { exact: true }).waitFor();
      expect(await links.textContent()).toContain('有效期至');
      await snap(approved, 'offline-18-link-sent');
    } finally {
      await approvedContext.close();
    }

    // 用人单位 (no account): opens the link from the mail, downloads the agreement, uploads the sealed scan.
    const link = await returnLinkInOutbox(e2e.server.db);
    expect(link.recipient).toBe(OFFLINE_EMPLOYER.email);
    const [scan] = writeFiles({ '盖章协议书.png': scannedPagePng(1) });
    const employerContext = await e2e.browser.newContext({ ...PHONE, acceptDownloads: true });
    const employer = await employerContext.newPage();
    try {
      await employer.goto(`${e2e.server.url}${link.path}`);
      await employer.getByRole('heading', { name: '协助回传就业协议书' }).waitFor();
      const summary = employer.locator('.return-summary');
      await summary.getByText(OFFLINE_EMPLOYER.name).waitFor();
      expect(await summary.textContent()).toContain(agreementNumber);
      expect(await summary.textContent()).not.toContain(name);
      await snap(employer, 'scan-01-employer-link');
      const [file] = await Promise.all([
        employer.waitForEvent('download'),
        employer.getByRole('link', { name: '下载协议书' }).click(),
      ]);
      expect(
        fs
          .readFileSync(await file.path())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      await employer.getByLabel('添加协议书页面').setInputFiles(scan!);
      await employer.getByRole('img', { name: '第 1 页' }).waitFor();
      await snap(employer, 'scan-02-employer-picked');
      await employer.getByRole('button', { name: '提交回传' }).click();
      await employer.getByText('协议书已回传').waitFor();
      await snap(employer, 'scan-03-employer-done', false);
      // The link is used up.
      await employer.reload();
      await employer.getByText('链接已使用', { exact: true }).waitFor();
      expect(await employer.getByRole('button', { name: '提交回传' }).count()).toBe(0);
      await snap(employer, 'scan-04-employer-link-used', false);
    } finally {
      await employerContext.close();
    }

    // 签约审核: 院系 then 学校 view the scan inline and 通过.
    for (const [reviewer, step] of [
      ['college1', '05-college'],
      ['school1', '06-school'],
    ] as const) {
      const context = await e2e.browser.newContext(DESKTOP);
      const page = await context.newPage();
      try {
        await logIn(page, e2e.server.url, reviewer);
        await openReview(page, name);
        await page.locator('.ant-drawer-header').getByText('签约审核').waitFor();
        const image = page.getByRole('img', { name: /盖章协议书.*第 1 页/ });
        await image.waitFor();
        await image.evaluate((element: HTMLImageElement) =>
          element.complete ? undefined : new Promise((resolve) => element.addEventListener('load', resolve)),
        );
        expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(420);
        await snap(page, `scan-${step}-review`, false);
        if (reviewer === 'college1') {
          await image.click();
          await page.locator('.ant-image-preview-img').waitFor();
          await snap(page, `scan-${step}-preview`, false);
          await page.keyboard.press('Escape');
          await page.locator('.ant-image-preview-img').waitFor({ state: 'hidden' });
        }
        await decideInBrowser(page, name, '通过');
        await page.getByText('已审核通过').waitFor();
      } finally {
        await context.close();
      }
    }

    // 学生: 签约成功, 已生效, with the returned scan and 下载协议.
    const finalContext = await e2e.browser.newContext(PHONE);
    const done = await finalContext.newPage();
    try {
      await logIn(done, e2e.server.url, '13800000002');
      await agreementCard(done, OFFLINE_EMPLOYER.name).click();
      await done.getByText('签约成功,已生效').waitFor();
      await done.getByRole('link', { name: '下载协议' }).waitFor({ timeout: 30_000 });
      await done.getByText('盖章协议书 · 第 1 次回传(用人单位协助回传)').waitFor();
      const status = done.locator('.adm-list-item').filter({ has: done.getByText('签约状态', { exact: true }) });
      expect(await status.textContent()).toContain('已生效');
      await snap(done, 'scan-07-student-effective');
    } finally {
      await finalContext.close();
    }
  }, 300_000);
});

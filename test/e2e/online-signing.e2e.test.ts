import fs from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { screenshotPath, useServerAndBrowser } from './harness';
import {
  acceptWithPassword,
  agreementCard,
  asEachReviewer,
  DESKTOP,
  EMPLOYER_NAME,
  graduateOf,
  logIn,
  openReview,
  PHONE,
} from './online-helpers';

const e2e = useServerAndBrowser();

describe('线上签约 in the browser', () => {
  it('an employer invites, the graduate accepts with his password, both reviews pass, the PDF downloads', async () => {
    const graduate = await graduateOf(e2e.server.db, '13800000002');

    // 用人单位: 发起签约 — find the graduate, fill in 签约信息, send.
    const employerContext = await e2e.browser.newContext(DESKTOP);
    const employer = await employerContext.newPage();
    let agreementId: number;
    try {
      await logIn(employer, e2e.server.url, '13900000001');
      await employer.waitForURL('**/employer');
      await employer.getByRole('menuitem', { name: '发起签约' }).click();
      await employer.getByLabel('姓名').fill(graduate.name);
      await employer.getByLabel('身份证号').fill(graduate.idNumber);
      await employer.getByRole('button', { name: '查找学生' }).click();
      await employer.getByRole('button', { name: '下一步:填写签约信息' }).click();
      await employer.getByLabel('职位类别').click();
      await employer.getByLabel('职位类别').fill('工程技术');
      await employer.keyboard.press('Enter');
      await employer.getByLabel('岗位名称').fill('软件开发工程师');
      await employer.getByLabel('试用期').fill('3个月');
      await employer.getByLabel('试用起薪').fill('8000');
      await employer.getByLabel('转正起薪').fill('10000');
      await employer.getByLabel('违约金').fill('5000');
      await employer.getByLabel('报到地点').fill('北京市海淀区');
      await employer.getByLabel('实际工作地点').fill('北京市海淀区中关村');
      await employer.getByLabel('单位接收', { exact: true }).check();
      await employer.getByLabel('协议补充内容').fill('提供住房补贴。');
      await employer.screenshot({ path: screenshotPath('online-1-employer-invitation-form'), fullPage: true });
      await employer.getByRole('button', { name: '发送签约邀请' }).click();
      await employer.waitForURL(/\/employer\/agreements\/\d+$/);
      agreementId = Number(/(\d+)$/.exec(employer.url())![1]);
      await employer.getByText('签约详情').waitFor();
      await employer.getByText('未生效(待应约)').first().waitFor();
      await employer.screenshot({ path: screenshotPath('online-2-employer-invitation-sent'), fullPage: true });
    } finally {
      await employerContext.close();
    }

    // 学生: the invitation is framed and first in 我的签约; 接受 asks for the password again.
    const studentContext = await e2e.browser.newContext({ ...PHONE, acceptDownloads: true });
    const student = await studentContext.newPage();
    try {
      await logIn(student, e2e.server.url, '13800000002');
      await student.waitForURL(/\/student$/);
      const card = agreementCard(student, EMPLOYER_NAME);
      await card.waitFor();
      expect(await card.getAttribute('class')).toContain('agreement-card--answerable');
      expect(await card.textContent()).toContain('待应约');
      expect(await card.textContent()).toContain('软件开发工程师');
      await student.screenshot({ path: screenshotPath('online-3-student-my-agreements'), fullPage: true });

      await card.click();
      await student.waitForURL(`**/student/agreements/${agreementId}`);
      await student.getByText('距应约截止还有').waitFor();
      await student.screenshot({ path: screenshotPath('online-4-student-invitation'), fullPage: true });

      // A wrong password is said in the dialog, and nothing is accepted.
      await student.getByRole('button', { name: '接受', exact: true }).click();
      const dialog = student.getByRole('dialog');
      await dialog.getByLabel('登录密码').fill('Wrong2026');
      await dialog.getByRole('button', { name: '确认接受' }).click();
      await dialog.getByText('登录密码错误,还可尝试 4 次').waitFor();
      await student.screenshot({ path: screenshotPath('online-5-student-wrong-password') });
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await acceptWithPassword(student);
      await student.screenshot({ path: screenshotPath('online-6-student-accepted'), fullPage: true });
    } finally {
      await studentContext.close();
    }

    // 院系审核 then 学校审核, each from 协议审核.
    await asEachReviewer(e2e, async (page, reviewer) => {
      const step = reviewer === 'college1' ? '7-college' : '8-school';
      await openReview(page, graduate.name);
      await page.screenshot({ path: screenshotPath(`online-${step}-review-detail`) });
      await page.getByRole('button', { name: '通过', exact: true }).click();
      await page.getByRole('button', { name: '确认通过' }).click();
      await page.getByText('已审核通过').waitFor();
      await page.screenshot({ path: screenshotPath(`online-${step}-approved`) });
    });

    // 学生: 签约成功; the PDF appears once the job has made it, and 下载协议 gives it.
    const finalContext = await e2e.browser.newContext({ ...PHONE, acceptDownloads: true });
    const page = await finalContext.newPage();
    try {
      await logIn(page, e2e.server.url, '13800000002');
      await agreementCard(page, EMPLOYER_NAME).click();
      await page.getByText('就业协议审核通过!').waitFor();
      const download = page.getByRole('link', { name: '下载协议' });
      await download.waitFor({ timeout: 30_000 });
      const numberRow = page.locator('.adm-list-item').filter({ has: page.getByText('协议编号', { exact: true }) });
      const agreementNumber = ((await numberRow.locator('.student-info__value').textContent()) ?? '').trim();
      expect(agreementNumber).toMatch(/^\d{16}$/);
      await page.screenshot({ path: screenshotPath('online-9-student-effective'), fullPage: true });

      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(file.suggestedFilename()).toContain(agreementNumber);
      const content = fs.readFileSync(await file.path());
      expect(content.subarray(0, 5).toString()).toBe('%PDF-');
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true });
      expect(text).toContain(agreementNumber);
      expect(text).toContain(graduate.name);
      expect(text).toContain(EMPLOYER_NAME);
    } finally {
      await finalContext.close();
    }
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, useServerAndBrowser } from './harness';
import {
  acceptWithPassword,
  agreementCard,
  DESKTOP,
  EMPLOYER_NAME,
  graduateOf,
  inviteByApi,
  logIn,
  openReview,
  PHONE,
} from './online-helpers';
import { settle } from './offline-helpers';

const HOSPITAL = '示例市第一人民医院';
const FACTORY = '示例制造集团股份有限公司';

const e2e = useServerAndBrowser();
let graduate: { name: string; idNumber: string };

beforeAll(async () => {
  graduate = await graduateOf(e2e.server.db, '13800000002');
});

/** The student's phone, logged in at 我的签约. */
async function studentAt(work: (page: Page) => Promise<void>): Promise<void> {
  const context = await e2e.browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await logIn(page, e2e.server.url, '13800000002');
    await page.waitForURL(/\/student$/);
    await work(page);
  } finally {
    await context.close();
  }
}

async function statusOnCard(page: Page, employerName: string): Promise<string> {
  const card = agreementCard(page, employerName);
  await card.waitFor();
  return (await card.textContent()) ?? '';
}

// The three run in order on one graduate: the declined and expired invitations end before an accepted
// one takes his signing slot.
describe('线上签约 outcomes in the browser', () => {
  it('拒绝: the graduate declines after confirming, and 我的签约 says 已拒绝', async () => {
    await inviteByApi(e2e.server.url, '13900000002', graduate, '临床医生');
    await studentAt(async (page) => {
      await agreementCard(page, HOSPITAL).click();
      await page.getByText('距应约截止还有').waitFor();
      await page.getByRole('button', { name: '拒绝', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('确认拒绝签约邀请').waitFor();
      await settle(page); // the dialog's opening animation, for the screenshot only
      await page.screenshot({ path: screenshotPath('online-outcome-1-decline-confirm') });
      await dialog.getByRole('button', { name: '拒绝', exact: true }).click();
      await page.getByText('你已拒绝该签约邀请。').waitFor();
      expect(await page.getByRole('button', { name: '接受', exact: true }).count()).toBe(0);
      await page.screenshot({ path: screenshotPath('online-outcome-2-declined-detail'), fullPage: true });

      await page.getByRole('button', { name: '返回我的签约' }).click();
      await page.waitForURL(/\/student$/);
      // The list may show its cached answer for a moment while it refetches.
      await expect.poll(() => statusOnCard(page, HOSPITAL), { timeout: 10_000 }).toContain('已拒绝');
      expect(await agreementCard(page, HOSPITAL).getAttribute('class')).not.toContain('answerable');
      await page.screenshot({ path: screenshotPath('online-outcome-3-declined-list'), fullPage: true });
    });
  });

  it('已失效: an invitation past its deadline is expired by the sweep and shows 已失效', async () => {
    const id = await inviteByApi(e2e.server.url, '13900000003', graduate, '工艺工程师');
    await e2e.server.db
      .updateTable('agreement')
      .set({ deadline_at: new Date(Date.now() - 60_000).toISOString() })
      .where('id', '=', id)
      .execute();
    await e2e.server.app.jobs.runDue({ sweep: true });
    const { status } = await e2e.server.db.selectFrom('agreement').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(status).toBe('expired');

    await studentAt(async (page) => {
      await expect.poll(() => statusOnCard(page, FACTORY), { timeout: 10_000 }).toContain('已失效');
      await page.screenshot({ path: screenshotPath('online-outcome-4-expired-list'), fullPage: true });
      await agreementCard(page, FACTORY).click();
      await page.getByText('该签约邀请已超过应约截止时间,已失效。').waitFor();
      expect(await page.getByRole('button', { name: '接受', exact: true }).count()).toBe(0);
      await page.screenshot({ path: screenshotPath('online-outcome-5-expired-detail'), fullPage: true });
    });
  });

  it('签约失败: the college says 不通过 with a reason, and the graduate sees it', async () => {
    const reason = '岗位信息与单位经营范围不符,请单位核实后重新发起';
    await inviteByApi(e2e.server.url, '13900000001', graduate, '数据分析师');
    await studentAt(async (page) => {
      await agreementCard(page, EMPLOYER_NAME).click();
      await acceptWithPassword(page);
    });

    const context = await e2e.browser.newContext(DESKTOP);
    const reviewer = await context.newPage();
    try {
      await logIn(reviewer, e2e.server.url, 'college1');
      await openReview(reviewer, graduate.name);
      await reviewer.getByRole('button', { name: '不通过', exact: true }).click();
      const modal = reviewer.getByRole('dialog').filter({ hasText: '审核不通过:' });
      // The reason is required: without it nothing is sent.
      await modal.getByRole('button', { name: '确认不通过' }).click();
      await modal.getByText('请填写不通过原因').waitFor();
      await modal.getByLabel('不通过原因').fill(reason);
      await reviewer.screenshot({ path: screenshotPath('online-outcome-6-college-rejects') });
      await modal.getByRole('button', { name: '确认不通过' }).click();
      await reviewer.getByText('已审核不通过').waitFor();
    } finally {
      await context.close();
    }

    await studentAt(async (page) => {
      await expect.poll(() => statusOnCard(page, EMPLOYER_NAME), { timeout: 10_000 }).toContain('签约失败');
      await page.screenshot({ path: screenshotPath('online-outcome-7-failed-list'), fullPage: true });
      await agreementCard(page, EMPLOYER_NAME).click();
      const banner = page.getByRole('alert').filter({ hasText: '签约失败' });
      await banner.waitFor();
      expect(await banner.textContent()).toContain(reason);
      await page.getByText('审核记录').waitFor();
      await page.screenshot({ path: screenshotPath('online-outcome-8-failed-detail'), fullPage: true });
    });
  });
});

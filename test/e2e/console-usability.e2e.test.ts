import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OFFLINE_FORM } from '../integration/offline-helpers';
import { apiSession, DEMO_PASSWORD, screenshotPath, useServerAndBrowser } from './harness';
import { decideByApi, settle } from './offline-helpers';
import { graduateOf, inviteByApi, logIn, PHONE } from './online-helpers';

const e2e = useServerAndBrowser();

/** Nothing on the page is wider than the window (no sideways scrolling of the whole page). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('usability of the screens (issue 7)', () => {
  it('after login a spinner shows while the student’s pages load, never a blank frame', async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await page.goto(`${e2e.server.url}/login`);
      await page.getByRole('heading', { name: '请使用学信网账号登录' }).waitFor();
      // The student's chunk is held back until the screen has been looked at.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/StudentApp-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.getByLabel('手机号/身份证号/邮箱').fill('13800000002');
      await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByLabel('验证码', { exact: true }).fill('0000');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.waitForURL('**/student');
      await page.getByRole('status').filter({ hasText: '加载中' }).waitFor();
      await page.screenshot({ path: screenshotPath('usability-1-after-login-loading') });
      release();
      await page.getByText('同学,你好').waitFor();
    } finally {
      await context.close();
    }
  });

  it('the employer console fits a phone: no page wider than the screen', async () => {
    const graduate = await graduateOf(e2e.server.db, '13800000002');
    const invitation = await inviteByApi(e2e.server.url, '13900000001', graduate, '移动端开发工程师');
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await logIn(page, e2e.server.url, '13900000001');
      const screens: [path: string, ready: string, shot: string][] = [
        ['/employer', '统一社会信用代码', 'usability-2-employer-phone-home'],
        ['/employer/agreements', '移动端开发工程师', 'usability-3-employer-phone-agreements'],
        ['/employer/invite', '查找学生', 'usability-4-employer-phone-invite'],
        [`/employer/agreements/${invitation}`, '签约详情', 'usability-4b-employer-phone-agreement'],
      ];
      for (const [path, ready, shot] of screens) {
        await page.goto(`${e2e.server.url}${path}`);
        await page.getByText(ready).first().waitFor();
        await settle(page);
        await page.screenshot({ path: screenshotPath(shot), fullPage: true });
        expect(await pageOverflow(page), path).toBeLessThanOrEqual(0);
      }
      // The collapsed menu opens from its button in the header.
      await page.locator('.ant-layout-sider-zero-width-trigger').click();
      await page.getByRole('menuitem', { name: '签约管理' }).waitFor();
      await settle(page);
      expect(await pageOverflow(page), 'menu open').toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath('usability-4c-employer-phone-menu') });
      await page.getByRole('menuitem', { name: '签约管理' }).click();
      await page.waitForURL('**/employer/agreements');
      await page.getByRole('menuitem', { name: '签约管理' }).waitFor({ state: 'hidden' });
    } finally {
      await context.close();
    }
  });

  it('审核列表 at 1440 px shows 提交时间 whole, and after a resubmission the resubmission’s time', async () => {
    const student = await apiSession(e2e.server.url, '13800000002');
    let id: number;
    try {
      ({
        agreement: { id },
      } = await student.post<{ agreement: { id: number } }>('/api/student/agreements/offline', OFFLINE_FORM));
      expect(await decideByApi(e2e.server.url, 'college1', id, 'returned', '请补充岗位信息')).toBe('returned');
      await student.post(`/api/student/agreements/${id}/resubmit`, { ...OFFLINE_FORM, positionTitle: '算法工程师' });
    } finally {
      await student.dispose();
    }
    const resubmitted = await e2e.server.db
      .selectFrom('audit_event')
      .select('occurred_at')
      .where('entity_id', '=', id)
      .where('action', '=', 'agreement.resubmitted')
      .executeTakeFirstOrThrow();
    const expected = new Date(Date.parse(resubmitted.occurred_at) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

    const context = await e2e.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await logIn(page, e2e.server.url, 'college1');
      await page.getByRole('menuitem', { name: '协议审核' }).click();
      const { name } = await graduateOf(e2e.server.db, '13800000002');
      const row = page.getByRole('row').filter({ hasText: name });
      await row.waitFor();
      await settle(page);
      await page.screenshot({ path: screenshotPath('usability-5-review-queue-1440'), fullPage: true });
      const headers = await page.locator('thead th').allTextContents();
      const time = row.locator('td').nth(headers.indexOf('提交时间'));
      expect(await time.textContent()).toBe(expected);
      // Whole: not cut by its own width, not hidden under the fixed 操作 column.
      const fits = await time.evaluate((cell) => {
        const actions = cell.parentElement!.lastElementChild!.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        return cell.scrollWidth <= cell.clientWidth && box.right <= actions.left + 1;
      });
      expect(fits).toBe(true);
    } finally {
      await context.close();
    }
  });
});

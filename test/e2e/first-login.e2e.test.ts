import { describe, expect, it } from 'vitest';
import { screenshotPath, useServerAndBrowser } from './harness';
import { DESKTOP, logIn, PHONE } from './online-helpers';

const e2e = useServerAndBrowser();

describe('first login', () => {
  it('a graduate checks 学生信息, confirms it and arrives at 我的签约', async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await page.goto(`${e2e.server.url}/`);
      await page.waitForURL('**/login');
      await page.getByRole('heading', { name: '请使用学信网账号登录' }).waitFor();
      await page.screenshot({ path: screenshotPath('first-login-1-login'), fullPage: true });

      await logIn(page, e2e.server.url, '13800000001');
      await page.waitForURL('**/student/confirm');
      await page.getByText('请先核对你的毕业生信息是否正确,若有误请联系学校就业部门更正!').waitFor();

      // The row must show the record the server holds for this account.
      const response = await page.request.get(`${e2e.server.url}/api/student/record`);
      const { state, record } = (await response.json()) as { state: string; record: { name: string } | null };
      expect(state).toBe('unconfirmed');
      expect(record?.name).toBeTruthy();
      const nameRow = page.locator('.adm-list-item').filter({ has: page.getByText('姓名', { exact: true }) });
      await nameRow.waitFor();
      expect(await nameRow.textContent()).toContain(record!.name);
      await page.screenshot({ path: screenshotPath('first-login-2-student-info'), fullPage: true });

      await page.getByRole('button', { name: '信息确认无误,进入系统' }).click();
      await page.waitForURL(/\/student$/);
      await page.getByText('我的签约', { exact: true }).waitFor();
      await page.getByText('暂无签约记录').waitFor();
      expect(await page.getByText(`${record!.name} 同学,你好`).count()).toBe(1);
      await page.screenshot({ path: screenshotPath('first-login-3-my-agreements'), fullPage: true });

      // Confirmed: the 学生信息 screen is behind him now.
      await page.goto(`${e2e.server.url}/student/confirm`);
      await page.waitForURL(/\/student$/);
    } finally {
      await context.close();
    }
  });

  it('a college reviewer logs in on the same page and sees his college in the console', async () => {
    const context = await e2e.browser.newContext(DESKTOP);
    const page = await context.newPage();
    try {
      await logIn(page, e2e.server.url, 'college1');
      await page.waitForURL('**/college');
      await page.getByText('院系审核员').first().waitFor();

      const response = await page.request.get(`${e2e.server.url}/api/console`);
      const summary = (await response.json()) as { colleges: Array<{ name: string; code: string }> };
      const college = summary.colleges[0];
      expect(college?.name).toBeTruthy();
      await page.getByText(`${college!.name}(${college!.code})`, { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: '退出' }).count()).toBe(1);
      await page.screenshot({ path: screenshotPath('college-console'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});

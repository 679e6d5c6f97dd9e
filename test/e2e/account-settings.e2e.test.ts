import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, screenshotPath, useServerAndBrowser } from './harness';
import { snap } from './offline-helpers';
import { DESKTOP, logIn, PHONE } from './online-helpers';

const NEW_PASSWORD = 'Graduate2027new';

const e2e = useServerAndBrowser();

describe('账号设置', () => {
  it('a student changes his password on his phone and logs in with the new one', async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await logIn(page, e2e.server.url, '13800000002');
      await page.getByText('我的签约', { exact: true }).waitFor();
      await page.getByRole('link', { name: '账号设置' }).click();
      await page.waitForURL('**/student/account');
      await page.getByText('修改密码', { exact: true }).first().waitFor();
      await snap(page, 'account-settings-1-student-page');

      // A wrong old password is refused under its field, with the tries left.
      const passwordForm = page.locator('form').filter({ hasText: '确认新密码' });
      await passwordForm.getByLabel('原密码').fill('Wrong2027pass');
      await passwordForm.getByLabel(/^新密码/).fill(NEW_PASSWORD);
      await passwordForm.getByLabel('确认新密码').fill(NEW_PASSWORD);
      await passwordForm.getByRole('button', { name: '修改密码' }).click();
      await passwordForm.getByText('登录密码错误,还可尝试 4 次').first().waitFor();
      await snap(page, 'account-settings-2-wrong-old-password');

      await passwordForm.getByLabel('原密码').fill(DEMO_PASSWORD);
      await passwordForm.getByRole('button', { name: '修改密码' }).click();
      await page.getByText('密码已修改,其他设备上的登录已退出').waitFor();
      await page.screenshot({ path: screenshotPath('account-settings-3-changed'), fullPage: true });
      expect(await passwordForm.getByLabel('原密码').inputValue()).toBe('');

      await page.getByRole('button', { name: '返回我的签约' }).click();
      await page.getByRole('button', { name: '退出' }).click();
      await page.waitForURL('**/login');

      await page.getByLabel('手机号/身份证号/邮箱').fill('13800000002');
      await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByLabel('验证码', { exact: true }).fill('0000');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.getByText(/账号或密码错误,还可尝试 \d 次/).waitFor();
      await snap(page, 'account-settings-4-old-password-refused');

      await page.getByLabel('密码', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('验证码', { exact: true }).fill('0000');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.waitForURL(/\/student$/);
      await page.getByText('我的签约', { exact: true }).waitFor();
      await snap(page, 'account-settings-5-logged-in-with-new-password');
    } finally {
      await context.close();
    }
  });

  it('a student moves his account to a new phone with the code sent there', async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const newPhone = '13700000077';
    try {
      await logIn(page, e2e.server.url, '13800000001');
      await page.goto(`${e2e.server.url}/student/account`);
      const phoneForm = page.locator('form').filter({ hasText: '新手机号' });
      await phoneForm.getByLabel(/^当前登录密码/).fill(DEMO_PASSWORD);
      await phoneForm.getByLabel(/^新手机号/).fill(newPhone);
      await phoneForm.getByRole('textbox', { name: '图形验证码' }).fill('0000');
      await phoneForm.getByRole('button', { name: '获取验证码' }).click();
      await page.getByText('验证码已发送至 137****0077,10 分钟内有效').waitFor();
      const sms = await e2e.server.db
        .selectFrom('outbox')
        .select('payload')
        .where('recipient', '=', newPhone)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      const code = (JSON.parse(sms.payload) as { text: string }).text.match(/验证码 (\d{6})/)![1]!;
      await phoneForm.getByRole('textbox', { name: '短信验证码' }).fill(code);
      await phoneForm.getByRole('button', { name: '更换手机号' }).click();
      await page.getByText('手机号已更换,请用新手机号登录;其他设备上的登录已退出').waitFor();
      await page.locator('.adm-list-item').filter({ hasText: '137****0077' }).waitFor();
      await snap(page, 'account-settings-7-student-new-phone');
    } finally {
      await context.close();
    }
  });

    it('every console has 账号设置 in its menu', async () => {
    for (const identifier of ['13900000001', 'college1', 'school1', 'admin']) {
      const context = await e2e.browser.newContext(DESKTOP);
      const page = await context.newPage();
      try {
        await logIn(page, e2e.server.url, identifier);
        await page.getByRole('menuitem', { name: '账号设置' }).click();
        await page.getByRole('heading', { name: '账号设置' }).waitFor();
        await page.getByText('更换手机号', { exact: true }).first().waitFor();
        if (identifier === '13900000001') await snap(page, 'account-settings-6-employer-console');
      } finally {
        await context.close();
      }
    }
  });
});

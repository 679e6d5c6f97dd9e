import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiSession, screenshotPath, useServerAndBrowser } from './harness';
import { decideByApi, scannedPagePng, settle, submitOfflineByApi, writeFiles } from './offline-helpers';
import { DESKTOP, graduateOf, inviteByApi, logIn, PHONE } from './online-helpers';

const e2e = useServerAndBrowser();

const STUDENT = '13800000002';
const HOSPITAL = '13900000002';

/** 发起签约 up to the form, for the demo graduate, as 示例市第一人民医院. */
async function openInvitationForm(page: Page): Promise<void> {
  const graduate = await graduateOf(e2e.server.db, STUDENT);
  await logIn(page, e2e.server.url, HOSPITAL);
  await page.getByRole('menuitem', { name: '发起签约' }).click();
  await page.getByLabel('姓名').fill(graduate.name);
  await page.getByLabel('身份证号').fill(graduate.idNumber);
  await page.getByRole('button', { name: '查找学生' }).click();
  await page.getByRole('button', { name: '下一步:填写签约信息' }).click();
  await page.getByLabel('职位类别').click();
  await page.getByLabel('职位类别').fill('卫生专业技术人员');
  await page.keyboard.press('Enter');
  await page.getByLabel('岗位名称').fill('住院医师');
  await page.getByLabel('单位接收', { exact: true }).check();
}

/** The element lies inside the window (the user can see it without scrolling). */
const inView = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  }, selector);

const invitationCount = async () =>
  (await e2e.server.db.selectFrom('agreement').select('id').where('kind', '=', 'online').execute()).length;

describe('签约 rules and usability in the browser (issue 7)', () => {
  it('发起签约: a decimal 试用起薪 stays as typed and is refused by name; a bad 联系人电话 too; nothing is sent', async () => {
    const context = await e2e.browser.newContext(DESKTOP);
    const page = await context.newPage();
    try {
      await openInvitationForm(page);
      const salary = page.getByLabel('试用起薪');
      await salary.fill('8000.5');
      await page.getByLabel('联系人电话').fill('hello');
      await page.getByLabel('岗位名称').click();
      expect(await salary.inputValue()).toBe('8000.5');
      const before = await invitationCount();
      await page.getByRole('button', { name: '发送签约邀请' }).click();
      await page.getByText('试用起薪须为整数元,不能有小数(角分),请改为整数金额').waitFor();
      await page.getByText('联系人电话格式不正确').waitFor();
      await settle(page);
      await page.screenshot({ path: screenshotPath('rules-1-invitation-decimal-salary'), fullPage: true });
      expect(await invitationCount()).toBe(before);
    } finally {
      await context.close();
    }
  });

  it('发起签约 refused by the server: a toast and the reason in view, not above the scrolled form', async () => {
    const graduate = await graduateOf(e2e.server.db, STUDENT);
    await inviteByApi(e2e.server.url, HOSPITAL, graduate, '护士');
    const context = await e2e.browser.newContext(DESKTOP);
    const page = await context.newPage();
    try {
      await openInvitationForm(page);
      await page.getByRole('button', { name: '发送签约邀请' }).click();
      const reason = '你单位已向该学生发出签约邀请且尚未答复';
      await page.locator('.ant-message').getByText(reason).waitFor();
      await expect.poll(() => inView(page, '.ant-alert-error'), { timeout: 10_000 }).toBe(true);
      expect(await page.locator('.ant-alert-error').textContent()).toContain(reason);
      await page.screenshot({ path: screenshotPath('rules-2-invitation-refused') });
    } finally {
      await context.close();
    }
  });

  it('我的签约 shows a 暂存 draft as its own entry (草稿, 继续填写) that opens the form with it', async () => {
    const student = await apiSession(e2e.server.url, STUDENT);
    try {
      await student.post('/api/student/drafts/offline', { employerName: '北京草稿科技有限公司', positionTitle: '测试工程师' });
    } finally {
      await student.dispose();
    }
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await logIn(page, e2e.server.url, STUDENT);
      const card = page.getByRole('link', { name: '草稿:北京草稿科技有限公司' });
      await card.waitFor();
      expect(await card.textContent()).toContain('继续填写');
      expect(await card.textContent()).toContain('线下签约');
      await settle(page);
      await page.screenshot({ path: screenshotPath('rules-3-my-agreements-draft'), fullPage: true });
      await card.click();
      await page.waitForURL('**/student/offline/new');
      await page.getByText('暂存的内容').first().waitFor();
      expect(await page.getByText('北京草稿科技有限公司').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('撤回申请 of an application in 院系审核: confirmed, 已撤回, the slot free again', async () => {
    const id = await submitOfflineByApi(e2e.server.url, STUDENT);
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await logIn(page, e2e.server.url, STUDENT);
      await page.goto(`${e2e.server.url}/student/agreements/${id}`);
      await page.getByText('已提交,院系审核中').waitFor();
      await page.getByRole('button', { name: '撤回申请' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('确认撤回线下签约申请').waitFor();
      await settle(page);
      await page.screenshot({ path: screenshotPath('rules-4-withdraw-confirm') });
      await dialog.getByRole('button', { name: '撤回', exact: true }).click();
      await page.getByText('你已撤回该申请,学校不再审核').waitFor();
      expect(await page.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
      await settle(page);
      await page.screenshot({ path: screenshotPath('rules-5-withdrawn'), fullPage: true });
      const row = await e2e.server.db.selectFrom('agreement').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.status).toBe('withdrawn');
    } finally {
      await context.close();
    }
  });

  it('本人回传: the 请先添加 error goes once a page is added', async () => {
    const id = await submitOfflineByApi(e2e.server.url, STUDENT);
    expect(await decideByApi(e2e.server.url, 'college1', id, 'approved')).toBe('school_review');
    expect(await decideByApi(e2e.server.url, 'school1', id, 'approved')).toBe('awaiting_scan');
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      await logIn(page, e2e.server.url, STUDENT);
      await page.goto(`${e2e.server.url}/student/agreements/${id}/scan`);
      await page.getByRole('button', { name: '提交回传' }).click();
      const missing = page.getByText('请先添加盖章后的协议书扫描件或照片');
      await missing.waitFor();
      const [first] = writeFiles({ 'page-1.png': scannedPagePng(1) });
      await page.getByLabel('添加协议书页面').setInputFiles(first!);
      await page.getByRole('img', { name: '第 1 页' }).waitFor();
      await missing.waitFor({ state: 'detached' });
      await settle(page);
      await page.screenshot({ path: screenshotPath('rules-6-scan-page-added'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});

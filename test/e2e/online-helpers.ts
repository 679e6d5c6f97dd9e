import type { Kysely } from 'kysely';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { Database } from '../../src/server/db/schema';
import { apiSession, DEMO_PASSWORD, type E2eFile } from './harness';

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' };
export const DESKTOP = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' };
export const EMPLOYER_NAME = '示例信息科技有限公司';

/** The login page as a person uses it; the test server runs with the captcha off, so any answer passes. */
export async function logIn(page: Page, baseUrl: string, identifier: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('heading', { name: '请使用学信网账号登录' }).waitFor();
  await page.getByLabel('手机号/身份证号/邮箱').fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('验证码', { exact: true }).fill('0000');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** One person at one device: a fresh browser context logged in as `identifier`, closed after `work` whatever happens. */
export async function asPerson<T>(
  e2e: E2eFile,
  device: BrowserContextOptions,
  identifier: string,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await e2e.browser.newContext(device);
  try {
    const page = await context.newPage();
    await logIn(page, e2e.server.url, identifier);
    return await work(page);
  } finally {
    await context.close();
  }
}

export type Reviewer = 'college1' | 'school1';

/** The approval walk: 院系 (college1), then 学校 (school1), each at a desktop; `review` is what each does. */
export async function asEachReviewer(e2e: E2eFile, review: (page: Page, reviewer: Reviewer) => Promise<void>): Promise<void> {
  for (const reviewer of ['college1', 'school1'] as const) {
    await asPerson(e2e, DESKTOP, reviewer, (page) => review(page, reviewer));
  }
}

/** 姓名 and 身份证号 of the graduate whose account has this phone (what an employer is told offline). */
export async function graduateOf(db: Kysely<Database>, phone: string): Promise<{ name: string; idNumber: string }> {
  const row = await db
    .selectFrom('student_record')
    .innerJoin('account', 'account.id', 'student_record.account_id')
    .select(['student_record.name', 'student_record.id_number'])
    .where('account.phone', '=', phone)
    .executeTakeFirstOrThrow();
  return { name: row.name, idNumber: row.id_number };
}

/** An invitation sent through the API, for tests whose subject is the answer rather than the sending. */
export async function inviteByApi(
  baseUrl: string,
  employerPhone: string,
  student: { name: string; idNumber: string },
  positionTitle: string,
): Promise<number> {
  const employer = await apiSession(baseUrl, employerPhone);
  try {
    const { agreement } = await employer.post<{ agreement: { id: number } }>('/api/employer/invitations', {
      positionCategoryCode: '13',
      positionTitle,
      hukouHandlingCode: '3',
      contactName: '人事部',
      contactMobile: employerPhone,
      validDays: 5,
      studentName: student.name,
      studentIdNumber: student.idNumber,
    });
    return agreement.id;
  } finally {
    await employer.dispose();
  }
}

/** The 我的签约 card of one employer's invitation. */
export function agreementCard(page: Page, employerName: string) {
  return page.locator('a.agreement-card').filter({ hasText: employerName });
}

/** 接受 with the login password typed again. */
export async function acceptWithPassword(page: Page): Promise<void> {
  await page.getByRole('button', { name: '接受', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('确认接受签约邀请').waitFor();
  await dialog.getByLabel('登录密码').fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: '确认接受' }).click();
  await page.getByText('已接受签约邀请,院系审核中').waitFor();
}

/** A reviewer opens 协议审核 and the student's row, as he would from the menu. */
export async function openReview(page: Page, studentName: string): Promise<void> {
  await page.getByRole('menuitem', { name: '协议审核' }).click();
  const row = page.getByRole('row').filter({ hasText: studentName });
  await row.getByRole('button', { name: '审核' }).click();
  await page.getByRole('dialog').getByText(`审核详情:${studentName}`).waitFor();
  // The drawer says when its opening animation is over: screenshots after that show it whole.
  await page.locator('.review-drawer--open').waitFor();
}

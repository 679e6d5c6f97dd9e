// Helpers of the 线下签约 / 纸质协议书登记 browser tests. Not a test file: vitest collects only *.e2e.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Kysely } from 'kysely';
import type { Page } from 'playwright-core';
import PDFDocument from 'pdfkit';
import type { Database } from '../../src/server/db/schema';
import { latestReturnLinkMessage, OFFLINE_FORM } from '../integration/offline-helpers';
import { apiSession, screenshotPath } from './harness';

/** What a graduate types into 申请签约 for an employer that is not registered in the system. */
export const OFFLINE_EMPLOYER = {
  name: '北京恒远数据科技有限公司',
  uscc: '91110108MA01R8K3TP',
  nature: '其他企业',
  industry: '信息传输、软件和信息技术服务业',
  region: ['北京市', '北京市', '海淀区'],
  address: '知春路 7 号',
  position: '工程技术人员',
  title: '后端开发工程师',
  contact: '张经理',
  mobile: '13912345678',
  email: 'hr@hengyuan.example.com',
};

/**
 * Waits until nothing moves: antd drawers and modals (CSS animations) and antd-mobile popups and toasts
 * (script-driven, so their boxes are compared frame to frame). Screenshots are taken after it; a page that
 * never comes to rest is photographed as it is after five seconds.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => delete (window as { settledBoxes?: string }).settledBoxes);
  await page
    .waitForFunction(
      () => {
        const boxes = JSON.stringify(
          [
            ...document.querySelectorAll(
              '.adm-popup-body,.adm-center-popup-wrap,.adm-center-popup-body,.adm-mask,.adm-toast-wrap,.ant-drawer-content-wrapper,.ant-modal',
            ),
          ].map((element) => {
            const box = element.getBoundingClientRect();
            return [box.x, box.y, box.width, box.height, getComputedStyle(element).opacity];
          }),
        );
        const memory = window as { settledBoxes?: string };
        const unmoved = boxes === memory.settledBoxes;
        memory.settledBoxes = boxes;
        return unmoved && document.getAnimations().every((animation) => animation.playState !== 'running');
      },
      undefined,
      { polling: 'raf', timeout: 5000 },
    )
    .catch(() => undefined);
}

/** A screenshot once the page has settled. */
export async function snap(page: Page, name: string, fullPage = true): Promise<void> {
  // A toast (已提交…) would cover the page: it goes after two seconds.
  await page
    .locator('.adm-toast-mask')
    .waitFor({ state: 'hidden', timeout: 4000 })
    .catch(() => undefined);
  await settle(page);
  await page.screenshot({ path: screenshotPath(name), fullPage });
}

/** One of 单位性质 / 单位行业 / 职位类别 from its bottom sheet. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  const sheet = page.getByRole('dialog', { name: `选择${label}` });
  await sheet.getByRole('button', { name: option, exact: true }).click();
  await sheet.waitFor({ state: 'hidden' });
}

/** 通讯地址: 省 → 市 → 区 in the cascader, then 确定. */
export async function chooseRegion(page: Page, names: readonly string[]): Promise<void> {
  await page.getByRole('button', { name: '通讯地址', exact: true }).click();
  const cascader = page.locator('.adm-cascader');
  await cascader.waitFor();
  for (const name of names) {
    await cascader
      .locator('.adm-cascader-view-item:visible')
      .filter({ hasText: new RegExp(`^${name}$`) })
      .click();
  }
  await cascader.getByText('确定', { exact: true }).click();
  await cascader.waitFor({ state: 'hidden' });
}

/** 单位信息 of 申请签约: the name typed (not registered), then the rest field by field. */
export async function fillEmployerPart(page: Page, employer = OFFLINE_EMPLOYER): Promise<void> {
  await page.getByRole('button', { name: '单位名称', exact: true }).click();
  const search = page.getByRole('dialog', { name: '搜索单位名称' });
  await search.getByPlaceholder('输入单位名称搜索或填写全称').fill(employer.name);
  await search.getByText('系统中没有找到已注册的').waitFor();
  await search.getByRole('button', { name: `使用「${employer.name}」` }).click();
  await search.waitFor({ state: 'hidden' });
  await page.getByLabel('统一社会信用代码').fill(employer.uscc);
  await pick(page, '单位性质', employer.nature);
  await pick(page, '单位行业', employer.industry);
  await chooseRegion(page, employer.region);
  await page.getByLabel('详细地址').fill(employer.address);
}

/** 签约信息 of 申请签约 (the seed's order), 违约金 as given. */
export async function fillTermsPart(page: Page, options: { breachPenalty?: string } = {}, employer = OFFLINE_EMPLOYER) {
  await pick(page, '职位类别', employer.position);
  await page.getByLabel('岗位名称').fill(employer.title);
  await page.getByLabel('单位联系人').fill(employer.contact);
  await page.getByLabel('联系人手机').fill(employer.mobile);
  await page.getByLabel('联系人邮箱').fill(employer.email);
  await page.getByLabel('试用期').fill('3个月');
  await page.getByLabel('试用起薪').fill('9000');
  await page.getByLabel('转正起薪').fill('12000');
  if (options.breachPenalty !== undefined) await page.getByLabel('违约金').fill(options.breachPenalty);
  await page.getByLabel('实际工作地点').fill('北京市海淀区');
  await page.getByRole('radio', { name: '不接收' }).check();
  await page.getByLabel('协议补充内容').fill('单位提供午餐补贴。');
}

/** 我的签约 → 签就业协议书就业 → one of the two paths. */
export async function choosePath(
  page: Page,
  option: '向学校申请电子协议书 线下登记' | '纸质协议书登记',
  shot?: string,
) {
  await page.getByRole('button', { name: /签就业协议书就业/ }).click();
  const chooser = page.getByRole('dialog', { name: '签就业协议书就业' });
  await chooser.getByText('向导:选哪一种?').waitFor();
  if (shot) await snap(page, shot, false);
  await chooser.getByRole('button', { name: new RegExp(option) }).click();
}

// --- files ----------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG that looks like a scanned page: a title bar, lines of text and a red round seal. */
export function scannedPagePng(seed: number, width = 420, height = 594): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height, 255);
  for (let y = 0; y < height; y += 1) {
    raw[y * stride] = 0;
    for (let x = 0; x < width; x += 1) {
      let rgb: [number, number, number] | null = null;
      if (y > 20 && y < 40 && Math.abs(x - width / 2) < 90) rgb = [60, 60, 60];
      else if (y > 60 && y < height - 80 && y % 22 < 4 && x > 40 && x < width - 40 - ((y * 7 + seed * 13) % 90)) {
        rgb = [150, 150, 150];
      }
      const distance = Math.hypot(x - (width - 110), y - (height - 130));
      if (distance < 55 && distance > 47) rgb = [220, 30, 30];
      if (rgb) raw.set(rgb, y * stride + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real one-page PDF (the signature page of a paper agreement). */
export function scannedPagePdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A5', info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.fontSize(18).text('Employment agreement - signature page', 40, 60);
    document.circle(300, 420, 50).lineWidth(4).strokeColor('#d81e1e').stroke();
    document.end();
  });
}

/** A fresh temporary directory with the named files written into it; returns their paths. */
export function writeFiles(files: Record<string, Buffer>): string[] {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gdr-scans-'));
  return Object.entries(files).map(([name, content]) => {
    const file = path.join(directory, name);
    fs.writeFileSync(file, content);
    return file;
  });
}

// --- people ---------------------------------------------------------------------------------------

/** The student's 线下签约 application submitted through the API, for the steps a test is not about; its id. */
export async function submitOfflineByApi(baseUrl: string, student: string): Promise<number> {
  const session = await apiSession(baseUrl, student);
  try {
    const response = await session.post<{ agreement: { id: number } }>('/api/student/agreements/offline', OFFLINE_FORM);
    return response.agreement.id;
  } finally {
    await session.dispose();
  }
}

/** A reviewer's decision through the API, for the steps a test is not about. */
export async function decideByApi(
  baseUrl: string,
  reviewer: string,
  agreementId: number,
  result: 'approved' | 'returned' | 'rejected',
  comment?: string,
): Promise<string> {
  const session = await apiSession(baseUrl, reviewer);
  try {
    const response = await session.post<{ agreement: { status: string } }>(
      `/api/review/agreements/${agreementId}/decision`,
      comment === undefined ? { result } : { result, comment },
    );
    return response.agreement.status;
  } finally {
    await session.dispose();
  }
}

/** A reviewer, in 协议审核, decides the student's row with the drawer and the decision dialog. */
export async function decideInBrowser(
  page: Page,
  studentName: string,
  result: '通过' | '退回修改' | '不通过',
  options: { comment?: string; shot?: string } = {},
): Promise<void> {
  await page.getByRole('button', { name: result, exact: true }).click();
  const title = result === '通过' ? '通过:' : result === '退回修改' ? '退回修改:' : '审核不通过:';
  const modal = page.getByRole('dialog').filter({ hasText: `${title}${studentName}` });
  await modal.waitFor();
  await settle(page);
  if (options.comment) await modal.getByRole('textbox').fill(options.comment);
  if (options.shot) await snap(page, options.shot, false);
  await modal
    .getByRole('button', { name: result === '通过' ? '确认通过' : result === '退回修改' ? '确认退回' : '确认不通过' })
    .click();
  const refused = modal.getByRole('alert');
  await Promise.race([modal.waitFor({ state: 'hidden' }), refused.waitFor()]);
  if (await refused.isVisible()) throw new Error(`${result} refused: ${await refused.textContent()}`);
}

/**
 * The link in the newest 用人单位协助回传协议书 message of the outbox: its path (/return/<token>, to open on
 * the test server, whose port PUBLIC_URL does not know), the recipient and the text.
 */
export async function returnLinkInOutbox(
  db: Kysely<Database>,
): Promise<{ path: string; recipient: string; text: string }> {
  const message = await latestReturnLinkMessage(db);
  const { text } = JSON.parse(message.payload) as { text: string };
  const linkPath = /https?:\/\/[^/\s]+(\/return\/[\w-]+)/.exec(text)?.[1];
  if (!linkPath) throw new Error(`no return link in ${text}`);
  return { path: linkPath, recipient: message.recipient, text };
}

/** The student's agreement id from the detail page's address. */
export function agreementIdOf(page: Page): number {
  const match = /\/student\/agreements\/(\d+)/.exec(page.url());
  if (!match) throw new Error(`not on an agreement page: ${page.url()}`);
  return Number(match[1]);
}
